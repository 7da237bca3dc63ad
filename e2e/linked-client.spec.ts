// An opportunity the seeded Agent may read (opportunities ALL) of a client they may not (clients OWN): the board card,
// the list and the opportunity page show the client's name as plain text — no link, none of its other fields — in
// Polish, at desktop and phone size (screenshots).
import { expect, test } from '@playwright/test';
import { createUser, gql } from './fixtures/api.ts';
import { ADMIN_STATE, login, snapshot } from './fixtures/app.ts';

const run = Date.now();

test.describe('a linked client outside the agent’s scope', () => {
  test.use({ storageState: ADMIN_STATE });

  test('shows as a name without a link on the board, the list and the opportunity page', async ({
    page,
    browser,
  }, testInfo) => {
    test.setTimeout(180_000);
    const request = page.request;
    const clientName = `Hurtownia Obca ${run}`;
    const { createClient: client } = await gql<{ createClient: { id: string } }>(
      request,
      'mutation($input: CreateClientInput!) { createClient(input: $input) { id } }',
      { input: { kind: 'LEGAL', name: clientName, city: 'Kraków', country: 'PL' } },
    );
    const { createOpportunity: deal } = await gql<{ createOpportunity: { id: string } }>(
      request,
      'mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }',
      { input: { name: `Flota ${run}`, clientId: client.id, amount: '5000', currency: 'PLN' } },
    );
    const agent = { email: `agent-obcy-${run}@example.com`, name: 'Anna Agentka', password: `Haslo-${run}-x` };
    await createUser(request, { ...agent, locale: 'pl' }, ['Agent']);

    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const pl = await context.newPage();
    await login(pl, agent.email, agent.password);
    await expect(pl.getByRole('navigation').first()).toBeVisible();

    // The client itself is not the agent's: by URL it is not found.
    const answer = await gql<{ opportunity: { client: unknown; clientName: string } }>(
      pl.request,
      'query($id: ID!) { opportunity(id: $id) { client { id city } clientName } }',
      { id: deal.id },
    );
    expect(answer.opportunity).toEqual({ client: null, clientName });

    await pl.goto(`/opportunities/${deal.id}`);
    await expect(pl.getByRole('heading', { name: `Flota ${run}` })).toBeVisible();
    await expect(pl.getByText(clientName).first()).toBeVisible();
    await expect(pl.getByRole('link', { name: clientName })).toHaveCount(0);
    await snapshot(pl, testInfo, 'linked-client-opportunity-pl');
    await pl.setViewportSize({ width: 390, height: 844 });
    await snapshot(pl, testInfo, 'linked-client-opportunity-pl-phone');

    await pl.goto('/opportunities');
    const card = pl.getByRole('group', { name: `Flota ${run}, ${clientName}` });
    await expect(card).toBeVisible();
    await expect(card.getByRole('link', { name: clientName })).toHaveCount(0);
    await snapshot(pl, testInfo, 'linked-client-board-pl-phone');
    await context.close();
  });
});
