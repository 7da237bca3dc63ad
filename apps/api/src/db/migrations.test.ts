// Unit tests for migration naming: what `pnpm db:migration:new <name>` accepts and how folders are ordered.
import { describe, expect, it } from 'vitest';
import { migrationTimestamp, normaliseMigrationName } from './migrations.ts';

describe('normaliseMigrationName', () => {
  it.each([
    ['init', 'init'],
    ['add_client_notes', 'add_client_notes'],
    ['Add client notes', 'add_client_notes'],
    ['  add-client--notes ', 'add_client_notes'],
    ['v2 index', 'v2_index'],
  ])('turns %j into the folder suffix %j', (input, expected) => {
    expect(normaliseMigrationName(input)).toBe(expected);
  });

  it.each(['', '   ', '../escape', 'drop;table', 'żółw', '_leading', 'trailing_', 'a'.repeat(201)])(
    'refuses %j with a message that shows a valid example',
    (input) => {
      expect(() => normaliseMigrationName(input)).toThrow(/Invalid migration name.*add_client_notes/);
    },
  );
});

describe('migrationTimestamp', () => {
  const now = new Date('2026-03-04T05:06:07.890Z');

  it('formats the UTC time as YYYYMMDDHHMMSS like Prisma Migrate', () => {
    expect(migrationTimestamp(now, [])).toBe('20260304050607');
  });

  it('stays after the newest existing folder so a clock behind the last migration cannot reorder them', () => {
    expect(migrationTimestamp(now, ['20250101000000_init', '20260304050607_same_second'])).toBe('20260304050608');
    expect(migrationTimestamp(now, ['20270101000000_future'])).toBe('20270101000001');
  });
});
