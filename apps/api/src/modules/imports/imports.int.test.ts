// Imports end to end: preview and header mapping of CSV (encodings, delimiters) and XLSX files, dry run with counts
// and a per-row report, the run in the background (pg-boss), rerun = no change, only mapped columns change,
// dictionaries and attributes, match keys, all-or-nothing, resuming an interrupted job without duplicates, and
// hostile files (`__proto__` header, formulas, too many rows, not a spreadsheet).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { toGlobalId } from '@veza/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';
import { csvOf, importClient, rawImportId } from '../../test/import-client.ts';
import { writeXlsx } from '../../test/spreadsheet-files.ts';
import { ensureDefaultDictionaries } from '../dictionaries/index.ts';
import { detectFormat } from './file-reader.ts';
import { runImport } from './import-runner.ts';
import { registerImportJobs } from './imports.jobs.ts';

let api: TestApi;
let cookie: string;
let userId: string;

let client: ReturnType<typeof importClient>;
const upload = (name: string, bytes: Buffer) => client.upload(name, bytes);
const gql = <T>(query: string, variables: Record<string, unknown>) => client.gql<T>(query, variables);
const start = (fileId: string, mapping: (string | null)[], extra: Record<string, unknown> = {}) =>
  client.start({ fileId, mapping, matchKey: 'TAX_ID', defaultCountry: 'HR', ...extra });
const run = async (fileId: string, mapping: (string | null)[], extra: Record<string, unknown> = {}) =>
  client.settle((await start(fileId, mapping, extra)).id);

const MAPPING = ['name', 'taxId', 'city', 'email', 'status', 'attr:employees'];
const HEADER = ['Naziv', 'OIB', 'Grad', 'E-mail', 'Status', 'Zaposlenih'];

beforeAll(async () => {
  api = await startTestApi();
  await ensureDefaultDictionaries(api.db);
  await api.db.attributeDefinition.create({
    data: { entity: 'CLIENT', key: 'employees', labels: { en: 'Employees', hr: 'Zaposlenih' }, type: 'INTEGER' },
  });
  const u = await api.createUser('manager');
  userId = u.id;
  cookie = await api.login(u.email, u.password);
  client = importClient(api, cookie);
  registerImportJobs(api.jobs, api.db, api.config, api.databaseUrl);
  await api.jobs.start();
}, 60_000);
afterAll(() => api.close());

describe('preview', () => {
  it('detects a Windows-1250 CSV with semicolons and maps Croatian headers and attribute labels', async () => {
    const file = await upload(
      'klijenti.csv',
      iconv.encode(
        csvOf([HEADER, ['Žitni Đakovo d.o.o.', '69435151530', 'Đakovo', 'info@zito.hr', 'customer', '40']]),
        'windows-1250',
      ),
    );
    const { importPreview } = await gql<{ importPreview: Record<string, unknown> }>(
      `query($f: ID!) { importPreview(fileId: $f) { format encoding delimiter headers rows suggestedMapping } }`,
      { f: file },
    );
    expect(importPreview).toMatchObject({
      format: 'CSV',
      encoding: 'windows-1250',
      delimiter: ';',
      headers: HEADER,
      rows: [['Žitni Đakovo d.o.o.', '69435151530', 'Đakovo', 'info@zito.hr', 'customer', '40']],
      suggestedMapping: ['name', 'taxId', 'city', 'email', 'status', 'attr:employees'],
    });
  });

  it('refuses a file that is no spreadsheet, and another user’s upload', async () => {
    const zip = await upload('data.csv', Buffer.from('504b0304140000000000', 'hex'));
    const res = await api.gql(`query($f: ID!) { importPreview(fileId: $f) { format } }`, { f: zip }, { cookie });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fileId' });
    const other = await api.createUser('manager');
    const otherCookie = await api.login(other.email, other.password);
    const mine = await upload('x.csv', Buffer.from('a;b\n1;2\n'));
    const res2 = await api.gql(
      `query($f: ID!) { importPreview(fileId: $f) { format } }`,
      { f: mine },
      { cookie: otherCookie },
    );
    expect(res2.errors?.[0]?.message).toBe('files.fileUnknown');
  });
});

