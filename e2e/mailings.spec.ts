// E-mail campaigns in a real browser against a real SMTP sink: a manager builds a mailing group from a client's
// consenting persons and from an XLSX file, writes a campaign whose body greets with the vocative salutation, and
// sends it for approval; another manager (Polish) approves it; the sink receives the mails and the client's history
// shows the mailing activity. Screenshots of the group and campaign pages in Polish at desktop and phone size.
// The template editor is another branch's work: the campaign body is written in the campaign form itself.
import { expect, test } from '@playwright/test';
import { startSmtpSink, type SmtpSink } from '../apps/api/src/test/smtp-sink.ts';
import { xlsxBuffer } from '../apps/api/src/test/xlsx-file.ts';
import { ADMIN_STATE, login, snapshot } from './fixtures/app.ts';
import { relayToSink } from './fixtures/mail.ts';
import { createUser, gql } from './fixtures/api.ts';

const run = Date.now();
let sink: SmtpSink;

test.beforeAll(async () => {
  sink = await startSmtpSink();
});
test.afterAll(async () => {
  // The server's pooled SMTP connections stay open; closing the sink waits for them, so it is not awaited to the end.
  await Promise.race([sink.close(), new Promise((resolve) => setTimeout(resolve, 2000))]);
});

test.describe('e-mail campaigns', () => {
  test.use({ storageState: ADMIN_STATE });

  test('group from a client and an XLSX, campaign approved by another manager, mails and history', async ({
    page,
    browser,
  }, testInfo) => {
    test.setTimeout(240_000);
    const request = page.request;
    await relayToSink(request, sink);
    const client = (
      await gql<{ createClient: { id: string } }>(
        request,
        'mutation($input: CreateClientInput!) { createClient(input: $input) { id } }',
        { input: { kind: 'LEGAL', name: `Hurtownia Nowak ${run}`, city: 'Kraków', country: 'PL' } },
      )
    ).createClient;
    const person = (first: string, last: string, email: string, consent: boolean) =>
      gql(request, 'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }', {
        input: {
          firstName: first,
          lastName: last,
          emails: [email],
          marketingConsent: consent,
          clients: [{ clientId: client.id }],
        },
      });
    await person('Anna', 'Nowak', `anna-${run}@example.test`, true);
    await person('Piotr', 'Nowak', `piotr-${run}@example.test`, false);
    await person('Marek', 'Kowalski', `marek-${run}@example.test`, true);

    // The group, from the client's consenting persons (the one without consent cannot be ticked).
    await page.goto('/mailing-groups');
    await page.getByRole('button', { name: 'New group' }).click();
    const form = page.getByRole('dialog', { name: 'New group' });
    await form.getByRole('textbox', { name: 'Name' }).fill(`Newsletter ${run}`);
    await form.getByRole('textbox', { name: 'Category' }).fill('Newsletters');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { name: '0 members' })).toBeVisible();
    await page.getByRole('button', { name: 'Add from a client' }).click();
    const pick = page.getByRole('dialog', { name: 'Add from a client' });
    await pick.getByRole('textbox', { name: /Client name/ }).fill(`Hurtownia Nowak ${run}`);
    await pick.getByRole('button', { name: 'Find' }).click();
    await expect(pick.getByRole('checkbox', { name: /Piotr Nowak/ })).toBeDisabled();
    await pick.getByRole('checkbox', { name: /Anna Nowak/ }).check();
    await pick.getByRole('button', { name: 'Add 1 person' }).click();
    await expect(page.getByRole('heading', { name: '1 member' })).toBeVisible();

    // And from an XLSX joined on its e-mail column (case does not matter); the report names the rows not added.
    await page.getByRole('button', { name: 'Import from a file' }).click();
    const imp = page.getByRole('dialog', { name: 'Import from a file' });
    const rows = [
      ['Name', 'E-mail'],
      ['Marek', `MAREK-${run}@Example.test`],
      ['Piotr', `piotr-${run}@example.test`],
      ['Nobody', `nobody-${run}@example.test`],
    ];
    await imp.locator('input[type=file]').setInputFiles({
      name: 'lista.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await xlsxBuffer(rows),
    });
    await expect(imp.getByLabel('E-mail column', { exact: true })).toHaveValue('E-mail');
    await imp.getByRole('button', { name: 'Import' }).click();
    const report = imp.getByRole('list', { name: 'Import report' });
    await expect(report).toContainText('Added: 1');
    await expect(report).toContainText('No person with this address: 1: 4');
    await expect(report).toContainText('No marketing consent: 1: 3');
    await imp.getByRole('button', { name: 'Close' }).last().click();
    await expect(page.getByRole('heading', { name: '2 members' })).toBeVisible();
    const groupUrl = page.url();

    // The campaign, in Polish, greeting with the vocative salutation; sent for approval.
    await page.goto('/email-campaigns');
    await page.getByRole('button', { name: 'New campaign' }).click();
    const c = page.getByRole('dialog', { name: 'New campaign' });
    await c.getByRole('textbox', { name: 'Name' }).fill(`Oferta ${run}`);
    await c.getByLabel('Language', { exact: true }).click();
    await page.getByRole('option', { name: 'Polish' }).click();
    await c.getByRole('textbox', { name: 'Subject' }).fill('Nowa oferta dla {{client.name}}');
    await c.getByLabel('Mailing groups', { exact: true }).click();
    await page.getByRole('option', { name: new RegExp(`Newsletter ${run}`) }).click();
    await c.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { name: `Oferta ${run}` })).toBeVisible();
    await page.getByRole('button', { name: 'Send for approval' }).click();
    await expect(page.getByText('Awaiting approval').first()).toBeVisible();
    const campaignUrl = page.url();

    // Another manager, whose account is in Polish, approves it.
    const approver = { email: `approver-${run}@example.com`, name: 'Zofia Zatwierdza', password: `Haslo-${run}-x` };
    await createUser(request, { ...approver, locale: 'pl' }, ['Manager']);
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const other = await context.newPage();
    await login(other, approver.email, approver.password);
    await expect(other.getByRole('navigation').first()).toBeVisible();
    await other.goto(groupUrl);
    await expect(other.getByRole('heading', { name: '2 członków' })).toBeVisible();
    await snapshot(other, testInfo, 'mailing-group-pl');
    await other.setViewportSize({ width: 390, height: 844 });
    await snapshot(other, testInfo, 'mailing-group-pl-phone');
    await other.setViewportSize({ width: 1280, height: 900 });
    await other.goto(campaignUrl);
    await other.getByRole('button', { name: 'Zatwierdź' }).click();
    await expect(other.getByText(/Wysłana|Wysyłanie|Zatwierdzona/).first()).toBeVisible();

    // The sender (queued on approval) mails both members once; the salutation is in the vocative.
    await expect
      .poll(() => sink.messages.filter((m) => m.envelope.to[0]!.endsWith(`${run}@example.test`)).length, {
        timeout: 120_000,
      })
      .toBe(2);
    const anna = sink.to(`anna-${run}@example.test`)[0]!;
    expect(anna.parsed.subject).toBe(`Nowa oferta dla Hurtownia Nowak ${run}`);
    expect(anna.parsed.text).toContain('Szanowna Pani Anno');
    await expect(other.getByText('Wysłana').first()).toBeVisible({ timeout: 30_000 });
    await expect(other.getByLabel('Postęp wysyłki')).toBeVisible();
    await snapshot(other, testInfo, 'email-campaign-pl');
    await other.setViewportSize({ width: 390, height: 844 });
    await snapshot(other, testInfo, 'email-campaign-pl-phone');
    await other.goto('/email-campaigns');
    await expect(other.getByRole('link', { name: `Oferta ${run}` })).toBeVisible();
    await snapshot(other, testInfo, 'email-campaigns-pl-phone');
    await other.setViewportSize({ width: 1280, height: 900 });
    await snapshot(other, testInfo, 'email-campaigns-pl');
    await context.close();

    // The client's history shows the mailing as a done activity.
    await page.goto(`/clients/${client.id}?tab=history`);
    await expect(page.getByText(`Oferta ${run}`).first()).toBeVisible();
  });
});
