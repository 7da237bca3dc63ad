// The light shell (issue 20): the client list opened cold, the header's lazy bell and account menu, and the UI
// language switched at runtime through all four catalogs (each loads on demand), then a reload in the saved language.
import { expect, test, type Page } from '@playwright/test';
import { ADMIN, ADMIN_STATE, snapshot } from './fixtures/app.ts';

test.use({ storageState: ADMIN_STATE });

const LANGUAGES = [
  { locale: 'pl', clients: 'Klienci', calendar: 'Kalendarz', menu: 'Menu konta', language: 'Język' },
  { locale: 'hr', clients: 'Klijenti', calendar: 'Kalendar', menu: 'Izbornik računa', language: 'Jezik' },
  { locale: 'cs', clients: 'Klienti', calendar: 'Kalendář', menu: 'Nabídka účtu', language: 'Jazyk' },
  { locale: 'en', clients: 'Clients', calendar: 'Calendar', menu: 'Account menu for', language: 'Language' },
] as const;

async function expectClientList(page: Page, name: string) {
  await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
  const table = page.getByRole('table', { name });
  await expect(table).toBeVisible();
  await expect(table.getByRole('row').nth(1)).toBeVisible();
}

/** The admin's saved language back to English whatever happened (other specs expect it). */
async function resetLanguage(page: Page) {
  const response = await page.request.post('/graphql', {
    data: { query: 'mutation { updateMyPreferences(input: { locale: en }) { user { id } } }' },
  });
  expect(response.ok()).toBe(true);
}

test('the client list opens cold; the language switches at runtime through pl, hr, cs and back to en', async ({
  page,
}, testInfo) => {
  // Five language switches, each loading a catalog, on a loaded two-core machine.
  test.setTimeout(120_000);
  try {
    await page.goto('/clients');
    await expectClientList(page, 'Clients');
    // The bell and the account menu arrive in their own chunk after the first paint.
    await expect(page.getByRole('button', { name: /notifications/i })).toBeVisible();

    let menu = 'Account menu for';
    const accountMenu = page.getByRole('dialog');
    for (const lang of LANGUAGES) {
      // The menu stays open while its language select has the focus; open it only when it is closed.
      if (!(await accountMenu.isVisible())) await page.getByRole('button', { name: new RegExp(`^${menu}`) }).click();
      await accountMenu.getByRole('combobox').selectOption(lang.locale);
      await expect(page.locator('html')).toHaveAttribute('lang', lang.locale);
      await expectClientList(page, lang.clients);
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
    await expectClientList(page, 'Klijenti');
    await page.reload();
    await expectClientList(page, 'Klijenti');
    await expect(page.getByRole('button', { name: new RegExp(`^Izbornik računa: .*${ADMIN.name}`) })).toBeVisible();
  } finally {
    await resetLanguage(page);
  }
});
