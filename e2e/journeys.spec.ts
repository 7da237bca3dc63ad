// The main journeys of an agent — log in, home, client list → detail, log a call, plan in the calendar, mark done —
// run by two projects: `chromium` (1280 px desktop) and `phone` (390 × 844 with touch, see playwright.config.ts).
// On the phone they also check the layout: nothing wider than the screen, the agenda card's "mark done" button never
// over its text (in Polish, the longest labels), dialogs full-screen with their buttons at the bottom edge, the
// calendar on the day view with tap-to-create. Screenshots: test-results/e2e/screenshots/<project>-<page>.png.
import { expect, test, type APIRequestContext, type Locator, type Page, type TestInfo } from '@playwright/test';
import { createUser, gql } from './fixtures/api.ts';
import { ADMIN_STATE, expectHome, login, snapshot } from './fixtures/app.ts';

const run = `${Date.now()}`;

const isPhone = (testInfo: TestInfo) => testInfo.project.name === 'phone';
const shot = (page: Page, testInfo: TestInfo, name: string) =>
  snapshot(page, testInfo, `${testInfo.project.name}-${name}`);

/** The page scrolls only vertically: no element pushes the layout wider than the screen. */
async function expectNoSideways(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  expect(b, 'element has a box').not.toBeNull();
  return b!;
}

function overlaps(a: { x: number; y: number; width: number; height: number }, b: typeof a) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The agenda card keeps time, subject and client readable, "mark done" off them (on a phone below them, wide). */
async function expectReadableCard(card: Locator, doneName: string, phone: boolean) {
  const when = await box(card.getByTestId('activity-when'));
  const done = await box(card.getByRole('button', { name: doneName }));
  const subject = await box(card.getByRole('button').first());
  expect(overlaps(when, done)).toBe(false);
  expect(overlaps(subject, done)).toBe(false);
  expect(when.height).toBeLessThan(30); // the time on one line
  expect(subject.width).toBeGreaterThan(200); // not squeezed into a column
  if (phone) expect(done.height).toBeGreaterThanOrEqual(40); // a thumb-sized target
  // The state badge is shown whole, not cut to "PLA…".
  const badge = card.locator('.mantine-Badge-label').first();
  expect(await badge.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
}

/** Full-screen on the phone, with its main button within thumb reach at the bottom edge. */
async function expectDialogLayout(page: Page, dialog: Locator, submit: Locator, phone: boolean) {
  const viewport = page.viewportSize()!;
  const d = await box(dialog);
  if (!phone) {
    expect(d.width).toBeLessThan(viewport.width);
    return;
  }
  expect(d.width).toBeGreaterThanOrEqual(viewport.width - 1);
  const s = await box(submit);
  expect(s.height).toBeGreaterThanOrEqual(40);
  expect(viewport.height - (s.y + s.height)).toBeLessThan(100);
}

async function navigate(page: Page, phone: boolean, name: string) {
  if (phone) await page.getByRole('button', { name: 'Show or hide navigation' }).click();
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name }).click();
}

async function setUp(request: APIRequestContext) {
  const email = `journey.${run}@veza.local`;
  const agentId = await createUser(
    request,
    { email, name: 'Marta Terenska', password: 'journey-agent-pass', locale: 'en' },
    ['Agent'],
  );
  const client = `Zdrowa Żywność sp. z o.o. ${run}`;
  const { createClient } = await gql<{ createClient: { id: string } }>(
    request,
    'mutation($input: CreateClientInput!) { createClient(input: $input) { id } }',
    {
      input: {
        kind: 'LEGAL',
        name: client,
        street: 'ul. Piotrkowska 104',
        postalCode: '90-926',
        city: 'Łódź',
        country: 'PL',
        phones: ['+48 42 638 43 00'],
        emails: [`biuro.${run}@zdrowa.example`],
        // The seeded Agent reads own clients: the agent manages this one.
        accountManagerId: agentId,
      },
    },
  );
  return { email, password: 'journey-agent-pass', name: 'Marta Terenska', client, clientId: createClient.id };
}

