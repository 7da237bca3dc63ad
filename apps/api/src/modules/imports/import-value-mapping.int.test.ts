// Dictionary values mapped by hand: a dry run lists each dictionary column's unmatched file values with their row
// counts (capped at 500 distinct values per column), the import maps them to chosen values or creates them, refuses
// a target that is not an active value of that column's dictionary, saves the choices with the mapping, and a rerun
// of the same file changes nothing.
import { toGlobalId } from '@veza/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/api.ts';
import { csvOf, importClient } from '../../test/import-client.ts';
import { ensureDefaultDictionaries } from '../dictionaries/index.ts';
import { registerImportJobs } from './imports.jobs.ts';

let api: TestApi;
let cookie: string;
let imports: ReturnType<typeof importClient>;

type Unmatched = { field: string; distinct: number; capped: boolean; values: { value: string; rows: number }[] };
const MAPPING = ['name', 'taxId', 'status', 'industry'];
const ROWS = [
  ['Naziv', 'OIB', 'Status', 'Djelatnost'],
  ['Mlinar', '94577403194', 'Stalni kupac', 'Pekarstvo'],
  ['Pekara', '69435151530', 'STALNI KUPAC', 'pekarstvo'],
  ['Bivša', '33392005961', 'Bivši', 'Nešto treće'],
  ['Znana', '46914416309', 'customer', ''],
];
const dictionaryId = async (kind: 'CLIENT_STATUS' | 'LEAD_SOURCE', key: string) =>
  toGlobalId('DictionaryValue', (await api.db.dictionaryValue.findFirstOrThrow({ where: { kind, key } })).id);

async function dryRunUnmatched(fileId: string, extra: Record<string, unknown> = {}) {
  const job = await imports.run({ fileId, mapping: MAPPING, matchKey: 'TAX_ID', dryRun: true, ...extra });
  const { importJob } = await imports.gql<{ importJob: { unmatchedValues: Unmatched[] } }>(
    `query($id: ID!) { importJob(id: $id) { unmatchedValues { field distinct capped values { value rows } } } }`,
    { id: job.id },
  );
  return { job, unmatched: importJob.unmatchedValues };
}

beforeAll(async () => {
  api = await startTestApi();
  await ensureDefaultDictionaries(api.db);
  await api.db.dictionaryValue.create({
    data: { kind: 'CLIENT_STATUS', key: 'retired', labels: { en: 'Retired' }, active: false },
  });
  const u = await api.createUser('manager');
  cookie = await api.login(u.email, u.password);
  imports = importClient(api, cookie);
  registerImportJobs(api.jobs, api.db, api.config, api.databaseUrl);
  await api.jobs.start();
}, 60_000);
afterAll(() => api.close());

