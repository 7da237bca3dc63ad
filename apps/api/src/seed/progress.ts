// A progress line for long seeds: a bar, counts and rows per second; redrawn in place on a terminal, otherwise
// printed every few seconds so CI logs stay short.
import type { SeedCounts } from './demo-data.ts';

const fmt = (n: number) => Math.round(n).toLocaleString('en');

export function progressLine(done: SeedCounts, total: number, elapsedMs: number, width = 24): string {
  const share = total ? Math.min(1, done.clients / total) : 1;
  const filled = Math.round(share * width);
  const rows = done.clients + done.persons + done.activities + done.participants;
  const perSecond = elapsedMs > 0 ? (rows * 1000) / elapsedMs : 0;
  return (
    `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}%  ` +
    `clients ${fmt(done.clients)}/${fmt(total)}  activities ${fmt(done.activities)}  ` +
    `${fmt(perSecond)} rows/s  ${(elapsedMs / 1000).toFixed(0)} s`
  );
}

export function progressReporter(total: number, out: NodeJS.WriteStream = process.stdout) {
  const started = Date.now();
  let lastPrinted = 0;
  let drawn = false;
  return {
    update(done: SeedCounts) {
      const now = Date.now();
      const line = progressLine(done, total, now - started);
      if (out.isTTY) {
        out.write(`\r${line}`);
        drawn = true;
      } else if (now - lastPrinted > 5000 || done.clients >= total) {
        out.write(`${line}\n`);
        lastPrinted = now;
      }
    },
    /** Ends the redrawn line so the next output starts on its own line. */
    finish() {
      if (drawn) out.write('\n');
      drawn = false;
    },
  };
}
