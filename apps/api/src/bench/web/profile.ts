// `pnpm bench:web --profile`: records a Chromium CPU profile around a workload (DevTools protocol), saves it as
// test-results/bench-web-<id>.cpuprofile (open it in Chromium's DevTools, Performance panel) and prints the functions
// with the most self time, so a long frame can be traced to its code.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
};
type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

/** Self time per function (ms), or per script file with `byFile`, biggest first. */
export function selfTimes(profile: CpuProfile, top = 20, byFile = false): { name: string; ms: number }[] {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byNode.get(id)!.callFrame;
    const file = frame.url.split('/').pop() || `(${frame.functionName || 'native'})`;
    const fn = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
    const name = byFile ? file : fn;
    totals.set(name, (totals.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals]
    .map(([name, ms]) => ({ name, ms }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, top);
}

/** Runs `work` with the page's CPU profiled; writes the profile and prints its top self times. */
export async function profiled<T>(page: Page, id: string, work: () => Promise<T>): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    const file = path.resolve('test-results', `bench-web-${id}.cpuprofile`);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, JSON.stringify(profile));
    console.log(`\nCPU profile of ${id}: ${file}\n  self ms  function`);
    for (const { name, ms } of selfTimes(profile)) console.log(`  ${ms.toFixed(0).padStart(7)}  ${name}`);
    await cdp.detach();
  }
}

type TimelineEntry = { name: string; start: number; end: number };

/** Keeps the main thread's long tasks from the start of every page of the context (for printLoadTimeline). */
export async function recordLongTasks(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const tasks: [number, number][] = [];
    (window as { veLongTasks?: [number, number][] }).veLongTasks = tasks;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push([e.startTime, e.duration]))).observe({
      type: 'longtask',
    });
  });
}

/**
 * `--profile` of the LCP workload: when each request of a cold load started and ended (Resource Timing, ms from
 * navigation), the first and largest contentful paints, and the main thread's long tasks — where the time to LCP goes.
 */
export async function printLoadTimeline(page: Page): Promise<void> {
  const entries = await page.evaluate(async () => {
    // Each LCP candidate with its element (tag, class and the start of its text).
    const lcps = await new Promise<{ startTime: number; size: number; what: string }[]>((resolve) => {
      new PerformanceObserver((list) =>
        resolve(
          (list.getEntries() as (PerformanceEntry & { size: number; element: Element | null })[]).map((e) => ({
            startTime: e.startTime,
            size: e.size,
            what: `${e.element?.tagName ?? '?'}.${e.element?.className ?? ''} "${e.element?.textContent?.slice(0, 40) ?? ''}"`,
          })),
        ),
      ).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    const out: TimelineEntry[] = [];
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    if (nav) {
      out.push({ name: 'document', start: nav.startTime, end: nav.responseEnd });
      out.push({ name: 'DOMContentLoaded', start: nav.domContentLoadedEventStart, end: nav.domContentLoadedEventEnd });
    }
    for (const r of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
      const url = new URL(r.name);
      const body = r.initiatorType === 'fetch' ? ` (${r.transferSize} B)` : '';
      out.push({ name: `${r.initiatorType} ${url.pathname.split('/').pop() || url.pathname}${body}`, ...span(r) });
    }
    for (const p of performance.getEntriesByType('paint'))
      out.push({ name: p.name, start: p.startTime, end: p.startTime });
    for (const l of lcps) out.push({ name: `LCP ${l.size} px² ${l.what}`, start: l.startTime, end: l.startTime });
    for (const m of performance.getEntriesByType('mark'))
      out.push({ name: `mark ${m.name}`, start: m.startTime, end: m.startTime });
    const longTasks = (window as { veLongTasks?: [number, number][] }).veLongTasks ?? [];
    for (const [start, duration] of longTasks)
      out.push({ name: `long task ${duration.toFixed(0)} ms`, start, end: start + duration });
    return out;
    function span(r: PerformanceResourceTiming) {
      return { start: r.startTime, end: r.responseEnd };
    }
  });
  console.log('\nCold load timeline (ms from navigation, CPU 4× slower):');
  for (const e of entries.sort((a, b) => a.start - b.start))
    console.log(`  ${e.start.toFixed(0).padStart(6)} → ${e.end.toFixed(0).padStart(6)}  ${e.name}`);
}

/** Before/after hooks for clientListLcp: a CPU profile of each cold load and its timeline, printed. */
export function loadInspector() {
  const sessions = new Map<Page, CDPSession>();
  let n = 0;
  return {
    async before(page: Page) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
      sessions.set(page, cdp);
    },
    async after(page: Page) {
      await printLoadTimeline(page);
      const cdp = sessions.get(page)!;
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
      const file = path.resolve('test-results', `bench-web-client-list-lcp-${++n}.cpuprofile`);
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, JSON.stringify(profile));
      console.log(`\nCPU profile of the load: ${file}\n  self ms  function`);
      for (const { name, ms } of selfTimes(profile, 25)) console.log(`  ${ms.toFixed(0).padStart(7)}  ${name}`);
      console.log('  self ms  script');
      for (const { name, ms } of selfTimes(profile, 15, true)) console.log(`  ${ms.toFixed(0).padStart(7)}  ${name}`);
      await cdp.detach();
    },
  };
}
