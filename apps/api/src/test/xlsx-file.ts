// An XLSX file made by exceljs from rows of cells, for tests that upload a spreadsheet (e2e too: it has no exceljs).
import ExcelJS from 'exceljs';

export async function xlsxBuffer(rows: readonly (readonly string[])[], sheet = 'List'): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet(sheet).addRows(rows.map((r) => [...r]));
  return Buffer.from(await book.xlsx.writeBuffer());
}
