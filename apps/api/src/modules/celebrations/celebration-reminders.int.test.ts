// The morning celebration reminder: opt-in per user (off by default), at 07:00 in the manager's zone, one notification
// per person and occurrence for birthdays and stored name days of the manager's clients' persons.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/api.ts';
import { sendCelebrationReminders } from './celebrations.jobs.ts';
import { NAME_DAY_CALENDARS } from './name-days.ts';

let api: TestApi;
let chooser: { id: string; cookie: string };
let other: { id: string; cookie: string };

/** A fixed-offset zone where it is now 07:xx, and today's MM-DD there. */
function sevenOClockZone() {
  let offset = (7 - new Date().getUTCHours() + 24) % 24;
  if (offset > 14) offset -= 24;
  const timeZone = offset >= 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
  const day = new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
  const tomorrow = new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date(Date.now() + 86_400_000));
  return { timeZone, today: day.slice(5), tomorrow: tomorrow.slice(5) };
}
const zone = sevenOClockZone();
const czech = NAME_DAY_CALENDARS.CZ!;
const onceOnly = (name: string) => Object.values(czech).filter((names) => names.includes(name)).length === 1;
const calendarName = czech[zone.today]?.find(onceOnly) ?? 'Horymír';

const SETTINGS = `query { notificationSettings { kinds { kind channel } } }`;
const SAVE = `mutation($input: NotificationSettingsInput!) { updateNotificationSettings(input: $input) { kinds { kind channel } } }`;

async function person(managerId: string, firstName: string, data: Record<string, unknown>, country = 'GB') {
  const client = await api.db.client.create({
    data: { kind: 'LEGAL', name: `${firstName} Ltd`, country, accountManagerId: managerId }, // GB: no name-day calendar
  });
  const p = await api.db.person.create({ data: { firstName, lastName: 'Test', ...data } });
  await api.db.clientPerson.create({ data: { clientId: client.id, personId: p.id, isPrimary: true } });
}

async function user() {
  const u = await api.createUser('agent');
  await api.db.user.update({ where: { id: u.id }, data: { timeZone: zone.timeZone } });
  return { id: u.id, cookie: await api.login(u.email, u.password) };
}

beforeAll(async () => {
  api = await startTestApi();
  [chooser, other] = [await user(), await user()];
  await person(chooser.id, 'Ivana', { birthday: new Date(`1990-${zone.today}T00:00:00Z`) });
  await person(chooser.id, 'Marek', { nameDay: zone.today });
  await person(chooser.id, calendarName, {}, 'CZ'); // today in the Czech calendar
  await person(chooser.id, 'Later', { nameDay: zone.tomorrow });
  await person(chooser.id, 'Deleted', { nameDay: zone.today, deletedAt: new Date() });
  await person(other.id, 'Foreign', { nameDay: zone.today });
});
afterAll(() => api.close());

describe('celebration reminders', () => {
  it('are off until the user turns them on', async () => {
    const res = await api.gql<{ notificationSettings: { kinds: { kind: string; channel: string }[] } }>(
      SETTINGS,
      {},
      { cookie: other.cookie },
    );
    expect(res.data!.notificationSettings.kinds).toContainEqual({ kind: 'CELEBRATION', channel: 'OFF' });
    expect(await sendCelebrationReminders(api.db)).toBe(0);
  });

  it('remind the user at 07:00 of today’s birthdays and name days of their clients’ persons, once each', async () => {
    const saved = await api.gql(
      SAVE,
      { input: { kinds: [{ kind: 'CELEBRATION', channel: 'IN_APP' }] } },
      { cookie: chooser.cookie },
    );
    expect(saved.errors).toBeUndefined();
    const inCalendar = czech[zone.today]?.some(onceOnly) ? 1 : 0; // a Czech calendar day without a name: none
    expect(await sendCelebrationReminders(api.db)).toBe(2 + inCalendar);
    expect(await sendCelebrationReminders(api.db)).toBe(0);
    const rows = await api.db.notification.findMany({
      where: { kind: 'CELEBRATION', NOT: { text: { contains: calendarName } } },
      orderBy: { text: 'asc' },
    });
    expect(rows.map((r) => [r.recipientId, r.text])).toEqual([
      [chooser.id, 'Birthday or name day today: Ivana Test (Ivana Ltd)'],
      [chooser.id, 'Birthday or name day today: Marek Test (Marek Ltd)'],
    ]);
    expect(rows[0]!.link).toMatch(/^\/clients\//);
  });
});
