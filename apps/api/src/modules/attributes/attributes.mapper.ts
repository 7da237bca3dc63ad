// Maps attribute definition rows to their GraphQL shape and to the AttributeDef shape value validation uses.
import { storedLabels, type AttributeDef } from '@veza/shared';
import { globalId } from '../../graphql/ids.ts';
import type { AttributeRow } from './attributes.repository.ts';

type StoredChoice = { key: string; labels?: unknown; active?: boolean };

function storedChoices(json: unknown) {
  const choices = Array.isArray(json) ? (json as StoredChoice[]) : [];
  return choices.map((c) => ({ key: c.key, labels: storedLabels(c.labels), active: c.active !== false }));
}

const hasLabels = (json: unknown) => !!json && typeof json === 'object' && Object.keys(json).length > 0;

/** `usageCount` is null for callers who may not see it, or a thunk so the count runs only when asked for. */
export function toAttributeNode(row: AttributeRow, usageCount: (() => Promise<number>) | null) {
  return {
    ...row,
    id: globalId('AttributeDefinition', row.id),
    labels: storedLabels(row.labels),
    help: hasLabels(row.help) ? storedLabels(row.help) : null,
    choices: storedChoices(row.choices),
    usageCount,
  };
}

export function toAttributeDef(row: AttributeRow): AttributeDef {
  return {
    key: row.key,
    type: row.type,
    required: row.required,
    active: row.active,
    choices: storedChoices(row.choices),
  };
}
