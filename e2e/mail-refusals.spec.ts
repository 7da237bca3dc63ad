// A recipient the relay refuses for good (550 at RCPT, from the real SMTP sink) shows on the campaign page in the
// reader's language — the reason with its SMTP code, the relay's own long English reply only as a detail — and a long
// address and reply wrap on a 390 px phone instead of pushing the page sideways. And the call-campaign work page's
// alert for an item whose client the agent may no longer open (a cancelled campaign: its reach is over), in Polish.
// Screenshots of both at desktop and phone size.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { startSmtpSink, type SmtpSink } from '../apps/api/src/test/smtp-sink.ts';
import { createUser, gql } from './fixtures/api.ts';
import { ADMIN_STATE, login, snapshot } from './fixtures/app.ts';
import { relayToSink } from './fixtures/mail.ts';
import { expectFits } from './fixtures/page-walk.ts';

const run = Date.now();
const PHONE = { width: 390, height: 844 };
let sink: SmtpSink;

test.beforeAll(async () => {
  sink = await startSmtpSink();
});
test.afterAll(async () => {
  // The server's pooled SMTP connections stay open; closing the sink waits for them, so it is not awaited to the end.
  await Promise.race([sink.close(), new Promise((resolve) => setTimeout(resolve, 2000))]);
});

async function createClient(request: APIRequestContext, name: string) {
  const { createClient: client } = await gql<{ createClient: { id: string } }>(
    request,
    'mutation($input: CreateClientInput!) { createClient(input: $input) { id } }',
    { input: { kind: 'LEGAL', name, city: 'Kraków', country: 'PL' } },
  );
  return client.id;
}

/** A group of the client's two consenting persons, and a Polish campaign to it sent for approval. */
async function campaignTo(request: APIRequestContext, addresses: string[]) {
  const clientId = await createClient(request, `Hurtownia Odmowa ${run}`);
  const personIds: string[] = [];
  for (const [i, email] of addresses.entries()) {
    const { createPerson } = await gql<{ createPerson: { id: string } }>(
      request,
      'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }',
      {
        input: {
          firstName: `Osoba${i}`,
          lastName: 'Nowak',
          emails: [email],
          marketingConsent: true,
          clients: [{ clientId }],
        },
      },
    );
    personIds.push(createPerson.id);
  }
  const { createMailingGroup: group } = await gql<{ createMailingGroup: { id: string } }>(
    request,
    'mutation($input: CreateMailingGroupInput!) { createMailingGroup(input: $input) { id } }',
    { input: { name: `Odmowy ${run}`, category: 'Testy' } },
  );
  await gql(
    request,
    'mutation($input: AddMailingGroupMembersInput!) { addMailingGroupMembers(input: $input) { added } }',
    {
      input: { groupId: group.id, personIds },
    },
  );
  const { createEmailCampaign: created } = await gql<{ createEmailCampaign: { id: string; version: number } }>(
    request,
    'mutation($input: EmailCampaignInput!) { createEmailCampaign(input: $input) { id version } }',
    {
      input: {
        name: `Odmowa ${run}`,
        language: 'pl',
        subject: 'Oferta',
        bodyHtml: '<p>Dzień dobry</p>',
        groupIds: [group.id],
      },
    },
  );
  const { submitEmailCampaign: submitted } = await gql<{ submitEmailCampaign: { version: number } }>(
    request,
    'mutation($input: EmailCampaignTransitionInput!) { submitEmailCampaign(input: $input) { version } }',
    { input: { id: created.id, version: created.version } },
  );
  return { id: created.id, version: submitted.version };
}

