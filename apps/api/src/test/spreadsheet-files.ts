// Test files written at test time, streaming (never whole in memory): big CSVs, XLSX files from a minimal zip writer
// (inline strings, so any row count is cheap to write), and zip bombs dressed as .xlsx — honest ones that declare
// their inflated size, and lying ones whose directory claims a few kilobytes.
import fs from 'node:fs';
import zlib from 'node:zlib';

type Written = { name: string; crc: number; compressed: number; size: number; offset: number };

class ZipWriter {
  private offset = 0;
  private readonly entries: Written[] = [];
  private constructor(private readonly handle: fs.promises.FileHandle) {}

  static async open(file: string) {
    return new ZipWriter(await fs.promises.open(file, 'w'));
  }

  private async write(bytes: Buffer) {
    await this.handle.write(bytes);
    this.offset += bytes.length;
  }

  /** An entry from raw deflate chunks; `declare` overrides the sizes the directory and descriptor state. */
  async addDeflated(
    name: string,
    chunks: AsyncIterable<Buffer> | Iterable<Buffer>,
    real: { crc: number; size: number },
    declare?: number,
  ) {
    const offset = this.offset;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x08, 6); // sizes in a data descriptor
    header.writeUInt16LE(8, 8);
    header.writeUInt16LE(Buffer.byteLength(name), 26);
    await this.write(Buffer.concat([header, Buffer.from(name)]));
    let compressed = 0;
    for await (const chunk of chunks) {
      compressed += chunk.length;
      await this.write(chunk);
    }
    const size = declare ?? real.size;
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(real.crc, 4);
    descriptor.writeUInt32LE(compressed, 8);
    descriptor.writeUInt32LE(size, 12);
    await this.write(descriptor);
    this.entries.push({ name, crc: real.crc, compressed, size, offset });
  }

  /** An entry deflated from text chunks as they come. */
  async add(name: string, parts: AsyncIterable<string> | Iterable<string>) {
    const deflate = zlib.createDeflateRaw({ level: 1 });
    // Filled in while the text streams; read by addDeflated once the last compressed chunk is written.
    const real = { crc: 0, size: 0 };
    const feed = (async () => {
      for await (const part of parts) {
        const bytes = Buffer.from(part);
        real.crc = zlib.crc32(bytes, real.crc);
        real.size += bytes.length;
        if (!deflate.write(bytes)) await new Promise((r) => deflate.once('drain', r));
      }
      deflate.end();
    })();
    await this.addDeflated(name, deflate as AsyncIterable<Buffer>, real);
    await feed;
  }

  async close() {
    const start = this.offset;
    for (const e of this.entries) {
      const h = Buffer.alloc(46);
      h.writeUInt32LE(0x02014b50, 0);
      h.writeUInt16LE(20, 4);
      h.writeUInt16LE(20, 6);
      h.writeUInt16LE(0x08, 8);
      h.writeUInt16LE(8, 10);
      h.writeUInt32LE(e.crc, 16);
      h.writeUInt32LE(e.compressed, 20);
      h.writeUInt32LE(e.size, 24);
      h.writeUInt16LE(Buffer.byteLength(e.name), 28);
      h.writeUInt32LE(e.offset, 42);
      await this.write(Buffer.concat([h, Buffer.from(e.name)]));
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    await this.write(end);
    await this.handle.close();
  }
}

const PARTS: Record<string, string> = {
  '[Content_Types].xml':
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
    '</Types>',
  '_rels/.rels':
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
    '</Relationships>',
  'xl/workbook.xml':
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
    '<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
  'xl/_rels/workbook.xml.rels':
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
    '</Relationships>',
};
const SHEET_START =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_END = '</sheetData></worksheet>';

const escapeXml = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

async function openXlsx(file: string) {
  const zip = await ZipWriter.open(file);
  await addParts(zip);
  return zip;
}

async function addParts(zip: ZipWriter) {
  for (const [name, text] of Object.entries(PARTS)) await zip.add(name, [text]);
}

/**
 * An XLSX whose first sheet holds the header and then `count` rows from `row(i)` (inline strings). `sheetFirst` puts
 * the sheet before the package parts, as exceljs's streaming writer does (a byte sniff then sees only a zip).
 */
export async function writeXlsx(
  file: string,
  header: string[],
  count: number,
  row: (i: number) => string[],
  sheetFirst = false,
) {
  const zip = await ZipWriter.open(file);
  if (!sheetFirst) await addParts(zip);
  // exceljs's reader needs each row's and cell's address (r="2", r="B2").
  const column = (n: number): string =>
    (n < 26 ? '' : column(Math.floor(n / 26) - 1)) + String.fromCharCode(65 + (n % 26));
  const cells = (r: string[], no: number) =>
    `<row r="${no}">${r.map((v, c) => `<c r="${column(c)}${no}" t="inlineStr"><is><t>${escapeXml(v)}</t></is></c>`).join('')}</row>`;
  function* sheet() {
    yield SHEET_START + cells(header, 1);
    let chunk = '';
    for (let i = 0; i < count; i++) {
      chunk += cells(row(i), i + 2);
      if (chunk.length > 256 * 1024) {
        yield chunk;
        chunk = '';
      }
    }
    yield chunk + SHEET_END;
  }
  await zip.add('xl/worksheets/sheet1.xml', sheet());
  if (sheetFirst) await addParts(zip);
  await zip.close();
}

/**
 * A zip bomb named like a spreadsheet: a sheet of `inflated` bytes of blanks (deflated ~1000:1). With `lie`, the
 * directory and the data descriptor claim it inflates to 10 kB.
 */
export async function writeZipBomb(file: string, inflated: number, lie: boolean) {
  const zip = await openXlsx(file);
  const block = 16 * 1024 * 1024;
  const blanks = Buffer.alloc(block, 0x20);
  const sync = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
  const start = Buffer.from(SHEET_START);
  const end = Buffer.from(SHEET_END);
  const blocks = Math.floor(inflated / block);
  let crc = zlib.crc32(start);
  for (let i = 0; i < blocks; i++) crc = zlib.crc32(blanks, crc);
  crc = zlib.crc32(end, crc);
  const compressedBlanks = zlib.deflateRawSync(blanks, sync);
  function* chunks() {
    yield zlib.deflateRawSync(start, sync);
    for (let i = 0; i < blocks; i++) yield compressedBlanks;
    yield zlib.deflateRawSync(end);
  }
  const size = start.length + blocks * block + end.length;
  await zip.addDeflated('xl/worksheets/sheet1.xml', chunks(), { crc, size }, lie ? 10_240 : undefined);
  await zip.close();
}

/** A CSV of the header and `count` rows, written in chunks. */
export async function writeCsv(file: string, header: string[], count: number, row: (i: number) => string[]) {
  const handle = await fs.promises.open(file, 'w');
  let chunk = header.join(';') + '\n';
  for (let i = 0; i < count; i++) {
    chunk += row(i).join(';') + '\n';
    if (chunk.length > 1024 * 1024) {
      await handle.write(chunk);
      chunk = '';
    }
  }
  await handle.write(chunk);
  await handle.close();
}
