/**
 * A formula tree written back out: as text with parentheses only where the
 * grammar needs them, and as TeX as a textbook sets it (fractions, raised
 * powers, \cdot, subscripted indices). The expected strings are written by hand.
 */
import { describe, expect, it } from 'vitest';
import type { Expr } from './expr-ast';
import { parseFormula } from './expr-parse';
import { formulaTex, nameTex, printFormula } from './expr-print';

const num = (value: number): Expr => ({ kind: 'number', value, at: 0 });
const variable = (name: string): Expr => ({ kind: 'variable', name, at: 0 });
const binary = (op: '+' | '-' | '*' | '/' | '^', left: Expr, right: Expr): Expr => ({
  kind: 'binary',
  op,
  left,
  right,
  at: 0,
});

describe('printFormula', () => {
  it.each([
    ['x - y', 'x - y'],
    ['x - y - z', 'x - y - z'],
    ['x - (y - z)', 'x - (y - z)'],
    ['(x + y)*z', '(x + y)*z'],
    ['x*y/z', 'x*y/z'],
    ['x/(y*z)', 'x/(y*z)'],
    ['-x^2', '-x^2'],
    ['(-x)^2', '(-x)^2'],
    ['2^x^2', '2^x^2'],
    ['(2^x)^2', '(2^x)^2'],
    ['0^x', '0^x'],
    ['sigmoid(w0*x0 + b)', 'sigmoid(w0*x0 + b)'],
  ])('writes %s as %s', (formula, text) => {
    expect(printFormula(parseFormula(formula))).toBe(text);
  });

  it('puts a negative number that a tree holds (no parser makes one) in parentheses as a base', () => {
    // Written bare, −3^2 would read back as −(3²).
    expect(printFormula(binary('^', num(-3), num(2)))).toBe('(-3)^2');
    expect(printFormula(binary('*', variable('x'), num(-2)))).toBe('x*-2');
    expect(printFormula(num(-0.5))).toBe('-0.5');
  });
});

describe('formulaTex', () => {
  it.each([
    ['x + y*z', 'x+y\\cdot z'],
    ['(x + y)*z', '\\left(x+y\\right)\\cdot z'],
    ['x - y - z', 'x-y-z'],
    ['x - (y - z)', 'x-\\left(y-z\\right)'],
    ['x*(y*z)', 'x\\cdot \\left(y\\cdot z\\right)'],
    ['-x*y', '-x\\cdot y'],
    ['-(x*y)', '-\\left(x\\cdot y\\right)'],
    ['-(x + y)', '-\\left(x+y\\right)'],
    ['x/(y + 1)', '\\frac{x}{y+1}'],
    ['(x + 1)^2', '{\\left(x+1\\right)}^{2}'],
    ['x^(y + 1)', '{x}^{y+1}'],
    ['2^x^2', '{2}^{{x}^{2}}'],
    ['-x^2', '-{x}^{2}'],
    ['(-x)^2', '{\\left(-x\\right)}^{2}'],
    ['lr*x12', '\\mathrm{lr}\\cdot x_{12}'],
    ['1e-7*x', '1\\times 10^{-7}\\cdot x'],
    ['2.5e21', '2.5\\times 10^{21}'],
    ['sigmoid(w0*x0 + b)', '\\sigma\\left(w_{0}\\cdot x_{0}+b\\right)'],
    ['tanh(x)', '\\tanh\\left(x\\right)'],
    ['relu(x)', '\\max\\left(0,x\\right)'],
    ['exp(x)', 'e^{x}'],
    ['ln(x)', '\\ln\\left(x\\right)'],
    ['sin(x)', '\\sin\\left(x\\right)'],
    ['cos(x)', '\\cos\\left(x\\right)'],
    ['sqrt(x)', '\\sqrt{x}'],
    ['abs(x)', '\\left|x\\right|'],
  ])('sets %s as %s', (formula, tex) => {
    expect(formulaTex(parseFormula(formula))).toBe(tex);
  });

  it('sets a negative number as a base in parentheses', () => {
    expect(formulaTex(binary('^', num(-3), num(2)))).toBe('{\\left(-3\\right)}^{2}');
  });
});

describe('nameTex', () => {
  it.each([
    ['x', 'x'],
    ['w0', 'w_{0}'],
    ['x12', 'x_{12}'],
    ['lr', '\\mathrm{lr}'],
    ['dw1', '\\mathrm{dw}_{1}'],
    // Digits inside a name are no index: it is set upright, whole.
    ['x1y', '\\mathrm{x1y}'],
    ['h2o2', '\\mathrm{h2o2}'],
  ])('sets %s as %s', (name, tex) => {
    expect(nameTex(name)).toBe(tex);
  });
});
