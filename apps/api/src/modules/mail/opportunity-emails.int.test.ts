// An opportunity's E-mails (Opportunity.emailMessages): the one-off mail sent from it, through a real SMTP sink —
// each opportunity lists only its own messages, newest first and paginated, with their delivery state (SENT, FAILED
// on a refused recipient); an agent outside the opportunity's read scope does not reach it at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEEDED_PROFILES } from '@veza/shared';
import { startTestApi, type TestApi } from '../../test/api.ts';
import { startSmtpSink, type SmtpSink } from '../../test/smtp-sink.ts';
import { globalId } from '../../graphql/ids.ts';
import { ensureDefaultDictionaries } from '../dictionaries/index.ts';
import { registerMailJobs } from './index.ts';

const AGENT_PERMISSIONS = SEEDED_PROFILES.find((p) => p.name === 'Agent')!.permissions;

type Msg = { id: string; to: string; state: string; error: string | null };
type Conn = {
  totalCount: number;
  edges: { cursor: string; node: Msg }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
};

let api: TestApi;
let sink: SmtpSink;
let manager: string;
let agent: string;
let ids: { client: string; jan: string; ewa: string; opp1: string; opp2: string };

const LIST = `query($id: ID!, $first: Int, $after: String) { opportunity(id: $id) {
  emailMessages(first: $first, after: $after) {
    totalCount edges { cursor node { id to state error } } pageInfo { hasNextPage endCursor } } } }`;

async function list(cookie: string, id: string, first?: number, after?: string | null) {
  return api.gql<{ opportunity: { emailMessages: Conn } | null }>(LIST, { id, first, after }, { cookie });
}

