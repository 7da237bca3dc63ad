// Checks an XLSX (a zip) before any spreadsheet code reads it, so a zip bomb never inflates into memory or onto disk:
// 1. the central directory: entry count, declared sizes and compression ratio, supported methods, no ZIP64;
// 2. the layout: entries lie back to back from the start to the central directory (what a streaming reader walks
//    is what was checked — nothing hidden between entries);
// 3. every entry inflated once, counting bytes and discarding them: more bytes than declared, or past the limits,
//    stops at once. Each refusal is a FileFormatError whose message names the problem (an i18n key).
import fs from 'node:fs';
import zlib from 'node:zlib';

export const ZIP_LIMITS = {
  entries: 2_000,
  /** All entries inflated together. */
  totalBytes: 1024 * 1024 * 1024,
  /** Inflated/compressed ratio of one entry, checked once it is bigger than ratioFloor. */
  ratio: 250,
  ratioFloor: 16 * 1024 * 1024,
};

export class ZipRefused extends Error {}

type Entry = { name: string; flags: number; method: number; compressed: number; size: number; offset: number };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

async function readAt(handle: fs.promises.FileHandle, position: number, length: number) {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}

/** The end-of-central-directory record: where the directory is and how many entries it lists. */
async function endRecord(handle: fs.promises.FileHandle, fileSize: number) {
  const tailSize = Math.min(fileSize, 22 + 65_535);
  const tail = await readAt(handle, fileSize - tailSize, tailSize);
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) !== EOCD) continue;
    const count = tail.readUInt16LE(i + 10);
    const size = tail.readUInt32LE(i + 12);
    const offset = tail.readUInt32LE(i + 16);
    if (count === 0xffff || offset === 0xffffffff || size === 0xffffffff) throw new ZipRefused('imports.zipTooLarge');
    if (offset + size > fileSize - tailSize + i) throw new ZipRefused('imports.unreadableFile');
    return { count, size, offset };
  }
  throw new ZipRefused('imports.unreadableFile');
}

function centralEntries(dir: Buffer, count: number): Entry[] {
  const entries: Entry[] = [];
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > dir.length || dir.readUInt32LE(p) !== CENTRAL) throw new ZipRefused('imports.unreadableFile');
    const nameLength = dir.readUInt16LE(p + 28);
    entries.push({
      flags: dir.readUInt16LE(p + 8),
      method: dir.readUInt16LE(p + 10),
      compressed: dir.readUInt32LE(p + 20),
      size: dir.readUInt32LE(p + 24),
      offset: dir.readUInt32LE(p + 42),
      name: dir.toString('utf8', p + 46, p + 46 + nameLength),
    });
    p += 46 + nameLength + dir.readUInt16LE(p + 30) + dir.readUInt16LE(p + 32);
  }
  return entries;
}

/** Declared sizes: a bounded total, no entry compressed beyond the ratio, only stored or deflated entries. */
function checkDeclared(entries: Entry[]) {
  let total = 0;
  for (const e of entries) {
    if (e.size === 0xffffffff || e.compressed === 0xffffffff) throw new ZipRefused('imports.zipTooLarge');
    if (e.method !== 0 && e.method !== 8) throw new ZipRefused('imports.unreadableFile');
    if (e.method === 0 && e.size !== e.compressed) throw new ZipRefused('imports.unreadableFile');
    if (e.size > ZIP_LIMITS.ratioFloor && e.size > ZIP_LIMITS.ratio * Math.max(e.compressed, 1))
      throw new ZipRefused('imports.zipBomb');
    total += e.size;
    if (total > ZIP_LIMITS.totalBytes) throw new ZipRefused('imports.zipTooLarge');
  }
}

/** Entries back to back from byte 0 to the central directory; returns where each entry's data starts. */
async function checkLayout(handle: fs.promises.FileHandle, entries: Entry[], directoryOffset: number) {
  const starts = new Map<Entry, number>();
  let expected = 0;
  for (const e of [...entries].sort((a, b) => a.offset - b.offset)) {
    if (e.offset !== expected) throw new ZipRefused('imports.unreadableFile');
    const header = await readAt(handle, e.offset, 30);
    if (header.length < 30 || header.readUInt32LE(0) !== LOCAL) throw new ZipRefused('imports.unreadableFile');
    const nameLength = header.readUInt16LE(26);
    const name = (await readAt(handle, e.offset + 30, nameLength)).toString('utf8');
    if (name !== e.name) throw new ZipRefused('imports.unreadableFile');
    const start = e.offset + 30 + nameLength + header.readUInt16LE(28);
    starts.set(e, start);
    expected = start + e.compressed;
    if (e.flags & 0x08) {
      // A data descriptor follows the data: 16 bytes with its signature, 12 without.
      const descriptor = await readAt(handle, expected, 4);
      expected += descriptor.length === 4 && descriptor.readUInt32LE(0) === 0x08074b50 ? 16 : 12;
    }
  }
  if (expected !== directoryOffset) throw new ZipRefused('imports.unreadableFile');
  return starts;
}

