// calendarEvents reads owners and participants as two separate branches: an activity must still appear exactly once
// however many of the asked users own it or take part in it, and never for a user not asked about.
import { toGlobalId } from '@veza/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/api.ts';
import { ensureDefaultDictionaries } from '../dictionaries/index.ts';

let api: TestApi;
let manager: string;
const users: Record<string, string> = {};
const ids: Record<string, string> = {};
let add: (
  subject: string,
  owner: string,
  participants: string[],
  start: Date,
  end: Date | null,
  due?: Date,
) => Promise<{ id: string }>;

const CALENDAR = `query($from: DateTime!, $to: DateTime!, $userIds: [ID!]) {
  calendarEvents(from: $from, to: $to, userIds: $userIds) { title } }`;

async function titles(names: string[], day = '2031-05-05') {
  const to = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString();
  const res = await api.gql<{ calendarEvents: { title: string }[] }>(
    CALENDAR,
    { from: `${day}T00:00:00Z`, to, userIds: names.map((n) => users[n]) },
    { cookie: manager },
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.calendarEvents.map((e) => e.title).sort();
}

beforeAll(async () => {
  api = await startTestApi();
  await ensureDefaultDictionaries(api.db);
  const m = await api.createUser('manager');
  manager = await api.login(m.email, m.password);
  for (const name of ['a', 'b', 'c', 'd']) {
    ids[name] = (await api.createUser('agent')).id;
    users[name] = toGlobalId('User', ids[name]);
  }
  const client = await api.db.client.create({ data: { kind: 'LEGAL', name: 'Dvojnik d.o.o.' } });
  const meeting = await api.db.dictionaryValue.findFirstOrThrow({ where: { kind: 'ACTIVITY_TYPE', key: 'meeting' } });
  add = (subject, owner, participants, start, end, due) =>
    api.db.activity.create({
      data: {
        subject,
        typeId: meeting.id,
        clientId: client.id,
        ownerId: ids[owner]!,
        startsAt: due ? null : start,
        endsAt: due ? null : end,
        dueAt: due ?? null,
        participants: { create: participants.map((p) => ({ userId: ids[p]! })) },
      },
    });
  const at = (hour: number) => new Date(Date.UTC(2031, 4, 5, hour));
  await add('a with b and c', 'a', ['b', 'c'], at(8), at(9));
  await add('d alone', 'd', [], at(10), at(11));
  await add('d with a', 'd', ['a'], at(12), at(13));
});
afterAll(() => api.close());

describe('calendarEvents for several users', () => {
  it('lists an activity once when its owner and its participants are all asked about', async () => {
    expect(await titles(['a', 'b', 'c'])).toEqual(['a with b and c', 'd with a']);
    expect(await titles(['a', 'd'])).toEqual(['a with b and c', 'd alone', 'd with a']);
  });

  it('lists an activity once for two participants of it, without the owner', async () => {
    expect(await titles(['b', 'c'])).toEqual(['a with b and c']);
  });

  it("shows what a user takes part in, and nobody else's activities", async () => {
    expect(await titles(['a'])).toEqual(['a with b and c', 'd with a']);
    expect(await titles(['b'])).toEqual(['a with b and c']);
  });
});

// Ranges are read through (owner | participant, start, end) indexes: what starts in the range, what started up to
// 31 days before and still runs, and a partial index of longer activities (activity-filter.sql.ts `overlapping`).
// Participants carry a copy of the span, kept by triggers.
describe('calendarEvents across the index ranges', () => {
  const day = (d: string, hour = 0) => new Date(`${d}T${String(hour).padStart(2, '0')}:00:00Z`);

  it('shows what started before the range and still runs, up to and beyond 31 days, to owner and participant', async () => {
    await add('c 20 days with d', 'c', ['d'], day('2031-07-20', 9), day('2031-08-09', 17));
    await add('c 31 days with d', 'c', ['d'], day('2031-07-09', 9), day('2031-08-09', 10));
    await add('c 60 days with d', 'c', ['d'], day('2031-06-10', 9), day('2031-08-09', 17));
    await add('c ended just before', 'c', ['d'], day('2031-06-10', 9), day('2031-08-09', 0));
    await add('c task due with d', 'c', ['d'], day('2031-08-09'), null, day('2031-08-09', 15));
    const all = ['c 20 days with d', 'c 31 days with d', 'c 60 days with d', 'c task due with d'];
    expect(await titles(['c'], '2031-08-09')).toEqual(all);
    expect(await titles(['d'], '2031-08-09')).toEqual(all);
    expect(await titles(['d'], '2031-08-10')).toEqual([]);
  });

  it("moves a participant's copy of the span with the activity (and a new participant gets it)", async () => {
    const moved = await add('b moves with c', 'b', ['c'], day('2031-09-01', 9), day('2031-09-01', 10));
    expect(await titles(['c'], '2031-09-01')).toEqual(['b moves with c']);
    await api.db.activity.update({
      where: { id: moved.id },
      data: { startsAt: day('2031-09-03', 9), endsAt: day('2031-09-03', 10) },
    });
    await api.db.activityParticipant.create({ data: { activityId: moved.id, userId: ids.d! } });
    expect(await titles(['c'], '2031-09-01')).toEqual([]);
    expect(await titles(['c'], '2031-09-03')).toEqual(['b moves with c']);
    expect(await titles(['d'], '2031-09-03')).toEqual(['b moves with c']);
    const spans = await api.db.activityParticipant.findMany({ where: { activityId: moved.id } });
    expect(spans.map((p) => p.startsAt?.toISOString())).toEqual([
      '2031-09-03T09:00:00.000Z',
      '2031-09-03T09:00:00.000Z',
    ]);
  });
});
