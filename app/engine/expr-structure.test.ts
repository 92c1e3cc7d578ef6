/**
 * The structure of a formula's trace before any number: each operation's value
 * and local derivatives as a textbook writes them, and the bookkeeping of the
 * backward pass (kinds, factors, what each entry lights) for a value used twice.
 * The expected TeX is written by hand from the derivative rules.
 */
import { describe, expect, it } from 'vitest';
import { formulaGraph } from './expr-graph';
import { buildStructure, type EntryShape } from './expr-structure';

const structureOf = (formula: string) => buildStructure(formulaGraph(formula));
const formulas = (formula: string) =>
  Object.fromEntries(structureOf(formula).entries.map((e) => [e.id, e.formula]));

describe('each operation, as its value and its local derivatives', () => {
  // formula → f's value, ∂f/∂x and (for two inputs) ∂f/∂y
  it.each([
    ['x + y', 'x+y', '1', '1'],
    ['x - y', 'x-y', '1', '-1'],
    ['x*y', 'x\\cdot y', 'y', 'x'],
    ['x/y', '\\frac{x}{y}', '\\frac{1}{y}', '-\\frac{x}{{y}^{2}}'],
    // d/dx x^y = y·x^(y−1); d/dy x^y = x^y · ln x, written with f for x^y.
    ['x^y', '{x}^{y}', 'y\\cdot {x}^{y-1}', 'f\\cdot \\ln\\left(x\\right)'],
    ['x^3', '{x}^{3}', '3\\cdot {x}^{2}', undefined],
    ['x^2', '{x}^{2}', '2\\cdot x', undefined],
    ['2*x', '2\\cdot x', '2', undefined],
    ['-x', '-x', '-1', undefined],
    ['sigmoid(x)', '\\sigma\\left(x\\right)', 'f\\left(1-f\\right)', undefined],
    ['tanh(x)', '\\tanh\\left(x\\right)', '1-f^{2}', undefined],
    ['relu(x)', '\\max\\left(0,x\\right)', '\\mathbf{1}\\left[x>0\\right]', undefined],
    ['exp(x)', 'e^{x}', 'e^{x}', undefined],
    ['ln(x)', '\\ln\\left(x\\right)', '\\frac{1}{x}', undefined],
    ['sin(x)', '\\sin\\left(x\\right)', '\\cos\\left(x\\right)', undefined],
    ['cos(x)', '\\cos\\left(x\\right)', '-\\sin\\left(x\\right)', undefined],
    ['sqrt(x)', '\\sqrt{x}', '\\frac{1}{2f}', undefined],
    ['abs(x)', '\\left|x\\right|', '\\operatorname{sign}\\left(x\\right)', undefined],
  ])('%s: f = %s, ∂f/∂x = %s, ∂f/∂y = %s', (formula, value, dx, dy) => {
    const f = formulas(formula);
    expect(f.f).toBe(value);
    expect(f.df_df).toBe('1');
    expect(f.df_dx).toBe(dx);
    expect(f.df_dy).toBe(dy);
  });

  it('writes local derivatives below the output with the operation’s own name', () => {
    // (x − y)·z: v₁ = x − y, f = v₁·z; ∂v₁/∂x = 1, ∂v₁/∂y = −1.
    const f = formulas('(x - y)*z');
    expect(f.v1).toBe('x-y');
    expect(f.dv1_dx).toBe('1');
    expect(f.dv1_dy).toBe('-1');
    expect(f.df_dx).toBe(
      '\\frac{\\partial f}{\\partial v_{1}}\\cdot \\frac{\\partial v_{1}}{\\partial x}',
    );
  });
});

