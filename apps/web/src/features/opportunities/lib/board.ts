// The board's local state: columns of card ids per stage, a move applied optimistically, and the stage outcome
// that decides whether a drop is a move or opens the won / lost dialog.
export type Outcome = 'OPEN' | 'WON' | 'LOST';

export type Columns = Record<string, string[]>;

export function outcomeOf(meta: unknown): Outcome {
  const o = meta && typeof meta === 'object' ? (meta as { outcome?: unknown }).outcome : undefined;
  return o === 'WON' || o === 'LOST' ? o : 'OPEN';
}

export function columnOf(columns: Columns, cardId: string): string | null {
  return Object.keys(columns).find((stage) => columns[stage]!.includes(cardId)) ?? null;
}

/** The columns after moving `cardId` to `toStage` at `index` (counted without the card itself). */
export function moveCard(columns: Columns, cardId: string, toStage: string, index: number): Columns {
  const next: Columns = {};
  for (const [stage, ids] of Object.entries(columns)) next[stage] = ids.filter((id) => id !== cardId);
  const target = [...(next[toStage] ?? [])];
  target.splice(Math.max(0, Math.min(index, target.length)), 0, cardId);
  next[toStage] = target;
  return next;
}

/**
 * Where a drop lands: over a card, at that card's index in its column; over a column's empty area, at its end.
 * Returns null when the drop changes nothing.
 */
export function dropTarget(columns: Columns, cardId: string, overId: string): { stage: string; index: number } | null {
  const from = columnOf(columns, cardId);
  const overStage = overId in columns ? overId : columnOf(columns, overId);
  if (!from || !overStage) return null;
  const without = columns[overStage]!.filter((id) => id !== cardId);
  const index = overId in columns ? without.length : columns[overStage]!.indexOf(overId);
  if (from === overStage && columns[from]!.indexOf(cardId) === index) return null;
  return { stage: overStage, index: Math.max(0, index) };
}

/** Keyboard alternative to dragging: one step left / right (to the neighbouring column's top) or up / down. */
export function stepTarget(
  columns: Columns,
  order: string[],
  cardId: string,
  key: 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown',
): { stage: string; index: number } | null {
  const from = columnOf(columns, cardId);
  if (!from) return null;
  const at = columns[from]!.indexOf(cardId);
  if (key === 'ArrowUp') return at > 0 ? { stage: from, index: at - 1 } : null;
  if (key === 'ArrowDown') return at < columns[from]!.length - 1 ? { stage: from, index: at + 1 } : null;
  const stage = order[order.indexOf(from) + (key === 'ArrowLeft' ? -1 : 1)];
  return stage ? { stage, index: 0 } : null;
}
