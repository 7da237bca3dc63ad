// Duplicate warnings and refusals: the same tax id or registration number (refused unless confirmed), the same
// e-mail or phone, a similar name in the same city (accents, case and legal forms ignored); candidate pairs.
import { toGlobalId } from '@veza/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';

let api: TestApi;
let cookie: string;
let agentId: string;

const CREATE = `mutation($input: CreateClientInput!) { createClient(input: $input) { id taxId } }`;
const CHECK = `query($p: ClientDuplicateProbe!) { clientDuplicates(probe: $p) { score reasons client { id name } } }`;
type Match = { score: number; reasons: string[]; client: { id: string; name: string } };

async function check(p: Record<string, unknown>) {
  const res = await api.gql<{ clientDuplicates: Match[] }>(CHECK, { p }, { cookie });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.clientDuplicates;
}

/** A client the agent manages: duplicates are told only among the records the viewer may read. */
async function client(data: Record<string, unknown>) {
  const row = await api.db.client.create({ data: { kind: 'LEGAL', name: 'x', accountManagerId: agentId, ...data } });
  return toGlobalId('Client', row.id);
}

beforeAll(async () => {
  api = await startTestApi();
  const u = await api.createUser('agent');
  agentId = u.id;
  cookie = await api.login(u.email, u.password);
});
afterAll(() => api.close());

describe('the same tax id or registration number', () => {
  it('is refused on create, naming the field and the existing client, unless confirmed as deliberate', async () => {
    const first = await api.gql<{ createClient: { id: string } }>(
      CREATE,
      {
        input: { kind: 'LEGAL', name: 'Prvi d.o.o.', country: 'HR', taxId: '69435151530' },
      },
      { cookie },
    );
    const again = await api.gql(
      CREATE,
      { input: { kind: 'LEGAL', name: 'Drugi', country: 'HR', taxId: 'HR 6943 5151 530' } },
      { cookie },
    );
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'taxId',
      duplicateOf: first.data!.createClient.id,
    });
    expect(again.errors?.[0]?.message).toBe('duplicates.taxKeyTaken');
    const branch = await api.gql(
      CREATE,
      {
        input: {
          kind: 'LEGAL',
          name: 'Prvi, podružnica Split',
          country: 'HR',
          taxId: '69435151530',
          confirmDuplicate: true,
        },
      },
      { cookie },
    );
    expect(branch.errors).toBeUndefined();
  });

  it('is refused when an edit sets another client’s registration number', async () => {
    await client({ name: 'Sokół sp. z o.o.', country: 'PL', registrationNo: '123456785' });
    // The agent edits only clients they manage (seeded Agent: clients read ALL, edit OWN).
    const other = await client({ name: 'Inna', country: 'PL', accountManagerId: agentId });
    const row = await api.db.client.findFirstOrThrow({ where: { name: 'Inna' } });
    const res = await api.gql(
      `mutation($id: ID!, $v: Int!, $input: UpdateClientInput!) { updateClient(id: $id, version: $v, input: $input) { id } }`,
      { id: other, v: row.version, input: { registrationNo: '123456785' } },
      { cookie },
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.registrationNo' });
  });
});

describe('warnings while entering a client', () => {
  it('finds a similar name in the same city, ignoring case, accents and legal forms', async () => {
    const mlinar = await client({ name: 'Mlinar d.o.o.', city: 'Zagreb' });
    await client({ name: 'Mlinar d.o.o.', city: 'Split' });
    const found = await check({ name: 'MLINAR d.o.o., Zagreb', city: 'Zagreb' });
    expect(found.map((m) => m.client.id)).toEqual([mlinar]);
    expect(found[0]!.reasons).toEqual(['SIMILAR_NAME']);
    expect(found[0]!.score).toBeGreaterThanOrEqual(0.6);
    const kras = await client({ name: 'Čokoladna tvornica Kraš d.d.', city: 'Đakovo' });
    expect((await check({ name: 'Cokoladna tvornica KRAS', city: 'dakovo' })).map((m) => m.client.id)).toEqual([kras]);
    expect(await check({ name: 'Pekara Zagreb', city: 'Zagreb' })).toEqual([]);
  });

  it('tells only clients the viewer may read (an OWN-scoped agent is not shown a colleague’s client)', async () => {
    const mine = await client({ name: 'Vidljivi d.o.o.', city: 'Osijek' });
    await client({ name: 'Vidljivi d.o.o.', city: 'Osijek', accountManagerId: null });
    expect((await check({ name: 'Vidljivi', city: 'Osijek' })).map((m) => m.client.id)).toEqual([mine]);
  });

  it('finds the same e-mail or phone, and not the record being edited', async () => {
    const a = await client({ name: 'Alfa', emails: ['info@alfa.hr'], phones: ['+385 1 111 222'] });
    expect((await check({ name: 'Zeta', emails: ['INFO@alfa.hr'] }))[0]).toMatchObject({
      client: { id: a },
      reasons: ['EMAIL'],
    });
    expect((await check({ name: 'Zeta', phones: ['+385 1 111 222'] }))[0]).toMatchObject({ reasons: ['PHONE'] });
    expect(await check({ name: 'Alfa', emails: ['info@alfa.hr'], excludeId: a })).toEqual([]);
  });

  it('needs clients.read', async () => {
    const res = await api.gql(CHECK, { p: { name: 'Alfa' } });
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
  });
});

describe('candidate pairs', () => {
  it('lists pairs with scores and reasons, page by page', async () => {
    type Pair = { left: { id: string }; right: { id: string }; reasons: string[] };
    type Page = { duplicateCandidates: { pairs: Pair[]; endCursor: string | null; hasNextPage: boolean } };
    const pairs: Pair[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const res: Awaited<ReturnType<typeof api.gql<Page>>> = await api.gql<Page>(
        `query($after: String) { duplicateCandidates(entity: CLIENT, after: $after) {
          pairs { score reasons left { id ... on Client { name } } right { id ... on Client { name } } } endCursor hasNextPage } }`,
        { after },
        { cookie },
      );
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      pairs.push(...res.data!.duplicateCandidates.pairs);
      if (!res.data!.duplicateCandidates.hasNextPage) break;
      after = res.data!.duplicateCandidates.endCursor;
    }
    // The branch shares the tax id (and, with no city on either, the name counts as similar); the two Mlinar
    // companies are in different cities, so they are no pair.
    expect(pairs.map((p) => p.reasons)).toEqual([['TAX_ID', 'SIMILAR_NAME']]);
  });
});
