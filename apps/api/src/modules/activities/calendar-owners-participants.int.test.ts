// calendarEvents reads owners and participants as two separate branches: an activity must still appear exactly once
// however many of the asked users own it or take part in it, and never for a user not asked about.
import { toGlobalId } from '@veza/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/api.ts';
import { ensureDefaultDictionaries } from '../dictionaries/dictionaries.defaults.ts';

let api: TestApi;
let manager: string;
const users: Record<string, string> = {};

const CALENDAR = `query($from: DateTime!, $to: DateTime!, $userIds: [ID!]) {
  calendarEvents(from: $from, to: $to, userIds: $userIds) { title } }`;

async function titles(names: string[]) {
  const res = await api.gql<{ calendarEvents: { title: string }[] }>(
    CALENDAR,
    { from: '2031-05-05T00:00:00Z', to: '2031-05-06T00:00:00Z', userIds: names.map((n) => users[n]) },
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
  const ids: Record<string, string> = {};
  for (const name of ['a', 'b', 'c', 'd']) {
    ids[name] = (await api.createUser('agent')).id;
    users[name] = toGlobalId('User', ids[name]);
  }
  const client = await api.db.client.create({ data: { kind: 'LEGAL', name: 'Dvojnik d.o.o.' } });
  const meeting = await api.db.dictionaryValue.findFirstOrThrow({ where: { kind: 'ACTIVITY_TYPE', key: 'meeting' } });
  const add = (subject: string, owner: string, participants: string[], hour: number) =>
    api.db.activity.create({
      data: {
        subject,
        typeId: meeting.id,
        clientId: client.id,
        ownerId: ids[owner]!,
        startsAt: new Date(Date.UTC(2031, 4, 5, hour)),
        endsAt: new Date(Date.UTC(2031, 4, 5, hour + 1)),
        participants: { create: participants.map((p) => ({ userId: ids[p]! })) },
      },
    });
  await add('a with b and c', 'a', ['b', 'c'], 8);
  await add('d alone', 'd', [], 10);
  await add('d with a', 'd', ['a'], 12);
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
