// Whole percentages of a total that always add up to 100 (largest-remainder method), for bars and share columns.

/** Ties go to the earlier entry; an entry of 0 always stays at 0 %. */
export function wholePercents(counts: readonly number[]): number[] {
  const total = counts.reduce((sum, c) => sum + c, 0);
  if (total === 0) return counts.map(() => 0);
  const exact = counts.map((c) => (c * 100) / total);
  const out = exact.map(Math.floor);
  let missing = 100 - out.reduce((sum, p) => sum + p, 0);
  const order = exact.map((e, i) => ({ i, rest: e - Math.floor(e) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i, rest } of order) {
    if (missing <= 0) break;
    if (rest > 0) {
      out[i]! += 1;
      missing -= 1;
    }
  }
  return out;
}
