// What `pnpm bench:web` measures in Chromium: the JavaScript loaded before the first page, the client list's largest
// contentful paint with the CPU slowed 4×, the longest frame while scrolling through 10 000 client rows, and the
// time a month switch takes in the calendar. Each returns figures; none asserts (targets are reported).
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';

export type WebFigure = { id: string; label: string; value: number; unit: string; target: number; detail: string };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The JavaScript index.html loads before any code runs (the entry and its module preloads), gzip-compressed. */
export async function initialJs(context: BrowserContext, baseUrl: string): Promise<WebFigure> {
  const page = await context.newPage();
  const bodies = new Map<string, Buffer>();
  page.on('response', (res) => {
    if (res.url().endsWith('.js'))
      void res.body().then(
        (b) => bodies.set(res.url(), b),
        () => undefined,
      );
  });
  // The tags of index.html as served (the DOM after start-up also holds the preloads of the route the app opens on).
  const html = await (await context.request.get(`${baseUrl}/`)).text();
  const tags = html.match(/<script[^>]*type="module"[^>]*>|<link[^>]*rel="modulepreload"[^>]*>/g) ?? [];
  const early = [...new Set(tags.map((tag) => new URL(/(?:src|href)="([^"]+)"/.exec(tag)![1]!, `${baseUrl}/`).href))];
  await page.goto(`${baseUrl}/`, { waitUntil: 'domcontentloaded' });
  await page.waitForLoadState('networkidle');
  const bytes = early.reduce((sum, url) => sum + gzipSync(bodies.get(url) ?? Buffer.alloc(0), { level: 9 }).length, 0);
  await page.close();
  return {
    id: 'initial-js',
    label: 'Initial JavaScript (gzip)',
    value: bytes / 1000,
    unit: 'kB',
    target: 200,
    detail: `${early.length} files (the entry and its module preloads)`,
  };
}
/**
 * In the page before its scripts: notes (as `window.rowsShownAt`, ms from navigation) the frame after the first
 * client row's link is in the table — when the user sees the list's data, whatever the LCP element is.
 */
function recordRowsShown() {
  const observer = new MutationObserver(() => {
    if (!document.querySelector('tbody a[href^="/clients/"]')) return;
    observer.disconnect();
    requestAnimationFrame(() =>
      setTimeout(() => ((window as { rowsShownAt?: number }).rowsShownAt = performance.now())),
    );
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** The client list's largest contentful paint (median of 3 cold loads) with the CPU throttled 4×. */
export async function clientListLcp(
  context: BrowserContext,
  baseUrl: string,
  /** With --profile: `before` the navigation and `after` the LCP of each cold load (a timeline, a CPU profile). */
  inspect?: { before: (page: Page) => Promise<void>; after: (page: Page) => Promise<void> },
): Promise<WebFigure> {
  const samples: number[] = [];
  const busy: number[] = [];
  const rowsShown: number[] = [];
  for (let i = 0; i < 3; i++) {
    const page = await context.newPage();
    await page.addInitScript(recordRowsShown);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Performance.enable');
    await inspect?.before(page);
    await page.goto(`${baseUrl}/clients`);
    await page.getByRole('row').nth(5).waitFor({ timeout: 60_000 });
    await page.waitForTimeout(500);
    samples.push(
      await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            new PerformanceObserver((list) => resolve(list.getEntries().at(-1)!.startTime)).observe({
              type: 'largest-contentful-paint',
              buffered: true,
            });
          }),
      ),
    );
    rowsShown.push(await page.evaluate(() => (window as { rowsShownAt?: number }).rowsShownAt ?? NaN));
    // The main thread's busy time in the load (tasks, scripts, layout): less sensitive to other work on the machine.
    const { metrics } = await cdp.send('Performance.getMetrics');
    busy.push(1000 * (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0));
    await inspect?.after(page);
    await page.close();
  }
  return {
    id: 'client-list-lcp',
    label: 'Client list, largest contentful paint, CPU 4× slower',
    value: median(samples),
    unit: 'ms',
    target: 1500,
    detail:
      `cold loads: ${samples.map((s) => Math.round(s)).join(', ')} ms; ` +
      `first client row drawn at ${rowsShown.map((s) => Math.round(s)).join(', ')} ms; ` +
      `main thread busy ${busy.map((s) => Math.round(s)).join(', ')} ms`,
  };
}

/** Scrolls the client list down through `rows` rows (pages load as it goes); the longest frame and how many > 50 ms. */
export async function scrollRows(page: Page, baseUrl: string, rows: number): Promise<WebFigure> {
  await page.goto(`${baseUrl}/clients`);
  await page.getByRole('row').nth(5).waitFor({ timeout: 60_000 });
  const result = await page.evaluate(async (target) => {
    const table = document.querySelector('table[aria-rowcount]')!;
    let scroller: HTMLElement | null = table.parentElement;
    while (scroller && getComputedStyle(scroller).overflowY !== 'auto') scroller = scroller.parentElement;
    if (!scroller) throw new Error('no scrolling container around the table');
    const frames: number[] = [];
    // Work done while the loop waits for a page (the page's arrival and render) is not in a frame: long tasks are.
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration)));
    observer.observe({ type: 'longtask' });
    let last = performance.now();
    const started = last;
    const rowHeight = (table.querySelector('tbody tr') as HTMLElement).getBoundingClientRect().height;
    while (scroller.scrollTop < target * rowHeight && performance.now() - started < 180_000) {
      scroller.scrollTop += rowHeight * 8;
      await new Promise(requestAnimationFrame);
      const now = performance.now();
      frames.push(now - last);
      last = now;
      if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2) {
        // At the end of the rows loaded so far: wait (not counted as a frame) for the next page, up to 30 s on a
        // busy machine; the end of the list is when no page comes and the table is no longer busy.
        const before = scroller.scrollHeight;
        const waited = performance.now();
        while (scroller.scrollHeight === before && performance.now() - waited < 30_000) {
          await new Promise((r) => setTimeout(r, 50));
          if (table.getAttribute('aria-busy') !== 'true' && performance.now() - waited > 1500) break;
        }
        if (scroller.scrollHeight === before) break;
        last = performance.now();
      }
    }
    observer.disconnect();
    return { frames, longTasks, reached: Math.round(scroller.scrollTop / rowHeight) };
  }, rows);
  const over = result.frames.filter((f) => f > 50).length;
  const longest = Math.round(Math.max(0, ...result.longTasks));
  const sorted = [...result.frames].sort((a, b) => a - b);
  const pct = (p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0);
  return {
    id: 'client-list-scroll',
    label: `Client list, scrolling ${rows.toLocaleString('en')} rows: longest frame`,
    value: Math.max(...result.frames),
    unit: 'ms',
    target: 50,
    detail:
      `${result.frames.length} frames (p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms), ${over} over 50 ms; ` +
      `${result.longTasks.length} long tasks (longest ${longest} ms); reached row ${result.reached.toLocaleString('en')}`,
  };
}

