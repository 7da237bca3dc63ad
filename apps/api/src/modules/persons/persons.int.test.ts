// Contact persons over GraphQL: links to several clients, consent bookkeeping, relations, concurrency, soft delete.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';

let api: TestApi;
let cookie: string;
let clientA: string;
let clientB: string;

const CREATE = `mutation($input: CreatePersonInput!) { createPerson(input: $input) {
  id fullName emails birthday nameDay marketingConsent consentAt version clients { role isPrimary client { name } } } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdatePersonInput!) { updatePerson(id: $id, version: $v, input: $input) {
  marketingConsent consentAt version jobTitle } }`;
type Created = { createPerson: { id: string; version: number; consentAt: string | null } };

beforeAll(async () => {
  api = await startTestApi();
  const m = await api.createUser('manager');
  cookie = await api.login(m.email, m.password);
  const mk = async (name: string) =>
    (
      await api.gql<{ createClient: { id: string } }>(
        `mutation($n: String!) { createClient(input: { kind: LEGAL, name: $n }) { id } }`,
        { n: name },
        { cookie },
      )
    ).data!.createClient.id;
  clientA = await mk('Alfa d.o.o.');
  clientB = await mk('Beta s.r.o.');
});
afterAll(() => api.close());

describe('contact persons', () => {
  it('links one person to two clients with roles and shows them on each client', async () => {
    const res = await api.gql<Created>(
      CREATE,
      {
        input: {
          firstName: 'Ana',
          lastName: 'Horvat',
          title: 'mr. sc.',
          emails: ['Ana.Horvat@Alfa.hr'],
          birthday: '1985-03-14',
          nameDay: '07-26',
          clients: [
            { clientId: clientA, role: 'Director', isPrimary: true },
            { clientId: clientB, role: 'Advisor' },
          ],
        },
      },
      { cookie },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.createPerson).toMatchObject({
      fullName: 'mr. sc. Ana Horvat',
      emails: ['ana.horvat@alfa.hr'],
      birthday: '1985-03-14',
      nameDay: '07-26',
      marketingConsent: false,
      consentAt: null,
      clients: [
        { role: 'Director', isPrimary: true, client: { name: 'Alfa d.o.o.' } },
        { role: 'Advisor', isPrimary: false, client: { name: 'Beta s.r.o.' } },
      ],
    });
    const both = await api.gql<{ nodes: { persons: { role: string; person: { fullName: string } }[] }[] }>(
      `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Client { persons { role person { fullName } } } } }`,
      { ids: [clientA, clientB] },
      { cookie },
    );
    expect(both.data!.nodes.map((c) => c.persons.map((p) => `${p.person.fullName}/${p.role}`))).toEqual([
      ['mr. sc. Ana Horvat/Director'],
      ['mr. sc. Ana Horvat/Advisor'],
    ]);
  });

  it('records when marketing consent was given and forgets it when withdrawn', async () => {
    const created = await api.gql<Created>(
      CREATE,
      {
        input: {
          firstName: 'Iva',
          lastName: 'Kos',
          marketingConsent: true,
          consentSource: 'Trade fair form',
          clients: [{ clientId: clientA }],
        },
      },
      { cookie },
    );
    const { id, consentAt } = created.data!.createPerson;
    expect(Date.parse(consentAt!)).toBeGreaterThan(Date.now() - 60_000);
    const withdrawn = await api.gql(UPDATE, { id, v: 1, input: { marketingConsent: false } }, { cookie });
    expect(withdrawn.data).toEqual({
      updatePerson: { marketingConsent: false, consentAt: null, version: 2, jobTitle: null },
    });
    expect(errorCode(await api.gql(UPDATE, { id, v: 1, input: { jobTitle: 'CFO' } }, { cookie }))).toBe('CONFLICT');
  });

  it.each([
    ['nameDay', { nameDay: '13-40' }, 'nameDay', 'validation.nameDay'],
    ['birthday', { birthday: '2023-02-30' }, 'birthday', 'validation.date'],
    ['no client', { clients: [] }, 'clients', 'validation.clientRequired'],
    [
      'an unknown client',
      { clients: [{ clientId: Buffer.from('Client:00000000-0000-7000-8000-000000000000').toString('base64url') }] },
      'clients.0.clientId',
      'validation.unknownClient',
    ],
  ])('refuses %s naming the field', async (_name, override, field, message) => {
    const before = await api.db.person.count();
    const res = await api.gql(
      CREATE,
      { input: { firstName: 'X', lastName: 'Y', clients: [{ clientId: clientA }], ...override } },
      { cookie },
    );
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(res.errors![0]!.message).toBe(message);
    expect(await api.db.person.count()).toBe(before);
  });

  it('relates persons to each other, and a deleted person disappears from the client until restored', async () => {
    const a = (
      await api.gql<Created>(
        CREATE,
        { input: { firstName: 'Boss', lastName: 'One', clients: [{ clientId: clientB }] } },
        { cookie },
      )
    ).data!.createPerson;
    const b = (
      await api.gql<Created>(
        CREATE,
        { input: { firstName: 'Helper', lastName: 'Two', clients: [{ clientId: clientB }] } },
        { cookie },
      )
    ).data!.createPerson;
    const rel = await api.gql<{
      addPersonRelation: { relations: { id: string; kind: string; person: { fullName: string } }[] };
    }>(
      `mutation($a: ID!, $b: ID!) { addPersonRelation(personId: $a, relatedPersonId: $b, kind: "manages") { relations { id kind person { fullName } } } }`,
      { a: a.id, b: b.id },
      { cookie },
    );
    expect(rel.data!.addPersonRelation.relations).toEqual([
      { id: expect.any(String), kind: 'manages', person: { fullName: 'Helper Two' } },
    ]);
    const self = await api.gql(
      `mutation($a: ID!) { addPersonRelation(personId: $a, relatedPersonId: $a, kind: "x") { id } }`,
      { a: a.id },
      { cookie },
    );
    expect(self.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'relatedPersonId' });

    const PERSONS = `query($id: ID!) { client(id: $id) { persons { person { fullName } } } }`;
    await api.gql(`mutation($id: ID!) { deletePerson(id: $id, version: 1) { id } }`, { id: b.id }, { cookie });
    const after = await api.gql<{ client: { persons: { person: { fullName: string } }[] } }>(
      PERSONS,
      { id: clientB },
      { cookie },
    );
    expect(after.data!.client.persons.map((p) => p.person.fullName)).not.toContain('Helper Two');
    await api.gql(`mutation($id: ID!) { restorePerson(id: $id) { id } }`, { id: b.id }, { cookie });
    const restored = await api.gql<{ client: { persons: { person: { fullName: string } }[] } }>(
      PERSONS,
      { id: clientB },
      { cookie },
    );
    expect(restored.data!.client.persons.map((p) => p.person.fullName)).toContain('Helper Two');
  });
});
