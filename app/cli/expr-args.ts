/**
 * The expression command's line: one formula, a value for each of its leaves,
 * options. As the sheet's does, it refuses anything it cannot use, so a
 * derivation never silently uses a number the teacher did not give.
 */
import { EngineError } from '../engine/errors';
import { formulaGraph, type FormulaGraph } from '../engine/expr-graph';
import { checkLeaf } from '../engine/expr-leaves';
import { FormulaError } from '../engine/expr-parse';
import {
  DEFAULT_SIGNIFICANT_DIGITS,
  MAX_SIGNIFICANT_DIGITS,
  MIN_SIGNIFICANT_DIGITS,
} from '../engine/format';
import { parseNumber } from '../engine/model';

export const EXPR_FORMATS = ['json', 'md', 'tex'] as const;
export type ExprFormat = (typeof EXPR_FORMATS)[number];

export type ExprArgs =
  | { readonly ok: true; readonly help: true }
  | {
      readonly ok: true;
      readonly help: false;
      readonly graph: FormulaGraph;
      readonly leaves: Readonly<Record<string, number>>;
      readonly format: ExprFormat;
      readonly digits: number;
    }
  | { readonly ok: false; readonly error: string };

export const EXPR_USAGE = `Usage: npm run --silent expr -- "<formula>" name=value ... [--format json|md|tex] [--digits N]

Works through a formula as a computational graph: the forward pass, then the
backward pass from df/df = 1, every step's formula with its numbers, and the
gradient of f with respect to every leaf.

Formulas: numbers, variables (a letter, then letters or digits: x, w0), + - * / ^
(^ binds tighter than unary minus: -x^2 is -(x^2)), parentheses, and the
functions sigmoid tanh relu exp log sin cos sqrt abs (ln is log). At most 500
characters and 200 nodes. Give every variable a value between -1000000 and 1000000.

Options
  --format F     json, md or tex (default md)
  --digits N     significant digits in the formulas, ${MIN_SIGNIFICANT_DIGITS} to ${MAX_SIGNIFICANT_DIGITS} (default ${DEFAULT_SIGNIFICANT_DIGITS}); json keeps full precision
  -h, --help     this text

Anything that cannot be used stops the command: exit status 2 and one line on
stderr saying which and why, nothing on stdout.

Examples
  npm run --silent expr -- "(x+y)*z" x=-2 y=5 z=-4
  npm run --silent expr -- "sigmoid(w0*x0 + w1*x1 + w2)" w0=2 x0=-1 w1=-3 x1=-2 w2=-3 --format json
  npm run --silent expr -- "a*b + a" a=3 b=-2 --format tex > reuse.tex
`;

class ArgError extends Error {
  constructor(
    readonly subject: string,
    message: string,
  ) {
    super(message);
  }
}

function splitOnce(arg: string): [string, string | undefined] {
  const at = arg.indexOf('=');
  return at < 0 ? [arg, undefined] : [arg.slice(0, at), arg.slice(at + 1)];
}

function readOption(option: string, value: string): { format?: ExprFormat; digits?: number } {
  if (option === '--format') {
    if ((EXPR_FORMATS as readonly string[]).includes(value)) return { format: value as ExprFormat };
    throw new ArgError(
      option,
      `--format must be one of ${EXPR_FORMATS.join(', ')}; "${value}" is not.`,
    );
  }
  const digits = /^\d{1,2}$/.test(value) ? Number(value) : NaN;
  if (digits >= MIN_SIGNIFICANT_DIGITS && digits <= MAX_SIGNIFICANT_DIGITS) return { digits };
  throw new ArgError(
    option,
    `--digits must be a whole number from ${MIN_SIGNIFICANT_DIGITS} to ${MAX_SIGNIFICANT_DIGITS}; "${value}" is not.`,
  );
}

/** Reads argv (without node and the script). Bad input is returned, never thrown. */
export function parseExprArgs(argv: readonly string[]): ExprArgs {
  if (argv.some((arg) => arg === '--help' || arg === '-h')) return { ok: true, help: true };
  let format: ExprFormat = 'md';
  let digits = DEFAULT_SIGNIFICANT_DIGITS;
  let formula: string | undefined;
  const given = new Map<string, string>();
  try {
    for (let k = 0; k < argv.length; k++) {
      const arg = argv[k] ?? '';
      if (arg === '--') continue;
      // Options begin with two dashes: a formula may well begin with one (-x^2).
      if (arg.startsWith('--')) {
        const [flag, inline] = splitOnce(arg);
        if (flag !== '--format' && flag !== '--digits')
          throw new ArgError(flag, 'unknown option; see --help.');
        const value = inline ?? argv[++k];
        if (value === undefined) throw new ArgError(flag, `${flag} needs a value; see --help.`);
        ({ format = format, digits = digits } = readOption(flag, value));
        continue;
      }
      const [name, text] = splitOnce(arg);
      if (text === undefined) {
        if (formula !== undefined) {
          throw new ArgError(
            arg,
            `one formula at a time; "${arg}" would be a second (quote a formula that has spaces).`,
          );
        }
        formula = arg;
        continue;
      }
      if (name === '') throw new ArgError(arg, `"${arg}" has no name before "=".`);
      given.set(name, text);
    }
    if (formula === undefined) {
      throw new ArgError('formula', 'no formula given; see --help (e.g. "(x+y)*z" x=-2 y=5 z=-4).');
    }
    const graph = formulaGraph(formula);
    const leaves: Record<string, number> = {};
    for (const [name, text] of given) {
      if (!graph.leaves.includes(name)) {
        throw new ArgError(
          name,
          `${name} is not a leaf of ${graph.formula}; its leaves are ${graph.leaves.join(', ') || 'none'}.`,
        );
      }
      leaves[name] = checkLeaf(name, parseNumber(name, text));
    }
    const missing = graph.leaves.find((leaf) => !(leaf in leaves));
    if (missing !== undefined) {
      throw new ArgError(missing, `the leaf ${missing} has no value; give ${missing}=<number>.`);
    }
    return { ok: true, help: false, graph, leaves, format, digits };
  } catch (error) {
    if (error instanceof FormulaError) return { ok: false, error: `formula: ${error.message}` };
    if (error instanceof ArgError || error instanceof EngineError) {
      return { ok: false, error: `${error.subject}: ${error.message}` };
    }
    throw error;
  }
}
