/**
 * Citations: a lesson's prose quotes the engine's numbers, never numbers typed by
 * hand. `@[out_h1]` is out_h1 on the step's network; `@[w5*out_h1; digits=6]` a
 * product of its quantities; `@[E_total; w5=w5+0.01]` the error with w5 nudged;
 * `@[out_o1; steps=10000]` the output after training. The build checks each one
 * against the engine (build/citations.ts) and writes its value; the page
 * recomputes them when practice numbers replace the article's (use-citations.ts).
 */
import { DEFAULT_SIGNIFICANT_DIGITS, MAX_SIGNIFICANT_DIGITS } from '../engine/format';
import { gradientCheck } from '../engine/gradient-check';
import { checkModel, isSettingKey, type Model } from '../engine/model';
import { modelFromQuery } from '../engine/query';
import { computeTrace, type Trace } from '../engine/trace';
import { train } from '../engine/train';

/** `@[` … `]`, with no `]` or line break inside. */
export const CITATION = /@\[([^\]\n]*)\]/g;

/** The most training steps a citation may ask for (a page recomputes them). */
export const MAX_CITED_STEPS = 100_000;

export type Expression =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'name'; readonly id: string }
  | { readonly kind: 'negate'; readonly operand: Expression }
  | {
      readonly kind: 'binary';
      readonly op: '+' | '-' | '*' | '/' | '^';
      readonly left: Expression;
      readonly right: Expression;
    }
  | { readonly kind: 'call'; readonly name: FunctionName; readonly arg: Expression };

const FUNCTIONS = {
  exp: Math.exp,
  ln: Math.log,
  sqrt: Math.sqrt,
  sigmoid: (x: number) => 1 / (1 + Math.exp(-x)),
  tanh: Math.tanh,
  abs: Math.abs,
} as const;
/**
 * numeric(w1): the gradient check's central-difference ∂E/∂w1, as the Check panel shows it.
 * base(x): x on the step's state as written, without the citation's options or any
 * training: @[base(E_total) - E_total; steps=1] is what one update takes off the error.
 */
type FunctionName = keyof typeof FUNCTIONS | 'numeric' | 'base';
const FUNCTION_NAMES = [...Object.keys(FUNCTIONS), 'numeric', 'base'];

export interface Citation {
  /** the text between the brackets, as written */
  readonly source: string;
  readonly expression: Expression;
  readonly digits: number;
  /** training steps before the value is read; undefined: the step's own */
  readonly steps: number | undefined;
  /** parameters (expressions on the step's network) and settings (choices) over the step's */
  readonly overrides: readonly (readonly [string, Expression | string])[];
}

export class CitationError extends Error {}

/** Reads the text between `@[` and `]`. Throws a CitationError that says what is wrong. */
export function parseCitation(source: string): Citation {
  const [head = '', ...options] = source.split(';');
  const expression = parseExpression(head);
  let digits = DEFAULT_SIGNIFICANT_DIGITS;
  let steps: number | undefined;
  const overrides: [string, Expression | string][] = [];
  for (const option of options) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=(.*)$/s.exec(option);
    if (!match) throw new CitationError(`"${option.trim()}" is not an option: write name=value`);
    const [, key = '', rawValue = ''] = match;
    const value = rawValue.trim();
    if (key === 'digits' || key === 'steps') {
      const count = Number(value);
      const limit = key === 'digits' ? MAX_SIGNIFICANT_DIGITS : MAX_CITED_STEPS;
      const least = key === 'digits' ? 1 : 0;
      if (!/^\d+$/.test(value) || count < least || count > limit) {
        throw new CitationError(`${key} must be a whole number from ${least} to ${limit}`);
      }
      if (key === 'digits') digits = count;
      else steps = count;
    } else if (isSettingKey(key)) overrides.push([key, value]);
    else overrides.push([key, parseExpression(value)]);
  }
  return { source, expression, digits, steps, overrides };
}

/** + − * / ^ ( ), numbers, quantity and parameter ids, and the functions above. */
export function parseExpression(text: string): Expression {
  const tokens = text.match(/\d+(?:\.\d+)?(?:e[+-]?\d+)?|\.\d+|[A-Za-z_][A-Za-z0-9_]*|\S/gi) ?? [];
  let at = 0;
  const peek = () => tokens[at];
  const take = (expected?: string) => {
    const token = tokens[at];
    if (token === undefined || (expected !== undefined && token !== expected)) {
      throw new CitationError(
        token === undefined
          ? `"${text.trim()}" ends too early${expected ? `: a "${expected}" is missing` : ''}`
          : `unexpected "${token}" in "${text.trim()}"`,
      );
    }
    at += 1;
    return token;
  };
  const sum = (): Expression => {
    let left = product();
    while (peek() === '+' || peek() === '-') {
      const op = take() as '+' | '-';
      left = { kind: 'binary', op, left, right: product() };
    }
    return left;
  };
  const product = (): Expression => {
    let left = unary();
    while (peek() === '*' || peek() === '/') {
      const op = take() as '*' | '/';
      left = { kind: 'binary', op, left, right: unary() };
    }
    return left;
  };
  const unary = (): Expression => {
    if (peek() === '-') {
      take();
      return { kind: 'negate', operand: unary() };
    }
    const base = atom();
    if (peek() !== '^') return base;
    take();
    return { kind: 'binary', op: '^', left: base, right: unary() };
  };
  const atom = (): Expression => {
    const token = take();
    if (token === '(') {
      const inner = sum();
      take(')');
      return inner;
    }
    if (/^(\d|\.\d)/.test(token)) return { kind: 'number', value: Number(token) };
    if (/^[A-Za-z_]/.test(token)) {
      if (peek() !== '(') return { kind: 'name', id: token };
      if (!FUNCTION_NAMES.includes(token)) {
        throw new CitationError(
          `"${token}" is not a function; the functions are ${FUNCTION_NAMES.join(', ')}`,
        );
      }
      take('(');
      const arg = sum();
      take(')');
      return { kind: 'call', name: token as FunctionName, arg };
    }
    throw new CitationError(`unexpected "${token}" in "${text.trim()}"`);
  };
  if (tokens.length === 0)
    throw new CitationError('a citation needs a quantity, such as @[net_h1]');
  const expression = sum();
  if (at < tokens.length) throw new CitationError(`unexpected "${tokens[at]}" in "${text.trim()}"`);
  return expression;
}

