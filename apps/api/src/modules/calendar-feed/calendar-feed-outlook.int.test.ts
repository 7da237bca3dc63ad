// "May be sent to Outlook" (activity type meta.sendToOutlook, seed 004): the calendar feed leaves out activities of
// types with the flag off, and their single .ics invitation is refused; the default types have it on.
import { toGlobalId } from '@veza/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/api.ts';
import { ensureDefaultDictionaries } from '../dictionaries/index.ts';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
  await ensureDefaultDictionaries(api.db);
});
afterAll(() => api.close());

async function ok<T>(cookie: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await api.gql<T>(query, variables, { cookie });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

describe('the calendar feed and "may be sent to Outlook"', () => {
  it('leaves out activities whose type may not be sent, keeps the others', async () => {
    const types = await api.db.dictionaryValue.findMany({ where: { kind: 'ACTIVITY_TYPE' } });
    expect(types.every((t) => (t.meta as Record<string, unknown>).sendToOutlook === true)).toBe(true);
    const byKey = Object.fromEntries(types.map((v) => [v.key, v]));
    const admin = await api.createUser('administrator');
    const adminCookie = await api.login(admin.email, admin.password);
    // The administrator switches the flag off for calls (the dictionary UI sends the whole meta).
    const call = byKey.call!;
    await ok(
      adminCookie,
      `mutation($id: ID!, $v: Int!, $input: UpdateDictionaryValueInput!) {
        updateDictionaryValue(id: $id, version: $v, input: $input) { id }
      }`,
      {
        id: toGlobalId('DictionaryValue', call.id),
        v: call.version,
        input: { meta: { ...(call.meta as object), sendToOutlook: false } },
      },
    );
    const agent = await api.createUser('agent');
    const cookie = await api.login(agent.email, agent.password);
    const client = await api.db.client.create({
      data: { kind: 'LEGAL', name: 'Outlook d.o.o.', accountManagerId: agent.id },
    });
    const start = Date.now() + 86_400_000;
    const icsUrls: Record<string, string> = {};
    for (const [key, subject] of [
      ['meeting', 'Sastanak za Outlook'],
      ['call', 'Privatni poziv'],
    ] as const) {
      const created = await ok<{ createActivity: { icsUrl: string } }>(
        cookie,
        `mutation($input: CreateActivityInput!) { createActivity(input: $input) { icsUrl } }`,
        {
          input: {
            clientId: toGlobalId('Client', client.id),
            typeId: toGlobalId('DictionaryValue', byKey[key]!.id),
            subject,
            startsAt: new Date(start).toISOString(),
            endsAt: new Date(start + 1_800_000).toISOString(),
          },
        },
      );
      icsUrls[key] = created.createActivity.icsUrl;
    }
    const { regenerateCalendarFeed } = await ok<{ regenerateCalendarFeed: { url: string } }>(
      cookie,
      `mutation { regenerateCalendarFeed { url } }`,
    );
    const text = await (await api.raw(new URL(regenerateCalendarFeed.url).pathname)).text();
    expect(text).toContain('Sastanak za Outlook');
    expect(text).not.toContain('Privatni poziv');

    // The single invitation follows the same flag: the meeting downloads, the call is refused with a reason.
    const meeting = await api.raw(icsUrls.meeting!, { headers: { cookie } });
    expect(meeting.status).toBe(200);
    expect(await meeting.text()).toContain('Sastanak za Outlook');
    const refused = await api.raw(icsUrls.call!, { headers: { cookie } });
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({
      error: { code: 'NOT_SENDABLE', message: expect.stringContaining('may not be sent to Outlook') },
    });
  });
});
