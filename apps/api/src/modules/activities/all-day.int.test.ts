// All-day activities are stored as the owner's local midnights, so the calendar finds them all day long and a
// drag keeps their length in days across a DST change.
import { toGlobalId } from '@veza/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/api.ts';
import { ensureDefaultDictionaries } from '../dictionaries/index.ts';
import { everyAgentCalls } from '../../test/call-list.ts';

let api: TestApi;
let agent: { cookie: string; id: string };
let manager: { cookie: string; id: string };
let clientId: string;
let meeting: string;

type Activity = { id: string; version: number; startsAt: string; endsAt: string | null; allDay: boolean };
const FIELDS = 'id version startsAt endsAt allDay';

async function user(profile: 'agent' | 'manager', timeZone: string) {
  const u = await api.createUser(profile);
  await api.db.user.update({ where: { id: u.id }, data: { timeZone } });
  return { cookie: await api.login(u.email, u.password), id: toGlobalId('User', u.id) };
}

async function gqlOk<T>(cookie: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await api.gql<T>(query, variables, { cookie });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

const create = (cookie: string, input: Record<string, unknown>) =>
  gqlOk<{ createActivity: Activity }>(
    cookie,
    `mutation($input: CreateActivityInput!) { createActivity(input: $input) { ${FIELDS} } }`,
    { input: { clientId, typeId: meeting, subject: 'All day', ...input } },
  ).then((d) => d.createActivity);

beforeAll(async () => {
  api = await startTestApi();
  await ensureDefaultDictionaries(api.db);
  agent = await user('agent', 'Europe/Zagreb');
  manager = await user('manager', 'Asia/Tokyo');
  const client = await api.db.client.create({ data: { kind: 'LEGAL', name: 'Cjelodnevni d.o.o.' } });
  // Agents call this shared client (the seeded Agent reads managed clients and those on an open call list).
  await everyAgentCalls(api.db, [client.id]);
  clientId = toGlobalId('Client', client.id);
  const type = await api.db.dictionaryValue.findFirstOrThrow({ where: { kind: 'ACTIVITY_TYPE', key: 'meeting' } });
  meeting = toGlobalId('DictionaryValue', type.id);
});
afterAll(() => api.close());

describe('all-day activities and time zones', () => {
  it('stores a day picked at any time of it as midnight to midnight in the owner time zone', async () => {
    const a = await create(agent.cookie, { allDay: true, startsAt: '2030-03-10T10:00:00+01:00' });
    expect([a.startsAt, a.endsAt]).toEqual(['2030-03-09T23:00:00.000Z', '2030-03-10T23:00:00.000Z']);
    // Late in the evening of that day (Zagreb) the calendar still shows it.
    const res = await gqlOk<{ calendarEvents: { id: string; allDay: boolean }[] }>(
      agent.cookie,
      `query($from: DateTime!, $to: DateTime!) { calendarEvents(from: $from, to: $to) { id allDay } }`,
      { from: '2030-03-10T22:00:00Z', to: '2030-03-10T22:30:00Z' },
    );
    expect(res.calendarEvents).toEqual([{ id: a.id, allDay: true }]);
  });

  it("reads the days in the creator's time zone and anchors them in the owner's", async () => {
    // A manager in Tokyo plans 10–11 March (end exclusive: midnight of the 12th, Tokyo) for an agent in Zagreb.
    const a = await create(manager.cookie, {
      allDay: true,
      ownerId: agent.id,
      startsAt: '2030-03-10T00:00:00+09:00',
      endsAt: '2030-03-12T00:00:00+09:00',
    });
    expect([a.startsAt, a.endsAt]).toEqual(['2030-03-09T23:00:00.000Z', '2030-03-11T23:00:00.000Z']);
  });

  it('keeps the length in days when an all-day activity is dragged across the start of DST', async () => {
    const a = await create(agent.cookie, {
      allDay: true,
      startsAt: '2030-03-30T00:00:00+01:00',
      endsAt: '2030-03-31T00:00:00+01:00',
    });
    const moved = await gqlOk<{ moveActivity: Activity }>(
      agent.cookie,
      `mutation($id: ID!, $v: Int!, $start: DateTime!) { moveActivity(id: $id, version: $v, start: $start) { ${FIELDS} } }`,
      { id: a.id, v: a.version, start: '2030-03-31T00:00:00+01:00' },
    );
    // 31 March 2030 (clocks go forward) has 23 hours: it ends at midnight, not 24 hours later at 01:00 of April 1.
    expect([moved.moveActivity.startsAt, moved.moveActivity.endsAt]).toEqual([
      '2030-03-30T23:00:00.000Z',
      '2030-03-31T22:00:00.000Z',
    ]);
  });

  it('snaps the existing times to whole days when an edit turns a timed activity into an all-day one', async () => {
    const a = await create(agent.cookie, {
      startsAt: '2030-04-02T09:00:00+02:00',
      endsAt: '2030-04-03T11:00:00+02:00',
    });
    const res = await gqlOk<{ updateActivity: Activity }>(
      agent.cookie,
      `mutation($id: ID!, $v: Int!, $input: UpdateActivityInput!) {
        updateActivity(id: $id, version: $v, input: $input) { ${FIELDS} } }`,
      { id: a.id, v: a.version, input: { allDay: true } },
    );
    expect(res.updateActivity).toMatchObject({
      allDay: true,
      startsAt: '2030-04-01T22:00:00.000Z',
      endsAt: '2030-04-03T22:00:00.000Z',
    });
    const untouched = await gqlOk<{ updateActivity: Activity }>(
      agent.cookie,
      `mutation($id: ID!, $v: Int!, $input: UpdateActivityInput!) {
        updateActivity(id: $id, version: $v, input: $input) { ${FIELDS} } }`,
      { id: a.id, v: res.updateActivity.version, input: { subject: 'Renamed' } },
    );
    expect(untouched.updateActivity.startsAt).toBe('2030-04-01T22:00:00.000Z');
  });

  it('leaves timed activities exactly as sent', async () => {
    const a = await create(agent.cookie, {
      startsAt: '2030-03-10T10:17:00+01:00',
      endsAt: '2030-03-10T10:47:00+01:00',
    });
    expect([a.startsAt, a.endsAt]).toEqual(['2030-03-10T09:17:00.000Z', '2030-03-10T09:47:00.000Z']);
  });
});
