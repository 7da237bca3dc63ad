// "Import finished": the user who started an import or a dry run is notified once (a retried job too), in their
// language, with the counts and a link to the job; a file that cannot be read says why.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/api.ts';
import { csvOf, importClient, rawImportId } from '../../test/import-client.ts';
import { runImport } from './import-runner.ts';
import { registerImportJobs } from './imports.jobs.ts';

let api: TestApi;
let imports: ReturnType<typeof importClient>;
let userId: string;

const notices = () =>
  api.db.notification.findMany({ where: { recipientId: userId, kind: 'IMPORT_FINISHED' }, orderBy: { id: 'asc' } });

beforeAll(async () => {
  api = await startTestApi();
  const u = await api.createUser('manager');
  userId = u.id;
  await api.db.user.update({ where: { id: u.id }, data: { locale: 'pl' } });
  imports = importClient(api, await api.login(u.email, u.password));
  registerImportJobs(api.jobs, api.db, api.config, api.databaseUrl);
  await api.jobs.start();
}, 60_000);
afterAll(() => api.close());

describe('import finished notification', () => {
  it('tells the user in their language how a dry run and a run ended, once per job', async () => {
    const file = await imports.upload(
      'klienci.csv',
      Buffer.from(
        csvOf([
          ['Nazwa', 'ID'],
          ['Alfa', 'A-1'],
          ['Beta', ''],
        ]),
      ),
    );
    const input = { fileId: file, mapping: ['name', 'externalId'], matchKey: 'EXTERNAL_ID' };
    const dry = await imports.run({ ...input, dryRun: true });
    const run = await imports.run(input);
    expect([dry.state, run.state]).toEqual(['DONE', 'DONE']);
    // The job shows its end state a moment before its notification is written.
    await expect.poll(async () => (await notices()).length, { timeout: 10_000 }).toBe(2);
    const [first, second] = await notices();
    expect(first).toMatchObject({
      text: 'Import „klienci.csv” zakończony: próba, nic nie zapisano (nowe 1, zaktualizowane 0, bez zmian 0, błędne 1)',
      link: `/imports?job=${dry.id}`,
    });
    expect(second).toMatchObject({
      text: 'Import „klienci.csv” zakończony: nowe 1, zaktualizowane 0, bez zmian 0, błędne 1',
      link: `/imports?job=${run.id}`,
    });
    // The job system running the handler again (a retry after a lost acknowledgement) notifies no second time.
    await runImport(api.db, api.config, rawImportId(run.id));
    expect(await notices()).toHaveLength(2);
  });

  it('names the reason when the file cannot be read', async () => {
    const file = await imports.upload('zip.csv', Buffer.from('504b0304140000000000', 'hex'));
    const job = await imports.run({ fileId: file, mapping: ['name', 'externalId'], matchKey: 'EXTERNAL_ID' });
    expect(job).toMatchObject({ state: 'FAILED', error: 'imports.notSpreadsheet' });
    await expect
      .poll(async () => (await notices()).at(-1)?.text, { timeout: 10_000 })
      .toBe('Import „zip.csv” zakończony: nieudany: To nie jest plik XLSX ani CSV.');
  });
});
