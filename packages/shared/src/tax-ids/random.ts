// Seeded pseudo-random numbers so generated test and benchmark ids are reproducible.

/** Returns a number in [0, 1), like Math.random. */
export type RandomFn = () => number;

/** mulberry32: tiny 32-bit PRNG; good enough for test data, not for anything secret. */
export function mulberry32(seed: number): RandomFn {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` random decimal digits; clamps so a generator returning exactly 1 still yields a digit. */
export function randomDigits(rand: RandomFn, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += String(Math.min(9, Math.max(0, Math.floor(rand() * 10))));
  return out;
}
