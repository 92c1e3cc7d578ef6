import katex from 'katex';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngineError } from './errors';
import {
  computeExpressionTrace,
  EXPRESSION_GRAPH_IDS,
  expressionGraph,
  gradientId,
  type ExpressionGraphId,
  type ExpressionTrace,
} from './expression';
import { nudgeLeaf } from './expression-nudge';

const SAMPLES: Record<ExpressionGraphId, Record<string, number>> = {
  'a+b': { a: 3, b: -2 },
  'a*b': { a: 3, b: -2 },
  '(x+y)*z': { x: -2, y: 5, z: -4 },
};

/** The output computed directly, for central differences. */
function outputOf(graph: ExpressionGraphId, v: Record<string, number>): number {
  if (graph === 'a+b') return v.a! + v.b!;
  if (graph === 'a*b') return v.a! * v.b!;
  return (v.x! + v.y!) * v.z!;
}

const ids = (trace: ExpressionTrace) => trace.entries.map((e) => e.id);

describe('expression traces', () => {
  it('traces f = (x + y)·z forward then backward, in order', () => {
    const trace = computeExpressionTrace('(x+y)*z', SAMPLES['(x+y)*z']);
    expect(ids(trace)).toEqual([
      'q',
      'f',
      'df_df',
      'df_dq',
      'df_dz',
      'dq_dx',
      'dq_dy',
      'df_dx',
      'df_dy',
    ]);
    expect(trace.quantities).toEqual({
      q: 3,
      f: -12,
      df_df: 1,
      df_dq: -4,
      df_dz: 3,
      dq_dx: 1,
      dq_dy: 1,
      df_dx: -4,
      df_dy: -4,
    });
    const dfdx = trace.entries.find((e) => e.id === 'df_dx')!;
    expect(dfdx.template).toBe('@[df_dq]\\cdot @[dq_dx]');
    expect(dfdx.factors).toEqual(['df_dq', 'dq_dx']);
    expect(dfdx.formula).toBe(
      '\\frac{\\partial f}{\\partial q}\\cdot \\frac{\\partial q}{\\partial x}',
    );
    expect(dfdx.substituted).toBe('\\left(-4\\right)\\cdot 1');
    const f = trace.entries.find((e) => e.id === 'f')!;
    expect([f.phase, f.formula, f.substituted]).toEqual([
      'forward',
      'q\\cdot z',
      '3\\cdot \\left(-4\\right)',
    ]);
  });

  it('traces c = a + b and c = a·b with their local gradients', () => {
    const sum = computeExpressionTrace('a+b', SAMPLES['a+b']);
    expect(sum.quantities).toEqual({ c: 1, dc_dc: 1, dc_da: 1, dc_db: 1 });
    const product = computeExpressionTrace('a*b', SAMPLES['a*b']);
    expect(product.quantities).toEqual({ c: -6, dc_dc: 1, dc_da: -2, dc_db: 3 });
    expect(product.entries.find((e) => e.id === 'dc_da')!.template).toBe('@[b]');
  });

  it('agrees with central differences on every leaf', () => {
    const leaf = fc.double({ min: -50, max: 50, noNaN: true });
    for (const graph of EXPRESSION_GRAPH_IDS) {
      const { leaves } = expressionGraph(graph);
      fc.assert(
        fc.property(fc.tuple(leaf, leaf, leaf), (drawn) => {
          const values = Object.fromEntries(leaves.map((name, i) => [name, drawn[i]!]));
          const trace = computeExpressionTrace(graph, values);
          const out = trace.graph.output;
          expect(trace.quantities[out]).toBeCloseTo(outputOf(graph, values), 9);
          const h = 1e-4;
          for (const name of leaves) {
            const up = outputOf(graph, { ...values, [name]: values[name]! + h });
            const down = outputOf(graph, { ...values, [name]: values[name]! - h });
            const numeric = (up - down) / (2 * h);
            const analytic = trace.quantities[gradientId(out, name)]!;
            expect(Math.abs(numeric - analytic)).toBeLessThan(1e-6 * (1 + Math.abs(analytic)));
          }
        }),
        { numRuns: 200 },
      );
    }
  });

  it('gives every edge its gradient, and the rule upstream · local', () => {
    const trace = computeExpressionTrace('(x+y)*z', SAMPLES['(x+y)*z']);
    expect(trace.edges.map((e) => `${e.from}>${e.to ?? 'out'}:${e.gradient}`)).toEqual([
      'f>out:df_df',
      'q>f:df_dq',
      'z>f:df_dz',
      'x>q:df_dx',
      'y>q:df_dy',
    ]);
    expect(trace.edges.find((e) => e.from === 'x')!.rule).toEqual([
      '\\frac{\\partial f}{\\partial x}=' +
        '\\underbrace{\\frac{\\partial f}{\\partial q}}_{\\text{upstream}}\\cdot ' +
        '\\underbrace{\\frac{\\partial q}{\\partial x}}_{\\text{local}}',
      '=\\left(-4\\right)\\cdot 1',
      '=-4',
    ]);
    expect(trace.edges[0]!.rule).toEqual(['\\frac{\\partial f}{\\partial f}=1']);
  });

  it('writes TeX that KaTeX renders, for every graph and awkward numbers', () => {
    const awkward = [0, -0, 1e-12, -3.5e-9, 123456.789, -1e6, 1e6, 0.1 + 0.2];
    for (const graph of EXPRESSION_GRAPH_IDS) {
      const { leaves } = expressionGraph(graph);
      for (const value of awkward) {
        const values = Object.fromEntries(leaves.map((name, i) => [name, i === 0 ? value : -2]));
        const trace = computeExpressionTrace(graph, values);
        const strings = [
          ...trace.entries.flatMap((e) => [e.symbol, e.formula, e.substituted]),
          ...trace.edges.flatMap((e) => e.rule),
        ];
        for (const tex of strings) {
          expect(tex).not.toMatch(/NaN|Infinity|undefined|@\[/);
          expect(() => katex.renderToString(tex, { throwOnError: true }), tex).not.toThrow();
        }
      }
    }
  });

  it('measures a nudge and compares it with the gradient', () => {
    const trace = computeExpressionTrace('a*b', SAMPLES['a*b']);
    const nudge = nudgeLeaf(trace, 'a', 0.01);
    expect(nudge.before).toBe(-6);
    expect(nudge.after).toBeCloseTo(-6.02, 12);
    expect(nudge.change).toBeCloseTo(-0.02, 12);
    expect(nudge.predicted).toBeCloseTo(-0.02, 15);
    const nonlinear = computeExpressionTrace('(x+y)*z', SAMPLES['(x+y)*z']);
    expect(nudgeLeaf(nonlinear, 'z', 0.01).change).toBeCloseTo(0.03, 12);
  });
});

describe('bad leaves', () => {
  const refusal = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      if (error instanceof EngineError) return [error.code, error.subject, error.message];
      throw error;
    }
    return null;
  };

  it('names the leaf and says why', () => {
    expect(refusal(() => computeExpressionTrace('a+b', { a: NaN, b: 1 }))).toEqual([
      'not-finite',
      'a',
      'a must be a finite number, not NaN.',
    ]);
    expect(refusal(() => computeExpressionTrace('a+b', { a: 1, b: Infinity }))?.[1]).toBe('b');
    expect(refusal(() => computeExpressionTrace('a*b', { a: 1, b: 2e6 }))).toEqual([
      'out-of-range',
      'b',
      'b must lie between -1000000 and 1000000; got 2000000.',
    ]);
    expect(refusal(() => computeExpressionTrace('a*b', { a: 1 }))?.slice(0, 2)).toEqual([
      'not-a-number',
      'b',
    ]);
    expect(refusal(() => computeExpressionTrace('a*b', { a: '1', b: 2 }))?.[1]).toBe('a');
    expect(refusal(() => computeExpressionTrace('(x+y)*z', { x: 1, y: 2, z: 3, w: 4 }))).toEqual([
      'unknown-parameter',
      'w',
      'w is not a leaf of (x+y)*z; its leaves are x, y, z.',
    ]);
    expect(refusal(() => computeExpressionTrace('a-b', { a: 1, b: 2 }))).toEqual([
      'unknown-setting',
      'graph',
      'graph must be one of a+b, a*b, (x+y)*z; "a-b" is not.',
    ]);
    const trace = computeExpressionTrace('a+b', { a: 1e6, b: 0 });
    expect(refusal(() => nudgeLeaf(trace, 'a', 0.01))?.slice(0, 2)).toEqual(['out-of-range', 'a']);
  });
});