async function send(personIds: string[], opportunityId?: string) {
  const input = { clientId: ids.client, personIds, language: 'pl', subject: 'Oferta', bodyHtml: '<p>Dzień dobry</p>' };
  const res = await api.gql<{ sendEmail: { id: string }[] }>(
    `mutation($input: SendEmailInput!) { sendEmail(input: $input) { id } }`,
    { input: { ...input, ...(opportunityId ? { opportunityId } : {}) } },
    { cookie: manager },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.sendEmail.map((m) => m.id);
}

async function settled(count: number) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const open = await api.db.emailMessage.count({ where: { state: { in: ['QUEUED', 'RETRYING'] } } });
    const all = await api.db.emailMessage.count();
    if (open === 0 && all === count) return;
    if (Date.now() > deadline) throw new Error(`mail did not settle: ${open} open of ${all}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  sink = await startSmtpSink();
  api = await startTestApi();
  await ensureDefaultDictionaries(api.db);
  registerMailJobs(api.jobs, api.db, api.config, { retryDelay: 1 });
  await api.jobs.start();
  const admin = await api.createUser('administrator');
  const m = await api.createUser('manager');
  manager = await api.login(m.email, m.password);
  // An agent who reads only their own opportunities (mail.send included).
  const a = await api.createUser('agent');
  const own = await api.db.permissionProfile.create({
    data: { name: 'Own opportunities', permissions: [...AGENT_PERMISSIONS], opportunitiesRead: 'OWN' },
  });
  await api.db.userProfile.deleteMany({ where: { userId: a.id } });
  await api.db.userProfile.create({ data: { userId: a.id, profileId: own.id } });
  agent = await api.login(a.email, a.password);
  const settings = { host: sink.host, port: sink.port, security: 'NONE', fromAddress: 'crm@example.test' };
  const saved = await api.gql(
    `mutation($i: UpdateMailSettingsInput!) { updateMailSettings(input: $i) { version } }`,
    { i: { ...settings, ratePerSecond: 100, version: 0 } },
    { cookie: await api.login(admin.email, admin.password) },
  );
  expect(saved.errors).toBeUndefined();
  const client = await api.db.client.create({ data: { kind: 'LEGAL', name: 'Kowalski SA', accountManagerId: m.id } });
  const person = async (firstName: string, email: string) => {
    const p = await api.db.person.create({ data: { firstName, lastName: 'Nowak', emails: [email] } });
    await api.db.clientPerson.create({ data: { clientId: client.id, personId: p.id, isPrimary: false } });
    return globalId('Person', p.id);
  };
  const stage = await api.db.dictionaryValue.findFirstOrThrow({ where: { kind: 'OPPORTUNITY_STAGE' } });
  const opp = async (name: string) => {
    const data = { clientId: client.id, name, stageId: stage.id, amount: 1000, currency: 'EUR', probability: 10 };
    const row = await api.db.opportunity.create({ data: { ...data, ownerId: m.id, createdById: m.id } });
    return globalId('Opportunity', row.id);
  };
  ids = {
    client: globalId('Client', client.id),
    jan: await person('Jan', 'jan@kowalski.test'),
    ewa: await person('Ewa', 'ewa@kowalski.test'),
    opp1: await opp('Wdrożenie'),
    opp2: await opp('Serwis'),
  };
});
afterAll(async () => {
  await api.close();
  await sink.close();
});

describe('Opportunity.emailMessages', () => {
  it('lists each opportunity’s own mail, newest first, with SENT and FAILED delivery states', async () => {
    sink.refuseRecipient('ewa@kowalski.test', 550);
    const first = await send([ids.jan, ids.ewa], ids.opp1);
    const second = await send([ids.jan], ids.opp2);
    await send([ids.jan]); // sent from the client itself: on neither opportunity
    await settled(4);

    const one = await list(manager, ids.opp1);
    expect(one.errors).toBeUndefined();
    const conn1 = one.data!.opportunity!.emailMessages;
    expect(conn1.totalCount).toBe(2);
    expect(conn1.edges.map((e) => e.node.id).sort()).toEqual([...first].sort());
    const byTo = Object.fromEntries(conn1.edges.map((e) => [e.node.to, e.node]));
    expect(byTo['jan@kowalski.test']).toMatchObject({ state: 'SENT', error: null });
    expect(byTo['ewa@kowalski.test']!.state).toBe('FAILED');
    expect(byTo['ewa@kowalski.test']!.error).toMatch(/550/);

    const two = await list(manager, ids.opp2);
    expect(two.data!.opportunity!.emailMessages.edges.map((e) => e.node.id)).toEqual(second);
    expect(two.data!.opportunity!.emailMessages.totalCount).toBe(1);
  });

  it('pages newest first with a keyset cursor and refuses a forged cursor', async () => {
    const firstId = (await send([ids.jan], ids.opp1))[0]!;
    await settled(5);
    const page1 = await list(manager, ids.opp1, 2);
    const c1 = page1.data!.opportunity!.emailMessages;
    expect(c1.edges[0]!.node.id).toBe(firstId);
    expect(c1.pageInfo.hasNextPage).toBe(true);
    const page2 = await list(manager, ids.opp1, 2, c1.pageInfo.endCursor);
    const c2 = page2.data!.opportunity!.emailMessages;
    expect(c2.edges).toHaveLength(1);
    expect(c2.pageInfo.hasNextPage).toBe(false);
    const seen = [...c1.edges, ...c2.edges].map((e) => e.node.id);
    expect(new Set(seen).size).toBe(3);

    const forged = Buffer.from(JSON.stringify(['not a date', 'x'])).toString('base64');
    const bad = await list(manager, ids.opp1, 2, forged);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    // A valid date with a forged id is refused too (it reached the database as a failing uuid cast before).
    const forgedId = Buffer.from(JSON.stringify([new Date().toISOString(), 'x'])).toString('base64');
    const badId = await list(manager, ids.opp1, 2, forgedId);
    expect(badId.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('an agent outside the opportunity’s read scope does not reach it or its mail', async () => {
    const res = await list(agent, ids.opp1);
    expect(res.errors).toBeUndefined();
    expect(res.data!.opportunity).toBeNull();
    const board = await api.gql<{ opportunities: { edges: unknown[] } }>(
      `{ opportunities(first: 50) { edges { node { id } } } }`,
      {},
      { cookie: agent },
    );
    expect(board.errors).toBeUndefined();
    expect(board.data!.opportunities.edges).toEqual([]);
  });
});
