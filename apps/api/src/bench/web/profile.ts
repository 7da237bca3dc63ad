// `pnpm bench:web --profile`: records a Chromium CPU profile around a workload (DevTools protocol), saves it as
// test-results/bench-web-<id>.cpuprofile (open it in Chromium's DevTools, Performance panel) and prints the functions
// with the most self time, so a long frame can be traced to its code.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
};
type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

/** Self time per function (ms), biggest first. */
export function selfTimes(profile: CpuProfile, top = 20): { name: string; ms: number }[] {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byNode.get(id)!.callFrame;
    const file = frame.url.split('/').pop() || '(native)';
    const name = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
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
