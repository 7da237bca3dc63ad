// A person at several firms and related to other persons (seeds 002, 003): the person search (name words, exact
// e-mail, paged), linking an existing person to another client with a function, and relations — as the web uses them.
import { fromGlobalId } from '@veza/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';

let api: TestApi;
let cookie: string;
let readerCookie: string;
const clients: Record<string, string> = {};
const persons: Record<string, string> = {};

const SEARCH = `query($s: String!, $first: Int, $after: String) { persons(search: $s, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { fullName } } } }`;
const LINK = `mutation($input: LinkPersonToClientInput!) { linkPersonToClient(input: $input) {
  role isPrimary client { name } person { fullName clients { role client { name } } } } }`;

async function gql<T>(query: string, variables: Record<string, unknown>, as = cookie) {
  return api.gql<T>(query, variables, { cookie: as });
}

type Page = {
  persons: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string };
    edges: { node: { fullName: string } }[];
  };
};
const names = (p: Page) => p.persons.edges.map((e) => e.node.fullName);

beforeAll(async () => {
  api = await startTestApi();
  const m = await api.createUser('agent');
  cookie = await api.login(m.email, m.password);
  const profile = await api.db.permissionProfile.create({ data: { name: 'Reader', permissions: ['clients.read'] } });
  const r = await api.createUser('agent');
  await api.db.userProfile.deleteMany({ where: { userId: r.id } });
  await api.db.userProfile.create({ data: { userId: r.id, profileId: profile.id } });
  readerCookie = await api.login(r.email, r.password);
  for (const name of ['Alfa d.o.o.', 'Beta s.r.o.']) {
    const res = await gql<{ createClient: { id: string } }>(
      `mutation($n: String!) { createClient(input: { kind: LEGAL, name: $n }) { id } }`,
      { n: name },
    );
    clients[name] = res.data!.createClient.id;
  }
  const people: [string, string, string[]][] = [
    ['Jana', 'Nováková', ['jana@alfa.cz']],
    ['Jan', 'Novák', ['jan.novak@alfa.cz']],
    ['Petr', 'Janků', []],
    ['Ivana', 'Horvat', ['ivana@alfa.hr']],
  ];
  for (const [firstName, lastName, emails] of people) {
    const res = await gql<{ createPerson: { id: string } }>(
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
      { input: { firstName, lastName, emails, clients: [{ clientId: clients['Alfa d.o.o.'], role: 'Nákup' }] } },
    );
    persons[`${firstName} ${lastName}`] = res.data!.createPerson.id;
  }
});
afterAll(() => api.close());

describe('persons(search)', () => {
  it('matches every word in the first or last name, any case, ordered by last name', async () => {
    expect(names((await gql<Page>(SEARCH, { s: 'jan' })).data!)).toEqual(['Petr Janků', 'Jan Novák', 'Jana Nováková']);
    expect(names((await gql<Page>(SEARCH, { s: 'JAN novák' })).data!)).toEqual(['Jan Novák', 'Jana Nováková']);
  });

  it('finds one exact e-mail address, whatever its case', async () => {
    expect(names((await gql<Page>(SEARCH, { s: ' Jan.Novak@Alfa.CZ ' })).data!)).toEqual(['Jan Novák']);
    expect(names((await gql<Page>(SEARCH, { s: 'alfa.cz@' })).data!)).toEqual([]);
  });

  it('pages with a cursor and counts the matches', async () => {
    const first = (await gql<Page>(SEARCH, { s: 'jan', first: 2 })).data!;
    expect(first.persons.totalCount).toBe(3);
    expect(first.persons.pageInfo.hasNextPage).toBe(true);
    const next = (await gql<Page>(SEARCH, { s: 'jan', first: 2, after: first.persons.pageInfo.endCursor })).data!;
    expect(names(next)).toEqual(['Jana Nováková']);
  });

  it('refuses an empty search and a forged cursor with the field named', async () => {
    expect((await gql(SEARCH, { s: '  ' })).errors![0]!.extensions).toMatchObject({ field: 'search' });
    expect((await gql(SEARCH, { s: 'jan', after: 'x' })).errors![0]!.extensions).toMatchObject({ field: 'after' });
  });
});

describe('linkPersonToClient', () => {
  it('adds the person to another client with a function there, keeping the first one', async () => {
    const res = await gql<{ linkPersonToClient: unknown }>(LINK, {
      input: { personId: persons['Ivana Horvat'], clientId: clients['Beta s.r.o.'], role: ' Konzultantka ' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.linkPersonToClient).toEqual({
      role: 'Konzultantka',
      isPrimary: false,
      client: { name: 'Beta s.r.o.' },
      person: {
        fullName: 'Ivana Horvat',
        clients: [
          { role: 'Nákup', client: { name: 'Alfa d.o.o.' } },
          { role: 'Konzultantka', client: { name: 'Beta s.r.o.' } },
        ],
      },
    });
  });

  it('refuses a second link to the same client, unknown ids and a reader, naming the field', async () => {
    const again = await gql(LINK, { input: { personId: persons['Ivana Horvat'], clientId: clients['Beta s.r.o.'] } });
    expect(again.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.personId' });
    const bad = await gql(LINK, { input: { personId: persons['Jan Novák'], clientId: persons['Jan Novák'] } });
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.clientId' });
    const reader = await gql(LINK, { input: { personId: 'x', clientId: 'y' } }, readerCookie);
    expect(errorCode(reader)).toBe('FORBIDDEN');
  });

  it('does not link a deleted person', async () => {
    const id = persons['Petr Janků']!;
    await api.db.person.update({ where: { id: fromGlobalId(id)!.id }, data: { deletedAt: new Date() } });
    const res = await gql(LINK, { input: { personId: id, clientId: clients['Beta s.r.o.'] } });
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.personId' });
    expect(names((await gql<Page>(SEARCH, { s: 'janků' })).data!)).toEqual([]);
  });
});

describe('relations', () => {
  const ADD = `mutation($a: ID!, $b: ID!, $k: String!) { addPersonRelation(personId: $a, relatedPersonId: $b, kind: $k) {
    relations { id kind person { fullName } } } }`;

  it('adds, trims the kind, refuses an empty kind and removes', async () => {
    const [a, b] = [persons['Jan Novák'], persons['Jana Nováková']];
    const res = await gql<{ addPersonRelation: { relations: { id: string; kind: string }[] } }>(ADD, {
      a,
      b,
      k: '  spouse ',
    });
    expect(res.data!.addPersonRelation.relations).toEqual([
      { id: expect.any(String), kind: 'spouse', person: { fullName: 'Jana Nováková' } },
    ]);
    const empty = await gql(ADD, { a, b, k: ' ' });
    expect(empty.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });
    const removed = await gql<{ removePersonRelation: { relations: unknown[] } }>(
      `mutation($id: ID!) { removePersonRelation(id: $id) { relations { id } } }`,
      { id: res.data!.addPersonRelation.relations[0]!.id },
    );
    expect(removed.data!.removePersonRelation.relations).toEqual([]);
  });
});
