// createActivity with an idempotency key: a retry (or two at once) returns the first activity and writes no second.
import { toGlobalId } from '@veza/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';
import { ensureDefaultDictionaries } from '../dictionaries/index.ts';

let api: TestApi;
let cookie: string;
let input: Record<string, unknown>;

const CREATE = `mutation($input: CreateActivityInput!, $key: String) {
  createActivity(input: $input, idempotencyKey: $key) { id subject startsAt } }`;
type Created = { createActivity: { id: string; subject: string; startsAt: string } };

beforeAll(async () => {
  api = await startTestApi();
  await ensureDefaultDictionaries(api.db);
  const agent = await api.createUser('agent');
  cookie = await api.login(agent.email, agent.password);
  const client = await api.db.client.create({
    data: { kind: 'LEGAL', name: 'Retry d.o.o.', accountManagerId: agent.id },
  });
  const type = await api.db.dictionaryValue.findFirstOrThrow({ where: { kind: 'ACTIVITY_TYPE', key: 'call' } });
  input = {
    clientId: toGlobalId('Client', client.id),
    typeId: toGlobalId('DictionaryValue', type.id),
    subject: 'Logged by the telephony bridge',
    startsAt: '2026-05-04T12:00:00+02:00',
  };
});
afterAll(() => api.close());

describe('createActivity idempotency', () => {
  it('returns the first activity for a repeated key, also for two requests at once, and stores one', async () => {
    const first = await api.gql<Created>(CREATE, { input, key: 'call-2026-05-04-0001' }, { cookie });
    expect(first.data!.createActivity.startsAt).toBe('2026-05-04T10:00:00.000Z');
    const retry = await api.gql<Created>(CREATE, { input, key: 'call-2026-05-04-0001' }, { cookie });
    expect(retry.data!.createActivity.id).toBe(first.data!.createActivity.id);
    const [a, b] = await Promise.all(
      [1, 2].map(() => api.gql<Created>(CREATE, { input, key: 'call-2026-05-04-0002' }, { cookie })),
    );
    expect(a!.errors).toBeUndefined();
    expect(b!.data!.createActivity.id).toBe(a!.data!.createActivity.id);
    expect(await api.db.activity.count({ where: { subject: 'Logged by the telephony bridge' } })).toBe(2);
    // Without a key every request is a new activity.
    await api.gql<Created>(CREATE, { input }, { cookie });
    expect(await api.db.activity.count({ where: { subject: 'Logged by the telephony bridge' } })).toBe(3);
  });

  it('refuses a malformed key on idempotencyKey', async () => {
    const res = await api.gql(CREATE, { input, key: 'x' }, { cookie });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.extensions!.field).toBe('idempotencyKey');
  });
});
