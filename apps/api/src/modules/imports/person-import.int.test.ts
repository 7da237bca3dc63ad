// Importing contact persons: header recognition in four languages, attachment to the client by tax id (with or
// without a country prefix), registration number, external id or exact name, matching within the client on e-mail or
// external id (a rerun changes nothing), the dry-run report (unknown and ambiguous clients, missing keys, duplicates,
// bad values), consent evidence, person attributes, and the mapping checks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/api.ts';
import { csvOf, importClient } from '../../test/import-client.ts';
import { registerImportJobs } from './imports.jobs.ts';

let api: TestApi;
let imports: ReturnType<typeof importClient>;
let cookie: string;
const ids: Record<string, string> = {};

const HEADER = ['Ime', 'Prezime', 'E-mail', 'OIB', 'Naziv tvrtke', 'Funkcija', 'Privola', 'Hobi', 'Uloga'];
const MAPPING = [
  'firstName',
  'lastName',
  'email',
  'clientTaxId',
  'clientName',
  'jobTitle',
  'marketingConsent',
  'attr:hobby',
  'role',
];
const ROWS = [
  HEADER,
  ['Ana', 'Horvat', 'Ana@Mlinar.hr', 'HR94577403194', '', 'Direktorica', 'da', 'jedrenje', 'Odluke'],
  ['Ivo', 'Ivić', 'ivo@mlinar.hr', '', 'Mlinar d.o.o.', 'Nabava', 'ne', '', ''],
  ['Nina', 'Nepoznata', 'nina@x.hr', '33392005961', '', '', '', '', ''],
  ['Tea', 'Twin', 'tea@twin.hr', '', 'Twin', '', '', '', ''],
  ['Bez', 'Maila', '', '94577403194', '', '', '', '', ''],
  ['Ana', 'Opet', 'ana@mlinar.hr', '94577403194', '', '', '', '', ''],
  ['Kri', 'Va', 'kri@mlinar.hr', '94577403194', '', '', 'možda', '', ''],
  ['', 'Samoprezime', 'sam@mlinar.hr', '94577403194', '', '', '', '', ''],
];
const persons = (clientId: string) =>
  api.db.person.findMany({
    where: { deletedAt: null, clients: { some: { clientId } } },
    include: { clients: true },
    orderBy: { lastName: 'asc' },
  });

beforeAll(async () => {
  api = await startTestApi();
  const u = await api.createUser('manager');
  cookie = await api.login(u.email, u.password);
  imports = importClient(api, cookie);
  const client = (data: { name: string; taxId?: string; externalId?: string }) =>
    api.db.client.create({ data: { kind: 'LEGAL', country: 'HR', ...data } });
  ids.mlinar = (await client({ name: 'Mlinar d.o.o.', taxId: '94577403194', externalId: 'C-7' })).id;
  ids.pekara = (await client({ name: 'Pekara', externalId: 'C-8' })).id;
  await client({ name: 'Twin' });
  await client({ name: 'Twin' });
  await api.db.attributeDefinition.create({
    data: { entity: 'PERSON', key: 'hobby', labels: { en: 'Hobby', hr: 'Hobi' }, type: 'TEXT' },
  });
  registerImportJobs(api.jobs, api.db, api.config, api.databaseUrl);
  await api.jobs.start();
}, 60_000);
afterAll(() => api.close());

