// Progress of a campaign's list: shares per item state for the stacked bar and the "finished" percentage.
import { wholePercents } from './percents.ts';

export const ITEM_STATES = ['DONE', 'SKIPPED', 'IN_PROGRESS', 'PENDING'] as const;
export type ItemState = (typeof ITEM_STATES)[number];

export interface ProgressCounts {
  done: number;
  skipped: number;
  inProgress: number;
  pending: number;
}

export interface ProgressSegment {
  state: ItemState;
  count: number;
  /** Whole percent of the total; the segments of a non-empty list add up to exactly 100. */
  percent: number;
}

const countOf = (c: ProgressCounts, state: ItemState): number =>
  ({ DONE: c.done, SKIPPED: c.skipped, IN_PROGRESS: c.inProgress, PENDING: c.pending })[state];

export function totalOf(c: ProgressCounts): number {
  return c.done + c.skipped + c.inProgress + c.pending;
}

/** One segment per state in bar order; the percentages of a non-empty list add up to exactly 100. */
export function progressSegments(c: ProgressCounts): ProgressSegment[] {
  const counts = ITEM_STATES.map((state) => countOf(c, state));
  const percents = wholePercents(counts);
  return ITEM_STATES.map((state, i) => ({ state, count: counts[i]!, percent: percents[i]! }));
}

/** How much of the list is worked off (done or skipped), rounded down: 100 % only when nothing is left. */
export function finishedPercent(c: ProgressCounts): number {
  const total = totalOf(c);
  if (total === 0) return 0;
  return Math.floor(((c.done + c.skipped) * 100) / total);
}

/** Adds up several campaigns' counts (the per-agent summary of the manager's list). */
export function sumCounts(list: readonly ProgressCounts[]): ProgressCounts {
  return list.reduce<ProgressCounts>(
    (sum, c) => ({
      done: sum.done + c.done,
      skipped: sum.skipped + c.skipped,
      inProgress: sum.inProgress + c.inProgress,
      pending: sum.pending + c.pending,
    }),
    { done: 0, skipped: 0, inProgress: 0, pending: 0 },
  );
}
