// A planned activity's own reminder lead time over GraphQL: it overrides the owner's default (longer, shorter or off),
// null falls back to the default, and the reminder job honours it once per start time.
import { toGlobalId } from '@veza/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';
import { ensureDefaultDictionaries } from '../dictionaries/index.ts';
import { sendReminders } from './notifications.jobs.ts';

let api: TestApi;
let agent: { id: string; cookie: string };
let clientId: string;
let typeId: string;

const FIELDS = 'id version reminderMinutes';
const CREATE = `mutation($input: CreateActivityInput!) { createActivity(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateActivityInput!) {
  updateActivity(id: $id, version: $v, input: $input) { ${FIELDS} } }`;
type Activity = { id: string; version: number; reminderMinutes: number | null };

const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString();

async function create(subject: string, startsIn: number, reminderMinutes?: number | null) {
  const input = { clientId, typeId, subject, startsAt: inMinutes(startsIn), reminderMinutes };
  const res = await api.gql<{ createActivity: Activity }>(CREATE, { input }, { cookie: agent.cookie });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.createActivity;
}

/** Activity global ids the agent holds a reminder for. */
async function reminded(): Promise<string[]> {
  const rows = await api.db.notification.findMany({ where: { recipientId: agent.id, kind: 'REMINDER' } });
  return rows.map((r) => r.link!.replace('/activities/', '')).sort();
}

beforeAll(async () => {
  api = await startTestApi();
  await ensureDefaultDictionaries(api.db);
  const u = await api.createUser('agent');
  agent = { id: u.id, cookie: await api.login(u.email, u.password) };
  await api.db.user.update({ where: { id: u.id }, data: { reminderMinutes: 15 } });
  const client = await api.db.client.create({
    data: { kind: 'LEGAL', name: 'Podsjetnik d.o.o.', accountManagerId: u.id },
  });
  clientId = toGlobalId('Client', client.id);
  const type = await api.db.dictionaryValue.findFirstOrThrow({ where: { kind: 'ACTIVITY_TYPE', key: 'call' } });
  typeId = toGlobalId('DictionaryValue', type.id);
});
afterAll(() => api.close());

describe('per-activity reminder lead time', () => {
  it('overrides the owner’s default: earlier, off, or the default when unset', async () => {
    const early = await create('Board meeting, an hour ahead', 50, 60);
    const off = await create('No reminder please', 10, 0);
    const plain = await create('Default lead time', 40);
    const soon = await create('Default lead time, soon', 10, null);
    expect([early.reminderMinutes, off.reminderMinutes, plain.reminderMinutes]).toEqual([60, 0, null]);

    expect(await sendReminders(api.db)).toBe(2);
    expect(await reminded()).toEqual([early.id, soon.id].sort());

    // A longer lead time set later brings the one not yet due; a second run sends nothing twice.
    const res = await api.gql<{ updateActivity: Activity }>(
      UPDATE,
      { id: plain.id, v: plain.version, input: { reminderMinutes: 45 } },
      { cookie: agent.cookie },
    );
    expect(res.data!.updateActivity.reminderMinutes).toBe(45);
    expect(await sendReminders(api.db)).toBe(1);
    expect(await sendReminders(api.db)).toBe(0);
    expect(await reminded()).toEqual([early.id, plain.id, soon.id].sort());
  });

  it('clears the override with null and keeps it when the field is left out', async () => {
    const a = await create('Override kept', 300, 120);
    const kept = await api.gql<{ updateActivity: Activity }>(
      UPDATE,
      { id: a.id, v: a.version, input: { subject: 'Renamed' } },
      { cookie: agent.cookie },
    );
    expect(kept.data!.updateActivity.reminderMinutes).toBe(120);
    const cleared = await api.gql<{ updateActivity: Activity }>(
      UPDATE,
      { id: a.id, v: kept.data!.updateActivity.version, input: { reminderMinutes: null } },
      { cookie: agent.cookie },
    );
    expect(cleared.data!.updateActivity.reminderMinutes).toBeNull();
  });

  it.each([-1, 10_081, 1.5])('refuses a lead time of %s minutes naming the field', async (reminderMinutes) => {
    const input = { clientId, typeId, subject: 'Bad', startsAt: inMinutes(60), reminderMinutes };
    const res = await api.gql(CREATE, { input }, { cookie: agent.cookie });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.extensions!.field).toBe('input.reminderMinutes');
  });
});
