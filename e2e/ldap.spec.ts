// Directory login end to end: an administrator configures LDAP on the admin page against a real throwaway slapd
// (AD-style group → profile mapping), runs the step-by-step test, and a directory user signs in through the login form
// and gets the mapped profile "Agent", sees only own clients (list, search, by address), and an administrator reads the
// audit trail of the client that user edited. Screenshots of the page in English and Polish, desktop and phone width.
import { expect, test } from '@playwright/test';
import {
  BASE_DN,
  groupDn,
  SERVICE_DN,
  SERVICE_PASSWORD,
  startSlapd,
  USER_PASSWORD,
  type Slapd,
} from '../apps/api/src/test/slapd.ts';
import { createUser, gql } from './fixtures/api.ts';
import { ADMIN_STATE, expectHome, login, snapshot } from './fixtures/app.ts';

const run = Date.now();
let slapd: Slapd;
/** Set once the directory user has signed in (the next test depends on it). */
let bobPassword = '';

test.beforeAll(async () => {
  slapd = await startSlapd();
});

test.afterAll(async ({ browser }) => {
  // Leave directory login off, so later specs' unknown names are not sent to a stopped server.
  const context = await browser.newContext({ storageState: ADMIN_STATE });
  const { ldapSettings } = await gql<{ ldapSettings: { version: number } }>(
    context.request,
    '{ ldapSettings { version } }',
  );
  const read = await gql<{ ldapSettings: Record<string, unknown> }>(
    context.request,
    `{ ldapSettings { urls startTls caCertificate bindDn userBase userFilter loginAttribute nameAttribute
       emailAttribute phoneAttribute groupBase createUsers groupMappings { groupDn profileId } } }`,
  );
  await gql(context.request, 'mutation($i: UpdateLdapSettingsInput!) { updateLdapSettings(input: $i) { version } }', {
    i: { ...read.ldapSettings, enabled: false, version: ldapSettings.version },
  });
  await context.close();
  await slapd?.close();
});

