// Activities over GraphQL: the calendar's range borders and time zones, who may see whose calendar, optimistic
// moves, closing with a next contact (both rows or neither) and the agenda.
import { fromGlobalId, toGlobalId } from '@veza/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';
import { ensureDefaultDictionaries } from '../dictionaries/index.ts';
import { onCallList } from '../../test/call-list.ts';

let api: TestApi;
let agentA: { cookie: string; id: string };
let agentB: { cookie: string; id: string };
let manager: { cookie: string; id: string };
let clientId: string;
let types: Record<string, string>;
let results: Record<string, string>;

const FIELDS = `id subject status version startsAt endsAt dueAt overdue owner { id } parent { id } children { id subject }
  client { id lastContactAt } type { key } result { key } workMinutes distanceKm closedAt`;
const CREATE = `mutation($input: CreateActivityInput!) { createActivity(input: $input) { ${FIELDS} } }`;
const CALENDAR = `query($from: DateTime!, $to: DateTime!, $userIds: [ID!], $filter: ActivityFilter) {
  calendarEvents(from: $from, to: $to, userIds: $userIds, filter: $filter) { id title start end allDay color } }`;
const MOVE = `mutation($id: ID!, $v: Int!, $start: DateTime!, $end: DateTime) {
  moveActivity(id: $id, version: $v, start: $start, end: $end) { ${FIELDS} } }`;
const CLOSE = `mutation($id: ID!, $v: Int!, $input: CloseActivityInput!) {
  closeActivity(id: $id, version: $v, input: $input) { ${FIELDS} } }`;

type Activity = {
  id: string;
  subject: string;
  status: string;
  version: number;
  startsAt: string | null;
  endsAt: string | null;
  overdue: boolean;
  parent: { id: string } | null;
  children: { id: string; subject: string }[];
  client: { id: string; lastContactAt: string | null };
  result: { key: string } | null;
  workMinutes: number | null;
  distanceKm: number | null;
};

async function user(profile: 'agent' | 'manager') {
  const u = await api.createUser(profile);
  return { cookie: await api.login(u.email, u.password), id: toGlobalId('User', u.id) };
}

