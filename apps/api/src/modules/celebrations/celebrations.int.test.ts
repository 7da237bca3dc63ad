// Birthdays and name days on the home page: only my clients' persons, in my time zone, within the asked days.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';

let api: TestApi;
let me: { id: string; cookie: string };

const Q = `query($days:Int){ upcomingCelebrations(days:$days){ kind date personName age clientName email } }`;
type Row = { kind: string; date: string; personName: string; age: number | null; clientName: string };

/** YYYY-MM-DD `offset` days from today in Zagreb. */
const day = (offset: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Zagreb' }).format(new Date(Date.now() + offset * 86_400_000));

async function person(managerId: string, firstName: string, data: { birthday?: Date; nameDay?: string }) {
  const client = await api.db.client.create({
    data: { kind: 'LEGAL', name: `${firstName} Ltd`, country: 'GB', accountManagerId: managerId }, // no name-day calendar
  });
  const p = await api.db.person.create({
    data: { firstName, lastName: 'Test', emails: [`${firstName}@x.hr`], ...data },
  });
  await api.db.clientPerson.create({ data: { clientId: client.id, personId: p.id, isPrimary: true } });
}

beforeAll(async () => {
  api = await startTestApi();
  const u = await api.createUser('agent');
  me = { id: u.id, cookie: await api.login(u.email, u.password) };
  const other = await api.createUser('agent');
  await person(me.id, 'Ivana', { birthday: new Date(`1990-${day(0).slice(5)}T00:00:00Z`) });
  await person(me.id, 'Marek', { nameDay: day(2).slice(5) });
  await person(me.id, 'Later', { nameDay: day(12).slice(5) });
  await person(other.id, 'Foreign', { nameDay: day(1).slice(5) });
});
afterAll(() => api.close());

describe('upcoming celebrations', () => {
  it('lists my clients’ persons’ birthdays and name days of the coming week, by date', async () => {
    const res = await api.gql<{ upcomingCelebrations: Row[] }>(Q, {}, { cookie: me.cookie });
    expect(res.data!.upcomingCelebrations.map((c) => [c.kind, c.date, c.personName, c.age])).toEqual([
      ['BIRTHDAY', day(0), 'Ivana Test', Number(day(0).slice(0, 4)) - 1990],
      ['NAME_DAY', day(2), 'Marek Test', null],
    ]);
    const month = await api.gql<{ upcomingCelebrations: Row[] }>(Q, { days: 31 }, { cookie: me.cookie });
    expect(month.data!.upcomingCelebrations.map((c) => c.personName)).toContain('Later Test');
  });

  it('refuses a range out of bounds and anonymous callers', async () => {
    const bad = await api.gql(Q, { days: 400 }, { cookie: me.cookie });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.extensions!.field).toBe('days');
    expect(errorCode(await api.gql(Q, {}))).toBe('UNAUTHENTICATED');
  });
});
