// Call campaigns in a real browser: a manager generates campaigns for "city = Zagreb, not contacted in 30 days"
// across two agents; an agent logs a call on the first client of their list and sees the progress move.
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { createUser, gql } from './fixtures/api.ts';
import { ADMIN_STATE, login, snapshot } from './fixtures/app.ts';

const run = Date.now();
const MANAGER = {
  email: `campaign.manager.${run}@veza.local`,
  password: 'campaign-manager-pass',
  name: 'Marta Manager',
};
const AGENT_A = { email: `campaign.agent.a.${run}@veza.local`, password: 'campaign-agent-pass', name: 'Ema Agent' };
const AGENT_B = { email: `campaign.agent.b.${run}@veza.local`, password: 'campaign-agent-pass', name: 'Oto Agent' };

async function createClient(request: APIRequestContext, name: string, city: string): Promise<string> {
  const data = await gql<{ createClient: { id: string } }>(
    request,
    'mutation($input: CreateClientInput!) { createClient(input: $input) { id } }',
    { input: { kind: 'LEGAL', name, city, country: 'HR', roles: ['CUSTOMER'] } },
  );
  return data.createClient.id;
}

/** Records a call that happened `daysAgo` days ago: the client counts as contacted then. */
async function recordCall(request: APIRequestContext, clientId: string, daysAgo: number) {
  const { dictionary } = await gql<{ dictionary: { id: string; key: string }[] }>(
    request,
    '{ dictionary(kind: ACTIVITY_TYPE) { id key } }',
  );
  const call = dictionary.find((d) => d.key === 'call')!;
  const start = new Date(Date.now() - daysAgo * 86_400_000);
  await gql(request, 'mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }', {
    input: {
      clientId,
      typeId: call.id,
      subject: 'Earlier call',
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 15 * 60_000).toISOString(),
      status: 'DONE',
    },
  });
}

async function loggedIn(browser: Browser, user: typeof MANAGER): Promise<Page> {
  // Not the administrator's session the test's `use` would hand every new context.
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await login(page, user.email, user.password);
  await expect(page.getByRole('heading', { name: `Welcome, ${user.name}` })).toBeVisible();
  return page;
}

