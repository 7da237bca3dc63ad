// Days and instants are checked against the calendar, never rolled over.
import { describe, expect, it } from 'vitest';
import { isRealDay, parseInstant } from './instant.ts';

describe('parseInstant', () => {
  it.each([
    ['2026-05-04T10:00:00Z', '2026-05-04T10:00:00.000Z'],
    ['2026-05-04T12:00+02:00', '2026-05-04T10:00:00.000Z'],
    ['2028-02-29T23:59:59.999-01:00', '2028-03-01T00:59:59.999Z'],
    ['0001-01-01T00:00:00Z', '0001-01-01T00:00:00.000Z'],
    ['0050-06-01T00:00:00Z', '0050-06-01T00:00:00.000Z'],
  ])('reads %s as %s', (text, canonical) => expect(parseInstant(text)).toBe(canonical));

  it.each([
    '2026-02-30T10:00:00Z',
    '2026-02-29T10:00:00Z',
    '2026-04-31T10:00Z',
    '0000-01-01T00:00:00Z',
    '2026-13-01T00:00Z',
    '2026-05-04T24:00Z',
    '2026-05-04T10:60Z',
    '2026-05-04T10:00:60Z',
    '2026-05-04T10:00+15:00',
    '2026-05-04T10:00',
    '2026-05-04',
    '2026-05-04T10:00:00Z\u0000',
    ' 2026-05-04T10:00:00Z',
  ])('refuses %j', (text) => expect(parseInstant(text)).toBeNull());
});

describe('isRealDay', () => {
  it('accepts real days and refuses impossible ones and year 0000', () => {
    expect(['2024-02-29', '2026-12-31', '0001-01-01'].map(isRealDay)).toEqual([true, true, true]);
    expect(['2026-02-29', '2026-02-30', '0000-01-01', '2026-00-10', '2026-1-1'].map(isRealDay)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
