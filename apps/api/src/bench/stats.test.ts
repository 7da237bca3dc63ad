import { describe, expect, it } from 'vitest';
import { formatMs, formatRatio, percentile, ratio, summarize, verdict } from './stats.ts';

describe('percentile', () => {
  it('interpolates between the closest ranks', () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
    expect(percentile([10, 20, 30, 40, 50], 95)).toBeCloseTo(48);
    expect(percentile([7], 95)).toBe(7);
  });

  it('does not depend on the order of the samples', () => {
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
    expect(percentile([100, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], 95)).toBeCloseTo(5.95);
  });

  it('gives the extremes at 0 and 100 and NaN for no samples', () => {
    expect(percentile([3, 9, 1], 0)).toBe(1);
    expect(percentile([3, 9, 1], 100)).toBe(9);
    expect(percentile([], 50)).toBeNaN();
  });

  it('refuses a percentile outside 0..100', () => {
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], -1)).toThrow(RangeError);
  });
});

describe('summarize', () => {
  it('reports count, p50, p95, mean and range without changing the input', () => {
    const samples = [4, 1, 3, 2];
    expect(summarize(samples)).toEqual({ n: 4, p50: 2.5, p95: expect.closeTo(3.85), mean: 2.5, min: 1, max: 4 });
    expect(samples).toEqual([4, 1, 3, 2]);
  });

  it('is all NaN for no samples', () => {
    expect(summarize([])).toMatchObject({ n: 0, p50: NaN, p95: NaN });
  });
});

describe('ratio and formatting', () => {
  it('divides only finite figures by a positive one', () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(3, 0)).toBeNaN();
    expect(ratio(NaN, 2)).toBeNaN();
  });

  it.each([
    [0.4249, '0.42'],
    [3.166, '3.17'],
    [12.44, '12.4'],
    [312.4, '312'],
    [1250.2, '1 250'],
    [NaN, '–'],
  ])('formats %s ms as %s', (ms, text) => {
    expect(formatMs(ms)).toBe(text);
  });

  it('formats ratios and target verdicts', () => {
    expect(formatRatio(1.234)).toBe('1.23×');
    expect(formatRatio(NaN)).toBe('–');
    expect(verdict(1.4, 1.5)).toBe('✓');
    expect(verdict(1.6, 1.5)).toBe('✗');
    expect(verdict(1.6, undefined)).toBe('');
  });
});
