import fc from 'fast-check';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { EngineError } from './errors';
import { arbitraryExpr, ARBITRARY_VARIABLES } from './expr-arbitrary';
import type { Expr } from './expr-ast';
import { forwardMode, forwardPass } from './expr-forward-mode';
import { buildGraph, formulaGraph, MAX_NODES } from './expr-graph';
import { FormulaError } from './expr-parse';
import { printFormula } from './expr-print';
import { buildStructure } from './expr-structure';
import { substitutedTex, traceFormula, traceStructure } from './expr-trace';

/** The formula's value straight from its tree, by plain recursion: independent of the graph. */
function evaluate(expr: Expr, at: Readonly<Record<string, number>>): number {
  switch (expr.kind) {
    case 'number':
      return expr.value;
    case 'variable':
      return at[expr.name]!;
    case 'negate':
      return -evaluate(expr.operand, at);
    case 'binary': {
      const [a, b] = [evaluate(expr.left, at), evaluate(expr.right, at)];
      return { '+': a + b, '-': a - b, '*': a * b, '/': a / b, '^': Math.pow(a, b) }[expr.op];
    }
    case 'call': {
      const u = evaluate(expr.argument, at);
      const table = {
        sigmoid: 1 / (1 + Math.exp(-u)),
        tanh: Math.tanh(u),
        relu: Math.max(0, u),
        exp: Math.exp(u),
        log: Math.log(u),
        sin: Math.sin(u),
        cos: Math.cos(u),
        sqrt: Math.sqrt(u),
        abs: Math.abs(u),
      };
      return table[expr.fn];
    }
  }
}

// Multiples of 0.001 in −3…3: no subnormal leaf whose 1/x² the test's own arithmetic cannot hold.
const leafValue = fc.integer({ min: -3000, max: 3000 }).map((n) => n / 1000);
const values = fc.tuple(...ARBITRARY_VARIABLES.map(() => leafValue));
/** Smooth functions only: at a kink a central difference measures neither side. */
const smooth = arbitraryExpr(5, {
  functions: ['sigmoid', 'tanh', 'exp', 'log', 'sin', 'cos', 'sqrt'],
});

/**
 * How far rounding alone moves f: each node's value rounded by one part in 2⁵², times how much f
 * depends on that node. A central difference over h cannot resolve slopes finer than this / h.
 */
function roundingReach(trace: ReturnType<typeof traceStructure>): number {
  let reach = 0;
  for (const [node, value] of Object.entries(trace.values)) {
    const slope = trace.quantities[`d${trace.graph.output}_d${node}`] ?? 1;
    reach += Number.EPSILON * Math.abs(value) * Math.abs(slope);
  }
  return reach;
}

