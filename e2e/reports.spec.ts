// The report builder in a real browser (the demo manager's UI is Polish, the agent's Czech): a manager opens "Time to deal", regroups it by industry, sees the chart and
// the total, saves it as a shared template and exports XLSX and PDF; an agent opening the shared template sees only
// their own numbers. Both files are opened and hold the known total (cell by cell: apps/api report-export.int.test.ts).
import fs from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { pdfText } from '../apps/api/src/modules/reports/pdf-text-kit.ts';
import { xlsxRows } from '../apps/api/src/test/xlsx-file.ts';
import { gql } from './fixtures/api.ts';
import { ADMIN, login } from './fixtures/app.ts';

const run = Date.now();
const MANAGER = { email: 'manager@veza.local', password: 'veza-manager-demo' };
const AGENT = { email: 'agent2@veza.local', password: 'veza-agent-demo' };

async function loggedIn(browser: Browser, user: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await login(page, user.email, user.password);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return page;
}

/** A won deal of the logged-in user. */
async function wonDeal(page: Page, name: string) {
  const { createClient } = await gql<{ createClient: { id: string } }>(
    page.request,
    'mutation($input: CreateClientInput!) { createClient(input: $input) { id } }',
    { input: { kind: 'LEGAL', name } },
  );
  const { createOpportunity } = await gql<{ createOpportunity: { id: string; version: number } }>(
    page.request,
    'mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id version } }',
    { input: { name, clientId: createClient.id, amount: '1000.00', currency: 'EUR' } },
  );
  await gql(page.request, 'mutation($id: ID!, $v: Int) { markOpportunityWon(id: $id, version: $v) { id } }', {
    id: createOpportunity.id,
    v: createOpportunity.version,
  });
}

const WON_COUNT = `query($d: ReportDefinitionInput!) { runReport(definition: $d) { totals } }`;
const wonCount = async (page: Page) =>
  (
    await gql<{ runReport: { totals: number[] } }>(page.request, WON_COUNT, {
      d: {
        subject: 'OPPORTUNITIES',
        dateField: 'CLOSED_AT',
        filter: { statuses: ['WON'] },
        measures: [{ fn: 'COUNT' }],
      },
    })
  ).runReport.totals[0]!;

test('time to deal: regroup by industry, chart, shared template, XLSX and PDF; an agent sees only their own', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const manager = await loggedIn(browser, MANAGER);
  await wonDeal(manager, `Report deal ${run}`);
  const agent = await loggedIn(browser, AGENT);
  await wonDeal(agent, `Agent deal ${run}`);
  const all = await wonCount(manager);
  const own = await wonCount(agent);
  expect(own).toBeLessThan(all);

  await manager.goto('/reports');
  await manager.getByRole('combobox', { name: 'Raport', exact: true }).click();
  await manager.getByRole('option', { name: 'Czas do zawarcia umowy' }).click();
  const groupBy = manager.getByRole('combobox', { name: 'Grupuj według' });
  await groupBy.click({ force: true }); // the pills' box sits over the small search input
  await manager.getByRole('option', { name: 'Handlowiec' }).click(); // deselects the agent grouping
  await manager.getByRole('option', { name: 'Branża' }).click();
  await manager.keyboard.press('Escape');
  const table = manager.getByRole('table', { name: 'Tabela raportu' });
  await expect(table.getByRole('columnheader', { name: 'Branża' })).toBeVisible();
  await expect(table.getByRole('row').last()).toContainText(`Razem${all}`);
  await expect(manager.getByLabel('Wykres raportu')).toBeVisible();

  await manager.getByRole('button', { name: 'Zapisz jako szablon' }).click();
  const dialog = manager.getByRole('dialog', { name: 'Zapisz raport' });
  await dialog.getByRole('textbox', { name: 'Nazwa' }).fill(`Deals by industry ${run}`);
  await dialog.getByRole('checkbox', { name: 'Udostępniony wszystkim' }).check();
  await dialog.getByRole('button', { name: 'Zapisz', exact: true }).click();
  await expect(dialog).toBeHidden();

  const files: Record<string, Buffer> = {};
  for (const [format, magic] of [
    ['Excel', 'PK'],
    ['PDF', '%PDF'],
  ] as const) {
    const download = manager.waitForEvent('download');
    await manager.getByRole('button', { name: format, exact: true }).click();
    const bytes = fs.readFileSync(await (await download).path());
    expect(bytes.subarray(0, magic.length).toString('latin1')).toBe(magic);
    files[format] = bytes;
  }
  // The known number in both files: the won deals' total on the totals row (a typed number in XLSX).
  expect((await xlsxRows(files.Excel!)).at(-1)!.slice(0, 2)).toEqual(['Razem', all]);
  expect(pdfText(files.PDF!).some((t) => t.includes(`Razem${all}`))).toBe(true);

  // The agent (Czech UI) opens the shared template: only their own deals.
  await agent.goto('/reports');
  await agent.getByRole('combobox', { name: 'Sestava', exact: true }).click();
  await agent.getByRole('option', { name: `Deals by industry ${run}` }).click();
  const agentTable = agent.getByRole('table', { name: 'Tabulka sestavy' });
  await expect(agentTable.getByRole('row').last()).toContainText(`Celkem${own}`);
});

