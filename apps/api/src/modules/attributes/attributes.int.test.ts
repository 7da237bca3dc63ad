// Attribute definitions over GraphQL: types and choices, immutability, expression indexes, usage counts, permissions.
import { ATTRIBUTE_TYPES } from '@veza/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';
import { loadAttributeDefs } from './attributes.service.ts';

type Def = {
  id: string;
  key: string;
  type: string;
  active: boolean;
  version: number;
  usageCount: number | null;
  choices: { key: string; active: boolean }[];
};

let api: TestApi;
let admin: string;
let agent: string;

const FIELDS =
  'id entity key label labels { en pl hr cs } help { en } type required active position version usageCount choices { key label active }';
const LIST = `query($entity: AttributeEntity!, $all: Boolean) { attributeDefinitions(entity: $entity, includeInactive: $all) { ${FIELDS} } }`;
const CREATE = `mutation($input: CreateAttributeDefinitionInput!) { createAttributeDefinition(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateAttributeDefinitionInput!) { updateAttributeDefinition(id: $id, version: $v, input: $input) { ${FIELDS} } }`;

const choice = (key: string, active?: boolean) => ({
  key,
  labels: { en: key.toUpperCase() },
  ...(active === undefined ? {} : { active }),
});

async function create(input: Record<string, unknown>) {
  const res = await api.gql<{ createAttributeDefinition: Def }>(CREATE, { input }, { cookie: admin });
  expect(res.errors).toBeUndefined();
  return res.data!.createAttributeDefinition;
}

async function list(entity: 'CLIENT' | 'PERSON', cookie: string, all = false) {
  const res = await api.gql<{ attributeDefinitions: Def[] }>(LIST, { entity, all }, { cookie });
  expect(res.errors).toBeUndefined();
  return res.data!.attributeDefinitions;
}

const indexes = async (table: string) =>
  (
    await api.db.$queryRaw<
      { indexname: string; indexdef: string }[]
    >`SELECT indexname, indexdef FROM pg_indexes WHERE tablename = ${table}`
  ).map((r) => r.indexname);

beforeAll(async () => {
  api = await startTestApi();
  const a = await api.createUser('administrator');
  admin = await api.login(a.email, a.password);
  const g = await api.createUser('agent');
  agent = await api.login(g.email, g.password);
});
afterAll(() => api.close());

describe('creating definitions', () => {
  it.each(ATTRIBUTE_TYPES)(
    'creates a client attribute of type %s and indexes its values for filtering and sorting',
    async (type) => {
      const key = `t_${type.toLowerCase()}`;
      const choices = type.includes('CHOICE') ? [choice('a'), choice('b')] : undefined;
      const def = await create({ entity: 'CLIENT', key, type, labels: { en: type, pl: `${type} pl` }, choices });
      expect(def).toMatchObject({ key, type, required: false, active: true, version: 1, usageCount: 0, help: null });
      expect(def.choices.map((c) => c.key)).toEqual(choices ? ['a', 'b'] : []);
      expect(await indexes('clients')).toContain(`clients_attr_${key}_idx`);
    },
  );

  it('indexes person attributes on the persons table, as an expression on the JSONB value', async () => {
    await create({
      entity: 'PERSON',
      key: 'hobby',
      type: 'TEXT',
      labels: { en: 'Hobby' },
      help: { en: 'What they like' },
    });
    const [row] = await api.db.$queryRaw<
      { indexdef: string }[]
    >`SELECT indexdef FROM pg_indexes WHERE indexname = 'persons_attr_hobby_idx'`;
    expect(row!.indexdef).toContain(`((attributes -> 'hobby'::text))`);
  });

  it('lets the same key exist once per entity', async () => {
    await create({ entity: 'CLIENT', key: 'territory', type: 'TEXT', labels: { en: 'Territory' } });
    await create({ entity: 'PERSON', key: 'territory', type: 'TEXT', labels: { en: 'Territory' } });
    const dup = await api.gql(
      CREATE,
      { input: { entity: 'CLIENT', key: 'territory', type: 'TEXT', labels: { en: 'Again' } } },
      { cookie: admin },
    );
    expect(dup.errors![0]).toMatchObject({
      message: 'validation.keyTaken',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.key' },
    });
  });
});