test.describe('call campaigns', () => {
  test.use({ storageState: ADMIN_STATE });

  test('a manager generates campaigns for two agents; an agent logs a call and the progress moves', async ({
    page,
    browser,
  }, testInfo) => {
    test.setTimeout(120_000);
    const api = page.request;
    await createUser(api, MANAGER, ['Manager']);
    await createUser(api, AGENT_A, ['Agent']);
    await createUser(api, AGENT_B, ['Agent']);
    // Other specs may have left clients in Zagreb: count on top of what is there.
    const zagreb = { field: { field: 'CITY', op: 'EQ', value: 'Zagreb' } };
    const before = async (filter: unknown) =>
      (
        await gql<{ clients: { totalCount: number } }>(
          api,
          'query($f: ClientFilter) { clients(filter: $f) { totalCount } }',
          { f: filter },
        )
      ).clients.totalCount;
    const inZagreb = await before(zagreb);
    const quietInZagreb = await before({ and: [zagreb, { notContactedInDays: 30 }] });
    // Four Zagreb clients not contacted for 30 days; one called last week and one in Split stay out.
    for (const name of ['Zagrebačka pekara', 'Adriatic Tools Zagreb', 'Bistro Maksimir', 'Dubrava Servis']) {
      await createClient(api, `${name} ${run}`, 'Zagreb');
    }
    const recent = await createClient(api, `Nedavno Zvani ${run}`, 'Zagreb');
    await recordCall(api, recent, 7);
    await createClient(api, `Splitska Riva ${run}`, 'Split');
    await recordCall(api, await createClient(api, `Stari Kontakt ${run}`, 'Zagreb'), 45);

    // The manager builds the filter; the live count follows it.
    const manager = await loggedIn(browser, MANAGER);
    await manager.goto('/campaigns/new');
    const clients = manager.getByRole('region', { name: 'Clients' });
    await clients.getByRole('button', { name: 'Add condition' }).last().click();
    const city = clients.getByRole('group', { name: 'Condition', exact: true }).nth(0);
    await city.getByRole('combobox', { name: 'Field' }).selectOption('field:CITY');
    await city.getByRole('textbox', { name: 'Value' }).fill('Zagreb');
    await expect(manager.getByTestId('generation-count')).toHaveAttribute('data-count', String(inZagreb + 6));
    await clients.getByRole('button', { name: 'Add condition' }).last().click();
    const quiet = clients.getByRole('group', { name: 'Condition', exact: true }).nth(1);
    await quiet.getByRole('combobox', { name: 'Field' }).selectOption('notContacted');
    await quiet.getByRole('spinbutton', { name: 'Value' }).fill('30');
    await clients.getByRole('button', { name: 'Apply filter' }).click();
    await expect(manager.getByTestId('generation-count')).toHaveAttribute('data-count', String(quietInZagreb + 5));

    const agents = manager.getByRole('combobox', { name: 'Agents' });
    await agents.click();
    await manager.getByRole('option', { name: AGENT_A.name }).click();
    await agents.click();
    await manager.getByRole('option', { name: AGENT_B.name }).click();
    await manager.keyboard.press('Escape');
    await manager.getByRole('radio', { name: 'Even split' }).check();
    const name = `Zagreb follow-up ${run}`;
    await manager.getByRole('textbox', { name: 'Name' }).fill(name);
    await snapshot(manager, testInfo, 'campaigns-wizard');
    await manager.getByRole('button', { name: 'Create campaigns' }).click();
    await expect(manager).toHaveURL(/\/campaigns\?generation=/);
    const rows = manager.getByRole('row').filter({ hasText: name });
    await expect(rows).toHaveCount(2);
    // Even split: sizes differ by at most one, every client once.
    const attrs = (locator: typeof rows, attr: string) =>
      locator
        .getByTestId('campaign-progress')
        .evaluateAll((els, a) => els.map((e) => Number(e.getAttribute(a))).sort(), attr);
    const matched = quietInZagreb + 5;
    const even = [Math.floor(matched / 2), Math.ceil(matched / 2)];
    await expect.poll(() => attrs(rows, 'data-total')).toEqual(even);
    await snapshot(manager, testInfo, 'campaigns-list');

    // The first agent works their list: log the call, record its result, and the progress moves.
    const agent = await loggedIn(browser, AGENT_A);
    await agent.goto('/my-campaigns');
    const progress = agent.getByTestId('campaign-progress').first();
    const total = Number(await progress.getAttribute('data-total'));
    expect(total).toBeGreaterThanOrEqual(2);
    await expect(progress).toHaveAttribute('data-finished', '0');
    await agent.getByRole('link', { name: new RegExp(`Start calling: ${name}`) }).click();
    const next = agent.getByRole('region', { name: 'Next client to call' });
    await expect(next).toContainText(String(run));
    await agent.getByRole('button', { name: 'Log call' }).click();
    const form = agent.getByRole('dialog', { name: 'New activity' });
    await expect(form.getByRole('textbox', { name: 'Subject' })).not.toHaveValue('');
    await form.getByTestId('activity-save').click();
    const close = agent.getByRole('dialog', { name: 'Mark activity done' });
    await close.getByRole('combobox', { name: 'Result' }).click();
    await agent.getByRole('option').first().click();
    await close.getByRole('textbox', { name: 'Work time (minutes)' }).fill('12');
    await close.getByTestId('activity-close-submit').click();
    await expect(close).toBeHidden();
    await expect(agent.getByTestId('campaign-progress').first()).toHaveAttribute('data-finished', '1');
    await snapshot(agent, testInfo, 'campaigns-agent-work');

    // The manager's list shows the call too.
    await manager.reload();
    await expect.poll(() => attrs(manager.getByRole('row').filter({ hasText: name }), 'data-finished')).toEqual([0, 1]);
  });
});
