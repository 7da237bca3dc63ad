// An opportunity's E-mails in a real browser against a real SMTP sink: mail sent from the opportunity (one recipient
// refused for good by the relay) is listed on the opportunity page with its delivery state, mail sent from another
// opportunity of the same client is not; a Polish manager sees the list translated. Screenshots in Polish at desktop
// and phone size.
import { expect, test } from '@playwright/test';
import { startSmtpSink, type SmtpSink } from '../apps/api/src/test/smtp-sink.ts';
import { gql } from './fixtures/api.ts';
import { ADMIN_STATE, login, snapshot } from './fixtures/app.ts';
import { relayToSink } from './fixtures/mail.ts';

const run = Date.now();
let sink: SmtpSink;

test.beforeAll(async () => {
  sink = await startSmtpSink();
});
test.afterAll(async () => {
  await Promise.race([sink.close(), new Promise((resolve) => setTimeout(resolve, 2000))]);
});

test.describe('an opportunity’s e-mails', () => {
  test.use({ storageState: ADMIN_STATE });

  test('sent and refused mail on its opportunity, in Polish on a phone', async ({ page, browser }, testInfo) => {
    test.setTimeout(180_000);
    const request = page.request;
    await relayToSink(request, sink, 'sales@example.test');
    const { createClient: client } = await gql<{ createClient: { id: string } }>(
      request,
      'mutation($input: CreateClientInput!) { createClient(input: $input) { id } }',
      { input: { kind: 'LEGAL', name: `Hurtownia Wiśniewski ${run}`, city: 'Kraków', country: 'PL' } },
    );
    const person = async (firstName: string, email: string) =>
      (
        await gql<{ createPerson: { id: string } }>(
          request,
          'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }',
          { input: { firstName, lastName: 'Wiśniewski', emails: [email], clients: [{ clientId: client.id }] } },
        )
      ).createPerson.id;
    const jan = await person('Jan', `jan-${run}@example.test`);
    const ewa = await person('Ewa', `ewa-${run}@example.test`);
    sink.refuseRecipient(`ewa-${run}@example.test`, 550);
    const opportunity = async (name: string) =>
      (
        await gql<{ createOpportunity: { id: string } }>(
          request,
          'mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }',
          { input: { name, clientId: client.id, amount: '5000', currency: 'PLN', personIds: [jan, ewa] } },
        )
      ).createOpportunity.id;
    const fleet = await opportunity(`Flota ${run}`);
    const other = await opportunity(`Serwis ${run}`);
    const send = (opportunityId: string, subject: string, personIds: string[]) =>
      gql(request, 'mutation($input: SendEmailInput!) { sendEmail(input: $input) { id } }', {
        input: { clientId: client.id, personIds, opportunityId, language: 'pl', subject, bodyHtml: '<p>Oferta</p>' },
      });
    await send(fleet, `Oferta floty ${run}`, [jan, ewa]);
    await send(other, `Serwis roczny ${run}`, [jan]);

    // A manager whose account is in Polish opens the fleet opportunity.
    const manager = { email: `handlowiec-${run}@example.com`, name: 'Piotr Handlowy', password: `Haslo-${run}-x` };
    const { permissionProfiles } = await gql<{ permissionProfiles: { id: string; name: string }[] }>(
      request,
      '{ permissionProfiles { id name } }',
    );
    await gql(request, 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', {
      input: { ...manager, locale: 'pl', profileIds: [permissionProfiles.find((p) => p.name === 'Manager')!.id] },
    });
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const pl = await context.newPage();
    await login(pl, manager.email, manager.password);
    await expect(pl.getByRole('navigation').first()).toBeVisible();
    await pl.goto(`/opportunities/${fleet}`);
    const list = pl.getByRole('list', { name: 'E-maile' });
    const items = list.getByRole('listitem', { name: `Oferta floty ${run}` });
    await expect(items).toHaveCount(2);
    // The list polls while a message is on its way; reload until both have settled.
    await expect(async () => {
      await pl.reload();
      await expect(items.filter({ hasText: 'Wysłany' })).toHaveCount(1, { timeout: 2000 });
      await expect(items.filter({ hasText: 'Błąd' })).toHaveCount(1, { timeout: 2000 });
    }).toPass({ timeout: 60_000 });
    await expect(items.filter({ hasText: `ewa-${run}@example.test` })).toContainText('550');
    await expect(list.getByRole('listitem', { name: `Serwis roczny ${run}` })).toHaveCount(0);
    await expect(pl.getByText('E-maili: 2')).toBeVisible();
    await snapshot(pl, testInfo, 'opportunity-emails-pl');
    await pl.setViewportSize({ width: 390, height: 844 });
    await snapshot(pl, testInfo, 'opportunity-emails-pl-phone');
    await context.close();
  });
});
