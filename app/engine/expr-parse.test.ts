import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngineError } from './errors';
import { FUNCTION_NAMES, type Expr } from './expr-ast';
import { FormulaError, MAX_FORMULA_LENGTH, parseFormula } from './expr-parse';
import { printFormula } from './expr-print';
import { arbitraryExpr, withoutPositions } from './expr-arbitrary';

/** A tree written out with every parenthesis, to compare against what the grammar means. */
function bracketed(expr: Expr): string {
  switch (expr.kind) {
    case 'number':
      return String(expr.value);
    case 'variable':
      return expr.name;
    case 'negate':
      return `(-${bracketed(expr.operand)})`;
    case 'call':
      return `${expr.fn}[${bracketed(expr.argument)}]`;
    case 'binary':
      return `(${bracketed(expr.left)} ${expr.op} ${bracketed(expr.right)})`;
  }
}

const refusal = (formula: string) => {
  try {
    parseFormula(formula);
  } catch (error) {
    if (error instanceof FormulaError) return [error.code, error.message, error.position];
    throw error;
  }
  return null;
};

describe('the grammar', () => {
  // formula → its meaning with every parenthesis written (precedence and associativity)
  const table: [string, string][] = [
    ['x', 'x'],
    ['2.5', '2.5'],
    ['12.5*x', '(12.5 * x)'],
    ['.5', '0.5'],
    ['.25', '0.25'],
    ['1e-3', '0.001'],
    ['2E+2', '200'],
    ['w0', 'w0'],
    ['x + y * z', '(x + (y * z))'],
    ['(x + y) * z', '((x + y) * z)'],
    ['x - y - z', '((x - y) - z)'],
    ['x / y / z', '((x / y) / z)'],
    ['x * y / z', '((x * y) / z)'],
    ['2^x^2', '(2 ^ (x ^ 2))'],
    ['-x^2', '(-(x ^ 2))'],
    ['(-x)^2', '((-x) ^ 2)'],
    ['2^-x', '(2 ^ (-x))'],
    ['--x', '(-(-x))'],
    ['x - -y', '(x - (-y))'],
    ['x * -y', '(x * (-y))'],
    ['-x * y', '((-x) * y)'],
    ['-x + y', '((-x) + y)'],
    ['a*b + a', '((a * b) + a)'],
    ['sigmoid(w0*x0 + w1*x1 + w2)', 'sigmoid[(((w0 * x0) + (w1 * x1)) + w2)]'],
    ['ln(x)', 'log[x]'],
    ['exp(x)^2', '(exp[x] ^ 2)'],
    ['sqrt(abs(x))', 'sqrt[abs[x]]'],
    ['relu(x) - tanh(y) + sin(z) * cos(z)', '((relu[x] - tanh[y]) + (sin[z] * cos[z]))'],
    ['(x + y)·z', '((x + y) * z)'],
    ['x × y − z', '((x * y) - z)'],
    ['(x + y)⋅z', '((x + y) * z)'],
    ['  x\t+\ny ', '(x + y)'],
  ];
  it.each(table)('reads %s as %s', (formula, meaning) => {
    expect(bracketed(parseFormula(formula))).toBe(meaning);
  });

  it('knows every function of the whitelist, and where each part was written', () => {
    for (const fn of FUNCTION_NAMES) {
      expect(parseFormula(`${fn}(x)`)).toMatchObject({ kind: 'call', fn, at: 0 });
    }
    const tree = parseFormula('a + b*c');
    expect(tree).toMatchObject({
      at: 2,
      left: { at: 0 },
      right: { at: 5, left: { at: 4 }, right: { at: 6 } },
    });
  });
});

