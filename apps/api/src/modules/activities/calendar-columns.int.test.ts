// calendarEvents reads a narrower column list when the events' `activity` asks only for what a calendar shows, and
// the whole row as soon as it asks for anything else — through fragments too — so no asked-for field comes back empty.
import { toGlobalId } from '@veza/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/api.ts';
import { ensureDefaultDictionaries } from '../dictionaries/index.ts';

let api: TestApi;
let cookie: string;
const range = { from: '2031-05-05T00:00:00Z', to: '2031-05-06T00:00:00Z' };

type Events = { calendarEvents: { title: string; activity: Record<string, unknown> }[] };

async function events(selection: string, extra = '') {
  api.queries.length = 0;
  const res = await api.gql<Events>(
    `query($from: DateTime!, $to: DateTime!) { calendarEvents(from: $from, to: $to) { title ${selection} } } ${extra}`,
    range,
    { cookie },
  );
  expect(res.errors).toBeUndefined();
  // The calendar's statement (the sign-in's lookup of scopes and teams has a UNION ALL too).
  const calendarStatement = api.queries.find((q) => q.includes('UNION ALL') && q.includes('a.starts_at'))!;
  return { events: res.data!.calendarEvents, wholeRow: calendarStatement.includes('a.note') };
}

beforeAll(async () => {
  api = await startTestApi({ countQueries: true });
  await ensureDefaultDictionaries(api.db);
  const agent = await api.createUser('agent');
  cookie = await api.login(agent.email, agent.password);
  // The agent's own client: a linked client outside the read scope comes back null (modules/clients linked-client.ts).
  const client = await api.db.client.create({
    data: { kind: 'LEGAL', name: 'Kolona d.o.o.', accountManagerId: agent.id },
  });
  const meeting = await api.db.dictionaryValue.findFirstOrThrow({ where: { kind: 'ACTIVITY_TYPE', key: 'meeting' } });
  await api.db.activity.create({
    data: {
      subject: 'Review',
      note: 'Bring the contract',
      typeId: meeting.id,
      clientId: client.id,
      ownerId: agent.id,
      startsAt: new Date('2031-05-05T09:00:00Z'),
      endsAt: new Date('2031-05-05T10:00:00Z'),
      workMinutes: 45,
    },
  });
});
afterAll(() => api.close());

describe('calendarEvents columns', () => {
  it('reads the narrow columns for what a calendar shows, and answers every asked field', async () => {
    const { events: list, wholeRow } = await events(
      'activity { id status overdue startsAt type { key } client { name } owner { name } participants { user { id } } }',
    );
    expect(wholeRow).toBe(false);
    expect(list).toHaveLength(1);
    expect(list[0]!.activity).toMatchObject({
      status: 'PLANNED',
      overdue: false,
      startsAt: '2031-05-05T09:00:00.000Z',
      type: { key: 'meeting' },
      client: { name: 'Kolona d.o.o.' },
    });
    expect(list[0]!.activity.id).toBe(toGlobalId('Activity', (await api.db.activity.findFirstOrThrow()).id));
  });

  it('reads the whole row when the activity asks for more, directly or through a fragment', async () => {
    const direct = await events('activity { id note workMinutes createdAt }');
    expect(direct.wholeRow).toBe(true);
    expect(direct.events[0]!.activity).toMatchObject({ note: 'Bring the contract', workMinutes: 45 });
    expect(typeof direct.events[0]!.activity.createdAt).toBe('string');

    const viaFragment = await events('...E', 'fragment E on CalendarEvent { activity { ... on Activity { note } } }');
    expect(viaFragment.wholeRow).toBe(true);
    expect(viaFragment.events[0]!.activity.note).toBe('Bring the contract');
  });

  it('reads only the columns of the fields asked for', async () => {
    const { events: list, wholeRow } = await events('start end color activity { id status version }');
    const statement = api.queries.find((q) => q.includes('UNION ALL') && q.includes('a.starts_at'))!;
    expect(wholeRow).toBe(false);
    expect(statement).toContain('a.version');
    expect(statement).not.toContain('a.owner_id AS');
    expect(statement).not.toContain('a.type_id AS');
    expect(list[0]!.activity).toMatchObject({ status: 'PLANNED', version: 1 });
  });

  it('reads the narrow columns when the activity is not asked for at all', async () => {
    const { events: list, wholeRow } = await events('');
    expect(wholeRow).toBe(false);
    expect(list.map((e) => e.title)).toEqual(['Review']);
  });
});
