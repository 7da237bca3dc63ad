// The calendar feed follows the client read scope as the API does (Activity.client, contactPerson): an agent who
// reads only their own clients and takes part in a colleague's meeting at another client sees the meeting and the
// client's name, but not the client's address, its contact person or person participants.
import { toGlobalId } from '@veza/shared';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/api.ts';
import { ensureDefaultDictionaries } from '../dictionaries/index.ts';

let api: TestApi;
afterAll(() => api.close());

async function ok<T>(cookie: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await api.gql<T>(query, variables, { cookie });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

async function signIn(profile: 'administrator' | 'agent') {
  const u = await api.createUser(profile);
  return { ...u, cookie: await api.login(u.email, u.password), globalId: toGlobalId('User', u.id) };
}

async function feedEvent(cookie: string, subject: string) {
  const { regenerateCalendarFeed } = await ok<{ regenerateCalendarFeed: { url: string } }>(
    cookie,
    'mutation { regenerateCalendarFeed { url } }',
  );
  const res = await api.raw(new URL(regenerateCalendarFeed.url).pathname);
  expect(res.status).toBe(200);
  const calendar = new ICAL.Component(ICAL.parse(await res.text()));
  const event = calendar.getAllSubcomponents('vevent').find((e) => e.getFirstPropertyValue('summary') === subject);
  expect(event).toBeDefined();
  return event!;
}

describe('the feed of an agent who reads only their own clients', () => {
  const subject = 'Sastanak kod tuđeg klijenta — Meeting';
  let admin: Awaited<ReturnType<typeof signIn>>;
  let agent: Awaited<ReturnType<typeof signIn>>;

  beforeAll(async () => {
    api = await startTestApi();
    await ensureDefaultDictionaries(api.db);
    admin = await signIn('administrator');
    agent = await signIn('agent');
    const own = await api.db.client.create({
      data: { kind: 'LEGAL', name: 'Vlastiti d.o.o.', street: 'Moja 2', city: 'Osijek', accountManagerId: agent.id },
    });
    const foreign = await api.db.client.create({
      data: { kind: 'LEGAL', name: 'Tuđi d.o.o.', street: 'Tajna 7', postalCode: '10000', city: 'Zagreb' },
    });
    const person = await api.db.person.create({
      data: { firstName: 'Vesna', lastName: 'Skrivena', emails: ['vesna@example.com'], phones: ['+385 99 111'] },
    });
    await api.db.clientPerson.create({ data: { clientId: foreign.id, personId: person.id } });
    const meeting = await api.db.dictionaryValue.findFirstOrThrow({ where: { kind: 'ACTIVITY_TYPE', key: 'meeting' } });
    const create = (cookie: string, clientId: string, title: string, extra: Record<string, unknown> = {}) =>
      ok(cookie, 'mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }', {
        input: {
          clientId: toGlobalId('Client', clientId),
          typeId: toGlobalId('DictionaryValue', meeting.id),
          subject: title,
          startsAt: new Date(Date.now() + 86_400_000).toISOString(),
          ...extra,
        },
      });
    await create(admin.cookie, foreign.id, 'Sastanak kod tuđeg klijenta', {
      contactPersonId: toGlobalId('Person', person.id),
      participants: [{ userId: agent.globalId }, { personId: toGlobalId('Person', person.id) }],
    });
    await create(agent.cookie, own.id, 'Sastanak kod svog klijenta');
  });

  it("shows the meeting and the client's name, without its address, contact person or persons", async () => {
    const e = await feedEvent(agent.cookie, subject);
    const event = new ICAL.Event(e);
    expect(event.description).toContain('Client: Tuđi d.o.o.');
    expect(event.description).not.toContain('Vesna');
    expect(event.description).not.toContain('+385 99 111');
    expect(e.getFirstPropertyValue('location')).toBeNull();
    const attendees = e.getAllProperties('attendee').map((p) => String(p.getFirstValue()));
    expect(attendees).toContain(`mailto:${agent.email}`);
    expect(attendees).not.toContain('mailto:vesna@example.com');
  });

  it('still shows the address of a client the agent reads', async () => {
    const e = await feedEvent(agent.cookie, 'Sastanak kod svog klijenta — Meeting');
    expect(e.getFirstPropertyValue('location')).toBe('Moja 2, Osijek');
  });

  it('shows the administrator (all clients) everything of the same meeting', async () => {
    const e = await feedEvent(admin.cookie, subject);
    expect(new ICAL.Event(e).description).toContain('Contact person: Vesna Skrivena (+385 99 111, vesna@example.com)');
    expect(e.getFirstPropertyValue('location')).toBe('Tajna 7, 10000 Zagreb');
    const attendees = e.getAllProperties('attendee').map((p) => String(p.getFirstValue()));
    expect(attendees).toContain('mailto:vesna@example.com');
  });
});
