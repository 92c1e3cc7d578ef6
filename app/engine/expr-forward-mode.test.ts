/**
 * Forward mode's entries: the tangents' symbols and formulas as written by hand
 * (v̇ = Σ ∂v/∂u · u̇), what each entry lights, and its refusals.
 */
import { describe, expect, it } from 'vitest';
import { dotTex, forwardPass } from './expr-forward-mode';
import { FormulaError } from './expr-parse';
import { traceFormula } from './expr-trace';

describe('tangents', () => {
  it.each([
    ['x', '\\dot{x}'],
    ['w0', '\\dot{w}_{0}'],
    ['x12', '\\dot{x}_{12}'],
    ['lr', '\\dot{\\mathrm{lr}}'],
    ['dw1', '\\dot{\\mathrm{dw}}_{1}'],
    ['x1y', '\\dot{\\left(\\mathrm{x1y}\\right)}'],
  ])('writes the tangent of %s as %s', (name, tex) => {
    expect(dotTex(name)).toBe(tex);
  });

  it('writes each tangent as Σ ∂v/∂u · u̇, a negative local derivative in parentheses', () => {
    // f = x − y seeded at y: ḟ = 1·ẋ + (−1)·ẏ = −1.
    const pass = forwardPass(traceFormula('x - y', { x: 2, y: 5 }), 'y');
    const f = pass.entries.find((e) => e.id === 'tan_f')!;
    expect(f.formula).toBe('1\\cdot \\dot{x}+\\left(-1\\right)\\cdot \\dot{y}');
    expect(f.value).toBe(-1);
    expect(f.factors).toEqual(['tan_x', 'tan_y']);
    // A value of constants alone does not move: its tangent is 0.
    const constant = forwardPass(traceFormula('2*3 + x', { x: 1 }), 'x');
    expect(constant.entries.find((e) => e.id === 'tan_v1')).toMatchObject({
      formula: '0',
      value: 0,
    });
  });

  it('lights a seed’s leaf, and an operation with the edges into it', () => {
    const pass = forwardPass(traceFormula('x*y', { x: 2, y: 3 }), 'x');
    const touches = Object.fromEntries(pass.entries.map((e) => [e.id, [...e.touches].sort()]));
    expect(touches).toEqual({ tan_x: ['x'], tan_y: ['y'], tan_f: ['f', 'x>f', 'y>f'] });
    // ∂(xy)/∂x = y: the seed's terms are y·ẋ + x·ẏ.
    expect(pass.entries.find((e) => e.id === 'tan_f')!.factors).toEqual(['tan_x', 'tan_y']);
  });
});

describe('refusals', () => {
  it('refuses a seed that is not a leaf', () => {
    expect(() => forwardPass(traceFormula('x + y', { x: 1, y: 2 }), 'q')).toThrow(
      'q is not a leaf of x + y',
    );
  });

  it('refuses a tangent that outgrows float64, though the gradient does not', () => {
    // f = 0·(10⁶·ln x) at x = 10⁻³⁰⁵: reverse mode multiplies by the 0 first, ∂f/∂x = 0; forward
    // mode carries v̇₂ = 10⁶ · 1/x = 10³¹¹ first, past float64.
    const trace = traceFormula('0*(1000000*log(x))', { x: 1e-305 });
    expect(trace.gradients.x).toBe(0);
    try {
      forwardPass(trace, 'x');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(FormulaError);
      expect((error as FormulaError).message).toBe('the tangent of v2 grows past float64');
      expect((error as FormulaError).position).toBe(11);
    }
  });
});
