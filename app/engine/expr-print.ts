/**
 * A formula tree written back out: as text the parser reads to the same tree
 * (parentheses only where the grammar needs them), and as TeX.
 */
import { FUNCTIONS, type Expr } from './expr-ast';

/** Binding strength: a sum 1, a product 2, unary minus 3, a power 4, an atom 5. */
function level(expr: Expr): number {
  switch (expr.kind) {
    case 'binary':
      return expr.op === '+' || expr.op === '-' ? 1 : expr.op === '^' ? 4 : 2;
    case 'negate':
      return 3;
    case 'number':
      // A negative number does not come from the parser; written as (−3) it reads back as −(3).
      return expr.value < 0 ? 3 : 5;
    default:
      return 5;
  }
}

/** Text, with each child in parentheses when its binding is weaker than `min` requires. */
function text(expr: Expr, min: number): string {
  const own = level(expr);
  const body = textOf(expr);
  return own < min ? `(${body})` : body;
}

function textOf(expr: Expr): string {
  switch (expr.kind) {
    case 'number':
      return String(expr.value);
    case 'variable':
      return expr.name;
    case 'negate':
      return `-${text(expr.operand, 3)}`;
    case 'call':
      return `${expr.fn}(${text(expr.argument, 0)})`;
    case 'binary': {
      const { op, left, right } = expr;
      if (op === '+' || op === '-') return `${text(left, 1)} ${op} ${text(right, 2)}`;
      if (op === '^') return `${text(left, 5)}^${text(right, 3)}`;
      return `${text(left, 2)}${op}${text(right, 3)}`;
    }
  }
}

/** The formula as text that parses back to the same tree: (x + y)*z, -x^2, 2^x^2. */
export function printFormula(expr: Expr): string {
  return text(expr, 0);
}

/**
 * TeX of a variable name: w0 → w_{0}, lr → \mathrm{lr}, x12 → x_{12}. An `accent` goes over the
 * letters and not the index (\dot{w}_{0}), or over the whole of a name with digits inside.
 */
export function nameTex(name: string, accent?: (tex: string) => string): string {
  const match = /^([A-Za-z]+)(\d*)$/.exec(name);
  if (!match) return accent ? accent(`\\left(\\mathrm{${name}}\\right)`) : `\\mathrm{${name}}`;
  const letters = match[1]!;
  const digits = match[2]!; // '' when there are none
  const plain = letters.length === 1 ? letters : `\\mathrm{${letters}}`;
  const head = accent ? accent(plain) : plain;
  return digits === '' ? head : `${head}_{${digits}}`;
}

function texNumber(value: number): string {
  const [mantissa, exponent] = String(value).split('e') as [string, string?];
  return exponent === undefined
    ? mantissa
    : `${mantissa}\\times 10^{${Number(exponent).toString()}}`;
}

function tex(expr: Expr, min: number): string {
  const body = texOf(expr);
  return level(expr) < min ? `\\left(${body}\\right)` : body;
}

function texOf(expr: Expr): string {
  switch (expr.kind) {
    case 'number':
      return texNumber(expr.value);
    case 'variable':
      return nameTex(expr.name);
    case 'negate':
      return `-${tex(expr.operand, 3)}`;
    case 'call':
      return FUNCTIONS[expr.fn].tex(tex(expr.argument, 0));
    case 'binary': {
      const { op, left, right } = expr;
      if (op === '+' || op === '-') return `${tex(left, 1)}${op}${tex(right, 2)}`;
      if (op === '^') return `{${tex(left, 5)}}^{${tex(right, 0)}}`;
      if (op === '/') return `\\frac{${tex(left, 0)}}{${tex(right, 0)}}`;
      return `${tex(left, 2)}\\cdot ${tex(right, 3)}`;
    }
  }
}

/** The formula as TeX: \sigma\left(w_{0}\cdot x_{0}+…\right). */
export function formulaTex(expr: Expr): string {
  return tex(expr, 0);
}
