/**
 * A hand-written parser for the playground's formulas: no eval, no Function, no
 * math library. What it accepts is a whitelist (expr-ast.ts); anything else is
 * refused with what was expected and at which character (counted from 1).
 *
 *   sum     = product (("+" | "−") product)*
 *   product = unary (("*" | "/") unary)*
 *   unary   = "−" unary | power
 *   power   = atom ("^" unary)?          right-associative; binds tighter than unary minus
 *   atom    = number | variable | function "(" sum ")" | "(" sum ")"
 *
 * So −x^2 = −(x²) and 2^x^2 = 2^(x²). Parsing is linear in the formula's length,
 * and the length is capped, so no input can make it hang or overflow the stack.
 */
import { EngineError } from './errors';
import {
  FUNCTION_ALIASES,
  FUNCTION_NAMES,
  isFunctionName,
  type BinaryOperator,
  type Expr,
  type FunctionName,
} from './expr-ast';

/** The longest formula read, in characters. */
export const MAX_FORMULA_LENGTH = 500;
/** The longest variable name: a name, not a sentence. */
export const MAX_NAME_LENGTH = 20;

/** A formula refused, with where: `position` counts characters from 1. */
export class FormulaError extends EngineError {
  constructor(
    code: 'bad-formula' | 'too-large' | 'domain' | 'overflow',
    message: string,
    readonly position: number | null = null,
  ) {
    super(code, 'f', message);
  }
}

type Token =
  | { readonly kind: 'number'; readonly value: number; readonly text: string; readonly at: number }
  | { readonly kind: 'name'; readonly text: string; readonly at: number }
  | { readonly kind: 'symbol'; readonly text: string; readonly at: number }
  | { readonly kind: 'end'; readonly text: ''; readonly at: number };

/** Typographic signs a formula copied from a lesson may carry, read as their ASCII form. */
const SIGNS: Readonly<Record<string, string>> = { '−': '-', '·': '*', '×': '*', '⋅': '*' };
const SYMBOLS = '+-*/^()';
const NUMBER = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;
const NAME = /^[A-Za-z][A-Za-z0-9]*/;

const quote = (text: string) => `'${text}'`;
const at = (index: number) => `at ${index + 1}`;

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < formula.length) {
    const char = formula[i]!;
    if (/\s/.test(char)) {
      i++;
      continue;
    }
    const sign = SIGNS[char] ?? char;
    if (SYMBOLS.includes(sign)) {
      tokens.push({ kind: 'symbol', text: sign, at: i });
      i++;
      continue;
    }
    const rest = formula.slice(i, i + MAX_FORMULA_LENGTH);
    const number = NUMBER.exec(rest);
    if (number) {
      const text = number[0];
      // "1e" or "2e+": an exponent's e must be followed by digits ("2ex" is left to the parser).
      const dangling = /^[eE][+-]?(?![A-Za-z0-9])/.exec(rest.slice(text.length));
      if (dangling) {
        throw new FormulaError(
          'bad-formula',
          `expected digits after the exponent of ${quote(text + dangling[0])} ${at(i)}`,
          i + text.length + 1,
        );
      }
      const value = Number(text);
      if (!Number.isFinite(value)) {
        throw new FormulaError(
          'bad-formula',
          `the number ${quote(text)} ${at(i)} is too large for float64`,
          i + 1,
        );
      }
      tokens.push({ kind: 'number', value, text, at: i });
      i += text.length;
      continue;
    }
    const name = NAME.exec(rest);
    if (name) {
      tokens.push({ kind: 'name', text: name[0], at: i });
      i += name[0].length;
      continue;
    }
    const shown = char === "'" ? '"\'"' : quote(char);
    throw new FormulaError(
      'bad-formula',
      `unexpected character ${shown} ${at(i)}: a formula has numbers, names, + - * / ^, parentheses and functions`,
      i + 1,
    );
  }
  tokens.push({ kind: 'end', text: '', at: formula.length });
  return tokens;
}

class Parser {
  private index = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  private peek(): Token {
    return this.tokens[this.index]!;
  }
  private take(): Token {
    return this.tokens[this.index++]!;
  }
  /** Whether the next token is this symbol (no number or name is written with + − * / ^ ( )). */
  private isSymbol(text: string): boolean {
    return this.peek().text === text;
  }

  parseFormula(): Expr {
    const expr = this.sum();
    const next = this.peek();
    if (next.kind === 'end') return expr;
    if (next.text === ')') {
      throw new FormulaError(
        'bad-formula',
        `unexpected ')' ${at(next.at)}: no '(' is open`,
        next.at + 1,
      );
    }
    const previous = this.tokens[this.index - 1]!;
    const hint = next.kind === 'symbol' ? '' : ` (write ${previous.text}*${next.text} to multiply)`;
    throw new FormulaError(
      'bad-formula',
      `expected an operator after ${quote(previous.text)} ${at(previous.at)}, not ${quote(next.text)}${hint}`,
      next.at + 1,
    );
  }

