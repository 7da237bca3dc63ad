// The foundation in a real browser: login, home, language switch, logout, user administration and permissions.
import { expect, test } from '@playwright/test';
import { ADMIN, ADMIN_STATE, expectHome, login, snapshot } from './fixtures/app.ts';

test.describe('signing in and out', () => {
  test('a wrong password is refused, the right one opens the home page, Polish can be chosen, logout returns to login', async ({
    page,
  }, testInfo) => {
    await login(page, ADMIN.email, 'not the password');
    await expect(page.getByText('Wrong e-mail or password.')).toBeVisible();
    await snapshot(page, testInfo, 'login');

    await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expectHome(page, ADMIN.name);
    await snapshot(page, testInfo, 'home');

    await page.getByRole('button', { name: `Account menu for AA ${ADMIN.name}` }).click();
    await page.getByLabel('Language').selectOption('pl');
    await expect(page.getByRole('heading', { name: `Witaj, ${ADMIN.name}` })).toBeVisible();
    await expect(page.getByRole('navigation').getByText('Start')).toBeVisible();
    await snapshot(page, testInfo, 'home-pl');

    // The choice is saved on the account: it survives a reload.
    await page.reload();
    await expect(page.getByRole('heading', { name: `Witaj, ${ADMIN.name}` })).toBeVisible();
    await page.getByRole('button', { name: `Menu konta: AA ${ADMIN.name}` }).click();
    await page.getByLabel('Język').selectOption('en');
    await expectHome(page, ADMIN.name);

    const logoutButton = page.getByRole('button', { name: 'Log out' });
    if (!(await logoutButton.isVisible()))
      await page.getByRole('button', { name: `Account menu for AA ${ADMIN.name}` }).click();
    await logoutButton.click();
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    // The old session is gone on the server too: protected pages send us back to the login form.
    await page.goto('/admin/users');
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  });
});

test.describe('user administration', () => {
  test.use({ storageState: ADMIN_STATE });

  test('an administrator creates an agent, who can sign in but cannot open user administration', async ({
    page,
    browser,
  }, testInfo) => {
    const email = `agent.${Date.now()}@veza.local`;
    await page.goto('/admin/users');
    await expect(page.getByRole('table', { name: 'Users' })).toBeVisible();
    await snapshot(page, testInfo, 'users');

    await page.getByRole('button', { name: 'New user' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name').fill('Petra Novak');
    await dialog.getByLabel('E-mail').fill(email);
    await dialog.getByRole('textbox', { name: 'Password', exact: true }).fill('petra-password-1');
    await dialog.getByRole('combobox', { name: 'Profiles' }).click();
    await page.getByRole('option', { name: 'Agent' }).click();
    await page.keyboard.press('Escape');
    await snapshot(page, testInfo, 'users-create');
    await dialog.getByRole('button', { name: 'Create user' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('row', { name: /Petra Novak/ })).toContainText('Agent');

    await page.goto('/admin/profiles');
    await expect(page.getByRole('heading', { name: 'Profiles' }).first()).toBeVisible();
    await snapshot(page, testInfo, 'profiles');
    await page.goto('/account/tokens');
    await snapshot(page, testInfo, 'api-tokens');

    const agentContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const agent = await agentContext.newPage();
    await login(agent, email, 'petra-password-1');
    await expectHome(agent, 'Petra Novak');
    await expect(agent.getByRole('link', { name: 'Users' })).toHaveCount(0);
    await agent.goto('/admin/users');
    await expect(agent.getByRole('heading', { name: 'Access denied' })).toBeVisible();
    await snapshot(agent, testInfo, 'access-denied');
    await agentContext.close();
  });
});
