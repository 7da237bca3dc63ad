// Activities and the calendar in a real browser: drag 10:00–11:30 on a weekday in the week view, save, reload,
// drag the event to another day, see it on the home screen in orange, then past its time in red, close it with
// work time, and find it in the client's history.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { createUser, gql } from './fixtures/api.ts';
import { ADMIN_STATE, expectHome, login, snapshot } from './fixtures/app.ts';

const run = Date.now();
const AGENT = { email: `calendar.agent.${run}@veza.local`, password: 'calendar-agent-pass', name: 'Klara Agent' };
const CLIENT = `Kovač Trgovina ${run}`;
const SUBJECT = `Presentation of the spring offer ${run}`;
const ZONE = 'Europe/Zagreb'; // the agent's time zone (the default for new users); the browser runs in UTC

/** YYYY-MM-DD of an instant in the agent's time zone. */
function dayIn(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, dateStyle: 'short' }).format(instant);
}

function addDays(day: string, days: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** A YYYY-MM-DD day as the English UI's date fields show it ("8 Dec 2026"). */
const shownDay = (day: string) => {
  const [y, m, d] = day.split('-').map(Number);
  return `${d} ${MONTHS[m! - 1]} ${y}`;
};
const weekday = (day: string) => new Date(`${day}T12:00:00Z`).getUTCDay(); // 0 Sunday … 6 Saturday

/** Wall-clock time in the agent's zone of an ISO instant, e.g. "2026-11-24 10:00". */
function wallClock(iso: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

/** Week view showing `day` (the week starts on Monday; moves forward only, the day is never in the past). */
async function showDay(page: Page, day: string) {
  await page.getByText('Week', { exact: true }).click();
  const lane = page.locator(`.veza-day-lane[data-date="${day}"]`);
  for (let i = 0; i < 2 && !(await lane.isVisible()); i++) {
    await page.getByRole('button', { name: 'Next week' }).click();
  }
  await expect(lane).toBeVisible();
}

async function dragSelect(page: Page, day: string, from: string, to: string) {
  const slotFrom = page.locator(`.veza-slot-lane[data-time="${from}:00"]`);
  await slotFrom.scrollIntoViewIfNeeded();
  const col = (await page.locator(`.veza-day-lane[data-date="${day}"]`).boundingBox())!;
  const start = (await slotFrom.boundingBox())!;
  // Released just above the slot that starts at `to` (inside the last 15-minute snap before it).
  const lastSlot = (await page.locator(`.veza-slot-lane[data-time="${to}:00"]`).boundingBox())!;
  const x = col.x + col.width / 2;
  await page.mouse.move(x, start.y + 4);
  await page.mouse.down();
  await page.mouse.move(x, lastSlot.y - 4, { steps: 10 });
  await page.mouse.up();
}

async function dragEventToDay(page: Page, subject: string, day: string) {
  const event = page.locator('.veza-event', { hasText: subject });
  const box = (await event.boundingBox())!;
  const target = (await page.locator(`.veza-day-lane[data-date="${day}"]`).boundingBox())!;
  // Grab the event in the middle of a 15-minute snap (10:52), not on a snap border, so only the day changes.
  const slot = (await page.locator('.veza-slot-lane[data-time="10:30:00"]').boundingBox())!;
  const y = slot.y + slot.height * 0.75;
  await page.mouse.move(box.x + box.width / 2, y);
  await page.mouse.down();
  await page.mouse.move(target.x + target.width / 2, y, { steps: 20 });
  await page.mouse.up();
}

async function findActivity(request: APIRequestContext) {
  const data = await gql<{
    activities: { edges: { node: { id: string; startsAt: string; endsAt: string; status: string } }[] };
  }>(request, 'query($f: ActivityFilter) { activities(filter: $f) { edges { node { id startsAt endsAt status } } } }', {
    f: { text: SUBJECT },
  });
  expect(data.activities.edges).toHaveLength(1);
  return data.activities.edges[0]!.node;
}

test('an agent plans a meeting by dragging in the calendar, moves it, sees it on the home screen and closes it', async ({
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const admin = await browser.newContext({ storageState: ADMIN_STATE });
  const agentId = await createUser(admin.request, AGENT, ['Agent']);
  // The seeded Agent reads own clients: the agent manages this one.
  const { createClient } = await gql<{ createClient: { id: string } }>(
    admin.request,
    'mutation($input: CreateClientInput!) { createClient(input: $input) { id } }',
    { input: { kind: 'LEGAL', name: CLIENT, city: 'Varaždin', accountManagerId: agentId } },
  );
  await admin.close();

  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await login(page, AGENT.email, AGENT.password);
  await expectHome(page, AGENT.name);

  // The next weekday after today, and the day after it (both ahead, both in the same Monday–Sunday week).
  const today = dayIn(new Date());
  let planned = addDays(today, 1);
  while (weekday(planned) === 0 || weekday(planned) === 6) planned = addDays(planned, 1);
  const movedTo = addDays(planned, 1);

  // Drag 10:00–11:30: the form opens with that range and the agent as the assigned user.
  await page.getByRole('link', { name: 'Calendar' }).click();
  await showDay(page, planned);
  await dragSelect(page, planned, '10:00', '11:30');
  const form = page.getByRole('dialog', { name: 'New activity' });
  // The app's own date-time fields (not the browser's): the day as the English UI writes it, a 24-hour time.
  await expect(form.getByRole('textbox', { name: 'Start' })).toHaveValue(`${shownDay(planned)}, 10:00`);
  await expect(form.getByRole('textbox', { name: 'End' })).toHaveValue(`${shownDay(planned)}, 11:30`);
  await expect(form.getByRole('combobox', { name: 'Assigned to' })).toHaveValue(AGENT.name);
  // The client picker offers clients before anything is typed, then searches.
  await form.getByRole('combobox', { name: 'Client' }).click();
  await expect(page.getByRole('option').first()).toBeVisible();
  await form.getByRole('combobox', { name: 'Client' }).fill(`Kovač Trgovina ${run}`);
  await page.getByRole('option', { name: new RegExp(CLIENT) }).click();
  await form.getByRole('textbox', { name: 'Subject' }).fill(SUBJECT);
  await form.getByTestId('activity-save').click();
  await expect(form).toBeHidden();
  await expect(page.locator('.veza-event', { hasText: SUBJECT })).toBeVisible();
  // The first type, Call, is preselected; its icon shows on the event.
  await expect(page.locator('.veza-event', { hasText: SUBJECT }).locator('[data-icon="phone"]')).toBeVisible();

  // It is stored: still there after a reload, 10:00–11:30 in the agent's time zone.
  await page.reload();
  await showDay(page, planned);
  await expect(page.locator('.veza-event', { hasText: SUBJECT })).toBeVisible();
  let stored = await findActivity(context.request);
  expect([wallClock(stored.startsAt), wallClock(stored.endsAt)]).toEqual([`${planned} 10:00`, `${planned} 11:30`]);
  await snapshot(page, testInfo, 'calendar-week');

  // Dragged to the next day: same time, saved with a version check, still there after a reload.
  await dragEventToDay(page, SUBJECT, movedTo);
  await expect.poll(async () => wallClock((await findActivity(context.request)).startsAt)).toBe(`${movedTo} 10:00`);
  stored = await findActivity(context.request);
  expect(wallClock(stored.endsAt)).toBe(`${movedTo} 11:30`);
  await page.reload();
  await showDay(page, movedTo);
  await expect(page.locator('.veza-event', { hasText: SUBJECT })).toBeVisible();

  // Home screen: planned and ahead, so orange.
  await page.getByRole('link', { name: 'Home' }).click();
  const upcoming = page.getByTestId('agenda-upcoming').getByTestId('activity-card').filter({ hasText: SUBJECT });
  await expect(upcoming).toHaveAttribute('data-tone', 'planned');
  await expect(upcoming.locator('[data-icon="phone"]')).toBeVisible();
  await expect(upcoming).toHaveCSS('border-left-color', /rgb\(2\d\d, 1\d\d, \d+\)/); // orange
  await snapshot(page, testInfo, 'home-planned');

  // Past its time (moved to yesterday in the form): red, among the overdue.
  await upcoming.getByRole('button', { name: 'Open' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit activity' });
  const yesterday = addDays(today, -1);
  // Typed as a user does, the way the field shows it (day first, 24-hour time), and stored in the agent's zone.
  await edit.getByRole('textbox', { name: 'Start' }).fill(`${shownDay(yesterday)}, 10:00`);
  await edit.getByRole('textbox', { name: 'End' }).fill(`${shownDay(yesterday)} 11:30`);
  await expect(edit.getByRole('textbox', { name: 'Start' })).toHaveValue(`${shownDay(yesterday)}, 10:00`);
  await edit.getByTestId('activity-save').click();
  await expect(edit).toBeHidden();
  const edited = await findActivity(context.request);
  expect([wallClock(edited.startsAt), wallClock(edited.endsAt)]).toEqual([`${yesterday} 10:00`, `${yesterday} 11:30`]);
  const overdue = page.getByTestId('agenda-overdue').getByTestId('activity-card').filter({ hasText: SUBJECT });
  await expect(overdue).toHaveAttribute('data-tone', 'overdue');
  await expect(overdue).toHaveCSS('border-left-color', /rgb\(2\d\d, \d{1,2}, \d{1,2}\)/); // red
  await snapshot(page, testInfo, 'home-overdue');

  // Closed with work time.
  await overdue.getByRole('button', { name: 'Mark done' }).click();
  const close = page.getByRole('dialog', { name: 'Mark activity done' });
  await close.getByRole('textbox', { name: 'Work time (minutes)' }).fill('45');
  await close.getByTestId('activity-close-submit').click();
  await expect(close).toBeHidden();
  await expect(overdue).toBeHidden();
  expect((await findActivity(context.request)).status).toBe('DONE');

  // The client's history shows it, done.
  await page.goto(`/clients/${createClient.id}?tab=history`);
  const history = page.getByTestId('client-history').getByTestId('activity-card').filter({ hasText: SUBJECT });
  await expect(history).toHaveAttribute('data-tone', 'done');
  await expect(history).toContainText('45');
  await snapshot(page, testInfo, 'client-history');
  await context.close();
});
