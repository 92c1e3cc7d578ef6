/**
 * How the trace writes each quantity, in the two notations it offers: the
 * article's (net, out, E_total, ∂E_total/∂w5, w5⁺) and the deep-learning course's
 * (z, a, 𝓛, dz, dW). The expected TeX is each notation as its source writes it,
 * one quantity of every kind, and the chain rule the article spells out for w5.
 */
import { describe, expect, it } from 'vitest';
import { ARTICLE_MODEL, defaultParams, type Model } from './model';
import { COURSE_NOTATION, nodeTex, NOTATIONS, type Notation } from './notation';
import { computeTrace, type Trace } from './trace';

const partial = (top: string, bottom: string) => `\\frac{\\partial ${top}}{\\partial ${bottom}}`;

const symbols = (trace: Trace) => Object.fromEntries(trace.entries.map((e) => [e.id, e.symbol]));
const formulas = (trace: Trace) => Object.fromEntries(trace.entries.map((e) => [e.id, e.formula]));

const LEARNED: Model = {
  ...ARTICLE_MODEL,
  settings: { ...ARTICLE_MODEL.settings, biases: 'learned' },
};

describe('the article notation', () => {
  const article = NOTATIONS.article;

  it('names every kind of quantity as the article does', () => {
    expect(symbols(computeTrace(LEARNED, article))).toMatchObject({
      net_h1: 'net_{h1}',
      out_o2: 'out_{o2}',
      E_o1: 'E_{o1}',
      E_total: 'E_{total}',
      dE_dout_o1: partial('E_{total}', 'out_{o1}'),
      dE_dout_h1_via_o2: partial('E_{o2}', 'out_{h1}'),
      dE_dout_h1: partial('E_{total}', 'out_{h1}'),
      dout_h2_dnet_h2: partial('out_{h2}', 'net_{h2}'),
      delta_o1: '\\delta_{o1}',
      dnet_o1_dw5: partial('net_{o1}', 'w_{5}'),
      dE_dw5: partial('E_{total}', 'w_{5}'),
      dE_db1: partial('E_{total}', 'b_{1}'),
      w5_new: 'w_{5}^{+}',
      b2_new: 'b_{2}^{+}',
      E_total_new: 'E_{total}^{+}',
    });
  });

  it('writes the chain rule for w5 as the article does, factor by factor', () => {
    const f = formulas(computeTrace(ARTICLE_MODEL, article));
    expect(f.dE_dw5).toBe(
      `${partial('E_{total}', 'out_{o1}')}\\cdot ${partial('out_{o1}', 'net_{o1}')}\\cdot ${partial('net_{o1}', 'w_{5}')}`,
    );
    // The parameters in formulas: inputs, targets, the learning rate.
    expect(f.net_h1).toBe('w_{1}\\cdot i_{1}+w_{2}\\cdot i_{2}+b_{1}\\cdot 1');
    expect(f.E_o1).toBe('\\tfrac{1}{2}\\left(target_{o1}-out_{o1}\\right)^{2}');
    expect(f.w5_new).toBe(`w_{5}-\\eta\\cdot ${partial('E_{total}', 'w_{5}')}`);
    expect(f.E_total).toBe('E_{o1}+E_{o2}');
    expect(f.dE_dout_h1).toBe(`${partial('E_{o1}', 'out_{h1}')}+${partial('E_{o2}', 'out_{h1}')}`);
  });

  it('names a hidden term via a hidden layer as ∂E_total/∂out at that neuron', () => {
    const sizes = [2, 2, 2, 2];
    const trace = computeTrace({ ...ARTICLE_MODEL, sizes, params: defaultParams(sizes) });
    expect(symbols(trace).dE_dout_h1_1_via_h2_2).toBe(
      `\\left.${partial('E_{total}', 'out_{h1,1}')}\\right|_{h2,2}`,
    );
    // …and via an output as that output's error.
    expect(symbols(trace).dE_dout_h2_1_via_o2).toBe(partial('E_{o2}', 'out_{h2,1}'));
  });
});

describe('the course notation', () => {
  const course: Notation = COURSE_NOTATION;

  it('names every kind of quantity as the course does', () => {
    expect(symbols(computeTrace(LEARNED, course))).toMatchObject({
      net_h1: 'z_{h1}',
      out_o2: 'a_{o2}',
      E_o1: '\\mathcal{L}_{o1}',
      E_total: '\\mathcal{L}',
      dE_dout_o1: 'da_{o1}',
      dE_dout_h1_via_o2: 'da_{h1}^{(o2)}',
      dout_h2_dnet_h2: "g'\\!\\left(z_{h2}\\right)",
      delta_o1: 'dz_{o1}',
      dnet_o1_dw5: partial('z_{o1}', 'w_{5}'),
      dE_dw5: 'dw_{5}',
      dE_db1: 'db_{1}',
      w5_new: 'w_{5}^{+}',
      E_total_new: '\\mathcal{L}^{+}',
    });
  });

  it('writes inputs as x, targets as y and the learning rate as α', () => {
    const f = formulas(computeTrace(ARTICLE_MODEL, course));
    expect(f.net_h1).toBe('w_{1}\\cdot x_{1}+w_{2}\\cdot x_{2}+b_{1}\\cdot 1');
    expect(f.E_o2).toBe('\\tfrac{1}{2}\\left(y_{2}-a_{o2}\\right)^{2}');
    expect(f.w1_new).toBe('w_{1}-\\alpha\\cdot dw_{1}');
  });
});

describe('nodeTex', () => {
  it('writes a deep neuron as layer, index', () => {
    expect(nodeTex('h2_3')).toBe('h2,3');
    expect(nodeTex('o1')).toBe('o1');
  });
});