describe('values and gradients of random formulas', () => {
  it('computes f as the tree does, and ∂f/∂x as central differences measure it', () => {
    let traced = 0;
    let compared = 0;
    fc.assert(
      fc.property(smooth, values, (expr, drawn) => {
        if (expr.kind === 'variable' || expr.kind === 'number') return;
        const at = Object.fromEntries(ARBITRARY_VARIABLES.map((name, i) => [name, drawn[i]!]));
        const graph = buildGraph(expr);
        const leaves = Object.fromEntries(graph.leaves.map((leaf) => [leaf, at[leaf]!]));
        let trace;
        try {
          trace = traceStructure(buildStructure(graph), leaves);
        } catch (error) {
          // Refused only for a reason: outside a domain, or past float64.
          expect(error).toBeInstanceOf(FormulaError);
          expect(['domain', 'overflow']).toContain((error as FormulaError).code);
          return;
        }
        traced++;
        const f = trace.values[graph.output]!;
        expect(Number.isFinite(f)).toBe(true);
        expect(f).toBe(evaluate(expr, leaves));
        for (const leaf of graph.leaves) {
          const x = leaves[leaf]!;
          const central = (h: number) =>
            (evaluate(expr, { ...leaves, [leaf]: x + h }) -
              evaluate(expr, { ...leaves, [leaf]: x - h })) /
            (2 * h);
          const h = 1e-5 * Math.max(1, Math.abs(x));
          const [coarse, fine, finer] = [central(h), central(h / 2), central(h / 4)];
          if (![coarse, fine, finer].every(Number.isFinite)) continue; // x ± h leaves a domain
          const analytic = trace.gradients[leaf]!;
          expect(Number.isFinite(analytic)).toBe(true);
          // Where f turns faster than h can follow (sin(exp(x^x)) near x = 2.5 turns ten radians
          // across h), the three estimates disagree and none of them measures the slope.
          const spread = Math.max(coarse, fine, finer) - Math.min(coarse, fine, finer);
          if (spread > 1e-3 * (1 + Math.abs(fine))) continue;
          // Where an intermediate value is so large that x ± h is lost in its rounding
          // (cos(12^12 + x): 12^12 + 0.00001 rounds to 12^12), the difference measures rounding.
          const rounding = roundingReach(trace) / (h / 2);
          if (rounding > 1e-3 * (1 + Math.abs(analytic))) continue;
          compared++;
          // The two estimates differ by about their own error: allow that, and a little more.
          const slack =
            1e-6 * (1 + Math.abs(analytic)) + 10 * Math.abs(coarse - fine) + 2 * rounding;
          expect(
            Math.abs(analytic - fine),
            `${printFormula(expr)} at ${JSON.stringify(leaves)}, ∂/∂${leaf}`,
          ).toBeLessThanOrEqual(slack);
        }
      }),
      { numRuns: 400 },
    );
    // Most random formulas have a trace: the property is not passing by refusing. Of 400 draws
    // about 255 are traced and 215 compared (thirty runs: 239–276 and 190–255), so the bounds
    // leave room for the draw rather than fail one run in seven.
    expect(traced).toBeGreaterThan(200);
    // …nor by skipping: most traced formulas have a leaf the differences can measure (about 80 %).
    expect(compared).toBeGreaterThan(traced / 2);
  });

  it('sums a reused value’s contributions, one per use, and agrees with forward mode', () => {
    fc.assert(
      fc.property(smooth, values, (expr, drawn) => {
        if (expr.kind === 'variable' || expr.kind === 'number') return;
        const graph = buildGraph(expr);
        const at = Object.fromEntries(ARBITRARY_VARIABLES.map((name, i) => [name, drawn[i]!]));
        let trace;
        try {
          trace = traceStructure(
            buildStructure(graph),
            Object.fromEntries(graph.leaves.map((l) => [l, at[l]!])),
          );
        } catch {
          return;
        }
        for (const entry of trace.entries) {
          if (entry.kind !== 'gradient' || entry.factors.length === 0) continue;
          const uses = graph.uses.get(entry.node) ?? [];
          if (uses.length > 1) {
            expect(entry.factors).toHaveLength(uses.length);
            expect(entry.value).toBe(
              entry.factors.reduce((sum, id) => sum + trace.quantities[id]!, 0),
            );
          } else {
            expect(entry.value).toBe(
              trace.quantities[entry.factors[0]!]! * trace.quantities[entry.factors[1]!]!,
            );
          }
        }
        let forward;
        try {
          forward = forwardMode(trace);
        } catch {
          return;
        }
        expect(forward.cost.passes).toBe(graph.leaves.length);
        for (const leaf of graph.leaves) {
          const reverse = trace.gradients[leaf]!;
          expect(Math.abs(forward.gradients[leaf]! - reverse)).toBeLessThanOrEqual(
            1e-9 * (1 + Math.abs(reverse)),
          );
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('powers', () => {
  it('differentiates x^y in both: y·x^(y−1) and x^y · ln x', () => {
    const { gradients } = traceFormula('x^y', { x: 2, y: 3 });
    expect(gradients.x).toBe(12);
    expect(gradients.y).toBeCloseTo(8 * Math.log(2), 14);
  });
});

describe('the kinks', () => {
  it('gives relu a slope of 1 where its input is positive, 0 where it is not (0 at the kink)', () => {
    // f = relu(x)·y: ∂f/∂x = 1[x > 0]·y, ∂f/∂y = relu(x).
    expect(traceFormula('relu(x)*y', { x: 2, y: 3 }).gradients).toEqual({ x: 3, y: 2 });
    expect(traceFormula('relu(x)*y', { x: -1, y: 3 }).gradients).toEqual({ x: 0, y: 0 });
    expect(traceFormula('relu(x)*y', { x: 0, y: 3 }).gradients).toEqual({ x: 0, y: 0 });
  });
});

describe('the trace', () => {
  it('writes every formula as TeX that KaTeX renders, symbolic and with numbers', () => {
    const trace = traceFormula(
      'sigmoid(w0*x0 + w1*x1 + w2)^2 / sqrt(abs(x0)) - ln(relu(w1) + 1)*x0*x0',
      {
        w0: 2,
        x0: -1e-7,
        w1: -3,
        x1: 123456.5,
        w2: -3,
      },
    );
    for (const entry of trace.entries) {
      for (const tex of [entry.symbol, entry.formula, substitutedTex(trace, entry)]) {
        expect(tex).not.toMatch(/NaN|Infinity|undefined|@\[/);
        expect(() => katex.renderToString(tex, { throwOnError: true }), tex).not.toThrow();
      }
    }
    for (const entry of forwardPass(trace, 'x0').entries) {
      expect(() => katex.renderToString(entry.formula, { throwOnError: true })).not.toThrow();
    }
  });

  it('writes the same formulas and deps in whatever order the steps are first read', () => {
    // Formulas are written out when first asked for: the order of asking must not change them.
    const formula = 'x*x + sigmoid(x*y)/y';
    const forwards = buildStructure(formulaGraph(formula)).entries;
    const backwards = [...buildStructure(formulaGraph(formula)).entries].reverse();
    const read = (entries: readonly { id: string; formula: string; deps: readonly string[] }[]) =>
      Object.fromEntries(entries.map((e) => [e.id, [e.formula, e.deps.join(' ')]]));
    expect(read(backwards)).toEqual(read(forwards));
    const byId = read(forwards);
    // By hand: v1 = x·x, the twin edges' local derivatives are the other x, the sum of x's three uses.
    expect(byId.v1).toEqual(['x\\cdot x', 'x']);
    expect(byId.dv1_dx_1).toEqual(['x', 'x']);
    expect(byId.df_dx![0]).toBe(
      [
        '\\left.\\frac{\\partial f}{\\partial x}\\right|_{v_{1}\\,(1)}',
        '\\left.\\frac{\\partial f}{\\partial x}\\right|_{v_{1}\\,(2)}',
        '\\left.\\frac{\\partial f}{\\partial x}\\right|_{v_{2}}',
      ].join('+'),
    );
    // The trace's entries carry the structure's formulas, with their values.
    const trace = traceFormula(formula, { x: 0.5, y: 2 });
    expect(read(trace.entries)).toEqual(byId);
    expect(trace.entries.map((e) => e.value)).toEqual(
      trace.structure.entries.map((e) => trace.quantities[e.id]),
    );
  });

  it.each([
    ['sigmoid(w0*x0 + w1*x1 + w2)', { w0: 2, x0: -1, w1: -3, x1: -2, w2: -3 }],
    // a reaches f three times: its gradient is a sum of three contributions, two additions.
    ['a*b + a*a', { a: 3, b: -2 }],
  ])('counts the work of each mode as the graph says it must be done: %s', (formula, leaves) => {
    const trace = traceFormula(formula, leaves);
    const { graph } = trace;
    const edges = graph.edges.filter((e) => graph.nodes.get(e.from)!.kind !== 'constant');
    const atOutput = edges.filter((e) => e.to === graph.output).length;
    const sums = [...graph.uses.values()].reduce((n, uses) => n + Math.max(0, uses.length - 1), 0);
    // forward values + local derivatives + products (none at the output, whose upstream is 1) + sums
    expect(trace.cost).toEqual({
      passes: 2,
      operations: graph.operations.length + edges.length + (edges.length - atOutput) + sums,
    });
    // per leaf: values again, and per operation with k inputs k locals, k products, k − 1 additions
    const perPass =
      graph.operations.length +
      graph.operations.reduce((n, op) => {
        const k = op.inputs.filter((i) => graph.nodes.get(i)!.kind !== 'constant').length;
        return n + Math.max(0, 3 * k - 1);
      }, 0);
    const passes = graph.leaves.length;
    expect(forwardMode(trace).cost).toEqual({ passes, operations: passes * perPass });
  });

  it('seeds forward mode with one leaf and carries tangents forward', () => {
    const trace = traceFormula('a*b + a', { a: 3, b: -2 });
    const pass = forwardPass(trace, 'a');
    expect(pass.entries.map((e) => e.id)).toEqual(['tan_a', 'tan_b', 'tan_v1', 'tan_f']);
    // v1 = a·b: v̇1 = b·ȧ + a·ḃ = −2; f = v1 + a: ḟ = v̇1 + ȧ = −1 = b + 1
    expect(pass.quantities).toEqual({ tan_a: 1, tan_b: 0, tan_v1: -2, tan_f: -1 });
    expect(pass.entries[2]!.formula).toBe('b\\cdot \\dot{a}+a\\cdot \\dot{b}');
  });
});

describe('refusals', () => {
  const refusal = (formula: string, leaves: Record<string, unknown>) => {
    try {
      traceFormula(formula, leaves);
    } catch (error) {
      if (error instanceof EngineError) return [error.code, error.message];
      throw error;
    }
    return null;
  };

  it('names the operation and the character where a value leaves a domain or float64', () => {
    expect(refusal('log(x)', { x: -1 })).toEqual([
      'domain',
      'log needs a positive argument; the log at 1 gets -1',
    ]);
    expect(refusal('log(x)', { x: 0 })).toEqual([
      'domain',
      'log needs a positive argument; the log at 1 gets 0',
    ]);
    expect(refusal('2 + 1/(x - y)', { x: 2, y: 2 })).toEqual([
      'domain',
      "division by zero: the denominator of the '/' at 6 is 0",
    ]);
    expect(refusal('x^y', { x: -2, y: 0.5 })).toEqual([
      'domain',
      "a negative base needs a whole-number exponent: the '^' at 2 has -2 to the power 0.5",
    ]);
    expect(refusal('x^y', { x: -2, y: 2 })?.[1]).toBe(
      "the gradient with respect to an exponent needs ln of the base, so the base must be positive: the '^' at 2 has base -2",
    );
    expect(refusal('x^2', { x: -2 })).toBeNull(); // a constant exponent needs no logarithm
    expect(refusal('sqrt(x)', { x: 0 })?.[1]).toBe(
      'sqrt needs a positive argument (its slope at 0 is infinite); the sqrt at 1 gets 0',
    );
    expect(refusal('exp(exp(x))', { x: 10 })).toEqual([
      'overflow',
      'the exp at 1 gives a number too large for float64',
    ]);
    expect(refusal('x^0.5', { x: 0 })?.[1]).toBe("the slope of the '^' at 2 is not finite at 0");
    // 0^y is 0, but its slope in y needs ln 0.
    expect(refusal('x^y', { x: 0, y: 2 })?.[1]).toBe(
      "the gradient with respect to an exponent needs ln of the base, so the base must be positive: the '^' at 2 has base 0",
    );
    // Every value finite, but ∂f/∂x = y · 1/x = 10⁶ · 10³⁰⁵ is not.
    expect(refusal('y*log(x)', { x: 1e-305, y: 1e6 })).toEqual([
      'overflow',
      'the gradient df_dx grows past what float64 can hold at these values',
    ]);
  });

  it('places a refusal at the operation’s character, counted from 1', () => {
    const position = (formula: string, leaves: Record<string, number>) => {
      try {
        traceFormula(formula, leaves);
      } catch (error) {
        return (error as FormulaError).position;
      }
      return undefined;
    };
    expect(position('2 + 1/(x - y)', { x: 2, y: 2 })).toBe(6);
    expect(position('x + log(y)', { x: 1, y: 0 })).toBe(5);
  });

  it('refuses leaves as the network refuses parameters', () => {
    expect(refusal('x + y', { x: 1 })).toEqual([
      'not-a-number',
      'y must be a number; got undefined.',
    ]);
    expect(refusal('x + y', { x: 1, y: NaN })?.[0]).toBe('not-finite');
    expect(refusal('x + y', { x: 1, y: 2e6 })?.[0]).toBe('out-of-range');
    expect(refusal('x + y', { x: 1, y: 2, z: 3 })).toEqual([
      'unknown-parameter',
      'z is not a leaf of x + y; its leaves are x, y.',
    ]);
    // A formula of numbers alone has no leaves to give values to.
    expect(refusal('2*3', { x: 1 })).toEqual([
      'unknown-parameter',
      'x is not a leaf of 2*3; it has no leaves.',
    ]);
  });

  it('refuses a graph over 200 nodes by name, and names that clash', () => {
    // x0 + x1 + … : n leaves and n − 1 sums
    const sum = (n: number) => Array.from({ length: n }, (_, i) => `x${i}`).join('+');
    expect(formulaGraph(`-(${sum(100)})`).nodes.size).toBe(MAX_NODES);
    expect(() => formulaGraph(`${sum(100)}+1`)).toThrow(
      'the formula makes 201 nodes; the limit is 200',
    );
    expect(() => formulaGraph('f*2')).toThrow(
      "'f' at 1 is the name of the output; call the variable something else",
    );
    expect(() => formulaGraph('x')).toThrow('a formula needs at least one operation or function');
    // A variable called v1 moves the intermediate values to another letter.
    expect(formulaGraph('v1*v2 + 1').operations.map((op) => op.id)).toEqual(['u1', 'f']);
  });
});