/** Every quantity or parameter id an expression names (not its functions). */
export function namesIn(expression: Expression): string[] {
  switch (expression.kind) {
    case 'number':
      return [];
    case 'name':
      return [expression.id];
    case 'negate':
      return namesIn(expression.operand);
    case 'binary':
      return [...namesIn(expression.left), ...namesIn(expression.right)];
    case 'call':
      return namesIn(expression.arg);
  }
}

/** What a citation is read on: the step's network and how long the step trains it. */
export interface CitationBase {
  readonly model: Model;
  readonly steps: number;
}

/** The step's state as written, before any option or training (cached as 'base'). */
function stateTrace(base: CitationBase, cache: Map<string, Trace>): Trace {
  const trace = cache.get('base') ?? computeTrace(base.model);
  cache.set('base', trace);
  return trace;
}

/** The network a citation reads: the base with its overrides, trained its steps. Cached per base. */
export function citedTrace(
  citation: Citation,
  base: CitationBase,
  cache = new Map<string, Trace>(),
): Trace {
  const key = JSON.stringify([citation.overrides, citation.steps]);
  const hit = cache.get(key);
  if (hit) return hit;
  const baseTrace = stateTrace(base, cache);
  for (const [id] of citation.overrides) {
    if (!isSettingKey(id) && !(id in base.model.params)) {
      throw new CitationError(
        `"${id}" is not an option, a parameter or a setting; the options are digits and steps`,
      );
    }
  }
  const entries = citation.overrides.map(([id, value]): [string, string] => [
    id,
    typeof value === 'string' ? value : String(evaluate(value, baseTrace)),
  ]);
  const { model: overridden, notices } = modelFromQuery(entries, base.model);
  // The explorer would fall back to a default; a citation must say exactly what it means.
  if (notices[0]) throw new CitationError(notices[0].message.replace(/\s*Using .* instead\.$/, ''));
  checkModel(overridden);
  const steps = citation.steps ?? base.steps;
  const model = steps > 0 ? { ...overridden, params: train(overridden, steps).params } : overridden;
  const trace = computeTrace(model);
  cache.set(key, trace);
  return trace;
}

/**
 * The value of an expression whose names `name` gives; numeric(…) and base(…)
 * are asked of `special`, where they mean something.
 */
export function evaluateWith(
  expression: Expression,
  name: (id: string) => number,
  special: (call: 'numeric' | 'base', arg: Expression) => number = (call) => {
    throw new CitationError(`${call}() means nothing here`);
  },
): number {
  const on = (inner: Expression) => evaluateWith(inner, name, special);
  switch (expression.kind) {
    case 'number':
      return expression.value;
    case 'name':
      return name(expression.id);
    case 'negate':
      return -on(expression.operand);
    case 'binary': {
      const left = on(expression.left);
      const right = on(expression.right);
      if (expression.op === '+') return left + right;
      if (expression.op === '-') return left - right;
      if (expression.op === '*') return left * right;
      if (expression.op === '/') return left / right;
      return left ** right;
    }
    case 'call':
      if (expression.name === 'base' || expression.name === 'numeric') {
        return special(expression.name, expression.arg);
      }
      return FUNCTIONS[expression.name](on(expression.arg));
  }
}

/**
 * The value of an expression on a trace: quantities first, then the network's
 * parameters; base(…) reads `state` instead (the step's state as written).
 */
export function evaluate(expression: Expression, trace: Trace, state: Trace = trace): number {
  return evaluateWith(
    expression,
    (id) => {
      const value = trace.quantities[id] ?? trace.model.params[id];
      if (value === undefined) {
        throw new CitationError(`"${id}" is not a quantity or parameter of this network`);
      }
      return value;
    },
    (call, arg) => {
      if (call === 'base') return evaluate(arg, state, state);
      const param = arg.kind === 'name' ? arg.id : '';
      const row = gradientCheck(trace.model).find((r) => r.param === param);
      if (!row) throw new CitationError('numeric() takes a weight or bias id, such as numeric(w1)');
      return row.numeric;
    },
  );
}

/** A citation's value on a step's network; throws a CitationError when it has none. */
export function citationValue(
  citation: Citation,
  base: CitationBase,
  cache = new Map<string, Trace>(),
) {
  const trace = citedTrace(citation, base, cache);
  const value = evaluate(citation.expression, trace, stateTrace(base, cache));
  if (!Number.isFinite(value))
    throw new CitationError(`"${citation.source.trim()}" is not a number here`);
  return value;
}
