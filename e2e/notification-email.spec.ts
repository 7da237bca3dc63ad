// E-mail in notifications and rules, in Polish, at desktop width and on a 390 px phone: a notification the user chose
// to get by e-mail shows where its e-mail stands in the list; an administrator builds a rule whose action sends an
// e-mail template picked by name.
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { ADMIN_STATE, login, snapshot } from './fixtures/app.ts';
import { createUser, gql, sql } from './fixtures/api.ts';

const run = Date.now();
const USER = { email: `pl.admin.${run}@veza.local`, password: 'pl-admin-pass-1', name: 'Paulina Administratorka' };
const TEMPLATE = `Powitanie ${run}`;

async function bothWidths(page: Page, testInfo: TestInfo, name: string) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await snapshot(page, testInfo, `${name}-desktop`);
  await page.setViewportSize({ width: 390, height: 844 });
  await snapshot(page, testInfo, `${name}-phone`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('a Polish admin sees a notification’s e-mail state and picks an e-mail template in a rule', async ({
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const admin = await browser.newContext({ storageState: ADMIN_STATE });
  await createUser(admin.request, { ...USER, locale: 'pl' }, ['Administrator']);
  await gql(admin.request, 'mutation($input: EmailTemplateInput!) { createEmailTemplate(input: $input) { id } }', {
    input: { name: TEMPLATE, language: 'pl', subject: 'Witamy', bodyHtml: '<p>{{salutation}},</p><p>witamy.</p>' },
  });
  await admin.close();

  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await login(page, USER.email, USER.password);
  await expect(page.getByRole('heading', { name: `Witaj, ${USER.name}` })).toBeVisible();
  // The user wants finished imports by e-mail; one such notification waits for the e-mail sweep.
  await gql(
    page.request,
    'mutation { updateNotificationSettings(input: { kinds: [{ kind: IMPORT_FINISHED, channel: EMAIL }] }) { reminderMinutes } }',
  );
  await sql(
    `WITH n AS (INSERT INTO notifications (id, recipient_id, kind, text, link)
       SELECT gen_random_uuid(), id, 'IMPORT_FINISHED', 'Import „klienci.xlsx” zakończony: 120', '/imports'
       FROM users WHERE email = $1 RETURNING id)
     INSERT INTO system_mails (id, notification_id) SELECT gen_random_uuid(), id FROM n`,
    [USER.email],
  );
  await page.goto('/notifications');
  const item = page.getByRole('button', { name: 'Import „klienci.xlsx” zakończony: 120' });
  await expect(item).toBeVisible();
  await expect(item.getByText('Czeka na wysłanie e-mailem')).toBeVisible();
  // The sweep runs every 10 s: the e-mail is sent, fails (no SMTP settings) or waits for a retry (settings another
  // spec left pointing at its stopped sink) — each with its state and the reason shown.
  await expect(async () => {
    await page.reload();
    await expect(item.getByText(/Wysłano e-mailem|Nie wysłano e-maila|Przyczyna:/)).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await expect(page.getByRole('combobox', { name: 'Zakończony import' })).toHaveValue('Aplikacja + e-mail');
  await bothWidths(page, testInfo, 'notification-email');

  await page.goto('/admin/automation');
  await page.getByRole('button', { name: 'Nowa reguła' }).click();
  const dialog = page.getByRole('dialog');
  const actions = dialog.getByRole('group', { name: 'Akcje' });
  await actions.getByRole('combobox', { name: 'Akcja 1' }).click();
  await page.getByRole('option', { name: 'Wyślij szablon e-mail' }).click();
  await actions.getByRole('combobox', { name: 'Szablon e-mail' }).click();
  await page.getByRole('option', { name: `${TEMPLATE} (pl)` }).click();
  await expect(actions.getByText(/Otrzymają go tylko osoby ze zgodą marketingową/)).toBeVisible();
  await bothWidths(page, testInfo, 'automation-send-template');
  await context.close();
});
