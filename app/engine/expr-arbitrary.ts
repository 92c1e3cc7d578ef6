/**
 * Random formula trees for property tests (fast-check): every shape the parser
 * can produce — numbers, variables, unary minus, the five operators and every
 * function — to a given depth. Test-only; no page imports it.
 */
import fc from 'fast-check';
import { FUNCTION_NAMES, type BinaryOperator, type Expr } from './expr-ast';

export const ARBITRARY_VARIABLES = ['x', 'y', 'z', 'w0', 'b'] as const;

const OPERATORS: readonly BinaryOperator[] = ['+', '-', '*', '/', '^'];

/** Trees up to `depth` levels deep; positions are 0 (compare trees without them). */
export function arbitraryExpr(
  depth: number,
  options: {
    readonly functions?: readonly (typeof FUNCTION_NAMES)[number][];
    readonly operators?: readonly BinaryOperator[];
  } = {},
): fc.Arbitrary<Expr> {
  const functions = options.functions ?? FUNCTION_NAMES;
  const operators = options.operators ?? OPERATORS;
  const leaf: fc.Arbitrary<Expr> = fc.oneof(
    fc
      .constantFrom(...ARBITRARY_VARIABLES)
      .map((name): Expr => ({ kind: 'variable', name, at: 0 })),
    fc
      .oneof(fc.integer({ min: 0, max: 9 }), fc.constantFrom(0.5, 2.5, 1e-3, 12))
      .map((value): Expr => ({ kind: 'number', value, at: 0 })),
  );
  const { tree } = fc.letrec<{ tree: Expr }>((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', maxDepth: depth },
      leaf,
      tie('tree').map((operand): Expr => ({ kind: 'negate', operand, at: 0 })),
      fc
        .tuple(fc.constantFrom(...operators), tie('tree'), tie('tree'))
        .map(([op, left, right]): Expr => ({ kind: 'binary', op, left, right, at: 0 })),
      fc
        .tuple(fc.constantFrom(...functions), tie('tree'))
        .map(([fn, argument]): Expr => ({ kind: 'call', fn, argument, at: 0 })),
    ),
  }));
  return tree;
}
