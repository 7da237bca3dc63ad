// Every route of app-routes.tsx on a 390 × 844 touch screen in Polish and Czech (the longest words), and on a desktop,
// with data in its lists: no page may scroll sideways (document.scrollingElement.scrollWidth > clientWidth) and no
// button or link may lie beyond the right edge of the screen (an action in a table that scrolls sideways). A table
// that scrolls inside its own box on purpose (the report grid, with its first column sticky) is marked
// `data-scrolls-inside`; its controls are exempt. Each page is screenshotted into test-results/e2e/screenshots/.
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { ADMIN_STATE } from './fixtures/app.ts';
import { createFixtures, gql, ROLES, ROUTES, settle, urlOf, type Ids } from './fixtures/a11y.ts';

const run = Date.now();
let ids: Ids;

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, hasTouch: true };
const DESKTOP = { viewport: { width: 1280, height: 800 } };

/** Rows for the administration lists that start empty: they must be seen with data, in their longest language. */
async function createAdminRows(api: APIRequestContext, clientId: string) {
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

type Overflow = { page: number; screen: number; beyond: string[] };

/** What sticks out to the right: the page's own scroll width, and the visible elements beyond the screen's edge. */
function measure(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const root = document.scrollingElement!;
    const screen = root.clientWidth;
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].slice(0, 2).join('.')} "${(el.textContent ?? '').trim().slice(0, 40)}" right=${Math.round(el.getBoundingClientRect().right)}`;
    // Column headers (sort buttons) of a list that scrolls in its own box are reached by Tab, which scrolls them in.
    const exempt = (el: Element) =>
      el.closest('[data-scrolls-inside], thead, [role="dialog"], [aria-hidden="true"]') !== null;
    const beyond = [...document.querySelectorAll('button, a[href], input, label, [role="button"], [role="tab"]')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && box.right > screen + 1 && !exempt(el);
      })
      .slice(0, 5)
      .map(describe);
    return { page: root.scrollWidth, screen, beyond };
  });
}

const slug = (path: string) => path.replace(/:/g, '').replace(/[^a-z0-9]+/gi, '-') || 'home';

async function visitAll(browser: Browser, roleKey: string, locale: string, size: 'phone' | 'desktop') {
  const role = ROLES.find((r) => r.key === roleKey)!;
  const { context, permissions, restore } = await loginAs(browser, role, locale, size === 'phone' ? PHONE : DESKTOP);
  const problems: string[] = [];
  try {
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await settle(page);
    const mine = Object.entries(ROUTES).filter(([, r]) => !r.any || r.any.some((p) => permissions.includes(p)));
    for (const [path] of mine) {
      const url = urlOf(ids, path, role.key);
      // A full load per page: after a client-side navigation the lazy page and its queries may still be on the way.
      await page.goto(url, { waitUntil: 'networkidle' });
      await settle(page);
      const found = await measure(page);
      if (found.page > found.screen || found.beyond.length > 0)
        problems.push(`${url}: page ${found.page} > screen ${found.screen}?\n    ${found.beyond.join('\n    ')}`);
      await page.screenshot({
        path: `test-results/e2e/screenshots/${size}-${locale}-${slug(path)}.png`,
        fullPage: true,
      });
    }
  } finally {
    await restore();
    await context.close();
  }
  return problems;
}

test.beforeAll(async ({ browser }) => {
  const admin = await browser.newContext({ storageState: ADMIN_STATE });
  ids = await createFixtures(admin.request, run);
  await createAdminRows(admin.request, ids.client);
  await admin.close();
});

// Hang guards, not speed checks: about forty pages each, with a full-page screenshot of every one.
for (const [role, locale, size] of [
  // The administrator reaches every route; the agent's own pages are the same routes with less in them.
  ['admin', 'pl', 'phone'],
  ['admin', 'cs', 'phone'],
  ['admin', 'pl', 'desktop'],
] as const) {
  test(`no page scrolls sideways: ${role} in ${locale} on a ${size}`, async ({ browser }) => {
    test.setTimeout(360_000);
    const problems = await visitAll(browser, role, locale, size);
    expect(problems, problems.join('\n')).toEqual([]);
  });
}