/**
 * The hour to plan at today: 10:00, or 15:00 when the call logged just before (at "now", in the agent's zone) would
 * lie on 10:00 — a tap or drag there would open that call instead of a new activity.
 */
function freeHour(): number {
  const now = Number(
    new Intl.DateTimeFormat('en', { timeZone: 'Europe/Zagreb', hour: 'numeric', hourCycle: 'h23' }).format(new Date()),
  );
  return now >= 8 && now <= 11 ? 15 : 10;
}

/** Today's free hour (10:00 or 15:00): tapped on the phone's day view, dragged an hour on the desktop's. */
async function createFromCalendar(page: Page, phone: boolean) {
  const hour = freeHour();
  const at = (h: number) => `${String(h).padStart(2, '0')}:00:00`;
  const calendar = page.locator('.veza-calendar');
  if (phone) await expect(calendar).toHaveAttribute('data-view', 'timeGridDay');
  else await page.getByText('Day', { exact: true }).click();
  await expect(calendar).toHaveAttribute('data-view', 'timeGridDay');
  const slot = page.locator(`.veza-slot-lane[data-time="${at(hour)}"]`);
  await slot.scrollIntoViewIfNeeded();
  const lane = await box(page.locator('.veza-day-lane').first());
  const start = await box(slot);
  const x = lane.x + lane.width / 2;
  if (phone) {
    await page.touchscreen.tap(x, start.y + start.height / 2);
    return;
  }
  const end = await box(page.locator(`.veza-slot-lane[data-time="${at(hour + 1)}"]`));
  await page.mouse.move(x, start.y + 4);
  await page.mouse.down();
  await page.mouse.move(x, end.y - 4, { steps: 8 });
  await page.mouse.up();
}

