// A small client for import tests: upload a file as a user, start an import and wait for the background job.
import type { TestApi } from './api.ts';

export type ImportJobResult = {
  id: string;
  state: string;
  processed: number;
  created: number;
  updated: number;
  unchanged: number;
  invalid: number;
  error: string | null;
  reportUrl: string;
  issues: { row: number; field: string; message: string; value: string | null }[];
};
export const IMPORT_JOB_FIELDS = `id state processed created updated unchanged invalid error reportUrl issues { row field message value }`;

export function importClient(api: TestApi, cookie: string) {
  async function upload(name: string, bytes: Buffer) {
    const boundary = '----veza-import';
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\n\r\n`;
    const res = await api.raw('/api/files', {
      method: 'POST',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'apollo-require-preflight': '1', cookie },
      body: Buffer.concat([Buffer.from(head), bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    });
    const body = (await res.json()) as { id: string };
    if (res.status !== 201) throw new Error(JSON.stringify(body));
    return body.id;
  }

  async function gql<T>(query: string, variables: Record<string, unknown>) {
    const res = await api.gql<T>(query, variables, { cookie });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  }

  async function start(input: Record<string, unknown>) {
    const data = await gql<{ startImport: ImportJobResult }>(
      `mutation($input: StartImportInput!) { startImport(input: $input) { ${IMPORT_JOB_FIELDS} } }`,
      { input: { dryRun: false, ...input } },
    );
    return data.startImport;
  }

  /** Waits for the background worker to end the job. */
  async function settle(id: string): Promise<ImportJobResult> {
    for (let i = 0; i < 600; i++) {
      const { importJob } = await gql<{ importJob: ImportJobResult }>(
        `query($id: ID!) { importJob(id: $id) { ${IMPORT_JOB_FIELDS} } }`,
        { id },
      );
      if (['DONE', 'FAILED', 'CANCELLED'].includes(importJob.state)) return importJob;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('import did not finish');
  }

  return { upload, gql, start, settle, run: async (input: Record<string, unknown>) => settle((await start(input)).id) };
}

export const rawImportId = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1]!;
export const csvOf = (rows: string[][]) => rows.map((r) => r.join(';')).join('\r\n');