const SHEET = /^xl\/worksheets\/sheet\d+\.xml$/;
const ROW = Buffer.from('<row');

/** `<row ` and `<row>` tags in a chunk of sheet XML (`carry`: the previous chunk's last bytes, so none is split). */
function countRows(chunk: Buffer, carry: Buffer) {
  const text = carry.length ? Buffer.concat([carry, chunk]) : chunk;
  let rows = 0;
  for (let i = text.indexOf(ROW); i >= 0 && i + 4 < text.length; i = text.indexOf(ROW, i + 4))
    if (text[i + 4] === 0x20 || text[i + 4] === 0x3e) rows += 1;
  return { rows, carry: text.subarray(Math.max(0, text.length - 4)) };
}

/** Inflates one entry, counting and discarding: refused past its declared size or the limits. Returns its rows. */
async function inflateCounting(filePath: string, e: Entry, start: number, budget: { left: number }) {
  if (e.method === 0 || e.compressed === 0) return 0;
  const source = fs.createReadStream(filePath, { start, end: start + e.compressed - 1 });
  const inflate = zlib.createInflateRaw();
  const sheet = SHEET.test(e.name);
  let size = 0;
  let rows: { rows: number; carry: Buffer } = { rows: 0, carry: Buffer.alloc(0) };
  try {
    for await (const chunk of source.pipe(inflate) as AsyncIterable<Buffer>) {
      if (sheet) {
        const counted = countRows(chunk, rows.carry);
        rows = { rows: rows.rows + counted.rows, carry: counted.carry };
      }
      size += chunk.length;
      budget.left -= chunk.length;
      if (size > e.size || budget.left < 0) throw new ZipRefused('imports.zipBomb');
      if (size > ZIP_LIMITS.ratioFloor && size > ZIP_LIMITS.ratio * e.compressed)
        throw new ZipRefused('imports.zipBomb');
    }
  } catch (error) {
    throw error instanceof ZipRefused ? error : new ZipRefused('imports.unreadableFile');
  } finally {
    source.destroy();
    inflate.destroy();
  }
  if (size !== e.size) throw new ZipRefused('imports.unreadableFile');
  return rows.rows;
}

/**
 * Throws ZipRefused (message: an i18n key) unless the zip is safe to hand to a streaming reader. Returns the row
 * tags of the first worksheet in the file (the one the reader takes), or null when it has none it recognises.
 */
export async function checkZip(filePath: string): Promise<{ sheetRows: number | null; workbook: boolean }> {
  const handle = await fs.promises.open(filePath, 'r');
  try {
    const { size: fileSize } = await handle.stat();
    const end = await endRecord(handle, fileSize);
    if (end.count > ZIP_LIMITS.entries) throw new ZipRefused('imports.zipTooManyEntries');
    if (end.size > 4 * 1024 * 1024) throw new ZipRefused('imports.zipTooManyEntries');
    const entries = centralEntries(await readAt(handle, end.offset, end.size), end.count);
    checkDeclared(entries);
    const starts = await checkLayout(handle, entries, end.offset);
    const budget = { left: ZIP_LIMITS.totalBytes };
    let sheetRows: number | null = null;
    for (const e of [...entries].sort((a, b) => a.offset - b.offset)) {
      const rows = await inflateCounting(filePath, e, starts.get(e)!, budget);
      if (sheetRows === null && SHEET.test(e.name) && rows > 0) sheetRows = rows;
    }
    // An XLSX: the package's content types and a workbook part (the byte sniff may miss them when a big sheet
    // comes first in the file, as exceljs's streaming writer puts it).
    const names = new Set(entries.map((e) => e.name));
    return { sheetRows, workbook: names.has('[Content_Types].xml') && names.has('xl/workbook.xml') };
  } finally {
    await handle.close();
  }
}
