// The import workload: an XLSX of N new clients (written like a spreadsheet program does, with shared strings) goes
// through the API as a user would send it — upload (POST /api/files), importPreview, startImport, then importJob
// polled until the background job is done. Timed end to end; the created clients are deleted again afterwards.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import type pg from 'pg';
import type { GraphQLClient } from '../graphql-client.ts';
import { formatMs } from '../stats.ts';

export const IMPORT_WORKLOAD_ID = 'import';
const HEADER = ['Naziv', 'Šifra', 'Ulica', 'Poštanski broj', 'Grad', 'E-mail', 'Telefon'];

async function writeFile(file: string, rows: number, prefix: string) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const sheet = workbook.addWorksheet('Klijenti');
  sheet.addRow(HEADER).commit();
  for (let i = 0; i < rows; i++)
    sheet
      .addRow([
        `Uvoz ${i} d.o.o.`,
        `${prefix}${i}`,
        `Ilica ${(i % 300) + 1}`,
        String(10000 + (i % 90)),
        ['Zagreb', 'Split', 'Rijeka', 'Osijek'][i % 4],
        `ured${i}@uvoz${i}.hr`,
        `+385 1 ${String(1000000 + i)}`,
      ])
      .commit();
  sheet.commit();
  await workbook.commit();
}

async function upload(url: string, token: string, file: string) {
  const boundary = '----veza-bench';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bench.xlsx"\r\n\r\n`;
  const body = Buffer.concat([Buffer.from(head), await fs.readFile(file), Buffer.from(`\r\n--${boundary}--\r\n`)]);
  const res = await fetch(`${url}/api/files`, {
    method: 'POST',
    headers: {
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'apollo-require-preflight': '1',
      authorization: `Bearer ${token}`,
    },
    body,
  });
  const json = (await res.json()) as { id?: string };
  if (res.status !== 201 || !json.id) throw new Error(`upload answered ${res.status}: ${JSON.stringify(json)}`);
  return json.id;
}

type Job = { state: string; processed: number; created: number; invalid: number; error: string | null };

async function importThrough(api: GraphQLClient, fileId: string) {
  const { importPreview } = await api.request<{ importPreview: { suggestedMapping: (string | null)[] } }>(
    `query($f: ID!) { importPreview(fileId: $f) { suggestedMapping } }`,
    { f: fileId },
  );
  const { startImport } = await api.request<{ startImport: { id: string } }>(
    `mutation($input: StartImportInput!) { startImport(input: $input) { id } }`,
    { input: { fileId, mapping: importPreview.suggestedMapping, matchKey: 'EXTERNAL_ID', dryRun: false } },
  );
  for (;;) {
    const { importJob } = await api.request<{ importJob: Job }>(
      `query($id: ID!) { importJob(id: $id) { state processed created invalid error } }`,
      { id: startImport.id },
    );
    if (!['QUEUED', 'RUNNING'].includes(importJob.state)) return importJob;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Runs the import of `rows` new clients; returns a failure message or null. */
export async function runImportWorkload(
  options: { url: string; token: string; api: GraphQLClient; pg: pg.Client },
  rows: number,
): Promise<string | null> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'veza-bench-import-'));
  const prefix = `BENCH-IMPORT-${Date.now()}-`;
  const file = path.join(dir, 'bench.xlsx');
  try {
    await writeFile(file, rows, prefix);
    const size = (await fs.stat(file)).size;
    const started = performance.now();
    const fileId = await upload(options.url, options.token, file);
    const uploaded = performance.now();
    const job = await importThrough(options.api, fileId);
    const done = performance.now();
    if (job.state !== 'DONE' || job.created !== rows || job.invalid !== 0)
      return `import of ${rows} rows ended ${job.state} (${job.created} created, ${job.invalid} invalid, ${job.error})`;
    console.log(
      `  import: ${rows.toLocaleString('en')} XLSX rows (${(size / 1e6).toFixed(1)} MB) — upload ${formatMs(uploaded - started)} ms, ` +
        `preview + import ${formatMs(done - uploaded)} ms, total ${((done - started) / 1000).toFixed(1)} s`,
    );
    return null;
  } finally {
    await options.pg.query(`DELETE FROM clients WHERE external_id LIKE $1`, [`${prefix}%`]);
    // Leave the data as it was found: 100 000 dead clients made the next run's lists read a bloated table (the
    // selective page's SQL 3.0 → 15 ms at 100k on the run after).
    await options.pg.query(`VACUUM (ANALYZE) clients, client_persons, persons`);
    await fs.rm(dir, { recursive: true, force: true });
  }
}