async function create(cookie: string, input: Record<string, unknown>): Promise<Activity> {
  const res = await api.gql<{ createActivity: Activity }>(
    CREATE,
    { input: { clientId, typeId: types.meeting, subject: 'Meeting', ...input } },
    { cookie },
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.createActivity;
}

async function calendar(cookie: string, vars: Record<string, unknown>) {
  const res = await api.gql<{ calendarEvents: { title: string }[] }>(CALENDAR, vars, { cookie });
  return { titles: res.data?.calendarEvents.map((e) => e.title).sort() ?? null, res };
}

beforeAll(async () => {
  api = await startTestApi();
  await ensureDefaultDictionaries(api.db);
  [agentA, agentB, manager] = [await user('agent'), await user('agent'), await user('manager')];
  const client = await api.db.client.create({ data: { kind: 'LEGAL', name: 'Kalendar d.o.o.' } });
  clientId = toGlobalId('Client', client.id);
  // Both agents call the client (the seeded Agent reads managed clients and those on an open call list).
  for (const a of [agentA, agentB]) await onCallList(api.db, fromGlobalId(a.id)!.id, [client.id]);
  const values = await api.db.dictionaryValue.findMany({
    where: { kind: { in: ['ACTIVITY_TYPE', 'ACTIVITY_RESULT'] } },
  });
  const byKind = (kind: string) =>
    Object.fromEntries(values.filter((v) => v.kind === kind).map((v) => [v.key, toGlobalId('DictionaryValue', v.id)]));
  types = byKind('ACTIVITY_TYPE');
  results = byKind('ACTIVITY_RESULT');
});
afterAll(() => api.close());

describe('calendar ranges', () => {
  beforeAll(async () => {
    // Around the range [2030-03-10T08:00Z, 2030-03-10T12:00Z).
    await create(agentA.cookie, {
      subject: 'ends at from',
      startsAt: '2030-03-10T07:00:00Z',
      endsAt: '2030-03-10T08:00:00Z',
    });
    await create(agentA.cookie, {
      subject: 'starts at to',
      startsAt: '2030-03-10T12:00:00Z',
      endsAt: '2030-03-10T13:00:00Z',
    });
    await create(agentA.cookie, {
      subject: 'crosses from',
      startsAt: '2030-03-10T07:30:00Z',
      endsAt: '2030-03-10T08:00:01Z',
    });
    await create(agentA.cookie, {
      subject: 'crosses to',
      startsAt: '2030-03-10T11:59:59Z',
      endsAt: '2030-03-10T14:00:00Z',
    });
    await create(agentA.cookie, {
      subject: 'spans all',
      startsAt: '2030-03-09T00:00:00Z',
      endsAt: '2030-03-11T00:00:00Z',
    });
    // 10:00 in Zagreb (UTC+1 in March) is 09:00 UTC: inside; 13:30 in Warsaw is 12:30 UTC: outside.
    await create(agentA.cookie, {
      subject: 'zagreb 10:00',
      startsAt: '2030-03-10T10:00:00+01:00',
      endsAt: '2030-03-10T11:30:00+01:00',
    });
    await create(agentA.cookie, {
      subject: 'warsaw 13:30',
      startsAt: '2030-03-10T13:30:00+01:00',
      endsAt: '2030-03-10T14:00:00+01:00',
    });
    await create(agentA.cookie, { subject: 'task due', dueAt: '2030-03-10T09:00:00Z', typeId: types.task });
    await create(agentB.cookie, {
      subject: 'agent B meeting',
      startsAt: '2030-03-10T09:00:00Z',
      endsAt: '2030-03-10T10:00:00Z',
    });
  });

  it('includes activities overlapping [from, to) and excludes one ending at from or starting at to', async () => {
    const { titles } = await calendar(agentA.cookie, { from: '2030-03-10T08:00:00Z', to: '2030-03-10T12:00:00Z' });
    expect(titles).toEqual(['crosses from', 'crosses to', 'spans all', 'task due', 'zagreb 10:00']);
  });

  it('compares instants, whatever offset the range is given in', async () => {
    const { titles } = await calendar(agentA.cookie, {
      from: '2030-03-10T09:00:00+01:00',
      to: '2030-03-10T14:00:00+02:00',
    });
    expect(titles).toEqual(['crosses from', 'crosses to', 'spans all', 'task due', 'zagreb 10:00']);
  });

  it('returns times in UTC', async () => {
    const res = await api.gql<{ calendarEvents: { title: string; start: string; end: string }[] }>(
      CALENDAR,
      { from: '2030-03-10T08:00:00Z', to: '2030-03-10T12:00:00Z', filter: { text: 'zagreb' } },
      { cookie: agentA.cookie },
    );
    expect(res.data!.calendarEvents).toEqual([
      expect.objectContaining({ start: '2030-03-10T09:00:00.000Z', end: '2030-03-10T10:30:00.000Z' }),
    ]);
  });

  it("shows an agent only their own calendar and refuses another agent's", async () => {
    const own = await calendar(agentB.cookie, { from: '2030-03-10T00:00:00Z', to: '2030-03-11T00:00:00Z' });
    expect(own.titles).toEqual(['agent B meeting']);
    const other = await calendar(agentB.cookie, {
      from: '2030-03-10T00:00:00Z',
      to: '2030-03-11T00:00:00Z',
      userIds: [agentA.id],
    });
    expect(errorCode(other.res)).toBe('FORBIDDEN');
  });

  it('lets a manager with calendar.viewOthers see several users at once', async () => {
    const { titles } = await calendar(manager.cookie, {
      from: '2030-03-10T09:00:00Z',
      to: '2030-03-10T10:00:00Z',
      userIds: [agentA.id, agentB.id],
    });
    expect(titles).toEqual(['agent B meeting', 'spans all', 'task due', 'zagreb 10:00']);
  });

  it("hides another agent's activity from activity(id) and activities, but not from a manager", async () => {
    const [b] = (await api.db.activity.findMany({ where: { subject: 'agent B meeting' } })).map((r) =>
      toGlobalId('Activity', r.id),
    );
    const q = `query($id: ID!) { activity(id: $id) { subject } node(id: $id) { id } }`;
    const asA = await api.gql<{ activity: unknown; node: unknown }>(q, { id: b }, { cookie: agentA.cookie });
    expect(asA.data).toEqual({ activity: null, node: null });
    const asManager = await api.gql<{ activity: { subject: string } }>(q, { id: b }, { cookie: manager.cookie });
    expect(asManager.data!.activity.subject).toBe('agent B meeting');
    const list = `{ activities(first: 100) { totalCount edges { node { subject } } } }`;
    const listA = await api.gql<{ activities: { edges: { node: { subject: string } }[] } }>(
      list,
      {},
      { cookie: agentA.cookie },
    );
    expect(listA.data!.activities.edges.map((e) => e.node.subject)).not.toContain('agent B meeting');
  });

  it('refuses a range that ends before it starts', async () => {
    const { res } = await calendar(agentA.cookie, { from: '2030-03-10T12:00:00Z', to: '2030-03-10T08:00:00Z' });
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });
});

describe('editing', () => {
  it('edits with a version check, and a participant sees the activity on their own calendar', async () => {
    const a = await create(agentA.cookie, {
      subject: 'plan',
      startsAt: '2030-06-01T10:00:00Z',
      endsAt: '2030-06-01T11:00:00Z',
    });
    const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateActivityInput!) {
      updateActivity(id: $id, version: $v, input: $input) { subject version participants { user { id } } } }`;
    const res = await api.gql<{ updateActivity: { subject: string; version: number } }>(
      UPDATE,
      { id: a.id, v: a.version, input: { subject: 'plan with B', participants: [{ userId: agentB.id }] } },
      { cookie: agentA.cookie },
    );
    expect(res.data!.updateActivity).toEqual({
      subject: 'plan with B',
      version: a.version + 1,
      participants: [{ user: { id: agentB.id } }],
    });
    const { titles } = await calendar(agentB.cookie, { from: '2030-06-01T00:00:00Z', to: '2030-06-02T00:00:00Z' });
    expect(titles).toEqual(['plan with B']);
    const stale = await api.gql(UPDATE, { id: a.id, v: a.version, input: { subject: 'x' } }, { cookie: agentA.cookie });
    expect(errorCode(stale)).toBe('CONFLICT');
  });

  it("refuses a contact person who is not the client's and a type from another dictionary", async () => {
    const person = await api.db.person.create({ data: { firstName: 'Ana', lastName: 'Other' } });
    const wrongPerson = await api.gql(
      CREATE,
      { input: { clientId, typeId: types.call, subject: 'x', contactPersonId: toGlobalId('Person', person.id) } },
      { cookie: agentA.cookie },
    );
    expect(wrongPerson.errors![0]!.extensions).toMatchObject({ field: 'input.contactPersonId' });
    const wrongType = await api.gql(
      CREATE,
      { input: { clientId, typeId: results.no_answer, subject: 'x' } },
      { cookie: agentA.cookie },
    );
    expect(wrongType.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.typeId' });
  });
});

describe('moving', () => {
  it('moves keeping the duration, and a stale version is a CONFLICT that changes nothing', async () => {
    const a = await create(agentA.cookie, {
      subject: 'to move',
      startsAt: '2030-04-01T10:00:00Z',
      endsAt: '2030-04-01T11:30:00Z',
    });
    const moved = await api.gql<{ moveActivity: Activity }>(
      MOVE,
      { id: a.id, v: a.version, start: '2030-04-02T08:00:00Z' },
      { cookie: agentA.cookie },
    );
    expect(moved.data!.moveActivity).toMatchObject({
      startsAt: '2030-04-02T08:00:00.000Z',
      endsAt: '2030-04-02T09:30:00.000Z',
      version: a.version + 1,
    });
    const stale = await api.gql(
      MOVE,
      { id: a.id, v: a.version, start: '2030-04-03T08:00:00Z', end: '2030-04-03T09:00:00Z' },
      { cookie: agentA.cookie },
    );
    expect(errorCode(stale)).toBe('CONFLICT');
    const row = await api.db.activity.findFirstOrThrow({ where: { subject: 'to move' } });
    expect(row.startsAt!.toISOString()).toBe('2030-04-02T08:00:00.000Z');
  });

  it('does not let another agent move it (NOT_FOUND), nor an end before the start', async () => {
    const a = await create(agentA.cookie, {
      subject: 'mine',
      startsAt: '2030-04-05T10:00:00Z',
      endsAt: '2030-04-05T11:00:00Z',
    });
    const other = await api.gql(
      MOVE,
      { id: a.id, v: a.version, start: '2030-04-06T10:00:00Z' },
      { cookie: agentB.cookie },
    );
    expect(errorCode(other)).toBe('NOT_FOUND');
    const backwards = await api.gql(
      MOVE,
      { id: a.id, v: a.version, start: '2030-04-06T10:00:00Z', end: '2030-04-06T09:00:00Z' },
      { cookie: agentA.cookie },
    );
    expect(backwards.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsAt' });
  });
});

describe('closing', () => {
  it('closes with result, work time and km and creates the linked next contact in the same step', async () => {
    const a = await create(agentA.cookie, {
      subject: 'first visit',
      startsAt: '2026-01-05T10:00:00Z',
      endsAt: '2026-01-05T11:00:00Z',
    });
    const res = await api.gql<{ closeActivity: Activity }>(
      CLOSE,
      {
        id: a.id,
        v: a.version,
        input: {
          resultId: results.further_talks,
          workMinutes: 75,
          distanceKm: 42.5,
          nextContact: { startsAt: '2030-05-01T09:00:00Z', endsAt: '2030-05-01T09:30:00Z', typeId: types.call },
        },
      },
      { cookie: agentA.cookie },
    );
    expect(res.errors).toBeUndefined();
    const closed = res.data!.closeActivity;
    expect(closed).toMatchObject({
      status: 'DONE',
      workMinutes: 75,
      distanceKm: 42.5,
      result: { key: 'further_talks' },
    });
    expect(closed.children).toEqual([{ id: expect.any(String), subject: 'first visit' }]);
    const row = await api.db.activity.findFirstOrThrow({ where: { subject: 'first visit', status: 'DONE' } });
    const next = await api.db.activity.findFirstOrThrow({ where: { parentId: row.id } });
    expect(next).toMatchObject({ status: 'PLANNED', startsAt: new Date('2030-05-01T09:00:00Z') });
  });

  it('leaves nothing changed when the next contact fails', async () => {
    const a = await create(agentA.cookie, {
      subject: 'atomic',
      startsAt: '2026-01-06T10:00:00Z',
      endsAt: '2026-01-06T11:00:00Z',
    });
    const before = await api.db.activity.count();
    const res = await api.gql(
      CLOSE,
      {
        id: a.id,
        v: a.version,
        input: { workMinutes: 10, nextContact: { startsAt: '2030-05-02T09:00:00Z', typeId: results.no_answer } },
      },
      { cookie: agentA.cookie },
    );
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.nextContact.typeId' });
    expect(await api.db.activity.count()).toBe(before);
    const row = await api.db.activity.findFirstOrThrow({ where: { subject: 'atomic' } });
    expect(row).toMatchObject({ status: 'PLANNED', version: a.version, workMinutes: null, closedAt: null });
  });

  it('refuses to close twice', async () => {
    const a = await create(agentA.cookie, { subject: 'twice', startsAt: '2026-01-07T10:00:00Z' });
    await api.gql(CLOSE, { id: a.id, v: a.version, input: {} }, { cookie: agentA.cookie });
    const again = await api.gql(CLOSE, { id: a.id, v: a.version + 1, input: {} }, { cookie: agentA.cookie });
    expect(again.errors![0]!.message).toBe('validation.activity.notPlanned');
  });
});

describe('agenda', () => {
  it('lists planned upcoming activities of the coming days and overdue ones, own only', async () => {
    const soon = new Date(Date.now() + 2 * 3_600_000).toISOString();
    const late = new Date(Date.now() - 2 * 86_400_000).toISOString();
    const far = new Date(Date.now() + 20 * 86_400_000).toISOString();
    await create(agentB.cookie, { subject: 'B soon', startsAt: soon });
    await create(agentB.cookie, { subject: 'B late', dueAt: late, typeId: types.task });
    await create(agentB.cookie, { subject: 'B far', startsAt: far });
    const res = await api.gql<{ myAgenda: { upcoming: Activity[]; overdue: Activity[] } }>(
      `{ myAgenda(days: 7) { upcoming { subject overdue } overdue { subject overdue } } }`,
      {},
      { cookie: agentB.cookie },
    );
    expect(res.data!.myAgenda).toEqual({
      upcoming: [{ subject: 'B soon', overdue: false }],
      overdue: [{ subject: 'B late', overdue: true }],
    });
  });

  it('leaves out types taken off the home screen, which stay in the activity list', async () => {
    const letter = await api.db.dictionaryValue.findFirstOrThrow({ where: { kind: 'ACTIVITY_TYPE', key: 'letter' } });
    await api.db.dictionaryValue.update({
      where: { id: letter.id },
      data: { meta: { ...(letter.meta as object), showOnHome: false } },
    });
    try {
      const soon = new Date(Date.now() + 3 * 3_600_000).toISOString();
      await create(agentB.cookie, { subject: 'B letter', startsAt: soon, typeId: types.letter });
      const res = await api.gql<{ myAgenda: { upcoming: Activity[] } }>(
        `{ myAgenda(days: 7) { upcoming { subject } } }`,
        {},
        { cookie: agentB.cookie },
      );
      expect(res.data!.myAgenda.upcoming.map((a) => a.subject)).toEqual(['B soon']);
      const list = await api.gql<{ activities: { totalCount: number } }>(
        `{ activities(filter: { text: "B letter" }) { totalCount } }`,
        {},
        { cookie: agentB.cookie },
      );
      expect(list.data!.activities.totalCount).toBe(1);
    } finally {
      await api.db.dictionaryValue.update({ where: { id: letter.id }, data: { meta: letter.meta as object } });
    }
  });
});
