// Exporting the current view: visible columns in order, the same filter and sort, formula-like cells escaped.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/api.ts';

let api: TestApi;
let manager: string;

beforeAll(async () => {
  api = await startTestApi();
  const m = await api.createUser('manager');
  manager = await api.login(m.email, m.password);
  const admin = await api.createUser('administrator');
  const adminCookie = await api.login(admin.email, admin.password);
  await api.gql(
    `mutation { createAttributeDefinition(input: { entity: CLIENT, key: "territory", type: CHOICE, labels: { en: "Territory" },
      choices: [{ key: "north", labels: { en: "North", hr: "Sjever" } }] }) { key } }`,
    {},
    { cookie: adminCookie },
  );
  await api.db.client.createMany({
    data: [
      { kind: 'LEGAL', name: 'Bora d.o.o.', city: 'Zagreb', attributes: { territory: 'north' } },
      { kind: 'LEGAL', name: '=HYPERLINK("http://evil.example","click")', city: 'Split' },
      { kind: 'LEGAL', name: 'Ante, "Antić"', city: '+385 Zadar' },
      { kind: 'LEGAL', name: 'Hidden by filter', city: 'Osijek' },
    ],
  });
});
afterAll(() => api.close());

const body = (format: 'csv' | 'xlsx') => ({
  format,
  filter: { not: { field: { field: 'CITY', op: 'EQ', value: 'Osijek' } } },
  orderBy: [{ field: 'NAME', direction: 'ASC' }],
  columns: ['NAME', 'attr:territory', 'CITY'],
  headers: ['Name', 'Territory', 'City'],
});

function post(payload: unknown, cookie = manager, contentType = 'application/json') {
  return api.raw('/export/clients', {
    method: 'POST',
    headers: { 'content-type': contentType, cookie },
    body: JSON.stringify(payload),
  });
}

describe('client export', () => {
  it('writes CSV with the visible columns in order, choice labels, and formula-like cells escaped', async () => {
    const res = await post(body('csv'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="clients-\d{4}-\d{2}-\d{2}\.csv"/);
    const lines = (await res.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toEqual([
      'Name,Territory,City',
      `"'=HYPERLINK(""http://evil.example"",""click"")",,Split`,
      `"Ante, ""Antić""",,'+385 Zadar`,
      'Bora d.o.o.,North,Zagreb',
    ]);
  });

  it('writes an XLSX workbook with the same rows', async () => {
    const res = await post(body('xlsx'));
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const rows = workbook.worksheets[0]!.getSheetValues()
      .filter(Boolean)
      .map((r) => (r as unknown[]).slice(1));
    expect(rows).toEqual([
      ['Name', 'Territory', 'City'],
      [`'=HYPERLINK("http://evil.example","click")`, undefined, 'Split'],
      ['Ante, "Antić"', undefined, "'+385 Zadar"],
      ['Bora d.o.o.', 'North', 'Zagreb'],
    ]);
  });

  it('needs clients.export, JSON, valid columns and a valid filter', async () => {
    const reader = await api.createUser('agent');
    const readOnly = await api.db.permissionProfile.create({ data: { name: 'Reader', permissions: ['clients.read'] } });
    await api.db.userProfile.deleteMany({ where: { userId: reader.id } });
    await api.db.userProfile.create({ data: { userId: reader.id, profileId: readOnly.id } });
    expect((await post(body('csv'), await api.login(reader.email, reader.password))).status).toBe(403);
    expect((await post(body('csv'), manager, 'text/plain')).status).toBe(415);
    const badColumn = await post({ ...body('csv'), columns: ['NAME', 'attr:Bad Key'] });
    expect(badColumn.status).toBe(400);
    expect(await badColumn.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'columns.1' } });
    const badFilter = await post({ ...body('csv'), filter: { attribute: { key: 'territory', op: 'GT', value: 1 } } });
    expect(await badFilter.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'filter.attribute.op' } });
    expect((await post(body('csv'), '')).status).toBe(401);
  });
});