describe('running', () => {
  const rows = [
    HEADER,
    ['Mlinar d.o.o.', '94577403194', 'Zagreb', 'ured@mlinar.hr', 'customer', '12'],
    ['Bez OIB-a', '', 'Split', '', '', ''],
    ['Krivi OIB', '12345678901', 'Rijeka', '', '', ''],
    ['Nepoznat status', '33392005961', 'Osijek', '', 'no-such-status', ''],
    ['Mlinar d.o.o. (again)', '94577403194', 'Zagreb', 'nabava@mlinar.hr', '', ''],
  ];

  it('dry-runs: counts new and invalid rows, reports each problem, writes nothing', async () => {
    const file = await upload('dry.csv', Buffer.from(csvOf(rows)));
    const job = await run(file, MAPPING, { dryRun: true });
    expect(job).toMatchObject({ state: 'DONE', processed: 5, created: 1, updated: 0, unchanged: 0, invalid: 4 });
    expect(job.issues.map((i) => [i.row, i.field, i.message])).toEqual([
      [3, 'TAX_ID', 'imports.matchKeyMissing'],
      [4, 'taxId', 'validation.taxId.checksum'],
      [5, 'status', 'imports.unknownDictionaryValue'],
      [6, 'TAX_ID', 'imports.duplicateInFile'],
    ]);
    expect(await api.db.client.count({ where: { city: 'Zagreb' } })).toBe(0);
  });

  it('imports in the background; a rerun changes nothing; a changed cell updates only its column', async () => {
    const file = await upload('run.csv', Buffer.from(csvOf(rows)));
    const first = await run(file, MAPPING);
    expect(first).toMatchObject({ state: 'DONE', created: 1, updated: 0, invalid: 4 });
    const client = await api.db.client.findFirstOrThrow({ where: { taxId: '94577403194', deletedAt: null } });
    expect(client).toMatchObject({
      name: 'Mlinar d.o.o.',
      city: 'Zagreb',
      emails: ['ured@mlinar.hr'],
      attributes: { employees: 12 },
    });
    await api.db.client.update({ where: { id: client.id }, data: { website: 'mlinar.hr' } });
    const again = await run(file, MAPPING);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 1, invalid: 4 });
    const changed = await upload(
      'changed.csv',
      Buffer.from(csvOf([HEADER.slice(0, 3), ['Mlinar d.o.o.', '94577403194', 'Velika Gorica']])),
    );
    expect(await run(changed, ['name', 'taxId', 'city'])).toMatchObject({ created: 0, updated: 1 });
    const after = await api.db.client.findUniqueOrThrow({ where: { id: client.id } });
    expect(after).toMatchObject({
      city: 'Velika Gorica',
      website: 'mlinar.hr',
      emails: ['ured@mlinar.hr'],
      attributes: { employees: 12 },
    });
    expect(await api.db.client.count({ where: { taxId: '94577403194' } })).toBe(1);
  });

  it('creates missing dictionary values on request', async () => {
    const file = await upload(
      'dict.csv',
      Buffer.from(
        csvOf([
          ['Naziv', 'OIB', 'Djelatnost'],
          ['Pekara', '33392005961', 'Pekarstvo'],
        ]),
      ),
    );
    const refused = await run(file, ['name', 'taxId', 'industry']);
    expect(refused).toMatchObject({ invalid: 1, created: 0 });
    const ok = await run(file, ['name', 'taxId', 'industry'], { createDictionaryValues: true });
    expect(ok).toMatchObject({ invalid: 0, created: 1 });
    const industry = await api.db.dictionaryValue.findFirstOrThrow({ where: { kind: 'INDUSTRY', key: 'pekarstvo' } });
    expect((await api.db.client.findFirstOrThrow({ where: { taxId: '33392005961' } })).industryId).toBe(industry.id);
  });

  it('writes nothing when all-or-nothing meets an invalid row', async () => {
    const file = await upload(
      'aon.csv',
      Buffer.from(
        csvOf([
          ['Naziv', 'OIB'],
          ['Dobar', '46914416309'],
          ['Loš', '111'],
        ]),
      ),
    );
    expect(await run(file, ['name', 'taxId'], { allOrNothing: true })).toMatchObject({
      state: 'DONE',
      invalid: 1,
      created: 0,
    });
    expect(await api.db.client.count({ where: { taxId: '46914416309' } })).toBe(0);
  });

  it('refuses a mapping without the matching key, and unknown targets', async () => {
    const file = await upload('k.csv', Buffer.from(csvOf([['Naziv'], ['X']])));
    const res = await api.gql(
      `mutation($input: StartImportInput!) { startImport(input: $input) { id } }`,
      {
        input: { fileId: file, mapping: ['name'], matchKey: 'TAX_ID' },
      },
      { cookie },
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.matchKey' });
    const bad = await api.gql(
      `mutation($input: StartImportInput!) { startImport(input: $input) { id } }`,
      {
        input: { fileId: file, mapping: ['__proto__'], matchKey: 'TAX_ID' },
      },
      { cookie },
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('saves a mapping for next time', async () => {
    const file = await upload(
      's.csv',
      Buffer.from(
        csvOf([
          ['Naziv', 'OIB'],
          ['Saved', '69435151530'],
        ]),
      ),
    );
    await start(file, ['name', 'taxId'], { dryRun: true, saveMappingAs: 'ERP export' });
    const { importMappings } = await gql<{ importMappings: { name: string; mapping: string[] }[] }>(
      `{ importMappings { name mapping } }`,
      {},
    );
    expect(importMappings).toEqual([{ name: 'ERP export', mapping: ['name', 'taxId'] }]);
  });
});

describe('XLSX and hostile content', () => {
  it('reads an XLSX with a formula and a __proto__ header without evaluating or polluting anything', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Klijenti');
    ws.addRow(['Name', 'Tax ID', '__proto__', 'City']);
    ws.addRow(['Formula Ltd', '46914416309', 'polluted', { formula: '"Zag"&"reb"', result: 'Zagreb' }]);
    ws.addRow(['=cmd|calc', '80327931800', 'x', '=1+1']);
    const file = await upload('clients.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    const job = await run(file, ['name', 'taxId', null, 'city']);
    expect(job).toMatchObject({ state: 'DONE', created: 2 });
    expect(await api.db.client.findFirstOrThrow({ where: { taxId: '46914416309' } })).toMatchObject({ city: 'Zagreb' });
    expect(await api.db.client.findFirstOrThrow({ where: { taxId: '80327931800' } })).toMatchObject({
      name: '=cmd|calc',
      city: '=1+1',
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads an XLSX whose big sheet comes before the workbook parts (sniffed as a plain zip)', async () => {
    const file = path.join(os.tmpdir(), `sheet-first-${Date.now()}.xlsx`);
    await writeXlsx(file, ['Naziv', 'ID'], 2, (i) => [`Prvi list ${i}`, `FIRST-${i}`], true);
    const job = await run(await upload('sheet-first.xlsx', await fs.promises.readFile(file)), ['name', 'externalId'], {
      matchKey: 'EXTERNAL_ID',
    });
    // The upload's byte sniff may call such a file a plain zip (it did for a 100 000-row exceljs file).
    expect(await detectFormat(file, 'application/zip')).toEqual({ kind: 'xlsx', rows: 3 });
    await fs.promises.rm(file);
    expect(job).toMatchObject({ state: 'DONE', created: 2, invalid: 0 });
  });

  it('fails a file with too many rows with a clear error, keeping what it read', async () => {
    const lines = ['Naziv;OIB', ...Array.from({ length: 200_001 }, (_, i) => `Firma ${i};`)];
    const file = await upload('huge.csv', Buffer.from(lines.join('\n')));
    const job = await run(file, ['name', 'taxId'], { dryRun: true });
    expect(job).toMatchObject({ state: 'FAILED', error: 'imports.tooManyRows' });
  }, 60_000);
});

describe('interrupted and repeated imports', () => {
  it('resumes after the rows already committed, and a second import of the file creates no duplicate', async () => {
    const lines = [['Naziv', 'ID'], ...Array.from({ length: 2500 }, (_, i) => [`Klijent ${i}`, `EXT-${i}`])];
    const file = await upload('resume.csv', Buffer.from(csvOf(lines)));
    const job = await api.db.importJob.create({
      data: {
        fileId: rawImportId(file),
        options: {
          fileId: rawImportId(file),
          mapping: ['name', 'externalId'],
          matchKey: 'EXTERNAL_ID',
          dryRun: false,
          allOrNothing: false,
          createDictionaryValues: false,
        },
        dryRun: false,
        createdById: userId,
      },
    });
    // The first attempt dies right after its second batch committed (as a killed worker; an uncommitted batch rolls back).
    let batches = 0;
    const dies = runImport(api.db, api.config, job.id, {
      batchSize: 500,
      afterBatch: () => {
        if (++batches === 2) throw new Error('killed');
      },
    });
    await expect(dies).rejects.toThrow('killed');
    expect(await api.db.importJob.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
      state: 'RUNNING',
      processed: 1000,
      created: 1000,
    });
    // The job system's retry continues after the committed rows.
    await runImport(api.db, api.config, job.id, { batchSize: 500 });
    expect(await api.db.importJob.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
      state: 'DONE',
      processed: 2500,
      created: 2500,
    });
    expect(await api.db.client.count({ where: { externalId: { startsWith: 'EXT-' } } })).toBe(2500);
    const again = await run(file, ['name', 'externalId'], { matchKey: 'EXTERNAL_ID' });
    expect(again).toMatchObject({ created: 0, unchanged: 2500 });
    expect(await api.db.client.count({ where: { externalId: { startsWith: 'EXT-' } } })).toBe(2500);
  }, 60_000);

  it('cancels a queued import, and the report downloads as XLSX in the user’s language', async () => {
    const file = await upload(
      'c.csv',
      Buffer.from(
        csvOf([
          ['Naziv', 'OIB'],
          ['A', '1'],
        ]),
      ),
    );
    const job = await run(file, ['name', 'taxId'], { dryRun: true });
    const res = await api.raw(job.reportUrl, { headers: { cookie } });
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const values = wb.worksheets[0]!.getRow(2).values as unknown[];
    expect(values.slice(1, 3)).toEqual([2, 'taxId']);
    expect(String(values[3])).not.toMatch(/^validation\./);
    expect((await api.raw(job.reportUrl)).status).toBe(401);
    const cancel = await api.gql(
      `mutation($id: ID!) { cancelImport(id: $id) { state } }`,
      { id: toGlobalId('ImportJob', rawImportId(job.id)) },
      { cookie },
    );
    expect(cancel.data).toEqual({ cancelImport: { state: 'DONE' } });
    expect(errorCode(await api.gql(`mutation { cancelImport(id: "x") { state } }`, {}, { cookie }))).toBe(
      'BAD_USER_INPUT',
    );
  });
});
