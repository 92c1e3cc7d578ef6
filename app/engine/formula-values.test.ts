/**
 * The formula with the numbers in place is what a learner types into a calculator:
 * evaluated by hand, it must give the value printed beside it. A small evaluator of
 * the TeX the trace writes (fractions, products, powers, e^{…}, tanh, max, ln, the
 * indicator 1[x > 0]) reads each substituted formula independently of the engine's
 * arithmetic, and its result must agree with the entry's value to the digits shown.
 */
import { describe, expect, it } from 'vitest';
import { ACTIVATION_IDS } from './activations';
import { ARTICLE_MODEL, defaultParams, type Model, type Settings } from './model';
import { computeTrace } from './trace';

/** Reads the TeX the trace writes for numbers in place; throws on anything else. */
function evaluateTex(tex: string): number {
  // \left, \right and spacing change how TeX looks, not what it means.
  const source = tex.replace(/\\left|\\right|\\,|\\!|\s+/g, '');
  let at = 0;
  const peek = (text: string) => source.startsWith(text, at);
  const take = (text: string) => {
    if (!peek(text)) throw new Error(`expected ${text} at ${at} in ${tex}`);
    at += text.length;
  };
  const group = (open: string, close: string) => {
    take(open);
    const value = sum();
    take(close);
    return value;
  };

  function number(): number {
    const match = /^\d+(\.\d+)?/.exec(source.slice(at));
    if (!match) throw new Error(`expected a number at ${at} in ${tex}`);
    at += match[0].length;
    let value = Number(match[0]);
    if (peek('\\times10^{')) {
      take('\\times10^{');
      const exponent = /^-?\d+/.exec(source.slice(at))![0];
      at += exponent.length;
      take('}');
      value *= 10 ** Number(exponent);
    }
    return value;
  }

  /** A factor: a number, a bracket, a fraction, e^{…}, a function, then any power. */
  function atom(): number {
    let value: number;
    if (peek('(')) value = group('(', ')');
    else if (peek('[')) value = group('[', ']');
    else if (peek('\\frac') || peek('\\tfrac')) {
      take(peek('\\frac') ? '\\frac' : '\\tfrac');
      const top = group('{', '}');
      value = top / group('{', '}');
    } else if (peek('e^')) {
      take('e^');
      value = Math.exp(group('{', '}'));
    } else if (peek('\\tanh')) {
      take('\\tanh');
      value = Math.tanh(group('(', ')'));
    } else if (peek('\\max(')) {
      take('\\max(');
      const a = sum();
      take(',');
      value = Math.max(a, sum());
      take(')');
    } else if (peek('\\ln')) {
      take('\\ln');
      value = Math.log(atom());
    } else if (peek('\\mathbb{1}[')) {
      take('\\mathbb{1}[');
      const a = sum();
      take('>');
      const b = sum();
      take(']');
      value = a > b ? 1 : 0;
    } else value = number();
    if (peek('^')) {
      take('^');
      value **= group('{', '}');
    }
    return value;
  }

  /** Factors joined by \cdot or written side by side (0.59(1 − 0.59)). */
  function product(): number {
    let value = atom();
    for (;;) {
      if (peek('\\cdot')) {
        take('\\cdot');
        value *= atom();
      } else if (at < source.length && /[\d(\\[e]/.test(source[at]!) && !peek('\\cdot')) {
        value *= atom();
      } else return value;
    }
  }

  function sum(): number {
    let sign = 1;
    if (peek('-')) {
      take('-');
      sign = -1;
    }
    let value = sign * product();
    for (;;) {
      if (peek('+')) {
        take('+');
        value += product();
      } else if (peek('-')) {
        take('-');
        value -= product();
      } else return value;
    }
  }

  const value = sum();
  if (at !== source.length) throw new Error(`unread TeX at ${at} in ${tex}`);
  return value;
}

describe('the evaluator itself', () => {
  it.each([
    ['0.15\\cdot 0.05+0.2\\cdot 0.1+0.35\\cdot 1', 0.15 * 0.05 + 0.2 * 0.1 + 0.35],
    ['\\frac{1}{1+e^{-0.5}}', 1 / (1 + Math.exp(-0.5))],
    ['0.6\\left(1-0.6\\right)', 0.6 * 0.4],
    ['1-0.5^{2}', 0.75],
    ['\\tfrac{1}{2}\\left(0.01-0.75\\right)^{2}', 0.5 * 0.74 ** 2],
    ['-\\left(0.01-0.75\\right)', 0.74],
    ['\\left(-2\\right)\\cdot 3', -6],
    ['2 \\times 10^{-3}', 0.002],
    ['\\max\\left(0,\\,-3\\right)', 0],
    ['\\mathbb{1}\\left[-0.5>0\\right]', 0],
    ['\\tanh\\left(0.5\\right)', Math.tanh(0.5)],
    [
      '-\\left[0.5\\ln 0.25+\\left(1-0.5\\right)\\ln\\left(1-0.25\\right)\\right]',
      -(0.5 * Math.log(0.25) + 0.5 * Math.log(0.75)),
    ],
    ['-\\frac{0.5}{0.25}+\\frac{1-0.5}{1-0.25}', -2 + 0.5 / 0.75],
  ])('%s', (tex, value) => {
    expect(evaluateTex(tex)).toBeCloseTo(value, 15);
  });

  it('refuses what it cannot read', () => {
    expect(() => evaluateTex('E_{total}')).toThrow();
    expect(() => evaluateTex('1+')).toThrow();
  });
});

const withSettings = (settings: Partial<Settings>, params: Record<string, number> = {}): Model => ({
  ...ARTICLE_MODEL,
  params: { ...ARTICLE_MODEL.params, ...params },
  settings: { ...ARTICLE_MODEL.settings, ...settings },
});

/**
 * Each number in place carries 9 significant digits, a relative error of at most
 * 5e-9; through a few operations that stays below 1e-7 of the largest term. The
 * scale is the largest number in the formula, so a difference of nearly equal
 * numbers is judged by what a calculator could know of it.
 */
function expectFormulasEvaluate(model: Model) {
  const trace = computeTrace(model);
  for (const entry of trace.entries) {
    if (entry.id === 'E_total_new') continue; // E_total evaluated again: no numbers in place
    const evaluated = evaluateTex(entry.substituted);
    const numbers = [
      ...entry.substituted.matchAll(/(\d+(?:\.\d+)?)(?: \\times 10\^\{(-?\d+)\})?/g),
    ];
    const scale = Math.max(
      1,
      Math.abs(entry.value),
      ...numbers.map(([, mantissa, exponent]) => Number(mantissa) * 10 ** Number(exponent ?? 0)),
    );
    expect(Math.abs(evaluated - entry.value), `${entry.id} = ${entry.substituted}`).toBeLessThan(
      1e-7 * scale,
    );
  }
}

describe('every substituted formula evaluates to its value', () => {
  it('on the article', () => {
    expectFormulasEvaluate(ARTICLE_MODEL);
  });

  it.each(ACTIVATION_IDS.flatMap((act_h) => ACTIVATION_IDS.map((act_o) => [act_h, act_o])))(
    'act_h=%s act_o=%s, squared error, learned biases',
    (act_h, act_o) => {
      // w1 = −10 puts net_h1 below zero, so a ReLU there shows its flat side too.
      expectFormulasEvaluate(withSettings({ act_h, act_o, biases: 'learned' }, { w1: -10 }));
    },
  );

  it.each(ACTIVATION_IDS)('act_h=%s, cross-entropy, the ordering mistake', (act_h) => {
    expectFormulasEvaluate(
      withSettings({ act_h, loss: 'ce', hidden_deltas: 'updated' }, { w1: -10 }),
    );
  });

  it('with a bias per neuron, learned, on a deeper network', () => {
    expectFormulasEvaluate({
      sizes: [2, 3, 2, 2],
      params: { ...defaultParams([2, 3, 2, 2], 'neuron'), b_h1_2: -0.4, b_o2: 1.5 },
      settings: { ...ARTICLE_MODEL.settings, biases: 'learned', bias_per: 'neuron' },
    });
  });

  it('with numbers written as powers of ten', () => {
    expectFormulasEvaluate(withSettings({}, { i1: 2e-12, w6: -3e-11, w1: 4 }));
  });
});