describe('refusals', () => {
  const table: [string, string, number | null][] = [
    ['x + ', "expected a value after '+' at 3", 5],
    ['2*x+', "expected a value after '+' at 4", 5],
    ['(x + y', "expected ')' to close the '(' at 1; the formula ended", 7],
    [
      '(x + y]',
      "unexpected character ']' at 7: a formula has numbers, names, + - * / ^, parentheses and functions",
      7,
    ],
    ['x + y)', "unexpected ')' at 6: no '(' is open", 6],
    ['2x', "expected an operator after '2' at 1, not 'x' (write 2*x to multiply)", 2],
    ['x y', "expected an operator after 'x' at 1, not 'y' (write x*y to multiply)", 3],
    // "2ex" is 2 and a name, not a number missing its exponent's digits.
    ['2ex', "expected an operator after '2' at 1, not 'ex' (write 2*ex to multiply)", 2],
    ['2 (y)', "expected an operator after '2' at 1, not '('", 3],
    ['(x y)', "expected ')' to close the '(' at 1; found 'y' at 4", 4],
    ['* x', "expected a value at 1, not '*'", 1],
    ['()', "expected a value after '(' at 1, not ')'", 2],
    ['sin x', "expected '(' after the function 'sin' at 1: write sin(x)", 5],
    ['sigmoid', "expected '(' after the function 'sigmoid' at 1: write sigmoid(x)", 8],
    [
      'foo(x)',
      "unknown function 'foo' at 1; the functions are sigmoid, tanh, relu, exp, log, sin, cos, sqrt, abs",
      1,
    ],
    ['sin(x', "expected ')' to close the '(' at 4; the formula ended", 6],
    ['sin()', "expected a value after '(' at 4, not ')'", 5],
    ['1e', "expected digits after the exponent of '1e' at 1", 2],
    ['3 + 2e+', "expected digits after the exponent of '2e+' at 5", 6],
    ['1e999', "the number '1e999' at 1 is too large for float64", 1],
    [
      'x $ y',
      "unexpected character '$' at 3: a formula has numbers, names, + - * / ^, parentheses and functions",
      3,
    ],
    [
      'x_1',
      "unexpected character '_' at 2: a formula has numbers, names, + - * / ^, parentheses and functions",
      2,
    ],
    ['+x', "expected a value at 1, not '+'", 1],
    [
      "x'",
      `unexpected character "'" at 2: a formula has numbers, names, + - * / ^, parentheses and functions`,
      2,
    ],
    ['x ^ ', "expected a value after '^' at 3", 5],
    ['', 'the formula is empty: type one, such as (x + y) * z', null],
    ['   ', 'the formula is empty: type one, such as (x + y) * z', null],
  ];
  it.each(table)('%j: %s', (formula, message, position) => {
    expect(refusal(formula)).toEqual(['bad-formula', message, position]);
  });

  it('refuses a formula over 500 characters by name, and a long variable name', () => {
    const long = Array.from({ length: 170 }, () => 'x').join('+ ') + ' ';
    expect(long.length).toBeGreaterThan(MAX_FORMULA_LENGTH);
    expect(refusal(long)).toEqual([
      'too-large',
      `the formula is ${long.length} characters long; the limit is 500`,
      null,
    ]);
    expect(refusal('x'.repeat(MAX_FORMULA_LENGTH))?.[0]).toBe('bad-formula'); // a 500-letter name
    expect(refusal('a'.repeat(21) + ' + 1')?.[1]).toBe(
      "the name 'aaaaaaaaaaaaaaaaaaaaa'… at 1 is longer than 20 characters",
    );
    expect(refusal('a'.repeat(20) + ' + 1')).toBeNull();
    // A name of 30 letters is quoted by its first 24, and placed where it starts.
    expect(refusal(`x + ${'a'.repeat(30)}`)).toEqual([
      'bad-formula',
      `the name '${'a'.repeat(24)}'… at 5 is longer than 20 characters`,
      5,
    ]);
  });

  it('refuses what is not text, as untyped input may be', () => {
    for (const value of [42, null, undefined, ['x']]) {
      expect(refusal(value as unknown as string)).toEqual([
        'bad-formula',
        'the formula must be text',
        null,
      ]);
    }
  });

  it('is an EngineError about the formula, so every reader treats it as refused input', () => {
    try {
      parseFormula('x +');
    } catch (error) {
      expect(error).toBeInstanceOf(EngineError);
      expect((error as EngineError).subject).toBe('f');
    }
  });
});

describe('properties', () => {
  it('reads a printed tree back as the same tree', () => {
    fc.assert(
      fc.property(arbitraryExpr(5), (expr) => {
        const text = printFormula(expr);
        expect(withoutPositions(parseFormula(text))).toEqual(withoutPositions(expr));
      }),
      { numRuns: 500 },
    );
  });

  it('answers any text with a tree or a FormulaError, quickly', () => {
    const pieces = fc.constantFrom(
      'x',
      'y',
      '1',
      '2.5',
      '1e',
      '+',
      '-',
      '*',
      '/',
      '^',
      '(',
      ')',
      ' ',
      'sin',
      'exp(',
      'ln',
      '.',
      'e',
      '$',
      '−',
      '·',
    );
    const soups = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.array(pieces, { maxLength: 80 }).map((p) => p.join('')),
    );
    fc.assert(
      fc.property(soups, (text) => {
        try {
          const tree = parseFormula(text);
          expect(withoutPositions(parseFormula(printFormula(tree)))).toEqual(
            withoutPositions(tree),
          );
        } catch (error) {
          expect(error).toBeInstanceOf(FormulaError);
          expect((error as FormulaError).message).not.toMatch(/undefined|NaN/);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('parses the deepest and the longest formulas allowed without trouble', () => {
    const started = performance.now();
    const deep = `${'('.repeat(249)}x${')'.repeat(249)}`;
    expect(parseFormula(deep)).toMatchObject({ kind: 'variable', name: 'x' });
    expect(bracketed(parseFormula(`${'-'.repeat(499)}x`))).toMatch(/^\(-\(-/);
    expect(bracketed(parseFormula(Array.from({ length: 250 }, () => '2').join('^')))).toMatch(
      /^\(2 \^/,
    );
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
