import { describe, expect, it } from 'vitest';
import { ARTICLE_MODEL } from '../engine/model';
import { computeTrace } from '../engine/trace';
import { train } from '../engine/train';
import { figure, REFERENCE } from '../reference/reference';
import { citationParts, citationText } from './citation-format';
import { CitationError, citationValue, parseCitation } from './citation';

const article = { model: ARTICLE_MODEL, steps: 0 };
const value = (source: string, base = article) => citationValue(parseCitation(source), base);
const exact = (key: string) => figure(REFERENCE.exact, key);

describe('a citation', () => {
  it('reads a quantity or a parameter of the step’s network', () => {
    expect(value('out_h1')).toBe(exact('out_h1'));
    // The engine's own value, which agrees with the independent one to the last digit or so.
    expect(value('dE_dw5')).toBe(computeTrace(ARTICLE_MODEL).quantities.dE_dw5);
    expect(value('dE_dw5')).toBeCloseTo(exact('dE_dw5'), 15);
    expect(value('w5')).toBe(0.4);
  });

  it('computes arithmetic and functions of them', () => {
    expect(value('1 - out_h1')).toBe(1 - exact('out_h1'));
    expect(value('w5*out_h1 + w6*out_h2 + b2')).toBeCloseTo(exact('net_o1'), 15);
    expect(value('-(t2 - out_o2)^2 / 2')).toBeCloseTo(-exact('E_o2'), 15);
    expect(value('sigmoid(net_h1)')).toBeCloseTo(exact('out_h1'), 15);
    expect(value('exp(ln(2))')).toBeCloseTo(2, 15);
  });

  it('reads another network: options over the step’s state, and training', () => {
    const nudged = computeTrace({
      ...ARTICLE_MODEL,
      params: { ...ARTICLE_MODEL.params, w5: 0.41 },
    });
    expect(value('E_total; w5=w5+0.01')).toBe(nudged.quantities.E_total);
    expect(value('E_total - base(E_total); w5=w5+0.01')).toBe(
      nudged.quantities.E_total! - exact('E_total'),
    );
    const trained = train(ARTICLE_MODEL, 100);
    expect(value('E_total; steps=100')).toBe(trained.losses[99]);
    // A step that trains (train: 100) is read after training; steps=0 reads it before.
    expect(value('E_total', { model: ARTICLE_MODEL, steps: 100 })).toBe(trained.losses[99]);
    expect(value('E_total; steps=0', { model: ARTICLE_MODEL, steps: 100 })).toBe(exact('E_total'));
    expect(value('dE_dout_h1; hidden_deltas=updated')).not.toBe(exact('dE_dout_h1'));
  });

  it('reads the gradient check’s measured gradient', () => {
    const measured = value('numeric(w1)');
    expect(measured).not.toBe(exact('dE_dw1'));
    expect(Math.abs(measured - exact('dE_dw1'))).toBeLessThan(1e-9);
  });

  it('keeps its digits', () => {
    expect(parseCitation('E_total; digits=6').digits).toBe(6);
    expect(parseCitation('E_total').digits).toBe(9);
  });

  it.each([
    ['', /needs a quantity/],
    ['out_h1 +', /ends too early/],
    ['(out_h1', /"\)" is missing/],
    ['out_h1 out_h2', /unexpected "out_h2"/],
    ['foo(1)', /not a function/],
    ['out_h1; digits=0', /digits must be a whole number from 1 to 17/],
    ['out_h1; steps=-1', /steps must be a whole number/],
    ['out_h1; nope', /not an option/],
  ])('refuses %j with a reason', (source, reason) => {
    expect(() => parseCitation(source)).toThrow(CitationError);
    expect(() => parseCitation(source)).toThrow(reason);
  });

  it.each([
    ['net_h3', /"net_h3" is not a quantity or parameter/],
    ['out_h1; w9=1', /"w9" is not an option, a parameter or a setting/],
    ['out_h1; act_h=cubic', /act_h/],
    ['out_h1; w5=1e9', /w5/],
    ['ln(0 * out_h1)', /is not a number here/],
    ['numeric(out_h1)', /numeric\(\) takes a weight or bias/],
  ])('has no value for %j, and says why', (source, reason) => {
    expect(() => value(source)).toThrow(reason);
  });
});

describe('a cited number as written', () => {
  it('uses a true minus and a power of ten', () => {
    expect(citationText(-0.0380982365, 9)).toBe('−0.0380982365');
    expect(citationText(7.4966647e-7, 9)).toBe('7.4966647 × 10⁻⁷');
    expect(citationText(1.0007999e15, 5)).toBe('1.0008 × 10¹⁵');
    expect(citationParts(0.3775, 9)).toEqual(['0.3775', undefined]);
  });
});
