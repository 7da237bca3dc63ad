// Mailing groups by a client filter and campaigns from a template, in Polish: a manager builds a filter with the
// client list's filter builder on the group page, sees how many persons adding would take before adding, adds them;
// the members are cards on a phone. A new campaign picks a template, which fills subject and body and lists the
// template's files. Screenshots at desktop and 390 px.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { ADMIN_STATE, login, snapshot } from './fixtures/app.ts';
import { createUser, gql } from './fixtures/api.ts';

const run = Date.now();
const city = `Filtrowo${run}`;

/** A client in `city` with two consenting persons with an address and one without consent; a template with a file. */
async function seed(request: APIRequestContext) {
  const { createClient } = await gql<{ createClient: { id: string } }>(
    request,
    'mutation($input: CreateClientInput!) { createClient(input: $input) { id } }',
    { input: { kind: 'LEGAL', name: `Piekarnia Filtrowa ${run}`, city, country: 'PL' } },
  );
  for (const [first, consent] of [
    ['Anna', true],
    ['Beata', true],
    ['Cezary', false],
  ] as const)
    await gql(request, 'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }', {
      input: {
        firstName: first,
        lastName: `Filtrowa-${run}-z-bardzo-dlugim-nazwiskiem`,
        emails: [`${first.toLowerCase()}.filtrowa.${run}@przyklad-bardzo-dlugiej-domeny.test`],
        marketingConsent: consent,
        clients: [{ clientId: createClient.id }],
      },
    });
  await gql(request, 'mutation($input: CreateMailingGroupInput!) { createMailingGroup(input: $input) { id } }', {
    input: { name: `Filtr ${run}`, category: 'Newslettery' },
  });
  const { createEmailTemplate } = await gql<{ createEmailTemplate: { id: string } }>(
    request,
    'mutation($input: EmailTemplateInput!) { createEmailTemplate(input: $input) { id } }',
    {
      input: {
        name: `Cennik ${run}`,
        language: 'pl',
        subject: 'Cennik dla {{client.name}}',
        bodyHtml: '<p>{{salutation}},</p><p>w załączniku cennik.</p>',
      },
    },
  );
  const upload = await request.post('/api/files', {
    headers: { 'apollo-require-preflight': '1' },
    multipart: { file: { name: 'cennik-2027.txt', mimeType: 'text/plain', buffer: Buffer.from('Chleb;4,50 zł\n') } },
  });
  const file = (await upload.json()) as { id: string };
  await gql(request, 'mutation($input: AttachFileInput!) { attachFile(input: $input) { id } }', {
    input: { fileId: file.id, ownerId: createEmailTemplate.id },
  });
}

async function polishManager(request: APIRequestContext) {
  const user = { email: `filtr-${run}@example.com`, name: 'Franciszka Filtr', password: `Haslo-${run}-f` };
  await createUser(request, { ...user, locale: 'pl' }, ['Manager']);
  return user;
}

async function filterByCity(page: Page) {
  const dialog = page.getByRole('dialog', { name: 'Dodaj członków według filtra klientów' });
  await dialog.getByRole('button', { name: 'Dodaj warunek' }).first().click();
  const condition = dialog.getByRole('group', { name: 'Warunek', exact: true });
  await condition.getByRole('combobox', { name: 'Pole' }).selectOption({ label: 'Miejscowość' });
  await condition.getByRole('combobox', { name: 'Operator porównania' }).selectOption({ label: 'jest równe' });
  await condition.getByRole('textbox', { name: 'Wartość' }).fill(city);
  await dialog.getByRole('button', { name: 'Zastosuj filtr' }).click();
  return dialog;
}

test.describe('mailing groups by filter, campaigns from a template', () => {
  test.use({ storageState: ADMIN_STATE });

  test('count before adding, cards on a phone, template picker with its files', async ({ page, browser }, testInfo) => {
    test.setTimeout(180_000);
    await seed(page.request);
    const user = await polishManager(page.request);
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const pl = await context.newPage();
    await login(pl, user.email, user.password);
    await expect(pl.getByRole('navigation').first()).toBeVisible();

    await pl.goto('/mailing-groups');
    await pl.getByText(`Filtr ${run}`, { exact: true }).click();
    await expect(pl.getByRole('heading', { name: '0 członków' })).toBeVisible();
    await pl.getByRole('button', { name: 'Dodaj według filtra' }).click();
    const dialog = await filterByCity(pl);
    await expect(dialog.getByRole('status')).toContainText('Zostaną dodane 2 osoby');
    await expect(dialog.getByRole('status')).toContainText('bez zgody: 1');
    await snapshot(pl, testInfo, 'mailing-group-filter-pl');
    await dialog.getByRole('button', { name: 'Dodaj', exact: true }).click();
    await expect(pl.getByRole('heading', { name: '2 członków' })).toBeVisible();
    await snapshot(pl, testInfo, 'mailing-group-members-pl');
    await pl.setViewportSize({ width: 390, height: 844 });
    await expect(pl.getByRole('table')).toHaveCount(0);
    await expect(pl.getByRole('listitem').filter({ hasText: `anna.filtrowa.${run}` })).toBeVisible();
    // Nothing scrolls sideways once the layout has switched to the phone one (the navbar slides away first).
    await expect
      .poll(() => pl.evaluate(() => document.documentElement.scrollWidth - window.innerWidth))
      .toBeLessThanOrEqual(0);
    await snapshot(pl, testInfo, 'mailing-group-members-pl-phone');
    await pl.getByRole('button', { name: 'Dodaj według filtra' }).click();
    await filterByCity(pl);
    await snapshot(pl, testInfo, 'mailing-group-filter-pl-phone');
    await pl.keyboard.press('Escape');

    await pl.setViewportSize({ width: 1280, height: 900 });
    await pl.goto('/email-campaigns');
    await pl.getByRole('button', { name: 'Nowa kampania' }).click();
    const form = pl.getByRole('dialog', { name: 'Nowa kampania' });
    await form.getByRole('textbox', { name: 'Nazwa' }).fill(`Cennik ${run}`);
    await form.getByRole('combobox', { name: 'Szablon' }).click();
    await pl.getByRole('option', { name: `Cennik ${run}` }).click();
    await expect(form.getByRole('textbox', { name: 'Temat' })).toHaveValue('Cennik dla {{client.name}}');
    await expect(form.getByText('Dołączane do każdej wiadomości: cennik-2027.txt')).toBeVisible();
    await snapshot(pl, testInfo, 'campaign-template-pl');
    await pl.setViewportSize({ width: 390, height: 844 });
    await snapshot(pl, testInfo, 'campaign-template-pl-phone');
    await pl.setViewportSize({ width: 1280, height: 900 });
    await form.getByRole('button', { name: 'Zapisz' }).click();
    await expect(pl.getByRole('heading', { name: `Cennik ${run}` })).toBeVisible();
    await expect(pl.getByText('Załączniki: cennik-2027.txt')).toBeVisible();
    await snapshot(pl, testInfo, 'campaign-attachments-pl');
    await context.close();
  });
});
