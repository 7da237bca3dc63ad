// Automatic alarms in a real browser: an agent's offer request is moved 3 days into the past in the database (the
// clock, not a wait); the administrator then switches on the "offer request unanswered for 3 days" template, whose
// first window looks back 7 days; the background tick fires the rule; the agent and their manager see the bell count
// rise, and the agent opens the activity from the notification.
import { expect, test, type Browser } from '@playwright/test';
import { ADMIN_STATE, expectHome, login, snapshot } from './fixtures/app.ts';
import { createUser, gql, sql } from './fixtures/api.ts';

const run = Date.now();
const AGENT = { email: `offer.agent.${run}@veza.local`, password: 'offer-agent-pass', name: 'Olga Agent' };
const MANAGER = { email: `offer.manager.${run}@veza.local`, password: 'offer-manager-pass', name: 'Milan Manager' };
const SUBJECT = `Offer for 40 pallets ${run}`;

async function loggedIn(browser: Browser, who: { email: string; password: string; name: string }) {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await login(page, who.email, who.password);
  await expectHome(page, who.name);
  return { context, page };
}

test('an unanswered offer request alarms the agent and the manager, who open it from the bell', async ({
  browser,
}, testInfo) => {
  test.setTimeout(200_000);
  const admin = await browser.newContext({ storageState: ADMIN_STATE });
  const agentId = await createUser(admin.request, AGENT, ['Agent']);
  await createUser(admin.request, MANAGER, ['Manager']);
  // The administrator makes the manager the agent's manager in Administration › Users.
  const adminPage = await admin.newPage();
  await adminPage.goto('/admin/users');
  await adminPage.getByRole('searchbox', { name: 'Search users' }).fill(AGENT.email);
  await adminPage.getByRole('button', { name: `Edit ${AGENT.name}` }).click();
  const dialog = adminPage.getByRole('dialog');
  await dialog.getByRole('combobox', { name: /^Manager/ }).fill(MANAGER.name);
  await adminPage.getByRole('option', { name: MANAGER.name }).click();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(adminPage.getByText('User saved.')).toBeVisible();

  // The agent logs the client's offer request (through the API, as the activity form would).
  const { createClient } = await gql<{ createClient: { id: string } }>(
    admin.request,
    'mutation($input: CreateClientInput!) { createClient(input: $input) { id } }',
    // The seeded Agent reads own clients: the agent manages this one.
    { input: { kind: 'LEGAL', name: `Paleta d.o.o. ${run}`, city: 'Osijek', accountManagerId: agentId } },
  );
  const { context: agentContext, page } = await loggedIn(browser, AGENT);
  // Being made the client's account manager is a notice of its own (it arrives on its own): read it, so the rule's
  // alarm is the next one counted.
  await expect(page.getByRole('button', { name: 'Notifications: 1 unread' })).toBeVisible({ timeout: 60_000 });
  await gql(page.request, 'mutation { markNotificationsRead(all: true) }');
  await page.reload();
  const { dictionary } = await gql<{ dictionary: { id: string; key: string }[] }>(
    page.request,
    '{ dictionary(kind: ACTIVITY_TYPE) { id key } }',
  );
  const { createActivity } = await gql<{ createActivity: { id: string } }>(
    page.request,
    'mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }',
    {
      input: {
        clientId: createClient.id,
        typeId: dictionary.find((d) => d.key === 'offer_request')!.id,
        subject: SUBJECT,
        dueAt: new Date(Date.now() + 86_400_000).toISOString(),
      },
    },
  );
  await expect(page.getByRole('button', { name: 'Notifications: 0 unread' })).toBeVisible();

  // Three days pass: the request was made 3 days and an hour ago and is still not answered.
  await sql(`UPDATE activities SET created_at = created_at - interval '3 days 1 hour' WHERE subject = $1`, [SUBJECT]);

  // Only now does the administrator switch the template on in Administration › Automation. (Switched on first, a
  // tick between switching on and the backdating above would close the rule's window at a moment after the request's
  // shifted deadline: the clock moved for the request only, not for the rule.) Switching on looks back 7 days.
  await adminPage.goto('/admin/automation');
  const toggle = adminPage.getByRole('switch', { name: 'Rule “Offer request unanswered for 3 days” on' });
  await expect(toggle).not.toBeChecked();
  // Mantine draws the track over the (visually hidden) checkbox: click where the user clicks.
  await toggle.click({ force: true });
  await expect(adminPage.getByText('Rule “Offer request unanswered for 3 days” is on.')).toBeVisible();
  await expect(toggle).toBeChecked();
  await snapshot(adminPage, testInfo, 'automation-rules');
  await admin.close();

  // The background tick (every 15 s) fires the rule; the stream brings the count without a reload.
  const bell = page.getByRole('button', { name: 'Notifications: 1 unread' });
  await expect(bell).toBeVisible({ timeout: 120_000 });
  await bell.click();
  const alarm = page.getByRole('button', { name: `Offer request unanswered for 3 days: ${SUBJECT}` });
  await expect(alarm).toBeVisible();
  await snapshot(page, testInfo, 'automation-bell');
  await alarm.click();
  await expect(page).toHaveURL((url) => decodeURIComponent(url.pathname) === `/activities/${createActivity.id}`);
  await expect(page.getByText(SUBJECT).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Notifications: 0 unread' })).toBeVisible();
  await agentContext.close();

  const { context: managerContext, page: managerPage } = await loggedIn(browser, MANAGER);
  await expect(managerPage.getByRole('button', { name: 'Notifications: 1 unread' })).toBeVisible();
  await managerPage.getByRole('button', { name: 'Notifications: 1 unread' }).click();
  await expect(
    managerPage.getByRole('button', { name: `Offer request unanswered for 3 days: ${SUBJECT}` }),
  ).toBeVisible();
  await managerContext.close();
});
