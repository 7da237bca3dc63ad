// A report cell opens exactly its records (the demo manager's UI is Polish): the count of a detail row and the grand
// total of "Activities per agent" each open the activity list showing the same number, and the total of "Time to
// deal" opens the opportunity list with the same number.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { gql } from './fixtures/api.ts';
import { login } from './fixtures/app.ts';

const MANAGER = { email: 'manager@veza.local', password: 'veza-manager-demo' };

async function loggedIn(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await login(page, MANAGER.email, MANAGER.password);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return page;
}

/** A client with two done calls and a won deal of the logged-in manager. */
async function seedRecords(page: Page, name: string) {
  const { createClient } = await gql<{ createClient: { id: string } }>(
    page.request,
    'mutation($input: CreateClientInput!) { createClient(input: $input) { id } }',
    { input: { kind: 'LEGAL', name } },
  );
  const { dictionary } = await gql<{ dictionary: { id: string; key: string }[] }>(
    page.request,
    '{ dictionary(kind: ACTIVITY_TYPE) { id key } }',
  );
  const typeId = dictionary.find((t) => t.key === 'call')!.id;
  for (const hours of [2, 30])
    await gql(page.request, 'mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }', {
      input: {
        clientId: createClient.id,
        typeId,
        subject: `${name} call ${hours}`,
        status: 'DONE',
        startsAt: new Date(Date.now() - hours * 3_600_000).toISOString(),
      },
    });
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

async function openReady(page: Page, name: string) {
  await page.goto('/reports');
  await page.getByRole('combobox', { name: 'Raport', exact: true }).click();
  await page.getByRole('option', { name }).click();
  return page.getByRole('table', { name: 'Tabela raportu' });
}

const digits = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));

test('report cells open the list of exactly their records, with the same count', async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await loggedIn(browser);
  await seedRecords(page, `Drill ${Date.now()}`);
  let table = await openReady(page, 'Działania według handlowców');
  // The first detail row's count (the first measure, after the two group columns).
  const detail = table.getByRole('row').nth(1).getByRole('cell').nth(2).getByRole('link');
  const detailCount = digits(await detail.textContent());
  expect(detailCount).toBeGreaterThan(0);
  await detail.click();
  await expect(page).toHaveURL(/\/activities\?filter=/);
  await expect(page.getByText(`${detailCount} aktywno`, { exact: false })).toBeVisible();
  await expect(page.getByText('Filtr z raportu', { exact: false })).toBeVisible();

  table = await openReady(page, 'Działania według handlowców');
  const total = table.getByRole('row').last().getByRole('cell').nth(2).getByRole('link');
  const totalCount = digits(await total.textContent());
  expect(totalCount).toBeGreaterThanOrEqual(detailCount);
  await total.click();
  await expect(page).toHaveURL(/\/activities\?filter=/);
  await expect(page.getByText(`${totalCount} aktywno`, { exact: false })).toBeVisible();

  table = await openReady(page, 'Czas do zawarcia umowy');
  const won = table.getByRole('row').last().getByRole('cell').nth(1).getByRole('link');
  const wonCount = digits(await won.textContent());
  await won.click();
  await expect(page).toHaveURL(/\/opportunities\/list\?filter=/);
  await expect(page.getByText(new RegExp(`^${wonCount} szans`))).toBeVisible();
});

test('a campaign report cell opens the campaign items it counted, on a desktop and on a phone', async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await loggedIn(browser);
  const name = `Drill campaign ${Date.now()}`;
  const { me } = await gql<{ me: { user: { id: string } } }>(page.request, '{ me { user { id } } }');
  const clientIds: string[] = [];
  for (const n of [1, 2, 3]) {
    const { createClient } = await gql<{ createClient: { id: string } }>(
      page.request,
      'mutation($input: CreateClientInput!) { createClient(input: $input) { id } }',
      { input: { kind: 'LEGAL', name: `${name} ${n}` } },
    );
    clientIds.push(createClient.id);
  }
  await gql(page.request, 'mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }', {
    input: { name, agentId: me.user.id, clientIds },
  });
  const table = await openReady(page, 'Kampanie');
  const row = table.getByRole('row').filter({ hasText: name });
  const count = row.getByRole('cell').nth(1).getByRole('link');
  await expect(count).toHaveText('3');
  await count.click();
  await expect(page).toHaveURL(/\/campaign-items\?filter=/);
  await expect(page.getByText('3 z 3 pozycji')).toBeVisible();
  await expect(page.getByText('Filtr z raportu', { exact: false })).toBeVisible();
  await expect(page.getByRole('link', { name: `${name} 2` })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('campaign-items-desktop.png'), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: test.info().outputPath('campaign-items-phone.png'), fullPage: true });

  await openReady(page, 'Kampanie');
  const total = page.getByRole('table', { name: 'Tabela raportu' }).getByRole('row').last().getByRole('cell').nth(1);
  const totalCount = digits(await total.textContent());
  await total.getByRole('link').click();
  await expect(page).toHaveURL(/\/campaign-items\?filter=/);
  await expect(page.getByText(` z ${new Intl.NumberFormat('pl').format(totalCount)} pozycji`)).toBeVisible();
});
