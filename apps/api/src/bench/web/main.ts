// `pnpm bench:web [--scale N] [--reuse] [--only ids] [--profile]`: the web app's workload in Debian's Chromium (Playwright), against the API in
// production mode serving the built SPA (`pnpm build` first) on the benchmark database (default 10 000 clients):
// initial JavaScript ≤ 200 KB gzip, client list LCP ≤ 1.5 s with the CPU 4× slower, no frame over 50 ms while
// scrolling 10 000 rows, a calendar month switch ≤ 300 ms. Figures are printed (and with --json as JSON), never
// asserted; docs/PERFORMANCE.md keeps them with the machine.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { hashPassword } from '../../auth/password.ts';
import { webDistDir } from '../../config/paths.ts';
import { startApi } from '../api-process.ts';
import { openBenchDatabase } from '../bench-database.ts';
import { describeMachine } from '../machine.ts';
import { calendarMonthSwitch, clientListLcp, initialJs, scrollRows, type WebFigure } from './measures.ts';
import { profiled } from './profile.ts';

const BENCH_PASSWORD = 'veza-bench-web';

function options() {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: '10000' },
      reuse: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      // Comma-separated workload ids (initial-js, client-list-lcp, client-list-scroll, calendar-month-switch).
      only: { type: 'string' },
      // Record a CPU profile of the scroll and calendar workloads (profile.ts).
      profile: { type: 'boolean', default: false },
    },
  });
  const scale = Number(values.scale);
  if (!Number.isInteger(scale) || scale < 1000) throw new Error('--scale: a whole number of clients, at least 1 000');
  const only = values.only ? new Set(values.only.split(',').map((id) => id.trim())) : null;
  return { scale, reuse: values.reuse!, json: values.json!, only, profile: values.profile! };
}

/** Gives the user a known password and English, for the browser to log in as. */
async function withBenchPassword(client: pg.Client, user: { id: string; email: string } | undefined, what: string) {
  if (!user) throw new Error(`the benchmark data has no ${what}`);
  await client.query("UPDATE users SET password_hash = $2, locale = 'en' WHERE id = $1", [
    user.id,
    await hashPassword(BENCH_PASSWORD),
  ]);
  return { email: user.email };
}

/**
 * The agent with the most activities (the calendar shows one's own schedule first), and a manager, who reads every
 * client (an agent reads only the ~1 000 clients they manage, too few to scroll through 10 000 rows).
 */
async function benchUsers(url: string, anchor: Date) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const agents = await client.query<{ id: string; email: string }>(
      `SELECT u.id, u.email FROM users u JOIN activities a ON a.owner_id = u.id
      WHERE u.active AND a.starts_at >= date_trunc('month', $1::timestamptz)
        AND a.starts_at < date_trunc('month', $1::timestamptz) + interval '1 month'
      GROUP BY u.id ORDER BY count(*) DESC LIMIT 1`,
      [anchor],
    );
    const managers = await client.query<{ id: string; email: string }>(
      `SELECT u.id, u.email FROM users u JOIN user_profiles up ON up.user_id = u.id
      JOIN permission_profiles p ON p.id = up.profile_id
      WHERE u.active AND p.system_key = 'manager' ORDER BY u.email LIMIT 1`,
    );
    // The agent's activities in the two months before the anchor's (the months the calendar workload switches).
    const months = await client.query<{ n: number }>(
      `SELECT count(a.id)::int AS n FROM generate_series(1, 2) AS m(back)
      LEFT JOIN activities a ON a.owner_id = $2 AND a.deleted_at IS NULL
        AND a.starts_at >= date_trunc('month', $1::timestamptz) - make_interval(months => m.back)
        AND a.starts_at < date_trunc('month', $1::timestamptz) - make_interval(months => m.back - 1)
      GROUP BY m.back ORDER BY m.back`,
      [anchor, agents.rows[0]?.id],
    );
    return {
      monthEvents: months.rows.map((r) => r.n),
      agent: await withBenchPassword(client, agents.rows[0], 'activities'),
      manager: await withBenchPassword(client, managers.rows[0], 'manager'),
    };
  } finally {
    await client.end();
  }
}

function monthsBetween(from: Date, to: Date) {
  return (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth();
}

function print(figures: WebFigure[], machine: string) {
  console.log(`\n${machine}\n`);
  console.log('| workload | measured | target | detail |\n| --- | ---: | ---: | --- |');
  for (const f of figures) {
    const ok = f.value <= f.target ? '✓' : '✗';
    console.log(`| ${f.label} | ${f.value.toFixed(1)} ${f.unit} | ≤ ${f.target} ${f.unit} ${ok} | ${f.detail} |`);
  }
}

/** A desktop-sized browser context in English with the agent's session cookie. */
async function loggedInContext(browser: Browser, baseUrl: string, email: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
  await context.addInitScript(() => localStorage.setItem('veza.locale', 'en'));
  const login = await context.request.post(`${baseUrl}/graphql`, {
    data: {
      query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { user { id } } }',
      variables: { e: email, p: BENCH_PASSWORD },
    },
  });
  if (!login.ok() || (await login.json()).errors) throw new Error(`login failed: ${await login.text()}`);
  return context;
}

async function main() {
  const opts = options();
  if (!fs.existsSync(path.join(webDistDir, 'index.html')))
    throw new Error('apps/web/dist is missing: run `pnpm build` first');
  const database = await openBenchDatabase({
    scale: opts.scale,
    seed: 2026,
    reuse: opts.reuse,
    databaseUrl: process.env.DATABASE_URL || undefined,
    log: (line) => console.log(`  ${line}`),
  });
  const api = await startApi({ databaseUrl: database.url, dataDir: database.dataDir });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium' });
  try {
    const anchor = new Date(database.marker.anchor);
    const users = await benchUsers(database.url, anchor);
    const context = await loggedInContext(browser, api.url, users.agent.email);
    const page = await context.newPage();
    const managerContext = await loggedInContext(browser, api.url, users.manager.email);
    const managerPage = await managerContext.newPage();
    const figures: WebFigure[] = [];
    const onPage =
      (id: string, work: () => Promise<WebFigure>, on = page) =>
      () =>
        opts.profile ? profiled(on, id, work) : work();
    const steps: [string, () => Promise<WebFigure>][] = [
      ['initial-js', () => initialJs(context, api.url)],
      ['client-list-lcp', () => clientListLcp(managerContext, api.url)],
      [
        'client-list-scroll',
        onPage('client-list-scroll', () => scrollRows(managerPage, api.url, Math.min(10_000, opts.scale)), managerPage),
      ],
      [
        'calendar-month-switch',
        onPage('calendar-month-switch', () =>
          calendarMonthSwitch(page, api.url, monthsBetween(anchor, new Date()) + 1, users.monthEvents),
        ),
      ],
    ];
    const failures: string[] = [];
    for (const [id, step] of steps)
      if (!opts.only || opts.only.has(id))
        await step().then(
          (f) => figures.push(f),
          (e: Error) => failures.push(e.message),
        );
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const machine = (await describeMachine(client)).text;
    await client.end();
    if (opts.json) console.log(JSON.stringify({ scale: opts.scale, machine, figures }, null, 2));
    else print(figures, machine);
    if (failures.length) throw new Error(`${failures.length} workload(s) failed:\n${failures.join('\n')}`);
  } finally {
    await browser.close();
    await api.stop();
    await database.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(
      `bench:web could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    process.exit(1);
  },
);
