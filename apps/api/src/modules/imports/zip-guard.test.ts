// The zip check on its own: a good workbook passes with its row count; bytes slipped between entries (what a streaming
// reader would meet but the directory does not list), a cut-off file and a non-workbook zip are refused.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeXlsx } from '../../test/spreadsheet-files.ts';
import { checkZip } from './zip-guard.ts';

let dir: string;
let good: Buffer;
const file = (name: string, bytes: Buffer) => {
  const p = path.join(dir, name);
  fs.writeFileSync(p, bytes);
  return p;
};

beforeAll(async () => {
  dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'veza-zip-guard-'));
  await writeXlsx(path.join(dir, 'good.xlsx'), ['Naziv'], 3, (i) => [`Firma ${i}`]);
  good = fs.readFileSync(path.join(dir, 'good.xlsx'));
});
afterAll(() => fs.promises.rm(dir, { recursive: true, force: true }));

describe('checkZip', () => {
  it('passes a workbook and counts its sheet rows', async () => {
    expect(await checkZip(path.join(dir, 'good.xlsx'))).toEqual({ sheetRows: 4, workbook: true });
  });

  it('refuses bytes hidden between entries', async () => {
    // A fake local entry right after the first one shifts everything after it; the directory no longer matches.
    const second = good.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]), 4);
    const hidden = Buffer.concat([good.subarray(0, second), Buffer.from('PK\x03\x04 hidden'), good.subarray(second)]);
    await expect(checkZip(file('hidden.xlsx', hidden))).rejects.toThrow('imports.unreadableFile');
  });

  it('refuses a cut-off file and a file with no zip directory', async () => {
    await expect(checkZip(file('cut.xlsx', good.subarray(0, good.length - 30)))).rejects.toThrow(
      'imports.unreadableFile',
    );
    await expect(checkZip(file('text.xlsx', Buffer.from('Naziv;OIB\n')))).rejects.toThrow('imports.unreadableFile');
  });
});
