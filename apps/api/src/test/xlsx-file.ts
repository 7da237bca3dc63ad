// An XLSX file made by exceljs from rows of cells, for tests that upload a spreadsheet (e2e too: it has no exceljs).
import ExcelJS from 'exceljs';

export async function xlsxBuffer(rows: readonly (readonly string[])[], sheet = 'List'): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet(sheet).addRows(rows.map((r) => [...r]));
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The cell values of an XLSX file's first sheet, row by row (e2e: to check a number in a downloaded export). */
export async function xlsxRows(file: Buffer): Promise<unknown[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(file).buffer);
  const rows: unknown[][] = [];
  book.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}