/** Picks the agents in the calendar's "Schedule" view (the manager's view of several agents' calendars). */
async function showSchedules(page: Page, names: string[]) {
  await page.getByText('Schedule', { exact: true }).click();
  const users = page.locator('input').and(page.getByLabel('Users', { exact: true }));
  await users.waitFor({ timeout: 30_000 }).catch(async (error: Error) => {
    await page.screenshot({ path: 'test-results/bench-web-calendar.png' });
    throw new Error(`no user picker (screenshot test-results/bench-web-calendar.png): ${error.message}`);
  });
  for (const name of names) {
    await users.fill(name);
    await page.getByRole('option', { name, exact: true }).click({ timeout: 30_000 });
  }
  await users.fill('');
  await page.keyboard.press('Escape');
}

/**
 * Month view of the busiest agents' schedules together (~1 000 activities a month, issue 20): from the month before
 * `monthsBack` (a month of history, not the planned weeks ahead), click "Previous month" / "Next month" and time
 * until the new month's events are drawn (median of 5). `monthEvents`: the agents' activities in those two months
 * (the grid draws 4 a day and "+n more").
 */
export async function calendarMonthSwitch(
  page: Page,
  baseUrl: string,
  { monthsBack, monthEvents, scheduleOf }: { monthsBack: number; monthEvents: number[]; scheduleOf: string[] },
): Promise<WebFigure> {
  const toward = monthsBack >= 0 ? 'Previous month' : 'Next month';
  await page.goto(`${baseUrl}/calendar`);
  await page
    .getByRole('button', { name: 'Previous week' })
    .waitFor({ timeout: 60_000 })
    .catch(async (error: Error) => {
      await page.screenshot({ path: 'test-results/bench-web-calendar.png' });
      throw new Error(`the calendar did not open (screenshot test-results/bench-web-calendar.png): ${error.message}`);
    });
  await page.getByText('Month', { exact: true }).click();
  await showSchedules(page, scheduleOf);
  for (let i = 0; i < Math.abs(monthsBack); i++) await page.getByRole('button', { name: toward }).click();
  await page
    .locator('.veza-ev__icon')
    .first()
    .waitFor({ timeout: 60_000 })
    .catch(async (error: Error) => {
      await page.screenshot({ path: 'test-results/bench-web-calendar.png' });
      throw new Error(`no events in the month (screenshot test-results/bench-web-calendar.png): ${error.message}`);
    });
  const samples: number[] = [];
  const fetched: number[] = [];
  let requests = 0;
  page.on('request', (request) => {
    if (request.url().endsWith('/graphql') && request.postData()?.includes('CalendarEvents')) requests++;
  });
  let events = 0;
  for (let i = 0; i < 5; i++) {
    requests = 0;
    const next = i % 2 === 0 ? 'Previous month' : 'Next month';
    const title = await page.locator('h2, [role=heading]').first().textContent();
    const started = Date.now();
    await page.getByRole('button', { name: next }).click();
    await page.waitForFunction((t) => document.querySelector('h2, [role=heading]')?.textContent !== t, title);
    await page
      .getByRole('status', { name: 'Loading' })
      .waitFor({ state: 'detached', timeout: 60_000 })
      .catch(() => undefined);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    samples.push(Date.now() - started);
    fetched.push(requests);
    events = Math.max(events, await page.locator('.veza-ev__icon').count());
  }
  return {
    id: 'calendar-month-switch',
    label: `Calendar, switching months (${scheduleOf.length} agents' schedules, month view)`,
    value: median(samples),
    unit: 'ms',
    target: 300,
    detail:
      `samples ${samples.join(', ')} ms (the first to a month not shown before; events requests ${fetched.join(', ')}); ` +
      `${monthEvents.join(' and ')} activities in the two months, ` +
      `up to ${events} drawn`,
  };
}