describe('dictionary values mapped by hand', () => {
  it('lists the unmatched values of each dictionary column with their row counts after a dry run', async () => {
    const file = await imports.upload('values.csv', Buffer.from(csvOf(ROWS)));
    const { job, unmatched } = await dryRunUnmatched(file);
    expect(job).toMatchObject({ state: 'DONE', created: 1, invalid: 3 });
    expect(unmatched).toEqual([
      {
        field: 'industry',
        distinct: 3,
        capped: false,
        values: [
          { value: 'Nešto treće', rows: 1 },
          { value: 'Pekarstvo', rows: 1 },
          { value: 'pekarstvo', rows: 1 },
        ],
      },
      {
        field: 'status',
        distinct: 3,
        capped: false,
        values: [
          { value: 'Bivši', rows: 1 },
          { value: 'STALNI KUPAC', rows: 1 },
          { value: 'Stalni kupac', rows: 1 },
        ],
      },
    ]);
  });

  it('refuses a target outside the column’s dictionary, an inactive one, and a column not mapped', async () => {
    const file = await imports.upload('bad.csv', Buffer.from(csvOf(ROWS)));
    const attempt = async (valueMapping: Record<string, unknown>[]) => {
      const res = await api.gql(
        `mutation($input: StartImportInput!) { startImport(input: $input) { id } }`,
        { input: { fileId: file, mapping: MAPPING, matchKey: 'TAX_ID', valueMapping } },
        { cookie },
      );
      return res.errors?.[0]?.extensions;
    };
    const refused = { code: 'BAD_USER_INPUT', field: 'input.valueMapping.1.dictionaryValueId' };
    const customer = await dictionaryId('CLIENT_STATUS', 'customer');
    const ok = { field: 'status', value: 'Bivši', dictionaryValueId: customer };
    const source = await dictionaryId('LEAD_SOURCE', 'website');
    expect(await attempt([ok, { field: 'status', value: 'Stalni kupac', dictionaryValueId: source }])).toMatchObject(
      refused,
    );
    const retired = await dictionaryId('CLIENT_STATUS', 'retired');
    expect(await attempt([ok, { field: 'status', value: 'Stalni kupac', dictionaryValueId: retired }])).toMatchObject(
      refused,
    );
    expect(
      await attempt([ok, { field: 'status', value: 'Stalni kupac', dictionaryValueId: 'nonsense' }]),
    ).toMatchObject(refused);
    expect(await attempt([ok, { field: 'segment', value: 'Big', create: true }])).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.valueMapping.1.field',
    });
    expect(await attempt([{ field: 'status', value: 'x' }])).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await api.db.importJob.count()).toBe(1); // only the dry run of the test before
  });

  it('applies the mapping (chosen values, created values), saves it, and a rerun changes nothing', async () => {
    const file = await imports.upload('mapped.csv', Buffer.from(csvOf(ROWS)));
    const customer = await dictionaryId('CLIENT_STATUS', 'customer');
    const former = await dictionaryId('CLIENT_STATUS', 'former_customer');
    const valueMapping = [
      { field: 'status', value: 'Stalni kupac', dictionaryValueId: customer },
      { field: 'status', value: 'Bivši', dictionaryValueId: former },
      { field: 'industry', value: 'Pekarstvo', create: true },
    ];
    const input = { fileId: file, mapping: MAPPING, matchKey: 'TAX_ID', valueMapping };
    const dry = await dryRunUnmatched(file, { valueMapping });
    expect(dry.job).toMatchObject({ created: 3, invalid: 1 });
    expect(dry.unmatched).toEqual([
      { field: 'industry', distinct: 1, capped: false, values: [{ value: 'Nešto treće', rows: 1 }] },
    ]);
    const first = await imports.run({ ...input, saveMappingAs: 'ERP' });
    expect(first).toMatchObject({ state: 'DONE', created: 3, invalid: 1 });
    expect(first.issues).toEqual([
      { row: 4, field: 'industry', message: 'imports.unknownDictionaryValue', value: 'Nešto treće' },
    ]);
    const clients = await api.db.client.findMany({
      where: { taxId: { in: ['94577403194', '69435151530', '46914416309'] } },
      select: { taxId: true, status: { select: { key: true } }, industry: { select: { key: true } } },
      orderBy: { taxId: 'asc' },
    });
    expect(clients).toEqual([
      { taxId: '46914416309', status: { key: 'customer' }, industry: null },
      { taxId: '69435151530', status: { key: 'customer' }, industry: { key: 'pekarstvo' } },
      { taxId: '94577403194', status: { key: 'customer' }, industry: { key: 'pekarstvo' } },
    ]);
    const values = await api.db.dictionaryValue.count();
    const rerun = await imports.run(input);
    expect(rerun).toMatchObject({ created: 0, updated: 0, unchanged: 3, invalid: 1 });
    expect(await api.db.dictionaryValue.count()).toBe(values);
    const { importMappings } = await imports.gql<{ importMappings: unknown[] }>(
      `{ importMappings { name mapping valueMapping { field value dictionaryValueId create } } }`,
      {},
    );
    expect(importMappings).toEqual([
      {
        name: 'ERP',
        mapping: MAPPING,
        valueMapping: valueMapping.map((v) => ({ dictionaryValueId: null, create: false, ...v })),
      },
    ]);
  });

  it('lists at most 500 distinct values per column and says the list is capped', async () => {
    const rows = [['Naziv', 'OIB', 'Status', 'Djelatnost']];
    for (let i = 0; i < 502; i++) rows.push([`Firma ${i}`, '', `Status ${i % 501}`, '']);
    const file = await imports.upload('many.csv', Buffer.from(csvOf(rows)));
    const { unmatched } = await dryRunUnmatched(file);
    expect(unmatched).toHaveLength(1);
    expect(unmatched[0]).toMatchObject({ field: 'status', distinct: 501, capped: true });
    expect(unmatched[0]!.values).toHaveLength(500);
    expect(unmatched[0]!.values[0]).toEqual({ value: 'Status 0', rows: 2 });
  });
});
