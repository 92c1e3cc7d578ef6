/**
 * The activation functions against their closed forms, and each derivative, given
 * as the article gives it (in terms of the neuron's own output), against a central
 * difference of the function itself.
 */
import { describe, expect, it } from 'vitest';
import { ACTIVATION_IDS, ACTIVATIONS } from './activations';

/** Points on both sides of 0, away from ReLU's kink, where a central difference is exact to ~1e-10. */
const POINTS = [-3, -1.2, -0.4, 0.3775, 0.9, 2.5];

describe('activations', () => {
  it('compute the closed forms', () => {
    for (const x of [...POINTS, 0]) {
      expect(ACTIVATIONS.sigmoid.f(x)).toBeCloseTo(1 / (1 + Math.exp(-x)), 15);
      expect(ACTIVATIONS.tanh.f(x)).toBeCloseTo(
        (Math.exp(x) - Math.exp(-x)) / (Math.exp(x) + Math.exp(-x)),
        14,
      );
      expect(ACTIVATIONS.relu.f(x)).toBe(x > 0 ? x : 0);
      expect(ACTIVATIONS.linear.f(x)).toBe(x);
    }
    // The article's out_h1 = σ(0.3775).
    expect(ACTIVATIONS.sigmoid.f(0.3775)).toBeCloseTo(0.593269992, 9);
  });

  it.each(ACTIVATION_IDS)('%s: the derivative from out equals a central difference', (id) => {
    const { f, df } = ACTIVATIONS[id];
    const h = 1e-5;
    for (const net of POINTS) {
      const numeric = (f(net + h) - f(net - h)) / (2 * h);
      expect(Math.abs(df(f(net), net) - numeric), `${id} at ${net}`).toBeLessThan(1e-9);
    }
  });

  it('ReLU passes no gradient at its kink, by convention, and outputs 0 there', () => {
    expect(ACTIVATIONS.relu.df(0, 0)).toBe(0);
    expect(ACTIVATIONS.relu.f(0)).toBe(0);
    expect(ACTIVATIONS.relu.df(0, -1e-300)).toBe(0);
    expect(ACTIVATIONS.relu.df(1e-300, 1e-300)).toBe(1);
  });

  it('each knows its own id', () => {
    for (const id of ACTIVATION_IDS) expect(ACTIVATIONS[id].id).toBe(id);
  });
});

describe('activation names', () => {
  it('name every function, in each of the ways a view names it, each apart from the others', () => {
    for (const field of ['label', 'phrase', 'symbol', 'texName'] as const) {
      const names = ACTIVATION_IDS.map((id) => ACTIVATIONS[id][field]);
      for (const name of names) expect(name.trim(), field).not.toBe('');
      expect(new Set(names).size, field).toBe(ACTIVATION_IDS.length);
    }
    // The menu offers each under the name a link gives it (ReLU capitalised as it is written).
    for (const id of ACTIVATION_IDS) expect(ACTIVATIONS[id].label.toLowerCase()).toBe(id);
  });
});