test('hourly rates on a phone: a bad rate stays on its field, a good one is listed; a pinned report shows its total at home', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const page = await loggedIn(browser, ADMIN);
  await page.setViewportSize({ width: 390, height: 844 });
  const rate = `${run % 1_000_000}.50`;
  await page.goto('/admin/hourly-rates');
  await page.getByRole('button', { name: 'New rate' }).click();
  const dialog = page.getByRole('dialog', { name: 'New rate' });
  await dialog.getByLabel('Valid from').fill('2026-03-01');
  await dialog.getByRole('textbox', { name: 'Rate per hour' }).fill('12,5');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Enter an amount of at most 16 digits with up to 2 decimals.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Rate per hour' }).fill(rate);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  // On a phone the admin list is cards (one list item per rate).
  const list = page.getByRole('list', { name: 'Hourly rates' });
  await expect(list.getByRole('listitem').filter({ hasText: rate })).toContainText('All types (general rate)');

  const name = `Pinned count ${run}`;
  const definition = { subject: 'ACTIVITIES', dateField: 'STARTS_AT', measures: [{ fn: 'COUNT' }] };
  await gql(page.request, 'mutation($input: SavedReportInput!) { createSavedReport(input: $input) { id } }', {
    input: { name, pinned: true, definition },
  });
  const { runReport } = await gql<{ runReport: { totals: number[] } }>(page.request, WON_COUNT, { d: definition });
  await page.goto('/');
  await expect(page.getByLabel(`${name}: Total`)).toHaveText(new Intl.NumberFormat('en').format(runReport.totals[0]!));
});

test('an agent cell of "activities per agent" opens the activity list filtered the same way, until cleared', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const manager = await loggedIn(browser, MANAGER);
  // A done call of the manager's today, so the report has an agent row.
  const { createClient } = await gql<{ createClient: { id: string } }>(
    manager.request,
    'mutation($input: CreateClientInput!) { createClient(input: $input) { id } }',
    { input: { kind: 'LEGAL', name: `Drill-down client ${run}` } },
  );
  const { dictionary } = await gql<{ dictionary: { id: string; key: string }[] }>(
    manager.request,
    '{ dictionary(kind: ACTIVITY_TYPE) { id key } }',
  );
  await gql(manager.request, 'mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }', {
    input: {
      clientId: createClient.id,
      typeId: dictionary.find((d) => d.key === 'call')!.id,
      subject: `Drill-down call ${run}`,
      status: 'DONE',
      startsAt: new Date().toISOString(),
    },
  });
  await manager.goto('/reports');
  await manager.getByRole('combobox', { name: 'Raport', exact: true }).click();
  await manager.getByRole('option', { name: 'Działania według handlowców' }).click();
  const table = manager.getByRole('table', { name: 'Tabela raportu' });
  const cell = table.getByRole('link').first();
  await expect(cell).toBeVisible();
  const agent = (await cell.textContent())!.trim();
  await cell.click();
  await expect(manager).toHaveURL(/\/activities\?filter=/);
  await expect(manager.getByText('Filtr z raportu')).toBeVisible();
  // The list's own filter bar shows the report's agent.
  await expect(manager.getByText(agent, { exact: true }).first()).toBeVisible();
  await expect(manager.getByTestId('activity-row').first()).toBeVisible();
  await manager
    .getByRole('alert')
    .filter({ hasText: 'Filtr z raportu' })
    .getByRole('button', { name: 'Wyczyść' })
    .click();
  await expect(manager.getByText('Filtr z raportu')).toBeHidden();
  await expect(manager).not.toHaveURL(/filter=/);
});
