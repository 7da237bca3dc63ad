// Every route of app-routes.tsx on a 390 × 844 touch screen in Polish and Czech (the longest words), and on a desktop,
// with data in its lists: no page may scroll sideways (document.scrollingElement.scrollWidth > clientWidth) and no
// button or link may lie beyond the right edge of the screen (an action in a table that scrolls sideways). A table
// that scrolls inside its own box on purpose (the report grid, with its first column sticky) is marked
// `data-scrolls-inside`; its controls are exempt. Each page is screenshotted into test-results/e2e/screenshots/.
// The desktop walk (administrator, Polish) is also the axe audit of the routes accessibility.spec.ts gives the
// administrator in Polish: one visit per route does both checks.
import { expect, test, type APIRequestContext, type Browser } from '@playwright/test';
import { ADMIN_STATE } from './fixtures/app.ts';
import {
  audit,
  createFixtures,
  describeFindings,
  gql,
  ROLES,
  ROUTES,
  settle,
  urlOf,
  type Finding,
  type Ids,
} from './fixtures/a11y.ts';
import { auditor, measureOverflow, navigate, rolePermissions } from './fixtures/page-walk.ts';

const run = Date.now();
let ids: Ids;
let rolePerms: Record<string, string[]>;

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, hasTouch: true };
const DESKTOP = { viewport: { width: 1280, height: 800 } };

/** Rows for the administration lists that start empty: they must be seen with data, in their longest language. */
async function createAdminRows(api: APIRequestContext, clientId: string, personId: string) {
  const long = 'Długość geograficzna przedstawiciela handlowego';
  await gql(
    api,
    'mutation($input: CreateAttributeDefinitionInput!) { createAttributeDefinition(input: $input) { id } }',
    {
      input: {
        entity: 'CLIENT',
        key: `phone_layout_${run}`,
        type: 'TEXT',
        labels: { en: 'Sales representative longitude', hr: long, pl: long, cs: long },
      },
    },
  );
  await gql(api, 'mutation($name: String!) { createApiToken(name: $name) { token { id } } }', {
    name: `Integracja z systemem księgowym ${run}`,
  });
  await gql(api, 'mutation($input: AutomationRuleInput!) { createAutomationRule(input: $input) { id } }', {
    input: {
      name: `Powiadomienie opiekuna o zmianie miejscowości ${run}`,
      entity: 'CLIENT',
      trigger: 'UPDATED',
      triggerField: 'city',
      actions: [{ type: 'NOTIFY', roles: ['ACCOUNT_MANAGER'] }],
    },
  });
  await gql(api, 'mutation($input: EmailTemplateInput!) { createEmailTemplate(input: $input) { id } }', {
    input: {
      name: `Zaproszenie na spotkanie przedświąteczne ${run}`,
      language: 'pl',
      subject: 'Zaproszenie na spotkanie przedświąteczne w naszym biurze',
      bodyHtml: '<p>{{salutation}}</p>',
    },
  });
  await gql(api, 'mutation($input: SetExchangeRateInput!) { setExchangeRate(input: $input) { currency } }', {
    input: { currency: 'PLN', date: '2026-12-01', rate: '4.2345' },
  });
  // Done calls in the past month: rows for the report builder's default report (done activities by owner and type).
  const { dictionary } = await gql<{ dictionary: { id: string; key: string }[] }>(
    api,
    '{ dictionary(kind: ACTIVITY_TYPE) { id key } }',
  );
  for (const [i, key] of ['call', 'meeting', 'call'].entries()) {
    const start = new Date(Date.now() - (i + 1) * 86_400_000);
    await gql(api, 'mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }', {
      input: {
        clientId,
        typeId: dictionary.find((d) => d.key === key)!.id,
        subject: `Rozmowa telefoniczna w sprawie oferty ${run} ${i}`,
        status: 'DONE',
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 20 * 60_000).toISOString(),
      },
    });
  }
  // A planned visit over two days with a pasted link as its subject: the longest "when" and an unbreakable word, at
  // the top of the activity list (newest first), in the home agenda, the calendar and the client's history.
  const start = new Date(Date.now() + 3_600_000);
  await gql(api, 'mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }', {
    input: {
      clientId,
      contactPersonId: personId,
      typeId: dictionary.find((d) => d.key === 'meeting')!.id,
      subject: `Oferta https://hurtownia-spozywcza.przyklad.pl/katalog/promocje/zimowa-wyprzedaz-2026/pozycja-${run}`,
      status: 'PLANNED',
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 26 * 3_600_000).toISOString(),
    },
  });
  const { users } = await gql<{ users: { edges: { node: { id: string; email: string } }[] } }>(
    api,
    '{ users(first: 100) { edges { node { id email } } } }',
  );
  const agent = users.edges.find((e) => e.node.email === 'agent@veza.local')!.node.id;
  await gql(api, 'mutation($input: SetHourlyRateInput!) { setHourlyRate(input: $input) { rate } }', {
    input: { userId: agent, validFrom: '2026-01-01', rate: '125.50' },
  });
}

