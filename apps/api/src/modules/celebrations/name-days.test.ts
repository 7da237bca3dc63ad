// The shipped name-day calendars and the name key: known days read off the source file (xnekv03/nameday-api
// json/namedays.json, commit bf20daf), diacritic- and case-insensitive matching, the override, several days per name.
import { describe, expect, it } from 'vitest';
import { CALENDAR_ROWS, NAME_DAY_CALENDARS, UNACCENT_PAIRS, nameDayOf, nameKey } from './name-days.ts';

describe('name-day calendars', () => {
  it('hold the source file’s names on known days', () => {
    expect(NAME_DAY_CALENDARS.CZ!['04-24']).toEqual(['Jiří']);
    expect(NAME_DAY_CALENDARS.CZ!['12-24']).toEqual(['Adam', 'Eva']);
    expect(NAME_DAY_CALENDARS.CZ!['02-29']).toEqual(['Horymír']);
    expect(NAME_DAY_CALENDARS.PL!['02-29']).toEqual(['Dobronieg', 'Roman']);
    expect(NAME_DAY_CALENDARS.PL!['01-08']).toEqual(['Mścisław', 'Seweryn']);
    expect(NAME_DAY_CALENDARS.HR!['06-29']).toEqual(['Petar', 'Pavao', 'Krešimir']);
    expect(NAME_DAY_CALENDARS.HR!['01-21']).toEqual(['Agneza', 'Janja', 'Neža']);
  });

  it('keep no holidays, abbreviations or placeholders', () => {
    const all = Object.values(NAME_DAY_CALENDARS).flatMap((c) => Object.values(c).flat());
    expect(all.filter((name) => !/^\p{Lu}\p{Ll}+$/u.test(name))).toEqual([]);
    expect(NAME_DAY_CALENDARS.CZ!['01-01']).toBeUndefined(); // "Nový rok"
    expect(CALENDAR_ROWS.key.length).toBe(CALENDAR_ROWS.day.length);
    expect(CALENDAR_ROWS.key.length).toBe(369 + 1681 + 872);
  });
});

describe('nameKey', () => {
  it('matches without diacritics, case, further given names or a hyphenated second name', () => {
    expect(nameKey('Jiří')).toBe('jiri');
    expect(nameKey('  JIRI Pavel')).toBe('jiri');
    expect(nameKey('Łucja')).toBe('lucja');
    expect(nameKey('Đuro')).toBe('duro');
    expect(nameKey('Anna-Maria')).toBe('anna');
    expect(nameKey('Krešimir')).toBe(nameKey('kresimir'));
  });

  it('gives translate() pairs of equal length that cover the three alphabets', () => {
    expect(UNACCENT_PAIRS.from.length).toBe(UNACCENT_PAIRS.to.length);
    for (const letter of 'áčďéěíňóřšťúůýžąćęłńóśźżčćđšž') expect(UNACCENT_PAIRS.from).toContain(letter);
  });
});

describe('nameDayOf', () => {
  it('finds the calendar day of the client’s country, unaccented', () => {
    expect(nameDayOf({ firstName: 'Jiri' }, 'CZ')).toBe('04-24');
    expect(nameDayOf({ firstName: 'KRESIMIR' }, 'hr')).toBe('06-29');
    expect(nameDayOf({ firstName: 'Jiri' }, 'HR')).toBeNull();
    expect(nameDayOf({ firstName: 'Nobody' }, 'XX')).toBeNull();
  });

  it('lets the stored override win', () => {
    expect(nameDayOf({ firstName: 'Jiří', nameDay: '11-11' }, 'CZ')).toBe('11-11');
  });

  it('of several days picks the first on or after the birthday, else the first of the year', () => {
    const days = Object.keys(NAME_DAY_CALENDARS.PL!).filter((d) => NAME_DAY_CALENDARS.PL![d]!.includes('Roman'));
    expect(days).toContain('02-29');
    expect(nameDayOf({ firstName: 'Roman' }, 'PL')).toBe(days.sort()[0]);
    expect(nameDayOf({ firstName: 'Roman', birthday: '1990-02-29' }, 'PL')).toBe('02-29');
    const last = days.sort().at(-1)!;
    expect(nameDayOf({ firstName: 'Roman', birthday: `1990-${last}` }, 'PL')).toBe(last);
  });
});