describe('person import', () => {
  it('recognises person and client key headers in Croatian, Polish, Czech and English', async () => {
    const file = await imports.upload(
      'osobe.csv',
      Buffer.from(
        csvOf([
          [...HEADER, 'Imię', 'Nazwisko', 'Stanowisko', 'NIP', 'Příjmení', 'IČO', 'Name day', 'Client ID'],
          Array.from({ length: 17 }, () => 'x'),
        ]),
      ),
    );
    const { importPreview } = await imports.gql<{ importPreview: { suggestedMapping: string[]; targets: string[] } }>(
      `query($f: ID!) { importPreview(fileId: $f, entity: PERSON) { suggestedMapping targets } }`,
      { f: file },
    );
    expect(importPreview.suggestedMapping).toEqual([
      ...MAPPING,
      null, // Imię: the first name is already mapped
      null,
      null,
      null, // NIP: a second client tax id column
      null,
      'clientRegistrationNo',
      'nameDay',
      'clientExternalId',
    ]);
    expect(importPreview.targets).toContain('attr:hobby');
    expect(importPreview.targets).not.toContain('attr:employees');
  });

  it('dry-runs with a report of unknown and ambiguous clients, missing keys, duplicates and bad values', async () => {
    const file = await imports.upload('dry.csv', Buffer.from(csvOf(ROWS)));
    const job = await imports.run({
      fileId: file,
      entity: 'PERSON',
      mapping: MAPPING,
      matchKey: 'EMAIL',
      dryRun: true,
    });
    expect(job).toMatchObject({ state: 'DONE', processed: 8, created: 2, invalid: 6 });
    expect(job.issues.map((i) => [i.row, i.field, i.message])).toEqual([
      [4, 'clientTaxId', 'imports.unknownClient'],
      [5, 'clientName', 'imports.ambiguousClient'],
      [6, 'EMAIL', 'imports.matchKeyMissing'],
      [7, 'EMAIL', 'imports.duplicateInFile'],
      [8, 'marketingConsent', 'validation.invalid'],
      [9, 'firstName', 'validation.required'],
    ]);
    expect(await persons(ids.mlinar!)).toEqual([]);
  });

  it('imports persons onto their client; a rerun changes nothing; a changed cell updates only its field', async () => {
    const file = await imports.upload('run.csv', Buffer.from(csvOf(ROWS)));
    const input = { fileId: file, entity: 'PERSON', mapping: MAPPING, matchKey: 'EMAIL' };
    expect(await imports.run(input)).toMatchObject({ created: 2, invalid: 6 });
    const [ana, ivo] = await persons(ids.mlinar!);
    expect(ana).toMatchObject({
      firstName: 'Ana',
      emails: ['ana@mlinar.hr'],
      jobTitle: 'Direktorica',
      marketingConsent: true,
      attributes: { hobby: 'jedrenje' },
      clients: [{ clientId: ids.mlinar, role: 'Odluke', isPrimary: false }],
    });
    expect(ana!.consentAt).toBeInstanceOf(Date);
    expect(ivo).toMatchObject({ lastName: 'Ivić', marketingConsent: false, consentAt: null });
    expect(await imports.run(input)).toMatchObject({ created: 0, updated: 0, unchanged: 2, invalid: 6 });
    const changed = await imports.upload(
      'changed.csv',
      Buffer.from(
        csvOf([
          ['E-mail', 'OIB', 'Funkcija', 'Telefon'],
          ['ana@mlinar.hr', '94577403194', 'Predsjednica uprave', '+385 1 2345 678'],
        ]),
      ),
    );
    const update = { fileId: changed, entity: 'PERSON', mapping: ['email', 'clientTaxId', 'jobTitle', 'phone'] };
    expect(await imports.run({ ...update, matchKey: 'EMAIL' })).toMatchObject({ created: 0, updated: 1 });
    const after = await api.db.person.findUniqueOrThrow({ where: { id: ana!.id } });
    expect(after).toMatchObject({
      jobTitle: 'Predsjednica uprave',
      firstName: 'Ana',
      marketingConsent: true,
      attributes: { hobby: 'jedrenje' },
      version: ana!.version + 1,
    });
    expect(after.phones).toHaveLength(1);
  });

  it('matches on external id within the client: the same id at another client is another person', async () => {
    const rows = [
      ['ID', 'Client ID', 'First name', 'Last name', 'Primary contact'],
      ['P-1', 'C-7', 'Marko', 'Marić', 'yes'],
      ['P-1', 'C-8', 'Petra', 'Perić', 'no'],
    ];
    const file = await imports.upload('ext.csv', Buffer.from(csvOf(rows)));
    const input = {
      fileId: file,
      entity: 'PERSON',
      mapping: ['externalId', 'clientExternalId', 'firstName', 'lastName', 'isPrimary'],
      matchKey: 'EXTERNAL_ID',
    };
    expect(await imports.run(input)).toMatchObject({ created: 2, invalid: 0 });
    expect(await imports.run(input)).toMatchObject({ created: 0, unchanged: 2 });
    expect((await persons(ids.pekara!)).map((p) => [p.firstName, p.externalId, p.clients[0]!.isPrimary])).toEqual([
      ['Petra', 'P-1', false],
    ]);
    const marko = (await persons(ids.mlinar!)).find((p) => p.externalId === 'P-1');
    expect(marko?.clients[0]?.isPrimary).toBe(true);
  });

  it('refuses a client match key for persons and a mapping without a client column', async () => {
    const file = await imports.upload(
      'k.csv',
      Buffer.from(
        csvOf([
          ['E-mail', 'OIB'],
          ['a@b.hr', '1'],
        ]),
      ),
    );
    const start = (input: Record<string, unknown>) =>
      api.gql(
        `mutation($input: StartImportInput!) { startImport(input: $input) { id } }`,
        { input: { fileId: file, entity: 'PERSON', ...input } },
        { cookie },
      );
    const taxKey = await start({ mapping: ['email', 'clientTaxId'], matchKey: 'TAX_ID' });
    expect(taxKey.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.matchKey' });
    const noClient = await start({ mapping: ['email', null], matchKey: 'EMAIL' });
    expect(noClient.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.mapping' });
    const clientField = await start({ mapping: ['email', 'taxId'], matchKey: 'EMAIL' });
    expect(clientField.errors?.[0]?.extensions).toMatchObject({ field: 'input.mapping.1' });
  });
});
