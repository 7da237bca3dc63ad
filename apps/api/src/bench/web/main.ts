// `pnpm bench:web [--scale N] [--reuse] [--only ids] [--profile]`: the web app's workload in Debian's Chromium (Playwright), against the API in
// production mode serving the built SPA (`pnpm build` first) on the benchmark database (default 10 000 clients):
// initial JavaScript ≤ 200 KB gzip, client list LCP ≤ 1.5 s with the CPU 4× slower, no frame over 50 ms while
// scrolling 10 000 rows, a calendar month switch ≤ 300 ms. Figures are printed (and with --json as JSON), never
// asserted; docs/PERFORMANCE.md keeps them with the machine.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { hashPassword } from '../../auth/password.ts';
import { webDistDir } from '../../config/paths.ts';
import { startApi } from '../api-process.ts';
import { openBenchDatabase } from '../bench-database.ts';
import { describeMachine } from '../machine.ts';
import { calendarMonthSwitch, clientListLcp, initialJs, scrollRows, type WebFigure } from './measures.ts';
import { loadInspector, profiled, recordLongTasks } from './profile.ts';

const BENCH_PASSWORD = 'veza-bench-web';

function options() {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: '10000' },
      reuse: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      // Comma-separated workload ids (initial-js, client-list-lcp, client-list-scroll, calendar-month-switch).
      only: { type: 'string' },
      // Record a CPU profile of the scroll and calendar workloads, and the client list load's timeline (profile.ts).
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

/** Agents whose schedules the calendar workload shows together: about 1 000 activities a month (issue 20). */
const SCHEDULE_AGENTS = 4;

/**
 * The agents with the most activities in the anchor's month, and a manager, who reads every client (an agent reads
 * only the ~1 000 clients they manage, too few to scroll through 10 000 rows) and whose calendar shows the agents'
 * schedules together ("Schedule" view: ~290 activities a month each at 10 000 clients).
 */
async function benchUsers(url: string, anchor: Date) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const agents = await client.query<{ id: string; email: string; name: string }>(
      `SELECT u.id, u.email, u.name FROM users u JOIN activities a ON a.owner_id = u.id
      WHERE u.active AND a.starts_at >= date_trunc('month', $1::timestamptz)
        AND a.starts_at < date_trunc('month', $1::timestamptz) + interval '1 month'
      GROUP BY u.id ORDER BY count(*) DESC LIMIT $2`,
      [anchor, SCHEDULE_AGENTS],
    );
    const managers = await client.query<{ id: string; email: string }>(
      `SELECT u.id, u.email FROM users u JOIN user_profiles up ON up.user_id = u.id
      JOIN permission_profiles p ON p.id = up.profile_id
      WHERE u.active AND p.system_key = 'manager' ORDER BY u.email LIMIT 1`,
    );
    // The agents' activities in the two months before the anchor's (the months the calendar workload switches).
    const months = await client.query<{ n: number }>(
      `SELECT count(a.id)::int AS n FROM generate_series(1, 2) AS m(back)
      LEFT JOIN activities a ON a.owner_id = ANY($2::uuid[]) AND a.deleted_at IS NULL
        AND a.starts_at >= date_trunc('month', $1::timestamptz) - make_interval(months => m.back)
        AND a.starts_at < date_trunc('month', $1::timestamptz) - make_interval(months => m.back - 1)
      GROUP BY m.back ORDER BY m.back`,
      [anchor, agents.rows.map((a) => a.id)],
    );
    return {
      monthEvents: months.rows.map((r) => r.n),
      scheduleOf: agents.rows.map((a) => a.name),
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

type Options = ReturnType<typeof options>;
type Users = Awaited<ReturnType<typeof benchUsers>>;

/** The workloads by id, each on its own page (the agent's or the manager's), profiled with --profile. */
async function workloads(browser: Browser, baseUrl: string, users: Users, anchor: Date, opts: Options) {
  const managerContext = await loggedInContext(browser, baseUrl, users.manager.email);
  const managerPage = await managerContext.newPage();
  const agentContext = await loggedInContext(browser, baseUrl, users.agent.email);
  const onPage = (id: string, page: Page, work: () => Promise<WebFigure>) => () =>
    opts.profile ? profiled(page, id, work) : work();
  const steps: [string, () => Promise<WebFigure>][] = [
    ['initial-js', () => initialJs(agentContext, baseUrl)],
    [
      'client-list-lcp',
      async () => {
        if (!opts.profile) return clientListLcp(managerContext, baseUrl);
        const traced = await loggedInContext(browser, baseUrl, users.manager.email);
        await recordLongTasks(traced);
        return clientListLcp(traced, baseUrl, loadInspector()).finally(() => traced.close());
      },
    ],
    [
      'client-list-scroll',
      onPage('client-list-scroll', managerPage, () => scrollRows(managerPage, baseUrl, Math.min(10_000, opts.scale))),
    ],
    [
      'calendar-month-switch',
      onPage('calendar-month-switch', managerPage, () =>
        calendarMonthSwitch(managerPage, baseUrl, {
          monthsBack: monthsBetween(anchor, new Date()) + 1,
          monthEvents: users.monthEvents,
          scheduleOf: users.scheduleOf,
        }),
      ),
    ],
  ];
  return steps.filter(([id]) => !opts.only || opts.only.has(id));
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
    const figures: WebFigure[] = [];
    const failures: string[] = [];
    for (const [, step] of await workloads(browser, api.url, users, anchor, opts))
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
