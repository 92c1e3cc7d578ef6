/**
 * Seeded randomness: the same seed always gives the same numbers, so anything
 * drawn (a practice set, a new neuron's weights, a generated dataset, a shuffle)
 * can be shared in a link and checked in a test.
 */

/** Seeds are unsigned 32-bit integers (what the generator takes), written in decimal in links. */
export const MAX_SEED = 0xffff_ffff;

/** mulberry32: a tiny, fast generator with a 32-bit state; plenty for teaching. Values in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A standard normal draw (mean 0, standard deviation 1) from a uniform generator,
 * by Box–Muller: two uniform draws per normal one.
 */
export function normal(random: () => number): number {
  // 1 − u keeps the logarithm's argument above 0.
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** Reads a seed as a link writes it: a whole number from 1 to MAX_SEED, or undefined. */
export function parseSeed(text: string): number | undefined {
  if (!/^\d{1,10}$/.test(text.trim())) return undefined;
  // Number() ignores the spaces around the digits, as the pattern does.
  const seed = Number(text);
  return seed >= 1 && seed <= MAX_SEED ? seed : undefined;
}
