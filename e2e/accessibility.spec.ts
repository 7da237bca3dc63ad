// Accessibility: axe (default rules) on every route of app-routes.tsx and the main dialogs, for each seeded role in
// each of the four languages; any serious or critical violation fails. One browser context per role and language;
// pages are reached by client-side navigation so the built app loads once per context.
import fs from 'node:fs';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { ADMIN_STATE } from './fixtures/app.ts';
import {
  audit,
  createFixtures,
  declaredRoutes,
  describeFindings,
  gql,
  LOCALES,
  ROLES,
  ROUTES,
  settle,
  tr,
  type Finding,
  type Ids,
  type Locale,
} from './fixtures/a11y.ts';

const run = Date.now();
let ids: Ids;

test('the accessibility route table covers every route of app-routes.tsx', () => {
  const covered = new Set(ROUTES.map((r) => r.path));
  expect(declaredRoutes().filter((p) => !covered.has(p))).toEqual([]);
});

/** Client-side navigation (react-router listens to popstate): no reload of the app per page. */
async function navigate(page: Page, to: string) {
  await page.evaluate((url) => {
    history.pushState(null, '', url);
    dispatchEvent(new PopStateEvent('popstate'));
  }, to);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await settle(page);
}

function urlOf(path: string, role: string): string {
  const id = path.startsWith('activities')
    ? ids.activity
    : path.startsWith('opportunities')
      ? ids.opportunity
      : path.startsWith('my-campaigns') || path.startsWith('campaigns')
        ? (ids.campaigns[role] ?? Object.values(ids.campaigns)[0])
        : ids.client;
  return `/${path.replace(':id', id)}`;
}

/** Opens a dialog with the button named `button`, audits the dialog, closes it with Escape. */
async function auditDialog(page: Page, where: string, button: string): Promise<Finding[]> {
  await page.getByRole('button', { name: button, exact: true }).first().click();
  const dialog = page.getByRole('dialog').last();
  await expect(dialog).toBeVisible();
  await settle(page);
  const found = await audit(page, where, '[role="dialog"]');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  return found;
}

async function loginAs(browser: Browser, role: (typeof ROLES)[number], locale: Locale) {
  const context = await browser.newContext();
  const { login } = await gql<{ login: { permissions: string[]; user: { locale: string } } }>(
    context.request,
    'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { permissions user { locale } } }',
    { email: role.email, password: role.password },
  );
  await gql(
    context.request,
    'mutation($input: UpdateMyPreferencesInput!) { updateMyPreferences(input: $input) { via } }',
    {
      input: { locale },
    },
  );
  return { context, permissions: login.permissions, originalLocale: login.user.locale };
}

for (const locale of LOCALES) {
  test(`the login page in ${locale}`, async ({ page }) => {
    await page.addInitScript((l) => localStorage.setItem('veza.locale', l), locale);
    await page.goto('/login');
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await settle(page);
    const findings = await audit(page, `[${locale}] /login`);
    expect(findings, describeFindings(findings)).toEqual([]);
  });
}

/**
 * Which role audits a route in a language: every route is checked in all four languages, each time by the next
 * role that may open it (so each role sees its own menus and pages in several languages); the home page, which
 * differs most between roles, by every role in every language. Keeps the run to about 150 pages.
 */
function auditor(path: string, locale: Locale, permissions: Record<string, string[]>): string {
  const route = ROUTES.find((r) => r.path === path)!;
  const able = ROLES.filter((r) => !route.any || route.any.some((p) => permissions[r.key]!.includes(p)));
  return able[(ROUTES.indexOf(route) + LOCALES.indexOf(locale)) % able.length]!.key;
}

