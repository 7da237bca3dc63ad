// POST /export/report: XLSX with typed cells and escaped formulas, CSV and PDF (Central European letters, a known
// number), the same validation and visibility as runReport, and the CSRF rule of the other exports (JSON only).
import ExcelJS from 'exceljs';
import { READY_REPORTS } from '@veza/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/api.ts';
import { pdfText } from './pdf-text-kit.ts';
import { YEAR, reportKit, seedWorld, type TestUser } from './report-test-kit.ts';

let api: TestApi;
const k = reportKit(() => api);
let manager: TestUser;
let agentA: TestUser;
let wonCount: number;
let wonCountA: number;

const timeToDeal = () => {
  const d = structuredClone(READY_REPORTS.find((r) => r.key === 'time-to-deal')!.definition);
  return { ...d, filter: { ...d.filter, ...YEAR } };
};

async function post(who: TestUser | null, body: unknown, contentType = 'application/json') {
  const headers: Record<string, string> = { 'content-type': contentType };
  if (who) headers.cookie = who.cookie;
  return api.raw('/export/report', { method: 'POST', headers, body: JSON.stringify(body) });
}

beforeAll(async () => {
  api = await startTestApi();
  ({ manager, agentA } = await seedWorld(api, k));
  const won = { lostReasonId: null, closedAt: { gte: new Date(YEAR.from), lt: new Date(YEAR.to) } };
  wonCount = await api.db.opportunity.count({ where: won });
  wonCountA = await api.db.opportunity.count({ where: { ...won, ownerId: agentA.rowId } });
}, 120_000);
afterAll(() => api?.close());

describe('report export', () => {
  it('writes XLSX with typed numbers, the total and percent formats', async () => {
    const res = await post(manager, { format: 'xlsx', definition: timeToDeal(), title: 'Time to deal' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const sheet = book.worksheets[0]!;
    const last = sheet.getRow(sheet.rowCount);
    expect(last.getCell(1).value).toBe('Total');
    expect(last.getCell(2).value).toBe(wonCount);
    expect(typeof sheet.getRow(2).getCell(3).value).toBe('number');
  });

  it('escapes formula-like labels in XLSX and CSV', async () => {
    const evil = await api.db.client.create({ data: { kind: 'LEGAL', name: '=HYPERLINK("http://x","y")' } });
    const type = await api.db.dictionaryValue.findFirstOrThrow({ where: { kind: 'ACTIVITY_TYPE', key: 'call' } });
    await api.db.activity.create({
      data: { typeId: type.id, clientId: evil.id, subject: 'x', status: 'DONE', ownerId: manager.rowId },
    });
    const definition = {
      subject: 'ACTIVITIES',
      filter: { client: { search: 'HYPERLINK' } },
      groupBy: [{ dimension: 'CLIENT' }],
      measures: [{ fn: 'COUNT' }],
    };
    const xlsx = await post(manager, { format: 'xlsx', definition, headers: ['@client', 'Count'] });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsx.arrayBuffer());
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe("'@client");
    expect(sheet.getRow(2).getCell(1).value).toBe(`'=HYPERLINK("http://x","y")`);
    expect(sheet.getRow(2).getCell(1).formula).toBeUndefined();
    const csv = await (await post(manager, { format: 'csv', definition })).text();
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")",1`);
  });

  it('writes CSV with the total line', async () => {
    const res = await post(manager, { format: 'csv', definition: timeToDeal(), totalLabel: 'Ukupno' });
    const text = await res.text();
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(text.trim().split('\r\n').at(-1)!.split(',').slice(0, 2)).toEqual(['Ukupno', String(wonCount)]);
  });

  it('writes a PDF in an embedded font with Central European letters and the known number', async () => {
    const title = 'Čas do obchodu — čćđšž łńśźż řůě';
    const res = await post(manager, { format: 'pdf', definition: timeToDeal(), title, totalLabel: 'Celkem' });
    expect(res.status).toBe(200);
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/FontName \/[A-Z]{6}\+Roboto/);
    const texts = pdfText(pdf);
    expect(texts.some((t) => t.includes(title))).toBe(true);
    // The totals row, in the bold subset: its label cell, then the count cell.
    expect(texts.some((t) => t.includes(`Celkem${wonCount}`))).toBe(true);
  });

  it('gives an agent only their own numbers', async () => {
    const res = await post(agentA, { format: 'csv', definition: timeToDeal() });
    expect((await res.text()).trim().split('\r\n').at(-1)!.split(',')[1]).toBe(String(wonCountA));
  });

  it('refuses bad definitions, anonymous callers and non-JSON (cross-site form) posts', async () => {
    const bad = await post(manager, {
      format: 'xlsx',
      definition: { ...timeToDeal(), measures: [{ fn: 'SUM', field: 'NAME' }] },
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'definition.measures.0.field' } });
    const format = await post(manager, { format: 'docx', definition: timeToDeal() });
    expect(await format.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'format' } });
    expect((await post(null, { format: 'csv', definition: timeToDeal() })).status).toBe(401);
    expect((await post(manager, { format: 'csv', definition: timeToDeal() }, 'text/plain')).status).toBe(415);
  });
});
