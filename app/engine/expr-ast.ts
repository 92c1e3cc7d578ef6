/**
 * The formulas the playground accepts, as a tree: numbers, variables, the
 * operators + − · / ^, unary minus, and a whitelist of functions. Each function
 * is one record (value, derivative, TeX, the domain it needs), so the parser,
 * the graph, both modes of differentiation and the drawing read the same table.
 */

export const FUNCTION_NAMES = [
  'sigmoid',
  'tanh',
  'relu',
  'exp',
  'log',
  'sin',
  'cos',
  'sqrt',
  'abs',
] as const;
export type FunctionName = (typeof FUNCTION_NAMES)[number];

/** Other spellings the parser reads as a function of the list: ln(x) is log(x). */
export const FUNCTION_ALIASES: Readonly<Record<string, FunctionName>> = { ln: 'log' };

export type BinaryOperator = '+' | '-' | '*' | '/' | '^';

/**
 * Where a node was written: the index of its first character in the formula
 * (0-based). `id` is never written by the parser: code that builds a tree (a
 * lesson's preset, the unrolled recurrent unit) names the operations it talks about.
 */
interface Located {
  readonly at: number;
  readonly id?: string;
}

export type Expr =
  | (Located & { readonly kind: 'number'; readonly value: number })
  | (Located & { readonly kind: 'variable'; readonly name: string })
  | (Located & { readonly kind: 'negate'; readonly operand: Expr })
  | (Located & {
      readonly kind: 'binary';
      readonly op: BinaryOperator;
      readonly left: Expr;
      readonly right: Expr;
    })
  | (Located & { readonly kind: 'call'; readonly fn: FunctionName; readonly argument: Expr });

export interface FunctionSpec {
  readonly name: FunctionName;
  /** v = f(u) */
  readonly f: (u: number) => number;
  /** ∂v/∂u, from the argument u and the value v */
  readonly df: (u: number, v: number) => number;
  /** TeX of f applied to the TeX `u` */
  readonly tex: (u: string) => string;
  /** TeX of ∂v/∂u from the TeX of the argument `u` and of the value `v` */
  readonly dtex: (u: string, v: string) => string;
  /** why u cannot be used (for the value or its gradient), or null */
  readonly refuse: (u: number) => string | null;
  /** the node's label in the drawing */
  readonly label: string;
}

const sigmoid = (u: number) => 1 / (1 + Math.exp(-u));

/** Every function of the whitelist, with its derivative: σ' = σ(1 − σ), tanh' = 1 − tanh², … */
export const FUNCTIONS: Readonly<Record<FunctionName, FunctionSpec>> = {
  sigmoid: {
    name: 'sigmoid',
    f: sigmoid,
    df: (_u, v) => v * (1 - v),
    tex: (u) => `\\sigma\\left(${u}\\right)`,
    dtex: (_u, v) => `${v}\\left(1-${v}\\right)`,
    refuse: () => null,
    label: 'σ',
  },
  tanh: {
    name: 'tanh',
    f: Math.tanh,
    df: (_u, v) => 1 - v * v,
    tex: (u) => `\\tanh\\left(${u}\\right)`,
    dtex: (_u, v) => `1-${v}^{2}`,
    refuse: () => null,
    label: 'tanh',
  },
  relu: {
    name: 'relu',
    f: (u) => Math.max(0, u),
    // At 0 the kink: the convention of most libraries, gradient 0.
    df: (u) => (u > 0 ? 1 : 0),
    tex: (u) => `\\max\\left(0,${u}\\right)`,
    dtex: (u) => `\\mathbf{1}\\left[${u}>0\\right]`,
    refuse: () => null,
    label: 'ReLU',
  },
  exp: {
    name: 'exp',
    f: Math.exp,
    df: (_u, v) => v,
    tex: (u) => `e^{${u}}`,
    dtex: (u) => `e^{${u}}`,
    refuse: () => null,
    label: 'exp',
  },
  log: {
    name: 'log',
    f: Math.log,
    df: (u) => 1 / u,
    tex: (u) => `\\ln\\left(${u}\\right)`,
    dtex: (u) => `\\frac{1}{${u}}`,
    refuse: (u) => (u > 0 ? null : 'log needs a positive argument'),
    label: 'ln',
  },
  sin: {
    name: 'sin',
    f: Math.sin,
    df: (u) => Math.cos(u),
    tex: (u) => `\\sin\\left(${u}\\right)`,
    dtex: (u) => `\\cos\\left(${u}\\right)`,
    refuse: () => null,
    label: 'sin',
  },
  cos: {
    name: 'cos',
    f: Math.cos,
    df: (u) => -Math.sin(u),
    tex: (u) => `\\cos\\left(${u}\\right)`,
    dtex: (u) => `-\\sin\\left(${u}\\right)`,
    refuse: () => null,
    label: 'cos',
  },
  sqrt: {
    name: 'sqrt',
    f: Math.sqrt,
    df: (_u, v) => 1 / (2 * v),
    tex: (u) => `\\sqrt{${u}}`,
    dtex: (_u, v) => `\\frac{1}{2${v}}`,
    // At 0 the value exists but the slope is infinite: refused, so no gradient is ever ∞.
    refuse: (u) => (u > 0 ? null : 'sqrt needs a positive argument (its slope at 0 is infinite)'),
    label: '√',
  },
  abs: {
    name: 'abs',
    f: Math.abs,
    // At 0 the kink: gradient 0, as relu.
    df: (u) => Math.sign(u),
    tex: (u) => `\\left|${u}\\right|`,
    dtex: (u) => `\\operatorname{sign}\\left(${u}\\right)`,
    refuse: () => null,
    label: 'abs',
  },
};

export const isFunctionName = (name: string): name is FunctionName =>
  (FUNCTION_NAMES as readonly string[]).includes(name);
