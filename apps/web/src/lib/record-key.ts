// Form kit: a form resets when the record it edits changes by being mounted again with a new `key` — no effects that
// call `reset()`. The key names the record and its version, so a reload after a conflict starts from fresh values.
export function recordKey(record: { id: string; version?: number } | null | undefined): string {
  return record ? `${record.id}@${record.version ?? 0}` : 'new';
}
