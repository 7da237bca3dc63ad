// Name days from the shipped calendars on the home page: PostgreSQL's name key equals nameKey() for every calendar
// name; the client's country picks the calendar (no country: the installation default, HR); the override wins;
// Feb 29 falls on Feb 28 in other years.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '../../db/prisma.ts';
import { startTestApi, type TestApi } from '../../test/api.ts';
import { fallsOn } from './celebrations.sql.ts';
import { CelebrationsRepository } from './celebrations.repository.ts';
import { CALENDAR_ROWS, NAME_DAY_CALENDARS, nameKey } from './name-days.ts';

let api: TestApi;
let me: { id: string; cookie: string };

const Q = `query($days:Int){ upcomingCelebrations(days:$days){ kind date personName } }`;
type Row = { kind: string; date: string; personName: string };

const day = (offset: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Zagreb' }).format(new Date(Date.now() + offset * 86_400_000));

/** The days ahead the test looks at (upcomingCelebrations' `days`). */
const WINDOW = 14;

/**
 * A name of `country`'s calendar celebrated on exactly one day, that day the first from `after` + 1 days from today
 * that has one (not every day has: on 10 December no Polish name is celebrated on that day alone).
 */
function nameAfter(country: string, after: number, notIn?: string): { name: string; offset: number } {
  const calendar = NAME_DAY_CALENDARS[country]!;
  const elsewhere = new Set(notIn ? Object.values(NAME_DAY_CALENDARS[notIn]!).flat() : []);
  const once = (name: string) =>
    !elsewhere.has(name) && Object.values(calendar).filter((names) => names.includes(name)).length === 1;
  for (let offset = after + 1; offset < WINDOW - 1; offset++) {
    const name = (calendar[day(offset).slice(5)] ?? []).find(once);
    if (name) return { name, offset };
  }
  throw new Error(`no single-day ${country} name in the ${WINDOW} days after ${day(after)}`);
}

/** Uppercased and stripped of diacritics, as a careless import would store it. */
const shout = (name: string) => nameKey(name).toUpperCase();

async function person(firstName: string, country: string | null, nameDay?: string) {
  const client = await api.db.client.create({
    data: { kind: 'LEGAL', name: `${firstName} ${country} Ltd`, country, accountManagerId: me.id },
  });
  const p = await api.db.person.create({ data: { firstName, lastName: country ?? 'None', nameDay } });
  await api.db.clientPerson.create({ data: { clientId: client.id, personId: p.id, isPrimary: true } });
}

let names: { cz: string; pl: string; hr: string; override: string };
/** The day each name falls on, in days from today (the override's is moved to the day after its calendar day). */
let on: { cz: number; pl: number; hr: number; override: number };

beforeAll(async () => {
  api = await startTestApi();
  const u = await api.createUser('agent');
  me = { id: u.id, cookie: await api.login(u.email, u.password) };
  const cz = nameAfter('CZ', 0, 'HR'); // also given to a Croatian client's person below: no Croatian name day
  const pl = nameAfter('PL', cz.offset);
  const hr = nameAfter('HR', pl.offset);
  const override = nameAfter('CZ', hr.offset);
  names = { cz: cz.name, pl: pl.name, hr: hr.name, override: override.name };
  on = { cz: cz.offset, pl: pl.offset, hr: hr.offset, override: override.offset + 1 };
  await person(shout(names.cz), 'CZ');
  await person(names.pl, 'pl');
  await person(names.hr, null); // no country: the installation default (HR)
  await person(names.cz, 'HR'); // a Czech name under a Croatian client: no Czech name day
  await person(names.override, 'CZ', day(on.override).slice(5)); // the override moves it to the next day
});
afterAll(() => api.close());

describe('name-day calendars in SQL', () => {
  it('compute the same name key as nameKey() for every calendar name', async () => {
    const all = [...new Set(Object.values(NAME_DAY_CALENDARS).flatMap((c) => Object.values(c).flat()))];
    const keys = await new CelebrationsRepository(api.db).nameKeys([...all, '  JIŘÍ Pavel', 'Anna-Maria', 'ĐURO']);
    expect(keys).toEqual([...all.map(nameKey), 'jiri', 'anna', 'duro']);
    expect(CALENDAR_ROWS.key.every((k) => k === k.toLowerCase())).toBe(true);
  });

  it('list calendar name days by the client’s country, with the override winning', async () => {
    const res = await api.gql<{ upcomingCelebrations: Row[] }>(Q, { days: WINDOW }, { cookie: me.cookie });
    expect(res.errors).toBeUndefined();
    expect(res.data!.upcomingCelebrations.map((c) => [c.kind, c.date, c.personName])).toEqual([
      ['NAME_DAY', day(on.cz), `${shout(names.cz)} CZ`],
      ['NAME_DAY', day(on.pl), `${names.pl} pl`],
      ['NAME_DAY', day(on.hr), `${names.hr} None`],
      ['NAME_DAY', day(on.override), `${names.override} CZ`],
    ]);
  });

  it('celebrate Feb 29 on Feb 28 in common years only', async () => {
    const on = async (date: string) => {
      const rows = await api.db.$queryRaw<{ hit: boolean }[]>`
        SELECT ${fallsOn(Prisma.sql`'02-29'`, Prisma.sql`${date}::date`)} AS hit`;
      return rows[0]!.hit;
    };
    expect(await on('2027-02-28')).toBe(true);
    expect(await on('2028-02-28')).toBe(false);
    expect(await on('2028-02-29')).toBe(true);
    expect(await on('2027-03-01')).toBe(false);
  });
});
