/**
 * Random formula trees for property tests (fast-check): every shape the parser
 * can produce — numbers, variables, unary minus, the five operators and every
 * function — to a given depth — and trees compared without where they were
 * written. Test-only; no page imports it.
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

/** Drops the positions: two trees that differ only in where they were written are equal. */
export function withoutPositions(expr: Expr): unknown {
  switch (expr.kind) {
    case 'number':
      return { kind: 'number', value: expr.value };
    case 'variable':
      return { kind: 'variable', name: expr.name };
    case 'negate':
      return { kind: 'negate', operand: withoutPositions(expr.operand) };
    case 'binary':
      return {
        kind: 'binary',
        op: expr.op,
        left: withoutPositions(expr.left),
        right: withoutPositions(expr.right),
      };
    case 'call':
      return { kind: 'call', fn: expr.fn, argument: withoutPositions(expr.argument) };
  }
}
