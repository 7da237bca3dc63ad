// The light shell (issue 20): the client list opened cold, the header's lazy bell and account menu, and the UI
// language switched at runtime through all four catalogs (each loads on demand), then a reload in the saved language.
import { expect, test, type Page } from '@playwright/test';
import { gql } from './fixtures/api.ts';
import { ADMIN, ADMIN_STATE, snapshot } from './fixtures/app.ts';

test.use({ storageState: ADMIN_STATE });

const LANGUAGES = [
  { locale: 'pl', clients: 'Klienci', calendar: 'Kalendarz', menu: 'Menu konta', language: 'Język', kind: 'Firma' },
  {
    locale: 'hr',
    clients: 'Klijenti',
    calendar: 'Kalendar',
    menu: 'Izbornik računa',
    language: 'Jezik',
    kind: 'Pravna osoba',
  },
  {
    locale: 'cs',
    clients: 'Klienti',
    calendar: 'Kalendář',
    menu: 'Nabídka účtu',
    language: 'Jazyk',
    kind: 'Právnická osoba',
  },
  {
    locale: 'en',
    clients: 'Clients',
    calendar: 'Calendar',
    menu: 'Account menu for',
    language: 'Language',
    kind: 'Company',
  },
] as const;

const CLIENT = `Jezikovna Proba ${Date.now()} d.o.o.`;

/** The list in that language, with the test's client on a row whose cells are in that language too. */
async function expectClientList(page: Page, name: string, kind: string) {
  await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
  const row = page.getByRole('table', { name }).getByRole('row', { name: new RegExp(CLIENT) });
  await expect(row.getByRole('cell', { name: kind, exact: true })).toBeVisible();
}

/** The admin's saved language back to English whatever happened (other specs expect it). */
async function resetLanguage(page: Page) {
  await gql(page.request, 'mutation { updateMyPreferences(input: { locale: en }) { user { id } } }');
}

test('the client list opens cold; the language switches at runtime through pl, hr, cs and back to en', async ({
  page,
}, testInfo) => {
  // Five language switches, each loading a catalog, on a loaded two-core machine.
  test.setTimeout(120_000);
  const created = await gql<{ createClient: { id: string; version: number } }>(
    page.request,
    'mutation($input: CreateClientInput!) { createClient(input: $input) { id version } }',
    { input: { kind: 'LEGAL', name: CLIENT, city: 'Zadar' } },
  );
  try {
    await page.goto('/clients');
    await page
      .getByRole('searchbox')
      .or(page.getByRole('textbox', { name: 'Search clients' }))
      .fill(CLIENT);
    await expectClientList(page, 'Clients', 'Company');
    // The bell and the account menu arrive in their own chunk after the first paint.
    await expect(page.getByRole('button', { name: /notifications/i })).toBeVisible();

    let menu = 'Account menu for';
    const accountMenu = page.getByRole('dialog');
    for (const lang of LANGUAGES) {
      // The menu stays open while its language select has the focus; open it only when it is closed.
      if (!(await accountMenu.isVisible())) await page.getByRole('button', { name: new RegExp(`^${menu}`) }).click();
      await accountMenu.getByRole('combobox').selectOption(lang.locale);
      await expect(page.locator('html')).toHaveAttribute('lang', lang.locale);
      await expectClientList(page, lang.clients, lang.kind);
      await expect(page.getByRole('navigation').getByRole('link', { name: lang.calendar })).toBeVisible();
      await expect(accountMenu.getByLabel(lang.language)).toBeVisible();
      if (lang.locale === 'pl') {
        await snapshot(page, testInfo, 'clients-pl');
        // The same page on a phone: the list turns into cards, the header keeps the bell and the account button.
        await page.setViewportSize({ width: 390, height: 844 });
        await expect(page.getByRole('heading', { name: lang.clients, exact: true })).toBeVisible();
        await snapshot(page, testInfo, 'clients-pl-phone');
        await page.setViewportSize({ width: 1280, height: 720 });
      }
      menu = lang.menu;
    }

    // Saved on the account: a cold load starts in it (its catalog before the first paint, no English flash).
    if (!(await accountMenu.isVisible())) await page.getByRole('button', { name: new RegExp(`^${menu}`) }).click();
    await accountMenu.getByRole('combobox').selectOption('hr');
    await expectClientList(page, 'Klijenti', 'Pravna osoba');
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Klijenti', exact: true })).toBeVisible();
    await expect(
      page.getByRole('table', { name: 'Klijenti' }).getByRole('cell', { name: 'Pravna osoba' }).first(),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: new RegExp(`^Izbornik računa: .*${ADMIN.name}`) })).toBeVisible();
  } finally {
    await resetLanguage(page);
    await gql(page.request, 'mutation($id: ID!, $v: Int!) { deleteClient(id: $id, version: $v) { id } }', {
      id: created.createClient.id,
      v: created.createClient.version,
    });
  }
});
