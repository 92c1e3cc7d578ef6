/**
 * "New numbers": a fresh set of parameters for the same lesson, so a learner can
 * redo a computation whose answer they have not seen. Drawn from a seed (so a set
 * can be shared in a link) and kept well-conditioned: outputs away from the flat
 * ends of the sigmoid, and every gradient large enough to be worth computing.
 */
import { ARTICLE_MODEL, type Model, type Params } from '../engine/model';
import { MAX_SEED, mulberry32 } from '../engine/random';
import { computeTrace } from '../engine/trace';

/** A value from `from` to `to` in steps of `step`, all equally likely; rounded so it prints as typed. */
function grid(random: () => number, from: number, to: number, step: number): number {
  const count = Math.round((to - from) / step) + 1;
  const value = from + Math.floor(random() * count) * step;
  return Number(value.toFixed(6));
}

/** Below these the exercise is a poor one: a flat sigmoid or a gradient lost in rounding. */
export const MIN_GRADIENT = 1e-5;
export const MIN_OUTPUT_MARGIN = 0.02;

function draw(random: () => number): Params {
  const params: Record<string, number> = { ...ARTICLE_MODEL.params };
  params.i1 = grid(random, 0.05, 1, 0.05);
  params.i2 = grid(random, 0.05, 1, 0.05);
  for (let k = 1; k <= 8; k++) params[`w${k}`] = grid(random, 0.05, 0.95, 0.01);
  params.b1 = grid(random, 0.1, 0.9, 0.01);
  params.b2 = grid(random, 0.1, 0.9, 0.01);
  // One target below ½ and one above, as in the article: the outputs must move apart.
  params.t1 = grid(random, 0.01, 0.49, 0.01);
  params.t2 = grid(random, 0.51, 0.99, 0.01);
  return params;
}

/** Whether a model makes a good exercise (see MIN_GRADIENT, MIN_OUTPUT_MARGIN). */
export function isWellConditioned(model: Model): boolean {
  for (const { kind, value } of computeTrace(model).entries) {
    if (kind === 'activation' && (value < MIN_OUTPUT_MARGIN || value > 1 - MIN_OUTPUT_MARGIN)) {
      return false;
    }
    const gradient = kind === 'weight-gradient' || kind === 'bias-gradient';
    if (gradient && Math.abs(value) < MIN_GRADIENT) return false;
  }
  return true;
}

/** How many draws to try before settling; with these ranges the first almost always passes. */
const MAX_DRAWS = 1000;

/**
 * The parameters of practice set `seed`: inputs, targets, weights and biases drawn;
 * the learning rate and the settings stay the article's. The same seed always gives
 * the same numbers.
 */
export function practiceParams(seed: number): Params {
  const random = mulberry32(seed);
  for (let attempt = 0; attempt < MAX_DRAWS; attempt++) {
    const params = draw(random);
    if (isWellConditioned({ ...ARTICLE_MODEL, params })) return params;
  }
  return ARTICLE_MODEL.params;
}

export function practiceModel(seed: number): Model {
  return { ...ARTICLE_MODEL, params: practiceParams(seed) };
}

/** A fresh seed, different from the current one. */
export function newSeed(current: number | null, random: () => number = Math.random): number {
  for (;;) {
    const seed = Math.floor(random() * MAX_SEED) + 1;
    if (seed !== current) return seed;
  }
}
