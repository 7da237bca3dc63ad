// Accessibility: axe (default rules) on every route of app-routes.tsx and the main dialogs, in each of the four
// languages, by the seeded roles; any serious or critical violation fails. One browser context per role and language;
// pages are reached by client-side navigation, so the built app (and axe) load once per context. The administrator's
// pages in Polish are audited in phone-layout.spec.ts's desktop walk, which visits them all in any case.
import fs from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
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
  urlOf as urlOf_,
} from './fixtures/a11y.ts';
import { auditor, navigate } from './fixtures/page-walk.ts';

const run = Date.now();
let ids: Ids;
type Role = (typeof ROLES)[number];

test('the accessibility route table matches the routes of app-routes.tsx', () => {
  // A route added to the app without an entry here (or an entry left after its route went) fails.
  expect(Object.keys(ROUTES).sort()).toEqual(declaredRoutes().sort());
});

const urlOf = (path: string, role: string) => urlOf_(ids, path, role);

/** Waits for the dialog named `title`, its first field or button, and the end of loading and animations. */
async function openedDialog(page: Page, title: string) {
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button').last()).toBeEnabled();
  await settle(page);
  return dialog;
}

/** Audits the open dialog named `title` and closes it with Escape. */
async function auditOpenDialog(page: Page, where: string, title: string, expand?: () => Promise<void>) {
  await openedDialog(page, title);
  if (expand) {
    await expand();
    await settle(page);
  }
  const found = await audit(page, where, '[role="dialog"]');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  return found;
}

type Dialog = {
  name: string;
  any?: string[];
  /** Opens the dialog; returns its title. */
  open: (page: Page, locale: Locale) => Promise<string>;
  /** Shows the dialog's optional parts before the audit. */
  expand?: (page: Page, locale: Locale) => Promise<void>;
};

const clickOpen = (path: () => string, button: string, title: string) => async (page: Page, locale: Locale) => {
  await navigate(page, path());
  await page
    .getByRole('button', { name: tr(locale, button), exact: true })
    .first()
    .click();
  return tr(locale, title);
};

/** The main dialogs: how each opens, and the title it opens with. */
const DIALOGS: Dialog[] = [
  {
    name: 'new activity',
    any: ['activities.write'],
    open: clickOpen(() => '/activities', 'activity.create', 'activity.createTitle'),
  },
  {
    name: 'activity close',
    any: ['activities.write'],
    open: async (page, locale) => {
      await navigate(page, '/activities');
      const row = page.getByRole('row').filter({ hasText: `Accessibility call ${run}` });
      await row.getByRole('button').last().click();
      await page.getByRole('menuitem', { name: tr(locale, 'activity.actions.close') }).click();
      return tr(locale, 'activity.close.title');
    },
    // The next contact's date-time fields.
    expand: async (page, locale) => {
      const dialog = page.getByRole('dialog', { name: tr(locale, 'activity.close.title') });
      await dialog.getByRole('checkbox', { name: tr(locale, 'activity.close.planNext') }).check();
      await expect(dialog.getByRole('textbox', { name: tr(locale, 'activity.close.nextStartsAt') })).toBeVisible();
    },
  },
  {
    // The keyboard way to what a drag on the calendar does: the button, pressed with Enter.
    name: 'calendar new activity',
    any: ['activities.write'],
    open: async (page, locale) => {
      await navigate(page, '/calendar');
      await page.getByRole('button', { name: tr(locale, 'activity.create'), exact: true }).press('Enter');
      return tr(locale, 'activity.createTitle');
    },
  },
  {
    name: 'new opportunity',
    any: ['opportunities.write'],
    open: clickOpen(() => '/opportunities', 'opportunities.new', 'opportunities.form.createTitle'),
  },
  {
    name: 'new contact person',
    any: ['clients.write'],
    open: clickOpen(() => `/clients/${ids.client}?tab=persons`, 'person.create', 'person.createTitle'),
  },
  {
    name: 'e-mail compose',
    any: ['mail.send'],
    open: clickOpen(() => `/clients/${ids.client}?tab=emails`, 'mail.compose.open', 'mail.compose.title'),
  },
  {
    name: 'new e-mail campaign',
    any: ['mailings.manage'],
    open: clickOpen(() => '/email-campaigns', 'mailings.campaigns.new', 'mailings.campaigns.new'),
  },
  {
    name: 'new user',
    any: ['users.manage'],
    open: clickOpen(() => '/admin/users', 'users.create', 'users.createTitle'),
  },
];

async function loginAs(browser: Browser, role: Role, locale: Locale) {
  const context = await browser.newContext();
  const { login } = await gql<{ login: { permissions: string[]; user: { locale: string } } }>(
    context.request,
    'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { permissions user { locale } } }',
    { email: role.email, password: role.password },
  );
  await setLocale(context.request, locale);
  return { context, permissions: login.permissions, originalLocale: login.user.locale };
}

const setLocale = (request: Parameters<typeof gql>[0], locale: string) =>
  gql(request, 'mutation($input: UpdateMyPreferencesInput!) { updateMyPreferences(input: $input) { via } }', {
    input: { locale },
  });

test('the login page in every language', async ({ page }) => {
  // Hang guards, not speed checks: on a machine shared by many runs one context here has taken over two minutes.
  test.setTimeout(90_000);
  const findings: Finding[] = [];
  for (const locale of LOCALES) {
    await page.addInitScript((l) => localStorage.setItem('veza.locale', l), locale);
    await page.goto('/login');
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByRole('button', { name: tr(locale, 'login.submit') })).toBeVisible();
    await settle(page);
    findings.push(...(await audit(page, `[${locale}] /login`)));
  }
  expect(findings, describeFindings(findings)).toEqual([]);
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
      await setLocale(context.request, originalLocale);
      await context.close();
    }
  });

  for (const role of ROLES) {
    for (const locale of LOCALES) {
      test(`pages and dialogs: ${role.key} in ${locale}`, async ({ browser }) => {
        test.setTimeout(240_000);
        const { context, originalLocale } = await loginAs(browser, role, locale);
        const where = `[${role.key} ${locale}]`;
        const findings: Finding[] = [];
        try {
          const page = await context.newPage();
          await page.goto('/');
          await expect(page.locator('html')).toHaveAttribute('lang', locale);
          await settle(page);
          // Every route in every language by one able role; the home page, which differs most, by every role. The
          // administrator's routes in Polish are audited by the desktop walk of phone-layout.spec.ts, which visits
          // every route as the administrator in Polish anyway (one visit, both checks); their dialogs stay here.
          const walkedThere = role.key === 'admin' && locale === 'pl';
          const mine = Object.entries(ROUTES).filter(
            ([path, r], i) => !walkedThere && (path === '' || auditor(i, r.any, locale, permissions) === role.key),
          );
          for (const [path] of mine) {
            const url = urlOf(path, role.key);
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
          for (const [i, dialog] of DIALOGS.entries()) {
            if (auditor(i, dialog.any, locale, permissions) !== role.key) continue;
            const title = await dialog.open(page, locale);
            const expand = dialog.expand && (() => dialog.expand!(page, locale));
            findings.push(...(await auditOpenDialog(page, `${where} ${dialog.name}`, title, expand)));
          }
        } finally {
          await setLocale(context.request, originalLocale);
          await context.close();
        }
        expect(findings, describeFindings(findings)).toEqual([]);
      });
    }
  }
});