test.describe('directory login', () => {
  test.describe.configure({ mode: 'serial' });
  test.use({ storageState: ADMIN_STATE });

  test('an administrator maps a directory group to Agent and a directory user signs in with it', async ({
    page,
    browser,
  }, testInfo) => {
    test.setTimeout(120_000);
    await page.goto('/admin/ldap');
    await expect(page.getByRole('heading', { name: 'Directory login (LDAP / Active Directory)' })).toBeVisible();
    await page.getByRole('checkbox', { name: 'Allow sign-in with directory accounts' }).check();
    await page.getByRole('textbox', { name: 'Server URLs' }).fill(slapd.url);
    await page.getByRole('textbox', { name: 'Service account DN' }).fill(SERVICE_DN);
    await page.getByLabel('Service account password').fill(SERVICE_PASSWORD);
    await page.getByRole('textbox', { name: 'User search base' }).fill(`ou=people,${BASE_DN}`);
    await page.getByRole('textbox', { name: 'User filter' }).fill('(objectClass=inetOrgPerson)');
    await page.getByRole('combobox', { name: 'Login attribute' }).click();
    await page.getByRole('option', { name: 'uid' }).click();
    await page.getByRole('textbox', { name: 'Name attribute' }).fill('cn');
    await page.getByRole('textbox', { name: 'Group search base' }).fill(`ou=groups,${BASE_DN}`);
    await page.getByRole('checkbox', { name: /Create an account on the first sign-in/ }).check();
    await page.getByRole('button', { name: 'Add a group' }).click();
    await page.getByRole('textbox', { name: 'Group DN' }).fill(groupDn('agents'));
    await page.getByRole('combobox', { name: 'Profile' }).click();
    await page.getByRole('option', { name: 'Agent', exact: true }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Directory settings saved.')).toBeVisible();
    await expect(page.getByText('A password is stored; leave blank to keep it.')).toBeVisible();

    await page.getByRole('textbox', { name: 'User name' }).fill('bob');
    await page.getByLabel('Password', { exact: true }).fill(USER_PASSWORD);
    await page.getByRole('button', { name: 'Run the test' }).click();
    await expect(page.getByText('All steps succeeded.')).toBeVisible();
    const steps = page.getByRole('list', { name: 'Test steps' });
    await expect(steps.getByText('Mapped profiles (1 found)')).toBeVisible();
    await expect(steps.getByText('Agent', { exact: true })).toBeVisible();
    await snapshot(page, testInfo, 'ldap-settings-en');
    await page.setViewportSize({ width: 390, height: 844 });
    await snapshot(page, testInfo, 'ldap-settings-en-phone');

    // The directory user signs in through the real login form (user name, not e-mail) and is an Agent.
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const bob = await context.newPage();
    await login(bob, 'bob', USER_PASSWORD);
    await expectHome(bob, 'Bob Builder');
    const me = await gql<{ me: { user: { email: string }; permissions: string[] } }>(
      bob.request,
      '{ me { user { email } permissions } }',
    );
    expect(me.me.user.email).toBe('bob@example.test');
    expect(me.me.permissions).toContain('clients.read');
    expect(me.me.permissions).not.toContain('users.manage');
    await context.close();
    bobPassword = USER_PASSWORD;

    // A wrong directory password gets the one generic message.
    const other = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const wrong = await other.newPage();
    await login(wrong, 'bob', 'not the password');
    await expect(wrong.getByRole('alert')).toHaveText('Wrong e-mail or password.');
    await other.close();
  });

  test('the directory user (Agent) sees only own clients; an administrator reads the trail of their edit', async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    expect(bobPassword, 'the directory user signed in in the previous test').not.toBe('');
    const { users } = await gql<{ users: { edges: { node: { id: string; email: string } }[] } }>(
      page.request,
      'query($f: UserFilter) { users(filter: $f, first: 5) { edges { node { id email } } } }',
      { f: { search: 'bob@example.test' } },
    );
    const bobId = users.edges.find((e) => e.node.email === 'bob@example.test')!.node.id;
    const create = 'mutation($input: CreateClientInput!) { createClient(input: $input) { id version } }';
    const own = await gql<{ createClient: { id: string; version: number } }>(page.request, create, {
      input: { kind: 'LEGAL', name: `Bobova firma ${run}`, city: 'Rijeka', accountManagerId: bobId },
    });
    const other = await gql<{ createClient: { id: string } }>(page.request, create, {
      input: { kind: 'LEGAL', name: `Tuđa firma ${run}`, city: 'Pula' },
    });

    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const bob = await context.newPage();
    await login(bob, 'bob', bobPassword);
    await expectHome(bob, 'Bob Builder');
    // The list, the search and the address of someone else's client: only their own exists for them.
    await bob.goto('/clients');
    await expect(bob.getByRole('link', { name: `Bobova firma ${run}` }).first()).toBeVisible();
    await expect(bob.getByText(`Tuđa firma ${run}`)).toHaveCount(0);
    await bob.getByRole('searchbox', { name: 'Search clients' }).fill(`firma ${run}`);
    await expect(bob.getByRole('link', { name: `Bobova firma ${run}` }).first()).toBeVisible();
    await expect(bob.getByText(`Tuđa firma ${run}`)).toHaveCount(0);
    await bob.goto(`/clients/${other.createClient.id}`);
    await expect(bob.getByRole('heading', { name: 'Client not found' })).toBeVisible();
    // Bob edits his client.
    await gql(
      bob.request,
      'mutation($id: ID!, $v: Int!, $input: UpdateClientInput!) { updateClient(id: $id, version: $v, input: $input) { id } }',
      { id: own.createClient.id, v: own.createClient.version, input: { city: 'Opatija' } },
    );
    await context.close();

    // The administrator reads who changed what on that client.
    await page.goto(`/clients/${own.createClient.id}`);
    await page.getByRole('tab', { name: 'Changes' }).click();
    const panel = page.getByRole('tabpanel', { name: 'Changes' });
    const changes = panel.getByRole('table', { name: /^Changes of/ }).first();
    await expect(panel.getByText('Bob Builder')).toBeVisible();
    await expect(changes.getByRole('row', { name: /City/ })).toContainText('Rijeka');
    await expect(changes.getByRole('row', { name: /City/ })).toContainText('Opatija');
  });

  test('the page in Polish, desktop and phone', async ({ page, browser }, testInfo) => {
    const admin = { email: `ldap-pl-${run}@example.com`, name: 'Piotr Admin', password: `Haslo-${run}-x` };
    await createUser(page.request, { ...admin, locale: 'pl' }, ['Administrator']);
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const pl = await context.newPage();
    await login(pl, admin.email, admin.password);
    await expect(pl.getByRole('navigation').first()).toBeVisible();
    await pl.goto('/admin/ldap');
    await expect(pl.getByRole('heading', { name: 'Logowanie katalogowe (LDAP / Active Directory)' })).toBeVisible();
    await pl.getByRole('button', { name: 'Uruchom test' }).click();
    await expect(pl.getByText('Wszystkie kroki zakończone powodzeniem.')).toBeVisible();
    await snapshot(pl, testInfo, 'ldap-settings-pl');
    await pl.setViewportSize({ width: 390, height: 844 });
    await snapshot(pl, testInfo, 'ldap-settings-pl-phone');
    await context.close();
  });
});
