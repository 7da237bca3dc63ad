// Logs the demo administrator in once and saves the session for the specs that act as administrator.
import { test as setup } from '@playwright/test';
import { ADMIN, ADMIN_STATE, expectHome, login } from './fixtures/app.ts';

setup('log in as the demo administrator', async ({ page }) => {
  await login(page, ADMIN.email, ADMIN.password);
  await expectHome(page, ADMIN.name);
  await page.context().storageState({ path: ADMIN_STATE });
});
