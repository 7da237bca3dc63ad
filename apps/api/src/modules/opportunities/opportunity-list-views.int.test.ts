// The opportunity list's saved views (entity OPPORTUNITY) and its CSV / XLSX export: same filter and order as the list,
// permission-checked, formula-like cells escaped.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';
import { ensureDefaultDictionaries } from '../dictionaries/index.ts';
import { kit, LOST, type TestUser } from './opportunity-test-kit.ts';

let api: TestApi;
const k = kit(() => api);
let agent: TestUser;
let manager: TestUser;
let clientOnly: string;

const VIEW_FIELDS = 'id name entity filter columns sort { field opportunityField attribute direction } version';
const CREATE = `mutation($input: SavedViewInput!) { createSavedView(input: $input) { ${VIEW_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: SavedViewInput!) {
  updateSavedView(id: $id, version: $v, input: $input) { ${VIEW_FIELDS} } }`;
const LIST = `query($entity: SavedViewEntity) { savedViews(entity: $entity) { id name entity } }`;

beforeAll(async () => {
  api = await startTestApi();
  await ensureDefaultDictionaries(api.db);
  agent = await k.user('agent');
  manager = await k.user('manager');
  const profile = await api.db.permissionProfile.create({
    data: { name: `Clients only ${Date.now()}`, permissions: ['clients.read', 'clients.export'] },
  });
  const u = await api.createUser('agent');
  await api.db.userProfile.deleteMany({ where: { userId: u.id } });
  await api.db.userProfile.create({ data: { userId: u.id, profileId: profile.id } });
  clientOnly = await api.login(u.email, u.password);
  const client = await k.client('Export d.o.o.');
  await k.create(agent.cookie, { clientId: client, name: 'Bravo', amount: '2500.50', currency: 'EUR' });
  await k.create(agent.cookie, { clientId: client, name: '=cmd|calc', amount: '100.00', currency: 'PLN' });
  await k.create(manager.cookie, { clientId: client, name: 'Alpha (manager)', amount: '10.00', currency: 'EUR' });
});
afterAll(() => api.close());

describe('saved opportunity views', () => {
  const input = {
    entity: 'OPPORTUNITY',
    name: 'My open deals',
    opportunityFilter: { status: 'OPEN', mine: true },
    opportunitySort: [{ field: 'AMOUNT', direction: 'DESC' }],
    columns: ['NAME', 'AMOUNT', 'CLIENT', 'attr:region'],
  };

  it('stores an opportunity filter, columns and sort, listed only with the opportunity views', async () => {
    const { createSavedView: view } = await k.ok<{ createSavedView: Record<string, unknown> }>(agent.cookie, CREATE, {
      input,
    });
    expect(view).toMatchObject({
      entity: 'OPPORTUNITY',
      filter: { status: 'OPEN', mine: true },
      columns: ['NAME', 'AMOUNT', 'CLIENT', 'attr:region'],
      sort: [{ field: null, opportunityField: 'AMOUNT', attribute: null, direction: 'DESC' }],
    });
    const lists = async (entity: string) =>
      (await k.ok<{ savedViews: { name: string }[] }>(agent.cookie, LIST, { entity })).savedViews.map((v) => v.name);
    expect(await lists('OPPORTUNITY')).toContain('My open deals');
    expect(await lists('CLIENT')).not.toContain('My open deals');
    const updated = await k.ok<{ updateSavedView: { columns: string[]; version: number } }>(agent.cookie, UPDATE, {
      id: view.id,
      v: view.version,
      input: { ...input, columns: ['CLIENT', 'NAME'] },
    });
    expect(updated.updateSavedView).toMatchObject({ columns: ['CLIENT', 'NAME'], version: 2 });
  });

  it('refuses client columns, a bad filter and more than one sort key, naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ columns: ['NAME', 'CITY'] }, 'input.columns.1'],
      [{ opportunityFilter: { closeFrom: '2026-02-30' } }, 'input.opportunityFilter.closeFrom'],
      [{ opportunitySort: [{ field: 'NAME' }, { field: 'AMOUNT' }] }, 'input.opportunitySort'],
    ];
    for (const [change, field] of cases) {
      const res = await api.gql(CREATE, { input: { ...input, ...change } }, { cookie: agent.cookie });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.field).toBe(field);
    }
  });

  it('is FORBIDDEN without opportunities.read, for listing and creating', async () => {
    expect(errorCode(await api.gql(LIST, { entity: 'OPPORTUNITY' }, { cookie: clientOnly }))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(CREATE, { input }, { cookie: clientOnly }))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(LIST, { entity: 'CLIENT' }, { cookie: clientOnly }))).toBeUndefined();
  });
});

function post(payload: unknown, cookie: string) {
  return api.raw('/export/opportunities', {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify(payload),
  });
}

const body = (format: 'csv' | 'xlsx') => ({
  format,
  filter: { mine: true },
  orderBy: [{ field: 'NAME', direction: 'ASC' }],
  columns: ['NAME', 'CLIENT', 'AMOUNT', 'CURRENCY', 'STATUS'],
  headers: ['Name', 'Client', 'Amount', 'Currency', 'Status'],
});

describe('opportunity export', () => {
  it('writes the filtered list as CSV in list order, formula-like names escaped', async () => {
    const res = await post(body('csv'), agent.cookie);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/filename="opportunities-\d{4}-\d{2}-\d{2}\.csv"/);
    const lines = (await res.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toEqual([
      'Name,Client,Amount,Currency,Status',
      "'=cmd|calc,Export d.o.o.,100,PLN,Open",
      'Bravo,Export d.o.o.,2500.5,EUR,Open',
    ]);
  });

  it('writes XLSX with numeric amounts', async () => {
    const res = await post(body('xlsx'), agent.cookie);
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const rows = workbook.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows.map((r) => r.slice(1))).toEqual([
      ['Name', 'Client', 'Amount', 'Currency', 'Status'],
      ["'=cmd|calc", 'Export d.o.o.', 100, 'PLN', 'Open'],
      ['Bravo', 'Export d.o.o.', 2500.5, 'EUR', 'Open'],
    ]);
  });

  it('writes stage and status in the requesting user’s language', async () => {
    const pl = await k.user('agent');
    await api.db.user.update({ where: { id: pl.rowId }, data: { locale: 'pl' } });
    const client = await k.client('Eksport sp. z o.o.');
    const lost = await k.create(pl.cookie, { clientId: client, name: 'Przegrana szansa' });
    const reasons = await k.dictionary('LOST_REASON');
    await k.ok(pl.cookie, LOST, { id: lost.id, reason: reasons.price });
    await k.create(pl.cookie, { clientId: client, name: 'Otwarta szansa' });
    const res = await post({ ...body('csv'), columns: ['NAME', 'STAGE', 'STATUS'], headers: null }, pl.cookie);
    expect(res.status).toBe(200);
    const lines = (await res.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toEqual([
      'NAME,STAGE,STATUS',
      'Otwarta szansa,Kwalifikacja,Otwarta',
      'Przegrana szansa,Przegrana,Przegrana',
    ]);
  });

  it('answers 403 without opportunities.read and 400 naming the field for a bad filter or column', async () => {
    expect((await post(body('csv'), clientOnly)).status).toBe(403);
    const bad = await post({ ...body('csv'), filter: { closeFrom: 'yesterday' } }, agent.cookie);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { field: string } }).error.field).toBe('filter.closeFrom');
    const column = await post({ ...body('csv'), columns: ['NAME', 'CITY'] }, agent.cookie);
    expect(column.status).toBe(400);
  });
});
