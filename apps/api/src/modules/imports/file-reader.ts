// Reads an import file row by row with bounded memory: XLSX through exceljs's streaming reader (first sheet) once
// zip-guard.ts has checked the zip, CSV with its encoding (UTF-8, Windows-1250, ISO-8859-2) and delimiter detected.
// Cells come out as trimmed strings; formulas are never evaluated (their cached result is read as text), and every
// limit below stops a hostile file. The caller pulls rows (an async generator): nothing is read ahead of it.
import fs from 'node:fs';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { ZipRefused, checkZip } from './zip-guard.ts';

export const LIMITS = {
  rows: 200_000,
  columns: 200,
  cellChars: 10_000,
  /** XLSX shared strings (the text cells point into them), kept in memory while the sheet is read. */
  sharedStrings: 1_000_000,
  sharedStringChars: 32_000_000,
};

export class FileFormatError extends Error {}

/** For XLSX, `rows` is the first sheet's row count as the zip check saw it (null: not known before reading). */
export type Format = { kind: 'xlsx'; rows: number | null } | { kind: 'csv'; encoding: string; delimiter: string };

const LETTERS = 'ąćęłńóśźżĄĆĘŁŃÓŚŹŻčđšžČĐŠŽěřůťďňĚŘŮŤĎŇýáíéúÝÁÍÉÚ';

/** UTF-8 when the bytes are valid UTF-8; else Windows-1250 or ISO-8859-2, whichever yields more CE letters. */
export function detectEncoding(head: Buffer): string {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, Math.max(0, head.length - 4)));
    return 'utf-8';
  } catch {
    // not UTF-8
  }
  if (head.some((b) => b >= 0x80 && b <= 0x9f)) return 'windows-1250';
  const score = (enc: string) => [...iconv.decode(head, enc)].filter((c) => LETTERS.includes(c)).length;
  return score('iso-8859-2') > score('windows-1250') ? 'iso-8859-2' : 'windows-1250';
}

/** The delimiter that splits the first lines into the same, largest number of fields (quotes respected). */
export function detectDelimiter(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .slice(0, 10);
  let best = ',';
  let bestScore = 0;
  for (const d of [';', ',', '\t', '|']) {
    const counts = lines.map((l) => l.replace(/"[^"]*"/g, '').split(d).length - 1);
    const min = Math.min(...counts);
    if (min > bestScore) [best, bestScore] = [d, min];
  }
  return best;
}

/** The workbook's shared strings, bounded in count and characters (a hostile file cannot fill the memory). */
class SharedStrings {
  private readonly texts: string[] = [];
  private chars = 0;

  add(text: unknown) {
    const value = cellText(text, this);
    this.chars += value.length;
    if (value.length > LIMITS.cellChars) throw new FileFormatError('imports.cellTooLong');
    if (this.texts.length >= LIMITS.sharedStrings || this.chars > LIMITS.sharedStringChars)
      throw new FileFormatError('imports.tooManyStrings');
    this.texts.push(value);
  }

  get(index: number) {
    return this.texts[index] ?? '';
  }
}

function cellText(value: unknown, strings?: SharedStrings): string {
  if (value == null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as {
      result?: unknown;
      richText?: { text: string }[];
      text?: unknown;
      sharedString?: number;
    };
    if (typeof v.sharedString === 'number') return strings?.get(v.sharedString) ?? '';
    if ('result' in v) return cellText(v.result, strings);
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if ('text' in v) return cellText(v.text, strings);
    return '';
  }
  return String(value);
}

function clean(cells: string[]): string[] {
  if (cells.length > LIMITS.columns) throw new FileFormatError('imports.tooManyColumns');
  return cells.map((c) => {
    const t = c.trim();
    if (t.length > LIMITS.cellChars) throw new FileFormatError('imports.cellTooLong');
    return t;
  });
}

/** What WorkbookReader.parse() yields: exceljs 4.4 yields each emitted shared string bare, as { index, text }. */
type ReaderEvent =
  | { eventType: 'worksheet'; value: AsyncIterable<ExcelJS.Row> }
  | { eventType: 'hyperlinks'; value: unknown }
  | { eventType?: undefined; index: number; text: unknown };

/**
 * Shared strings are emitted (exceljs then keeps none) into a bounded store; exceljs parks the sheet in a temporary
 * file until the strings are read, which zip-guard's checked sizes bound too.
 */
async function* xlsxRows(filePath: string): AsyncGenerator<string[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(filePath, {
    sharedStrings: 'emit',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const strings = new SharedStrings();
  const events = { [Symbol.asyncIterator]: () => reader.parse() } as AsyncIterable<ReaderEvent>;
  for await (const event of events) {
    if (event.eventType === undefined) strings.add(event.text);
    if (event.eventType !== 'worksheet') continue;
    for await (const row of event.value) {
      const values = (row.values as unknown[]) ?? [];
      const cells: string[] = [];
      for (let i = 1; i < values.length; i++) cells.push(cellText(values[i], strings));
      yield cells;
    }
    return; // the first sheet only
  }
}

async function* csvRows(filePath: string, encoding: string, delimiter: string): AsyncGenerator<string[]> {
  const parser = fs
    .createReadStream(filePath)
    .pipe(iconv.decodeStream(encoding))
    .pipe(
      parse({
        delimiter,
        bom: true,
        relax_column_count: true,
        relax_quotes: true,
        skip_empty_lines: true,
        max_record_size: 1_000_000,
      }),
    );
  for await (const record of parser) yield record as string[];
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** XLSX (a zip holding a workbook, whatever the byte sniff called it) or CSV (text: encoding and delimiter sniffed). */
export async function detectFormat(filePath: string, mimeType: string): Promise<Format> {
  if (mimeType === XLSX_TYPE || mimeType === 'application/zip') {
    const zip = await checkZip(filePath).catch((error: unknown) => {
      if (!(error instanceof ZipRefused)) throw error;
      // A broken zip that never claimed to be a spreadsheet is just not one.
      const notOne = mimeType !== XLSX_TYPE && error.message === 'imports.unreadableFile';
      throw new FileFormatError(notOne ? 'imports.notSpreadsheet' : error.message);
    });
    if (!zip.workbook) throw new FileFormatError('imports.notSpreadsheet');
    return { kind: 'xlsx', rows: zip.sheetRows };
  }
  if (mimeType !== 'text/plain') throw new FileFormatError('imports.unsupportedFile');
  const handle = await fs.promises.open(filePath, 'r');
  try {
    const head = Buffer.alloc(65_536);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const encoding = detectEncoding(head.subarray(0, bytesRead));
    return { kind: 'csv', encoding, delimiter: detectDelimiter(iconv.decode(head.subarray(0, bytesRead), encoding)) };
  } finally {
    await handle.close();
  }
}

/** The header row, then data rows numbered as in the file (row 2 is the first data row); blank rows are skipped. */
export async function* readRows(filePath: string, format: Format): AsyncGenerator<{ rowNo: number; cells: string[] }> {
  const source = format.kind === 'xlsx' ? xlsxRows(filePath) : csvRows(filePath, format.encoding, format.delimiter);
  let rowNo = 0;
  try {
    for await (const raw of source) {
      rowNo += 1;
      const cells = clean(raw);
      if (!cells.some(Boolean)) continue;
      if (rowNo > LIMITS.rows + 1) throw new FileFormatError('imports.tooManyRows');
      yield { rowNo, cells };
    }
  } catch (error) {
    if (error instanceof FileFormatError) throw error;
    throw new FileFormatError('imports.unreadableFile');
  }
}
