// DataLoader's loadMany answers each key with the value or an Error; rows that must exist (foreign keys) go through
// `loaded`, which rethrows the error and refuses a missing row instead of casting it away.
export function loaded<T>(value: T | Error | null | undefined): T {
  if (value instanceof Error) throw value;
  if (value == null) throw new Error('A referenced row is missing');
  return value;
}
