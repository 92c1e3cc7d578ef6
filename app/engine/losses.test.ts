/**
 * The losses against their closed forms, their derivatives against central
 * differences, and cross-entropy's clamp at outputs of exactly 0 and 1.
 */
import { describe, expect, it } from 'vitest';
import { CE_CLAMP, LOSS_IDS, LOSSES } from './losses';

const OUTS = [0.05, 0.3, 0.75136507, 0.9];
const TARGETS = [0, 0.01, 0.5, 0.99, 1];

describe('losses', () => {
  it("squared error is ½(t − out)², the article's E_o1 = 0.274811083", () => {
    expect(LOSSES.mse.f(0.01, 0.7513650695523157)).toBeCloseTo(0.274811083, 9);
    for (const t of TARGETS) {
      for (const out of OUTS) expect(LOSSES.mse.f(t, out)).toBeCloseTo((t - out) ** 2 / 2, 15);
    }
  });

  it('cross-entropy is −[t ln out + (1 − t) ln(1 − out)]', () => {
    for (const t of TARGETS) {
      for (const out of OUTS) {
        const expected = -(t * Math.log(out) + (1 - t) * Math.log(1 - out));
        expect(LOSSES.ce.f(t, out)).toBeCloseTo(expected, 14);
      }
    }
  });

  it.each(LOSS_IDS)('%s: the derivative equals a central difference in out', (id) => {
    const { f, df } = LOSSES[id];
    const h = 1e-6;
    for (const t of TARGETS) {
      for (const out of OUTS) {
        const numeric = (f(t, out + h) - f(t, out - h)) / (2 * h);
        expect(Math.abs(df(t, out) - numeric), `t=${t} out=${out}`).toBeLessThan(1e-7);
      }
    }
  });

  it('cross-entropy reads an output of exactly 0 or 1 as 10⁻¹⁵ inside, so stays finite', () => {
    expect(CE_CLAMP).toBe(1e-15);
    const low = 1e-15;
    const high = 1 - 1e-15;
    // Each is the loss and slope at the clamped output, computed in closed form.
    expect(LOSSES.ce.f(0.25, 0)).toBeCloseTo(
      -(0.25 * Math.log(low) + 0.75 * Math.log(1 - low)),
      12,
    );
    expect(LOSSES.ce.f(0.25, 1)).toBeCloseTo(
      -(0.25 * Math.log(high) + 0.75 * Math.log(1 - high)),
      12,
    );
    expect(LOSSES.ce.df(0.25, 0)).toBeCloseTo(-0.25 / low + 0.75 / (1 - low), 0);
    expect(LOSSES.ce.df(0.25, 1)).toBeCloseTo(-0.25 / high + 0.75 / (1 - high), 0);
    // Inside the clamp the output is read as it is.
    expect(LOSSES.ce.f(0.25, 2e-15)).toBeCloseTo(
      -(0.25 * Math.log(2e-15) + 0.75 * Math.log(1 - 2e-15)),
      12,
    );
  });
});