test('an agent signs in, finds a client, logs a call, plans in the calendar and marks it done', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(150_000);
  const phone = isPhone(testInfo);
  const admin = await browser.newContext({ storageState: ADMIN_STATE });
  const agent = await setUp(admin.request);
  await admin.close();

  // Log in and home.
  await page.goto('/login');
  await expectNoSideways(page);
  await shot(page, testInfo, 'login');
  await login(page, agent.email, agent.password);
  await expectHome(page, agent.name);
  await expectNoSideways(page);
  await shot(page, testInfo, 'home-empty');

  // Client list → detail: on the phone a card with one-tap call, e-mail and map links.
  await navigate(page, phone, 'Clients');
  await page.getByRole('searchbox', { name: 'Search clients' }).fill(agent.client);
  if (phone) {
    const card = page.getByTestId('client-card').filter({ hasText: agent.client });
    await expect(card.getByRole('link', { name: 'Call +48 42 638 43 00' })).toHaveAttribute('href', 'tel:+48426384300');
    await expect(card.getByRole('link', { name: 'Write an e-mail' })).toHaveAttribute('href', /^mailto:biuro\./);
    await expect(card.getByRole('link', { name: 'Map' })).toHaveAttribute('href', /Piotrkowska/);
  } else {
    await expect(page.getByRole('table', { name: 'Clients' }).getByRole('link', { name: agent.client })).toBeVisible();
  }
  await expectNoSideways(page);
  await shot(page, testInfo, 'clients');
  await page.getByRole('link', { name: agent.client }).click();
  await expect(page.getByRole('heading', { name: agent.client })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Show on the map' })).toHaveAttribute('href', /Piotrkowska.*Poland/);
  await expect(page.getByRole('link', { name: '+48 42 638 43 00' })).toHaveAttribute('href', 'tel:+48426384300');
  await expectNoSideways(page);
  await shot(page, testInfo, 'client-detail');

  // Log a call: the history's "Log contact" opens the activity form (full-screen on the phone).
  await page.getByRole('tab', { name: 'History' }).click();
  await page.getByRole('button', { name: 'Log contact' }).click();
  const logForm = page.getByRole('dialog', { name: 'New activity' });
  await logForm.getByRole('textbox', { name: 'Subject' }).fill(`Order follow-up ${run}`);
  await expectDialogLayout(page, logForm, logForm.getByTestId('activity-save'), phone);
  await shot(page, testInfo, 'log-call');
  await logForm.getByTestId('activity-save').click();
  await expect(logForm).toBeHidden();
  const logged = page.getByTestId('client-history').getByTestId('activity-card').filter({ hasText: `Order follow-up` });
  await expect(logged).toHaveAttribute('data-tone', 'done');

  // Calendar: a tap (phone) or a drag (desktop) on a free hour today opens the form with that time.
  await navigate(page, phone, 'Calendar');
  await createFromCalendar(page, phone);
  const planForm = page.getByRole('dialog', { name: 'New activity' });
  await expect(planForm).toBeVisible();
  if (phone) await planForm.getByRole('combobox', { name: 'Client' }).tap();
  await planForm.getByRole('combobox', { name: 'Client' }).fill(agent.client);
  await page.getByRole('option', { name: new RegExp(agent.client) }).click();
  const subject = `Tasting of the spring range ${run}`;
  await planForm.getByRole('textbox', { name: 'Subject' }).fill(subject);
  await expectDialogLayout(page, planForm, planForm.getByTestId('activity-save'), phone);
  await planForm.getByTestId('activity-save').click();
  await expect(planForm).toBeHidden();
  await expect(page.locator('.veza-event', { hasText: subject })).toBeVisible();
  await expectNoSideways(page);
  await shot(page, testInfo, 'calendar');

  // Home: the card reads well; "Mark done" opens the close dialog with its buttons at the bottom.
  await navigate(page, phone, 'Home');
  const card = page.getByTestId('activity-card').filter({ hasText: subject });
  await expect(card).toBeVisible();
  await expectReadableCard(card, 'Mark done', phone);
  await expectNoSideways(page);
  await shot(page, testInfo, 'home');
  await card.getByRole('button', { name: 'Mark done' }).click();
  const close = page.getByRole('dialog', { name: 'Mark activity done' });
  await close.getByRole('textbox', { name: 'Work time (minutes)' }).fill('30');
  await expectDialogLayout(page, close, close.getByTestId('activity-close-submit'), phone);
  await shot(page, testInfo, 'close-dialog');
  await close.getByTestId('activity-close-submit').click();
  await expect(close).toBeHidden();
  await expect(card).toBeHidden();

  // In Polish (the longest labels) the card still keeps "Oznacz jako wykonane" off the time and the subject.
  await gql(page.request, 'mutation { updateMyPreferences(input: { locale: pl }) { user { id } } }');
  const { dictionary } = await gql<{ dictionary: { id: string; key: string }[] }>(
    page.request,
    '{ dictionary(kind: ACTIVITY_TYPE) { id key } }',
  );
  await gql(page.request, 'mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }', {
    input: {
      clientId: agent.clientId,
      typeId: dictionary[0]!.id,
      subject: `Prezentacja nowej oferty ${run}`,
      startsAt: new Date(Date.now() + 2 * 3600_000).toISOString(),
      endsAt: new Date(Date.now() + 3 * 3600_000).toISOString(),
    },
  });
  await page.goto('/');
  const polish = page.getByTestId('activity-card').filter({ hasText: 'Prezentacja nowej oferty' });
  await expect(polish).toBeVisible();
  await expectReadableCard(polish, 'Oznacz jako wykonane', phone);
  await expectNoSideways(page);
  await shot(page, testInfo, 'home-pl');
  await page.goto('/clients');
  await expectNoSideways(page);
  await shot(page, testInfo, 'clients-pl');
  // The activity list: on the phone the agenda's cards, one column; on a desktop the table.
  await page.goto('/activities');
  const listed = phone
    ? page.getByTestId('activity-card').filter({ hasText: 'Prezentacja nowej oferty' })
    : page.getByTestId('activity-row').filter({ hasText: 'Prezentacja nowej oferty' });
  await expect(listed).toBeVisible();
  if (phone) await expect(page.getByRole('table')).toHaveCount(0);
  await expectNoSideways(page);
  await shot(page, testInfo, 'activities-pl');
});