describe('refusing invalid definitions', () => {
  it.each([
    [
      'a choice type without choices',
      { type: 'CHOICE', choices: [] },
      'input.choices',
      'validation.attribute.choicesRequired',
    ],
    [
      'choices on a non-choice type',
      { type: 'INTEGER', choices: [choice('x')] },
      'input.choices',
      'validation.attribute.choicesNotAllowed',
    ],
    [
      'a repeated choice key',
      { type: 'MULTI_CHOICE', choices: [choice('x'), choice('x')] },
      'input.choices.1.key',
      'validation.duplicate',
    ],
    ['a malformed choice key', { type: 'CHOICE', choices: [choice('X y')] }, 'input.choices.0.key', 'validation.key'],
    ['a malformed key', { key: 'Employee Count' }, 'input.key', 'validation.key'],
    ['a key longer than 40 characters', { key: `k${'x'.repeat(40)}` }, 'input.key', 'validation.key'],
  ])(
    'refuses %s with BAD_USER_INPUT naming the field, and creates no index',
    async (_what, override, field, message) => {
      const before = await api.db.attributeDefinition.count();
      const input = { entity: 'CLIENT', key: 'refused', type: 'TEXT', labels: { en: 'Refused' }, ...override };
      const res = await api.gql(CREATE, { input }, { cookie: admin });
      expect(res.errors![0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', field } });
      expect(await api.db.attributeDefinition.count()).toBe(before);
      expect(await indexes('clients')).not.toContain('clients_attr_refused_idx');
    },
  );
});

let def: Def;

describe('changing choices', () => {
  beforeAll(async () => {
    def = await create({
      entity: 'CLIENT',
      key: 'cooperation',
      type: 'CHOICE',
      labels: { en: 'Cooperation' },
      choices: [choice('active'), choice('paused')],
    });
  });

  it('adds and deactivates choices, but refuses to remove one', async () => {
    const removed = await api.gql(
      UPDATE,
      { id: def.id, v: def.version, input: { choices: [choice('active')] } },
      { cookie: admin },
    );
    expect(removed.errors![0]).toMatchObject({
      message: 'validation.attribute.choiceRemoved',
      extensions: { field: 'input.choices' },
    });
    const ok = await api.gql<{ updateAttributeDefinition: Def }>(
      UPDATE,
      { id: def.id, v: def.version, input: { choices: [choice('active'), choice('paused', false), choice('ended')] } },
      { cookie: admin },
    );
    expect(ok.data!.updateAttributeDefinition.choices).toEqual([
      { key: 'active', label: 'ACTIVE', active: true },
      { key: 'paused', label: 'PAUSED', active: false },
      { key: 'ended', label: 'ENDED', active: true },
    ]);
    def = ok.data!.updateAttributeDefinition;
  });

  it('refuses a stale version with CONFLICT', async () => {
    const res = await api.gql(UPDATE, { id: def.id, v: def.version - 1, input: { required: true } }, { cookie: admin });
    expect(errorCode(res)).toBe('CONFLICT');
  });
});

describe('fixed properties and deactivation', () => {
  it.each([
    ['key', 'partnership'],
    ['entity', 'PERSON'],
    ['type', 'TEXT'],
  ])('does not let the %s be changed', async (field, value) => {
    const res = await api.gql(UPDATE, { id: def.id, v: def.version, input: { [field]: value } }, { cookie: admin });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(await api.db.attributeDefinition.findFirstOrThrow({ where: { key: 'cooperation' } })).toMatchObject({
      entity: 'CLIENT',
      type: 'CHOICE',
      version: def.version,
    });
  });

  it('keeps stored values and the index when deactivated, and hides it unless includeInactive is asked for', async () => {
    const client = await api.db.client.create({
      data: { kind: 'LEGAL', name: 'Keeps Values d.o.o.', attributes: { cooperation: 'paused', other: 1 } },
    });
    await api.db.client.create({
      data: { kind: 'LEGAL', name: 'Deleted', attributes: { cooperation: 'active' }, deletedAt: new Date() },
    });
    const res = await api.gql<{ updateAttributeDefinition: Def }>(
      UPDATE,
      { id: def.id, v: def.version, input: { active: false } },
      { cookie: admin },
    );
    expect(res.data!.updateAttributeDefinition).toMatchObject({ active: false, usageCount: 1 });
    expect((await api.db.client.findUniqueOrThrow({ where: { id: client.id } })).attributes).toEqual({
      cooperation: 'paused',
      other: 1,
    });
    expect(await indexes('clients')).toContain('clients_attr_cooperation_idx');
    expect((await list('CLIENT', admin)).map((d) => d.key)).not.toContain('cooperation');
    expect((await list('CLIENT', admin, true)).find((d) => d.key === 'cooperation')).toMatchObject({
      active: false,
      usageCount: 1,
    });
  });

  it('hands every definition, inactive ones marked, to the clients module', async () => {
    const defs = await loadAttributeDefs(api.db, 'CLIENT');
    expect(defs.find((d) => d.key === 'cooperation')).toMatchObject({ type: 'CHOICE', active: false, required: false });
    expect(defs.find((d) => d.key === 'cooperation')!.choices.map((c) => [c.key, c.active])).toEqual([
      ['active', true],
      ['paused', false],
      ['ended', true],
    ]);
  });
});

describe('an agent', () => {
  it('reads active definitions in their language, without usage counts', async () => {
    const defs = await list('CLIENT', agent);
    expect(defs.length).toBeGreaterThan(0);
    expect(defs.every((d) => d.usageCount === null && d.active)).toBe(true);
  });

  it('sees labels in the caller’s language', async () => {
    const user = await api.createUser('agent');
    await api.db.user.update({ where: { id: user.id }, data: { locale: 'pl' } });
    const defs = await list('CLIENT', await api.login(user.email, user.password));
    expect(defs.find((d) => d.key === 't_text')).toMatchObject({ label: 'TEXT pl' });
  });

  it('may not list inactive definitions or create and change them, and nothing is written', async () => {
    const before = await api.db.attributeDefinition.findMany({ orderBy: { id: 'asc' } });
    expect(errorCode(await api.gql(LIST, { entity: 'CLIENT', all: true }, { cookie: agent }))).toBe('FORBIDDEN');
    const input = { entity: 'CLIENT', key: 'sneaky', type: 'TEXT', labels: { en: 'Sneaky' } };
    expect(errorCode(await api.gql(CREATE, { input }, { cookie: agent }))).toBe('FORBIDDEN');
    const id = Buffer.from(`AttributeDefinition:${before[0]!.id}`).toString('base64url');
    expect(
      errorCode(await api.gql(UPDATE, { id, v: before[0]!.version, input: { active: false } }, { cookie: agent })),
    ).toBe('FORBIDDEN');
    expect(await api.db.attributeDefinition.findMany({ orderBy: { id: 'asc' } })).toEqual(before);
    expect(await indexes('clients')).not.toContain('clients_attr_sneaky_idx');
  });
});

describe('definitions cached per process', () => {
  const COUNT = `query($filter: ClientFilter) { clients(filter: $filter) { totalCount } }`;
  const CREATE_CLIENT = `mutation($input: CreateClientInput!) { createClient(input: $input) { id } }`;
  const byTier = (value: string) => ({ attribute: { key: 'cache_tier', op: 'EQ', value } });

  it('sees a definition created through the API in the very next request’s filter validation', async () => {
    const before = await api.gql(COUNT, { filter: byTier('gold') }, { cookie: admin });
    expect(before.errors![0]).toMatchObject({ message: 'validation.filter.unknownAttribute' });
    await create({
      entity: 'CLIENT',
      key: 'cache_tier',
      type: 'CHOICE',
      labels: { en: 'Tier' },
      choices: [choice('gold')],
    });
    const after = await api.gql<{ clients: { totalCount: number } }>(
      COUNT,
      { filter: byTier('gold') },
      { cookie: admin },
    );
    expect(after.errors).toBeUndefined();
    expect(after.data!.clients.totalCount).toBe(0);
  });

  it('sees a changed definition in the very next request’s value validation', async () => {
    const silver = { input: { kind: 'LEGAL', name: 'Cache Silver', attributes: { cache_tier: 'silver' } } };
    const refused = await api.gql(CREATE_CLIENT, silver, { cookie: admin });
    expect(refused.errors![0]).toMatchObject({
      message: 'validation.attribute.choice',
      extensions: { field: 'attributes.cache_tier' },
    });
    const def = (await list('CLIENT', admin)).find((d) => d.key === 'cache_tier')!;
    const changed = await api.gql(
      UPDATE,
      { id: def.id, v: def.version, input: { choices: [choice('gold'), choice('silver')] } },
      { cookie: admin },
    );
    expect(changed.errors).toBeUndefined();
    expect((await api.gql(CREATE_CLIENT, silver, { cookie: admin })).errors).toBeUndefined();
    const found = await api.gql<{ clients: { totalCount: number } }>(
      COUNT,
      { filter: byTier('silver') },
      { cookie: admin },
    );
    expect(found.data!.clients.totalCount).toBe(1);
  });
});
