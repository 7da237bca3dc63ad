// Column picker state changes: reorder visible columns, show or hide one (shown columns keep their place).
import { arrayMove } from '@dnd-kit/sortable';

/** Moves `activeId` to where `overId` is; only visible columns take part in the order. */
export function moveColumn(visible: readonly string[], activeId: string, overId: string): string[] {
  const from = visible.indexOf(activeId);
  const to = visible.indexOf(overId);
  if (from < 0 || to < 0 || from === to) return [...visible];
  return arrayMove([...visible], from, to);
}

/** Shows a hidden column at the end, or hides a shown one (the last column cannot be hidden). */
export function toggleColumn(visible: readonly string[], id: string, show: boolean): string[] {
  if (show) return visible.includes(id) ? [...visible] : [...visible, id];
  const next = visible.filter((c) => c !== id);
  return next.length ? next : [...visible];
}