async function auditDialogs(page: Page, where: string, locale: Locale, can: (any: string[]) => boolean) {
  const findings: Finding[] = [];
  if (can(['activities.write'])) {
    await navigate(page, '/activities');
    findings.push(...(await auditDialog(page, `${where} new activity`, tr(locale, 'activity.create'))));
    // The close dialog from the row's actions menu.
    await page
      .getByRole('row')
      .filter({ hasText: `Accessibility call ${run}` })
      .getByRole('button')
      .last()
      .click();
    await page.getByRole('menuitem', { name: tr(locale, 'activity.actions.close') }).click();
    await expect(page.getByRole('dialog', { name: tr(locale, 'activity.close.title') })).toBeVisible();
    await settle(page);
    findings.push(...(await audit(page, `${where} activity close`, '[role="dialog"]')));
    await page.keyboard.press('Escape');
    await navigate(page, `/activities/${ids.activity}`);
    await expect(page.getByRole('dialog')).toBeVisible();
    await settle(page);
    findings.push(...(await audit(page, `${where} activity`, '[role="dialog"]')));
    await page.keyboard.press('Escape');
    // Closing it goes back to /activities after its animation: wait, or that navigation lands on the next page.
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page).toHaveURL(/\/activities$/);
  }
  if (can(['activities.write'])) {
    // The calendar's keyboard way to a new activity (the drag's equivalent): focus the button, press Enter.
    await navigate(page, '/calendar');
    const create = page.getByRole('button', { name: tr(locale, 'activity.create'), exact: true });
    await expect(create).toBeEnabled();
    await create.press('Enter');
    await expect(page.getByRole('dialog', { name: tr(locale, 'activity.createTitle') })).toBeVisible();
    await settle(page);
    findings.push(...(await audit(page, `${where} calendar new activity`, '[role="dialog"]')));
    await page.keyboard.press('Escape');
  }
  if (can(['opportunities.write'])) {
    await navigate(page, '/opportunities');
    findings.push(...(await auditDialog(page, `${where} new opportunity`, tr(locale, 'opportunities.new'))));
  }
  return findings;
}

const setLocale = (context: BrowserContext, locale: string) =>
  gql(context.request, 'mutation($input: UpdateMyPreferencesInput!) { updateMyPreferences(input: $input) { via } }', {
    input: { locale },
  });

test.describe('every page', () => {
  const permissions: Record<string, string[]> = {};
  test.beforeAll(async ({ browser }) => {
    const admin = await browser.newContext({ storageState: ADMIN_STATE });
    ids = await createFixtures(admin.request, run);
    await admin.close();
    for (const role of ROLES) {
      const { context, permissions: own, originalLocale } = await loginAs(browser, role, 'en');
      permissions[role.key] = own;
      await setLocale(context, originalLocale);
      await context.close();
    }
  });

  for (const role of ROLES) {
    for (const locale of LOCALES) {
      test(`pages and dialogs: ${role.key} in ${locale}`, async ({ browser }) => {
        test.setTimeout(300_000);
        const { context, permissions: own, originalLocale } = await loginAs(browser, role, locale);
        const can = (any?: string[]) => !any || any.some((p) => own.includes(p));
        const where = `[${role.key} ${locale}]`;
        const findings: Finding[] = [];
        try {
          const page = await context.newPage();
          await page.goto('/');
          await expect(page.locator('html')).toHaveAttribute('lang', locale);
          await settle(page);
          const mine = ROUTES.filter(
            (r) => r.path === '' || (can(r.any) && auditor(r.path, locale, permissions) === role.key),
          );
          for (const route of mine) {
            const url = urlOf(route.path, role.key);
            const started = Date.now();
            await navigate(page, url);
            const settled = Date.now();
            findings.push(...(await audit(page, `${where} ${url}`)));
            // A11Y_TIMING=<file>: where the time goes (navigation and settling, axe), one line per page.
            if (process.env.A11Y_TIMING)
              fs.appendFileSync(
                process.env.A11Y_TIMING,
                `${where} ${url} ${settled - started} ${Date.now() - settled}\n`,
              );
          }
          // The main dialogs: each language by one role in turn.
          if (ROLES[LOCALES.indexOf(locale) % ROLES.length]!.key === role.key) {
            findings.push(...(await auditDialogs(page, where, locale, can)));
          }
        } finally {
          await setLocale(context, originalLocale);
          await context.close();
        }
        expect(findings, describeFindings(findings)).toEqual([]);
      });
    }
  }
});