  private sum(after?: Token): Expr {
    return this.leftAssociative(['+', '-'], (before) => this.product(before), after);
  }

  private product(after?: Token): Expr {
    return this.leftAssociative(['*', '/'], (before) => this.unary(before), after);
  }

  /** operand (operator operand)*, grouped from the left: a − b − c = (a − b) − c. */
  private leftAssociative(
    operators: readonly BinaryOperator[],
    operand: (after?: Token) => Expr,
    after?: Token,
  ): Expr {
    let left = operand(after);
    while (
      this.peek().kind === 'symbol' &&
      operators.includes(this.peek().text as BinaryOperator)
    ) {
      const op = this.take();
      left = {
        kind: 'binary',
        op: op.text as BinaryOperator,
        left,
        right: operand(op),
        at: op.at,
      };
    }
    return left;
  }

  private unary(after?: Token): Expr {
    if (this.isSymbol('-')) {
      const minus = this.take();
      return { kind: 'negate', operand: this.unary(minus), at: minus.at };
    }
    return this.power(after);
  }

  private power(after?: Token): Expr {
    const base = this.atom(after);
    if (!this.isSymbol('^')) return base;
    const caret = this.take();
    return { kind: 'binary', op: '^', left: base, right: this.unary(caret), at: caret.at };
  }

  private atom(after?: Token): Expr {
    const token = this.take();
    if (token.kind === 'number') return { kind: 'number', value: token.value, at: token.at };
    if (token.kind === 'name') return this.name(token);
    if (token.text === '(') {
      const inner = this.sum(token);
      const close = this.take();
      if (close.text !== ')') this.unclosed(token, close);
      return inner;
    }
    throw this.expectedValue(token, after);
  }

  private name(token: Token): Expr {
    const fn: FunctionName | undefined = isFunctionName(token.text)
      ? token.text
      : FUNCTION_ALIASES[token.text];
    if (fn !== undefined) {
      const open = this.take();
      if (open.text !== '(') {
        throw new FormulaError(
          'bad-formula',
          `expected '(' after the function ${quote(token.text)} ${at(token.at)}: write ${token.text}(x)`,
          open.at + 1,
        );
      }
      const argument = this.sum(open);
      const close = this.take();
      if (close.text !== ')') this.unclosed(open, close);
      return { kind: 'call', fn, argument, at: token.at };
    }
    if (this.isSymbol('(')) {
      throw new FormulaError(
        'bad-formula',
        `unknown function ${quote(token.text)} ${at(token.at)}; the functions are ${FUNCTION_NAMES.join(', ')}`,
        token.at + 1,
      );
    }
    if (token.text.length > MAX_NAME_LENGTH) {
      throw new FormulaError(
        'bad-formula',
        `the name ${quote(token.text.slice(0, 24))}… ${at(token.at)} is longer than ${MAX_NAME_LENGTH} characters`,
        token.at + 1,
      );
    }
    return { kind: 'variable', name: token.text, at: token.at };
  }

  private unclosed(open: Token, found: Token): never {
    const instead =
      found.kind === 'end' ? 'the formula ended' : `found ${quote(found.text)} ${at(found.at)}`;
    throw new FormulaError(
      'bad-formula',
      `expected ')' to close the '(' ${at(open.at)}; ${instead}`,
      found.at + 1,
    );
  }

  private expectedValue(token: Token, after: Token | undefined): FormulaError {
    const found = token.kind === 'end' ? '' : `, not ${quote(token.text)}`;
    if (after) {
      const where = `after ${quote(after.text)} ${at(after.at)}`;
      return new FormulaError('bad-formula', `expected a value ${where}${found}`, token.at + 1);
    }
    // With nothing before it, the token is the formula's first, so not its end: an empty
    // formula is refused before parsing.
    return new FormulaError(
      'bad-formula',
      `expected a value ${at(token.at)}${found}`,
      token.at + 1,
    );
  }
}

/**
 * The formula as a tree, or a FormulaError saying what was expected where:
 * "expected a value after '+' at 4". Over 500 characters is refused by name.
 */
export function parseFormula(formula: string): Expr {
  if (typeof formula !== 'string') {
    throw new FormulaError('bad-formula', 'the formula must be text');
  }
  if (formula.length > MAX_FORMULA_LENGTH) {
    throw new FormulaError(
      'too-large',
      `the formula is ${formula.length} characters long; the limit is ${MAX_FORMULA_LENGTH}`,
    );
  }
  if (formula.trim() === '') {
    throw new FormulaError('bad-formula', 'the formula is empty: type one, such as (x + y) * z');
  }
  return new Parser(tokenize(formula)).parseFormula();
}
