// Clients in a real browser: attributes defined by an administrator, a filter built by an agent, columns reordered
// by dragging, a saved view that survives a reload, and an export of exactly the visible columns.
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { createUser, gql } from './fixtures/api.ts';
import { ADMIN_STATE, expectHome, login, snapshot } from './fixtures/app.ts';

const AGENT = { email: `filter.agent.${Date.now()}@veza.local`, password: 'filter-agent-pass', name: 'Filip Agent' };

async function defineAttribute(page: Page, label: string, type: string, choices: string[] = []) {
  await page.getByRole('button', { name: 'New attribute' }).click();
  const dialog = page.getByRole('dialog', { name: 'New attribute' });
  await dialog.getByRole('textbox', { name: 'Label (English)' }).fill(label);
  await dialog.getByRole('combobox', { name: 'Type' }).click();
  await page.getByRole('option', { name: type, exact: true }).click();
  for (const [i, choice] of choices.entries()) {
    await dialog.getByRole('button', { name: 'Add value' }).click();
    await dialog.getByRole('textbox', { name: `Value ${i + 1} (English)` }).fill(choice);
  }
  await dialog.getByRole('button', { name: 'Create attribute' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: new RegExp(label) })).toBeVisible();
}

/** Creates clients through the API with the administrator's browser session. */
async function createClients(
  page: Page,
  clients: { name: string; city: string; territory: string; employees: number }[],
  accountManagerId: string,
) {
  for (const c of clients) {
    await gql(page.request, 'mutation($input: CreateClientInput!) { createClient(input: $input) { id } }', {
      input: {
        kind: 'LEGAL',
        name: c.name,
        city: c.city,
        accountManagerId,
        attributes: { territory: c.territory, employees: c.employees },
      },
    });
  }
}

/** Makes `userId` the account manager of the client named `name` (the administrator's session). */
async function manageBy(page: Page, name: string, userId: string) {
  const found = await gql<{ clients: { edges: { node: { id: string; version: number } }[] } }>(
    page.request,
    `query($f: ClientFilter) { clients(first: 1, filter: $f) { edges { node { id version } } } }`,
    { f: { search: name } },
  );
  const client = found.clients.edges[0]!.node;
  await gql(
    page.request,
    `mutation($id: ID!, $v: Int!, $m: ID) { updateClient(id: $id, version: $v, input: { accountManagerId: $m }) { id } }`,
    { id: client.id, v: client.version, m: userId },
  );
}

let agentId = '';

