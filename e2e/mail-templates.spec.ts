// E-mail templates and compose in a real browser (the demo manager's UI is Polish): a template written in the rich-text
// editor with a merge field from the menu, an unknown merge field refused under the body, a preview for a real person
// with the Polish vocative in the HTML and plain-text parts, saved; then the client's compose dialog takes the template
// into its editor. Screenshots of the editor and the dialog at desktop width and at 390 px.
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { login } from './fixtures/app.ts';
import { gql } from './fixtures/api.ts';

const run = Date.now();
const MANAGER = { email: 'manager@veza.local', password: 'veza-manager-demo' };

async function clientWithPerson(page: Page, name: string) {
  const { createClient } = await gql<{ createClient: { id: string } }>(
    page.request,
    'mutation($input: CreateClientInput!) { createClient(input: $input) { id } }',
    { input: { kind: 'LEGAL', name } },
  );
  await gql(page.request, 'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }', {
    input: {
      firstName: 'Anna',
      lastName: 'Nowak',
      emails: [`anna.${run}@example.test`],
      clients: [{ clientId: createClient.id, isPrimary: true }],
    },
  });
  return createClient.id;
}

/** The screen as shown (a dialog scrolls inside the viewport), attached to the report. */
async function shot(page: Page, testInfo: TestInfo, name: string) {
  const path = `test-results/e2e/screenshots/${name}.png`;
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

test.use({ storageState: { cookies: [], origins: [] } });
test.setTimeout(120_000);

test('a template in the rich-text editor with a merge field, refused field, preview, then used in compose', async ({
  page,
}, testInfo) => {
  await login(page, MANAGER.email, MANAGER.password);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  const clientName = `Kowalski ${run}`;
  const clientId = await clientWithPerson(page, clientName);

  await page.goto('/mail/templates');
  await page.getByRole('button', { name: 'Nowy szablon' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nowy szablon' });
  await dialog.getByLabel('Nazwa').fill(`Oferta ${run}`);
  await dialog.getByRole('textbox', { name: 'Temat', exact: true }).fill('Oferta dla ');
  await dialog.getByRole('button', { name: 'Wstaw pole korespondencji do: Temat' }).click();
  await page.getByRole('menuitem', { name: /Nazwa klienta/ }).click();
  const body = dialog.getByRole('textbox', { name: 'Treść', exact: true });
  await body.click();
  await dialog.getByRole('button', { name: 'Wstaw pole korespondencji do: Treść' }).click();
  await page.getByRole('menuitem', { name: /Zwrot grzecznościowy/ }).click();
  await body.pressSequentially(', przesyłamy ofertę. {{person.password}}');
  await dialog.getByRole('button', { name: 'Zapisz' }).click();
  await expect(dialog.getByText('To pole nie istnieje. Użyj jednego z proponowanych pól.')).toBeVisible();

  // Fix the body: remove the unknown field (the last 19 characters).
  for (let i = 0; i < '{{person.password}}'.length; i++) await body.press('Backspace');
  await dialog.getByRole('combobox', { name: 'Podgląd dla' }).fill('Kowalski');
  await page.getByRole('option', { name: `Anna Nowak · ${clientName}` }).click();
  await dialog.getByRole('button', { name: 'Podgląd', exact: true }).click();
  await expect(dialog.getByText(`Oferta dla ${clientName}`)).toBeVisible();
  const frame = dialog.frameLocator('iframe[title="HTML"]');
  await expect(frame.getByText('Szanowna Pani Anno, przesyłamy ofertę.')).toBeVisible();
  await dialog.getByRole('tab', { name: 'Zwykły tekst' }).click();
  await expect(dialog.getByRole('tabpanel', { name: 'Zwykły tekst' })).toContainText(
    'Szanowna Pani Anno, przesyłamy ofertę.',
  );
  await shot(page, testInfo, 'mail-template-editor-desktop');
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, testInfo, 'mail-template-editor-390');
  await page.setViewportSize({ width: 1280, height: 800 });
  await dialog.getByRole('button', { name: 'Zapisz' }).click();
  await expect(page.getByRole('rowheader', { name: `Oferta ${run}` })).toBeVisible();

  // The client's compose dialog: the template fills the subject and the rich-text body.
  await page.goto(`/clients/${clientId}`);
  await page.getByRole('tab', { name: 'E-maile' }).click();
  await page.getByRole('button', { name: 'Napisz e-mail' }).click();
  const compose = page.getByRole('dialog', { name: 'Nowy e-mail' });
  await compose.getByRole('combobox', { name: 'Szablon' }).click();
  await page.getByRole('option', { name: `Oferta ${run}` }).click();
  await expect(compose.getByRole('textbox', { name: 'Temat', exact: true })).toHaveValue('Oferta dla {{client.name}}');
  await expect(compose.getByRole('textbox', { name: 'Treść', exact: true })).toContainText(
    '{{salutation}}, przesyłamy ofertę.',
  );
  await shot(page, testInfo, 'mail-compose-desktop');
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, testInfo, 'mail-compose-390');
});
