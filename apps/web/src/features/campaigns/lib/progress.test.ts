// Campaign progress arithmetic: the stacked bar always fills to 100 % and "finished" only reaches 100 % at the end.
import { describe, expect, it } from 'vitest';
import { finishedPercent, progressSegments, sumCounts } from './progress.ts';

const counts = (done: number, skipped: number, inProgress: number, pending: number) => ({
  done,
  skipped,
  inProgress,
  pending,
});

describe('campaign progress', () => {
  it('splits the bar by state in the order done, skipped, in progress, pending', () => {
    expect(progressSegments(counts(5, 2, 1, 2))).toEqual([
      { state: 'DONE', count: 5, percent: 50 },
      { state: 'SKIPPED', count: 2, percent: 20 },
      { state: 'IN_PROGRESS', count: 1, percent: 10 },
      { state: 'PENDING', count: 2, percent: 20 },
    ]);
  });

  it.each([counts(1, 1, 1, 0), counts(1, 0, 0, 2), counts(2, 1, 3, 1), counts(1, 1, 1, 997)])(
    'rounds so the segments add up to exactly 100 (%o)',
    (c) => {
      const segments = progressSegments(c);
      expect(segments.reduce((sum, s) => sum + s.percent, 0)).toBe(100);
    },
  );

  it('gives thirds as 34/33/33 with the extra point on the first state', () => {
    expect(progressSegments(counts(1, 1, 1, 0)).map((s) => s.percent)).toEqual([34, 33, 33, 0]);
  });

  it('shows an empty list as all zeros instead of dividing by zero', () => {
    expect(progressSegments(counts(0, 0, 0, 0)).map((s) => s.percent)).toEqual([0, 0, 0, 0]);
    expect(finishedPercent(counts(0, 0, 0, 0))).toBe(0);
  });

  it('counts done and skipped as finished and rounds down so 100 % means nothing is left', () => {
    expect(finishedPercent(counts(1, 1, 0, 2))).toBe(50);
    expect(finishedPercent(counts(199, 0, 0, 1))).toBe(99);
    expect(finishedPercent(counts(150, 50, 0, 0))).toBe(100);
  });

  it('adds up the campaigns of one agent', () => {
    expect(sumCounts([counts(1, 2, 3, 4), counts(10, 0, 1, 5)])).toEqual(counts(11, 2, 4, 9));
  });
});