test.describe.serial('clients', () => {
  test('an administrator defines Territory and Employees and creates clients with values', async ({
    browser,
  }, testInfo) => {
    test.setTimeout(90_000);
    const context = await browser.newContext({ storageState: ADMIN_STATE });
    const page = await context.newPage();
    await page.goto('/admin/attributes');
    await defineAttribute(page, 'Territory', 'Choice', ['North', 'South']);
    await defineAttribute(page, 'Employees', 'Whole number');
    await snapshot(page, testInfo, 'attributes');

    // The seeded Agent reads own clients: the agent manages these.
    // An English-speaking agent (the demo agents use Croatian and Czech).
    agentId = await createUser(page.request, AGENT, ['Agent']);
    await createClients(
      page,
      [
        { name: 'Sjever Mali d.o.o.', city: 'Zagreb', territory: 'north', employees: 20 },
        { name: 'Jug Veliki d.o.o.', city: 'Split', territory: 'south', employees: 90 },
        { name: 'Sjever Srednji d.o.o.', city: 'Varaždin', territory: 'north', employees: 75 },
      ],
      agentId,
    );
    await page.goto('/clients/new');
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Sjever Veliki d.o.o.');
    await page.getByRole('textbox', { name: 'City', exact: true }).fill('Osijek');
    await page.getByRole('combobox', { name: 'Territory' }).click();
    await page.getByRole('option', { name: 'North' }).click();
    await page.getByRole('textbox', { name: 'Employees', exact: true }).fill('120');
    await snapshot(page, testInfo, 'client-form');
    await page.getByRole('button', { name: 'Create client' }).click();
    await expect(page.getByRole('heading', { name: 'Sjever Veliki d.o.o.' })).toBeVisible();
    await snapshot(page, testInfo, 'client-detail');
    await manageBy(page, 'Sjever Veliki d.o.o.', agentId);
    await context.close();
  });

  test('an agent filters Territory = North AND Employees > 50, reorders columns, saves the view and exports it', async ({
    page,
  }, testInfo) => {
    await login(page, AGENT.email, AGENT.password);
    await expectHome(page, AGENT.name);
    await page.goto('/clients');
    // Other specs create clients too: the count is whatever the database holds.
    const all = await gql<{ clients: { totalCount: number } }>(page.request, '{ clients { totalCount } }');
    const total = all.clients.totalCount;
    await expect(page.getByRole('status').filter({ hasText: 'clients' })).toHaveText(`${total} clients`);

    await page.getByRole('button', { name: 'Filter' }).click();
    await page.getByRole('button', { name: 'Add condition' }).first().click();
    await page.getByRole('button', { name: 'Add condition' }).first().click();
    const conditions = page.getByRole('group', { name: 'Condition', exact: true });
    await conditions.nth(0).getByRole('combobox', { name: 'Field' }).selectOption({ label: 'Territory' });
    await conditions.nth(0).getByRole('combobox', { name: 'Operator' }).selectOption({ label: 'is' });
    await conditions.nth(0).getByRole('combobox', { name: 'Value' }).click();
    await page.getByRole('option', { name: 'North', exact: true }).click();
    await conditions.nth(1).getByRole('combobox', { name: 'Field' }).selectOption({ label: 'Employees' });
    await conditions.nth(1).getByRole('combobox', { name: 'Operator' }).selectOption({ label: 'greater than' });
    await conditions.nth(1).getByRole('spinbutton', { name: 'Value' }).fill('50');
    await page.getByRole('button', { name: 'Apply filter' }).click();
    const table = page.getByRole('table', { name: 'Clients' });
    await expect(page.getByRole('status').filter({ hasText: 'clients' })).toHaveText('2 clients');
    await expect(table.getByRole('link')).toHaveText(['Sjever Srednji d.o.o.', 'Sjever Veliki d.o.o.']);

    // Drag "Employees" to the top of the visible columns.
    await page.getByRole('button', { name: 'Columns' }).click();
    const handle = page.getByRole('button', { name: 'Move Employees' });
    const target = page.getByRole('button', { name: 'Move Name' });
    await dragByMouse(page, handle, target);
    await page.keyboard.press('Escape');
    await expect(table.getByRole('columnheader').first()).toHaveText(/^Employees/);
    const headers = await headerNames(table);
    await snapshot(page, testInfo, 'client-list-filtered');

    await page.getByRole('button', { name: 'Save view' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('View name').fill('North, 50+ employees');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(dialog).toBeHidden();

    await page.reload();
    await expect(page.getByRole('combobox', { name: 'View' })).toHaveValue(/North, 50\+ employees/);
    await expect(page.getByRole('status').filter({ hasText: 'clients' })).toHaveText('2 clients');
    await expect(table.getByRole('link')).toHaveText(['Sjever Srednji d.o.o.', 'Sjever Veliki d.o.o.']);
    expect(await headerNames(table)).toEqual(headers);
    await snapshot(page, testInfo, 'client-list-saved-view');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const file = await (await download).path();
    const lines = fs
      .readFileSync(file, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]!.split(',')).toEqual(headers);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^75,Sjever Srednji d\.o\.o\./);
  });
});

/** Column titles without the sort indicator. */
async function headerNames(table: ReturnType<Page['getByRole']>): Promise<string[]> {
  return (await table.getByRole('columnheader').allInnerTexts()).map((h) => h.replace(/[↕↑↓▲▼\d\s]+$/u, '').trim());
}

/** A real pointer drag (press, move in steps, release), as a user does it with the mouse. */
async function dragByMouse(page: Page, from: ReturnType<Page['getByRole']>, to: ReturnType<Page['getByRole']>) {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2 - 10, { steps: 5 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2 - 5, { steps: 20 });
  await page.mouse.up();
}