test.describe('refused recipients and hidden clients', () => {
  test.use({ storageState: ADMIN_STATE });

  test('a refused recipient on the campaign page, in Polish, wrapped at 390 px', async ({
    page,
    browser,
  }, testInfo) => {
    test.setTimeout(180_000);
    const request = page.request;
    await relayToSink(request, sink);
    const ok = `przyjety-${run}@example.test`;
    const refused = `bardzo.dluga.nazwa.skrzynki.odbiorcy.${run}@dzial-handlowy-przedsiebiorstwa-wielobranzowego.example.test`;
    const reply =
      `5.1.1 <${refused}>: Recipient address rejected: User unknown in virtual mailbox table; ` +
      'see https://support.example.test/smtp/errors/5.1.1/recipient-address-rejected-user-unknown-in-virtual-mailbox';
    sink.refuseRecipient(refused, 550, reply);
    const campaign = await campaignTo(request, [ok, refused]);

    // Another manager, whose account is in Polish, approves it and watches it send.
    const approver = { email: `odmowy-${run}@example.com`, name: 'Zofia Zatwierdza', password: `Haslo-${run}-x` };
    await createUser(request, { ...approver, locale: 'pl' }, ['Manager']);
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const pl = await context.newPage();
    await login(pl, approver.email, approver.password);
    await expect(pl.getByRole('navigation').first()).toBeVisible();
    await gql(
      pl.request,
      'mutation($input: EmailCampaignTransitionInput!) { approveEmailCampaign(input: $input) { id } }',
      {
        input: campaign,
      },
    );
    await pl.goto(`/email-campaigns/${campaign.id}`);

    // The page polls while it sends: the card appears once the relay has refused the address.
    const card = pl.getByRole('region', { name: 'Odrzuceni odbiorcy: 1' });
    await expect(card).toBeVisible({ timeout: 90_000 });
    await expect(pl.getByText('Wysłana').first()).toBeVisible({ timeout: 60_000 });
    expect(sink.to(ok)).toHaveLength(1);
    expect(sink.to(refused)).toHaveLength(0);
    await expect(card.getByText(refused, { exact: true })).toBeVisible();
    await expect(card.getByText('Skrzynka odbiorcy nie istnieje lub nie przyjmuje poczty. (SMTP 550)')).toBeVisible();
    await expect(card.getByText(/^Odpowiedź serwera: .*Recipient address rejected.* \(próby: 1\)$/)).toBeVisible();
    await snapshot(pl, testInfo, 'campaign-refused-pl');

    await pl.setViewportSize(PHONE);
    await expect(card.getByText(refused, { exact: true })).toBeVisible();
    await expectFits(pl);
    const box = await card.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
    await snapshot(pl, testInfo, 'campaign-refused-pl-phone');
    await context.close();
  });

  test("the work page says, in Polish, that the next item's client is out of reach", async ({
    page,
    browser,
  }, testInfo) => {
    test.setTimeout(120_000);
    const request = page.request;
    const clientName = `Przedsiębiorstwo Handlowo-Usługowe „Długa Nazwa Klienta” ${run}`;
    const clientId = await createClient(request, clientName);
    const agent = { email: `zasieg-${run}@example.com`, name: 'Anna Agentka', password: `Haslo-${run}-x` };
    const agentId = await createUser(request, { ...agent, locale: 'pl' }, ['Agent']);
    const { createCampaign: created } = await gql<{ createCampaign: { id: string; version: number } }>(
      request,
      'mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id version } }',
      { input: { name: `Obdzwanianie ${run}`, agentId, clientIds: [clientId] } },
    );
    // Cancelled, the campaign no longer lends the agent its clients (issue 18's campaign reach).
    await gql(
      request,
      'mutation($id: ID!, $version: Int!) { cancelCampaign(id: $id, version: $version) { id } }',
      created,
    );

    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const pl = await context.newPage();
    await login(pl, agent.email, agent.password);
    await expect(pl.getByRole('navigation').first()).toBeVisible();
    await pl.goto(`/my-campaigns/${created.id}`);
    const hidden = pl.getByText(`Nie możesz już otworzyć klienta ${clientName}: jest poza Twoimi rekordami.`);
    await expect(hidden).toBeVisible();
    await expect(pl.getByRole('link', { name: clientName })).toHaveCount(0);
    await snapshot(pl, testInfo, 'campaign-work-hidden-pl');

    await pl.setViewportSize(PHONE);
    await expect(hidden).toBeVisible();
    await expectFits(pl);
    await snapshot(pl, testInfo, 'campaign-work-hidden-pl-phone');
    await context.close();
  });
  test('a test e-mail to a bad address is refused under the field, in Polish', async ({ page, browser }, testInfo) => {
    const admin = { email: `test-mail-${run}@example.com`, name: 'Piotr Poczta', password: `Haslo-${run}-x` };
    await relayToSink(page.request, sink);
    await createUser(page.request, { ...admin, locale: 'pl' }, ['Administrator']);
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const pl = await context.newPage();
    await login(pl, admin.email, admin.password);
    await expect(pl.getByRole('navigation').first()).toBeVisible();
    await pl.goto('/admin/mail');
    const card = pl.getByRole('form', { name: 'Wyślij testowy e-mail' });
    const to = card.getByRole('textbox', { name: 'Odbiorca' });
    await to.fill('biuro@@example.test');
    await card.getByRole('button', { name: 'Wyślij test' }).click();
    await expect(card.getByText('Podaj prawidłowy adres e-mail.')).toBeVisible();
    await expect(to).toHaveAttribute('aria-invalid', 'true');
    await expect(to).toBeFocused();
    await snapshot(pl, testInfo, 'mail-test-address-pl');
    await pl.setViewportSize(PHONE);
    await expectFits(pl);
    await card.scrollIntoViewIfNeeded();
    await snapshot(pl, testInfo, 'mail-test-address-pl-phone');
    await context.close();
  });
});