describe('the backward pass’s bookkeeping', () => {
  const byId = (formula: string) =>
    new Map(structureOf(formula).entries.map((e): [string, EntryShape] => [e.id, e]));
  const summary = (e: EntryShape | undefined) =>
    e && { kind: e.kind, symbol: e.symbol, factors: e.factors, touches: [...e.touches].sort() };
  const partial = (top: string, bottom: string) => `\\frac{\\partial ${top}}{\\partial ${bottom}}`;
  const via = (bottom: string, at: string) => `\\left.${partial('f', bottom)}\\right|_{${at}}`;

  it('a·b + a: a reaches f twice, and its gradient is the sum of both contributions', () => {
    // Edges are written from>to; v₁ = a·b.
    const e = byId('a*b + a');
    expect(summary(e.get('v1'))).toEqual({
      kind: 'value',
      symbol: 'v_{1}',
      factors: [],
      touches: ['a', 'a>v1', 'b', 'b>v1', 'v1'],
    });
    expect(summary(e.get('df_df'))).toEqual({
      kind: 'seed',
      symbol: partial('f', 'f'),
      factors: [],
      touches: ['f'],
    });
    // At the output the local derivative is the gradient (or a's share of it) itself.
    expect(summary(e.get('df_dv1'))).toEqual({
      kind: 'gradient',
      symbol: partial('f', 'v_{1}'),
      factors: [],
      touches: ['f', 'v1', 'v1>f'],
    });
    expect(summary(e.get('df_da_via_f'))).toEqual({
      kind: 'contribution',
      symbol: via('a', 'f'),
      factors: [],
      touches: ['a', 'a>f', 'f'],
    });
    expect(summary(e.get('dv1_da'))).toEqual({
      kind: 'local',
      symbol: partial('v_{1}', 'a'),
      factors: [],
      touches: ['a', 'a>v1', 'v1'],
    });
    expect(summary(e.get('df_da_via_v1'))).toEqual({
      kind: 'contribution',
      symbol: via('a', 'v_{1}'),
      factors: ['df_dv1', 'dv1_da'],
      touches: ['a', 'a>v1', 'v1'],
    });
    expect(summary(e.get('df_db'))).toEqual({
      kind: 'gradient',
      symbol: partial('f', 'b'),
      factors: ['df_dv1', 'dv1_db'],
      touches: ['b', 'b>v1', 'v1'],
    });
    expect(summary(e.get('df_da'))).toEqual({
      kind: 'gradient',
      symbol: partial('f', 'a'),
      factors: ['df_da_via_v1', 'df_da_via_f'],
      touches: ['a', 'a>f', 'a>v1'],
    });
    expect(e.get('df_da')!.formula).toBe(`${via('a', 'v_{1}')}+${via('a', 'f')}`);
  });

  it('x·x: one operation takes x twice, and the two uses are told apart by their place', () => {
    const e = byId('x*x');
    expect(summary(e.get('df_dx_via_f_1'))).toEqual({
      kind: 'contribution',
      symbol: via('x', 'f\\,(1)'),
      factors: [],
      touches: ['f', 'x', 'x>f:1'],
    });
    expect(summary(e.get('df_dx_via_f_2'))).toEqual({
      kind: 'contribution',
      symbol: via('x', 'f\\,(2)'),
      factors: [],
      touches: ['f', 'x', 'x>f:2'],
    });
    expect(summary(e.get('df_dx'))).toEqual({
      kind: 'gradient',
      symbol: partial('f', 'x'),
      factors: ['df_dx_via_f_1', 'df_dx_via_f_2'],
      touches: ['x', 'x>f:1', 'x>f:2'],
    });
  });

  it('(x·x)·y: below the output, the two places of x get their own local derivatives', () => {
    // v₁ = x·x, f = v₁·y: ∂v₁/∂x at either place is the other x.
    const e = byId('(x*x)*y');
    expect(e.get('dv1_dx_1')!.formula).toBe('x');
    expect(e.get('dv1_dx_2')!.formula).toBe('x');
    expect(summary(e.get('df_dx_via_v1_2'))).toEqual({
      kind: 'contribution',
      symbol: via('x', 'v_{1}\\,(2)'),
      factors: ['df_dv1', 'dv1_dx_2'],
      touches: ['v1', 'x', 'x>v1:2'],
    });
  });
});
