// Record visibility in a real browser: an agent whose profile reads only own clients sees only the clients they
// manage and gets "Client not found" on a colleague's client URL; the Teams page and the profile scope editor in Polish
// on a desktop and a 390 px phone.
import { expect, test } from '@playwright/test';
import { createUser, gql } from './fixtures/api.ts';
import { ADMIN_STATE, login, snapshot } from './fixtures/app.ts';

const stamp = Date.now();
const OWN = { email: `own.agent.${stamp}@veza.local`, password: 'own-agent-pass-1', name: 'Olga Own' };
const OTHER = { email: `other.agent.${stamp}@veza.local`, password: 'other-agent-pass-1', name: 'Oto Other' };
const POLISH = { email: `pl.admin.${stamp}@veza.local`, password: 'pl-admin-pass-1', name: 'Piotr Admin' };

test.describe('record visibility', () => {
  test.use({ storageState: ADMIN_STATE });
  let theirs = '';

  test.beforeAll(async ({ browser }) => {
    const context = await browser.newContext({ storageState: ADMIN_STATE });
    const request = context.request;
    const ownProfile = `Own clients ${stamp}`;
    await gql(request, `mutation($input: PermissionProfileInput!) { createPermissionProfile(input: $input) { id } }`, {
      input: {
        name: ownProfile,
        permissions: ['clients.read', 'clients.write'],
        scopes: [{ kind: 'CLIENTS', read: 'OWN', edit: 'OWN' }],
      },
    });
    const ids = [
      await createUser(request, OWN, [ownProfile]),
      await createUser(request, OTHER, [ownProfile]),
      await createUser(request, { ...POLISH, locale: 'pl' }, ['Administrator']),
    ];
    const create = `mutation($input: CreateClientInput!) { createClient(input: $input) { id } }`;
    const mine = { kind: 'LEGAL', name: `Olga's client ${stamp}`, accountManagerId: ids[0] };
    await gql(request, create, { input: mine });
    const other = await gql<{ createClient: { id: string } }>(request, create, {
      input: { kind: 'LEGAL', name: `Oto's client ${stamp}`, accountManagerId: ids[1] },
    });
    theirs = other.createClient.id;
    await gql(request, `mutation($input: TeamInput!) { createTeam(input: $input) { id } }`, {
      input: { name: `Zespół północ ${stamp}`, managerId: ids[1], memberIds: [ids[0], ids[1]] },
    });
    await context.close();
  });

  test('an agent reading only own clients sees only theirs and not a colleague’s by URL', async ({ browser }) => {
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();
    await login(page, OWN.email, OWN.password);
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.goto('/clients');
    await expect(page.getByRole('link', { name: `Olga's client ${stamp}` })).toBeVisible();
    await expect(page.getByText(`Oto's client ${stamp}`)).toHaveCount(0);
    await page.goto(`/clients/${theirs}`);
    await expect(page.getByRole('heading', { name: 'Client not found' })).toBeVisible();
    await context.close();
  });

  for (const [device, viewport] of [
    ['desktop', { width: 1280, height: 900 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    test(`the Teams page and the profile scopes in Polish (${device})`, async ({ browser }, testInfo) => {
      const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, viewport });
      const page = await context.newPage();
      await login(page, POLISH.email, POLISH.password);
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      await page.goto('/admin/teams');
      await expect(page.getByRole('heading', { name: 'Zespoły' })).toBeVisible();
      await expect(page.getByText(`Zespół północ ${stamp}`)).toBeVisible();
      await snapshot(page, testInfo, `teams-pl-${device}`);
      // Nothing scrolls sideways, on a phone neither (teams are cards there, scopes stacked rows).
      const sideways = () =>
        page.evaluate(() =>
          [document.documentElement, ...document.querySelectorAll('[role="dialog"] *')].some(
            (el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'hidden',
          ),
        );
      expect(await sideways()).toBe(false);
      await page.getByRole('button', { name: `Edytuj Zespół północ ${stamp}` }).click();
      await expect(page.getByRole('dialog', { name: 'Edytuj zespół' })).toBeVisible();
      await snapshot(page, testInfo, `team-form-pl-${device}`);
      await page.goto('/admin/profiles');
      await page.getByRole('button', { name: `Edytuj: Own clients ${stamp}` }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog.getByText('Widoczność rekordów')).toBeVisible();
      await dialog.getByText('Widoczność rekordów').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-results/e2e/screenshots/profile-scopes-pl-${device}.png` });
      expect(await sideways()).toBe(false);
      await context.close();
    });
  }
});
