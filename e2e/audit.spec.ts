// The audit trail in a real browser: an agent edits a client (through the API with their own session), an
// administrator opens the client and reads the Changes tab — who, which field with the form's label, before and after —
// then the Administration › Audit log filtered by that user. Screenshots in Polish, desktop and 390 px phone width.
import { expect, test } from '@playwright/test';
import { createUser, gql } from './fixtures/api.ts';
import { ADMIN_STATE, login, snapshot } from './fixtures/app.ts';

const run = Date.now();

test.describe('audit log', () => {
  test.describe.configure({ mode: 'serial' });
  test.use({ storageState: ADMIN_STATE });
  let clientId = '';
  const agent = { email: `audit-agent-${run}@example.com`, name: `Iva Agentić ${run}`, password: `Lozinka-${run}-x` };

  test('an administrator reads the Changes tab of a client another user edited', async ({ page, browser }) => {
    test.setTimeout(120_000);
    const agentId = await createUser(page.request, agent, ['Agent']);
    // The agent's own client: the seeded Agent edits the clients they manage (record visibility).
    const created = await gql<{ createClient: { id: string; version: number } }>(
      page.request,
      'mutation($input: CreateClientInput!) { createClient(input: $input) { id version } }',
      { input: { kind: 'LEGAL', name: `Audit d.o.o. ${run}`, city: 'Split', accountManagerId: agentId } },
    );
    clientId = created.createClient.id;

    const agentContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const agentPage = await agentContext.newPage();
    await login(agentPage, agent.email, agent.password);
    await expect(agentPage.getByRole('navigation').first()).toBeVisible();
    await gql(
      agentPage.request,
      'mutation($id: ID!, $v: Int!, $input: UpdateClientInput!) { updateClient(id: $id, version: $v, input: $input) { id } }',
      { id: clientId, v: created.createClient.version, input: { city: 'Zagreb', website: 'https://audit.example' } },
    );
    await agentContext.close();

    await page.goto(`/clients/${clientId}`);
    await page.getByRole('tab', { name: 'Changes' }).click();
    const panel = page.getByRole('tabpanel', { name: 'Changes' });
    const changes = panel.getByRole('table', { name: /^Changes of/ }).first();
    await expect(changes).toBeVisible();
    await expect(panel.getByText(agent.name)).toBeVisible();
    await expect(panel.getByText('in a session').first()).toBeVisible();
    await expect(changes.getByRole('row', { name: /City/ })).toContainText('Split');
    await expect(changes.getByRole('row', { name: /City/ })).toContainText('Zagreb');
    await expect(changes.getByRole('row', { name: /Website/ })).toContainText('https://audit.example');
    await expect(panel.getByText('Created')).toBeVisible();
  });

  test('the audit log and the Changes tab in Polish, desktop and phone', async ({ page, browser }, testInfo) => {
    test.setTimeout(120_000);
    const admin = { email: `audit-pl-${run}@example.com`, name: 'Piotr Audytor', password: `Haslo-${run}-x` };
    await createUser(page.request, { ...admin, locale: 'pl' }, ['Administrator']);
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const pl = await context.newPage();
    await login(pl, admin.email, admin.password);
    await expect(pl.getByRole('navigation').first()).toBeVisible();
    await pl.goto(`/clients/${clientId}?tab=changes`);
    await expect(pl.getByRole('tab', { name: 'Zmiany' })).toBeVisible();
    await expect(pl.getByRole('table', { name: /^Zmiany z/ }).first()).toContainText('Miejscowość');
    await snapshot(pl, testInfo, 'audit-changes-pl');
    await pl.setViewportSize({ width: 390, height: 844 });
    await snapshot(pl, testInfo, 'audit-changes-pl-phone');

    // The log filtered by the agent, loaded at each width (as a phone user would open it).
    for (const [width, name] of [
      [1280, 'audit-log-pl'],
      [390, 'audit-log-pl-phone'],
    ] as const) {
      await pl.setViewportSize({ width, height: 844 });
      await pl.goto('/admin/audit');
      await expect(pl.getByRole('heading', { name: 'Dziennik zmian' })).toBeVisible();
      await pl.getByRole('combobox', { name: 'Użytkownik' }).click();
      await pl.getByRole('option', { name: agent.name }).click();
      await expect(pl.getByRole('status').filter({ hasText: /^1 zmiana$/ })).toBeVisible();
      await snapshot(pl, testInfo, name);
    }
    await context.close();
  });
});