async function loginAs(browser: Browser, role: (typeof ROLES)[number], locale: string, options: object) {
  const context = await browser.newContext(options);
  const { login } = await gql<{ login: { permissions: string[]; user: { locale: string } } }>(
    context.request,
    'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { permissions user { locale } } }',
    { email: role.email, password: role.password },
  );
  const setLocale = (to: string) =>
    gql(context.request, 'mutation($input: UpdateMyPreferencesInput!) { updateMyPreferences(input: $input) { via } }', {
      input: { locale: to },
    });
  await setLocale(locale);
  return { context, permissions: login.permissions, restore: () => setLocale(login.user.locale) };
}

const slug = (path: string) => path.replace(/:/g, '').replace(/[^a-z0-9]+/gi, '-') || 'home';

async function visitAll(browser: Browser, roleKey: string, locale: 'pl' | 'cs', size: 'phone' | 'desktop') {
  const role = ROLES.find((r) => r.key === roleKey)!;
  const { context, permissions, restore } = await loginAs(browser, role, locale, size === 'phone' ? PHONE : DESKTOP);
  const problems: string[] = [];
  const findings: Finding[] = [];
  try {
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await settle(page);
    const routes = Object.entries(ROUTES);
    for (const [i, [path, route]] of routes.entries()) {
      if (route.any && !route.any.some((p) => permissions.includes(p))) continue;
      const url = urlOf(ids, path, role.key);
      await navigate(page, url);
      const found = await measureOverflow(page);
      if (found.page > found.screen || found.beyond.length > 0)
        problems.push(`${url}: page ${found.page} > screen ${found.screen}?\n    ${found.beyond.join('\n    ')}`);
      // The axe audit accessibility.spec.ts leaves to this walk (the same role, language and desktop width).
      const audits = size === 'desktop' && (path === '' || auditor(i, route.any, locale, rolePerms) === role.key);
      if (audits) findings.push(...(await audit(page, `[${role.key} ${locale}] ${url}`)));
      await page.screenshot({
        path: `test-results/e2e/screenshots/${size}-${locale}-${slug(path)}.png`,
        fullPage: true,
      });
    }
  } finally {
    await restore();
    await context.close();
  }
  return { problems, findings };
}

test.beforeAll(async ({ browser }) => {
  const admin = await browser.newContext({ storageState: ADMIN_STATE });
  ids = await createFixtures(admin.request, run);
  await createAdminRows(admin.request, ids.client, ids.person);
  await admin.close();
  rolePerms = await rolePermissions(browser);
});

// Hang guards, not speed checks: about forty pages each, with a full-page screenshot of every one.
for (const [role, locale, size] of [
  // The administrator reaches every route; the agent's own pages are the same routes with less in them.
  ['admin', 'pl', 'phone'],
  ['admin', 'cs', 'phone'],
  ['admin', 'pl', 'desktop'],
] as const) {
  const axe = size === 'desktop' ? ' (and axe, for accessibility.spec.ts)' : '';
  test(`no page scrolls sideways: ${role} in ${locale} on a ${size}${axe}`, async ({ browser }) => {
    test.setTimeout(360_000);
    const { problems, findings } = await visitAll(browser, role, locale, size);
    expect(problems, problems.join('\n')).toEqual([]);
    expect(findings, describeFindings(findings)).toEqual([]);
  });
}
