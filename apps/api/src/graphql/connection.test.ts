// The (createdAt, id) cursor shared by the newest-first lists (e-mail messages, jobs, notifications): what a page's
// endCursor holds comes back as [timestamp, uuid]; anything forged is BAD_USER_INPUT on the field, never SQL input.
import { describe, expect, it } from 'vitest';
import { decodeCreatedAtCursor, encodeCursor } from './connection.ts';

const ID = '0195f6a0-7b1c-7def-8123-456789abcdef';
const AT = '2026-12-07T18:00:00.000Z';

function rejected(cursor: string, field?: string) {
  try {
    decodeCreatedAtCursor(cursor, field);
  } catch (error) {
    return (error as { extensions?: Record<string, unknown> }).extensions;
  }
  return null;
}

describe('decodeCreatedAtCursor', () => {
  it('returns the timestamp and id of an encoded cursor, null without one', () => {
    expect(decodeCreatedAtCursor(encodeCursor([AT, ID]))).toEqual([AT, ID]);
    expect(decodeCreatedAtCursor(null)).toBeNull();
    expect(decodeCreatedAtCursor(undefined)).toBeNull();
  });

  it('rejects a cursor whose time is no timestamp or whose id is no UUID, naming the field', () => {
    for (const values of [['yesterday', ID], [12, ID], [null, ID], [AT, 'x'], [AT], [AT, ID, 1]])
      expect(rejected(encodeCursor(values))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(rejected('%%%')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(rejected(encodeCursor(['never', ID]), 'page.after')).toMatchObject({ field: 'page.after' });
  });
});
