// Name-day calendars of Czechia, Poland and Croatia (data/*.json, converted from a public MIT dataset by
// scripts/convert-name-days.mjs; see data/README.md) and the name key both sides of a match use: the first given name,
// without diacritics, lower case ("Jiří" and "JIRI" -> "jiri"; "Łucja" -> "lucja"; "Đuro" -> "duro").
import cz from './data/cz.json' with { type: 'json' };
import hr from './data/hr.json' with { type: 'json' };
import pl from './data/pl.json' with { type: 'json' };

/** MM-DD -> given names, per ISO country code. */
export const NAME_DAY_CALENDARS: Record<string, Record<string, string[]>> = { CZ: cz, PL: pl, HR: hr };

/** Letters NFD does not decompose, spelled out so the SQL side (translate) and this side agree. */
const SPECIAL: Record<string, string> = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ø: 'o', Ø: 'O', ß: 's' };

function plainLetters(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łŁđĐøØß]/g, (c) => SPECIAL[c]!);
}

/** The key a first name is matched on: its first word (before a space or hyphen), unaccented, lower case. */
export function nameKey(firstName: string): string {
  return plainLetters(firstName.trim().split(/[\s-]/)[0] ?? '').toLowerCase();
}

/** The accented Latin letters (U+00C0–U+017F) and their plain letters, for SQL translate(); same result as nameKey. */
export const UNACCENT_PAIRS = (() => {
  let from = '';
  let to = '';
  for (let code = 0xc0; code <= 0x17f; code++) {
    const char = String.fromCharCode(code);
    const plain = plainLetters(char);
    if (plain !== char && /^[A-Za-z]$/.test(plain)) [from, to] = [from + char, to + plain];
  }
  return { from, to };
})();

/** Every (country, name key, MM-DD) of the calendars as three parallel arrays, for one SQL parameter each. */
export const CALENDAR_ROWS = (() => {
  const rows = { country: [] as string[], key: [] as string[], day: [] as string[] };
  for (const [country, calendar] of Object.entries(NAME_DAY_CALENDARS)) {
    for (const [day, names] of Object.entries(calendar)) {
      for (const name of names)
        [rows.country, rows.key, rows.day].forEach((a, i) => a.push([country, nameKey(name), day][i]!));
    }
  }
  return rows;
})();

/**
 * The day a person celebrates: the stored override, else the calendar of the country (client's or the installation
 * default) - of several days for one name (common in Poland), the first on or after the birthday, else the first.
 */
export function nameDayOf(
  person: { firstName: string; nameDay?: string | null; birthday?: string | null },
  country: string,
): string | null {
  if (person.nameDay) return person.nameDay;
  const key = nameKey(person.firstName);
  const calendar = NAME_DAY_CALENDARS[country.toUpperCase()] ?? {};
  const days = Object.keys(calendar)
    .filter((day) => calendar[day]!.some((name) => nameKey(name) === key))
    .sort();
  const birthday = person.birthday?.slice(5, 10) ?? '';
  return days.find((day) => day >= birthday) ?? days[0] ?? null;
}
