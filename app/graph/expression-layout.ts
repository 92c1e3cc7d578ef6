/**
 * Where the parts of an expression graph go, in pixels, for a given width:
 * leaves (with their input fields) in the first column, each operation one
 * column right of its last input, the output last; each node's row the mean of
 * its inputs' rows. Every edge leaves its source horizontally, so the forward
 * value above it and the gradient below it sit on a level stretch.
 */
import type { ExpressionGraph } from '../engine/expression';

export type LayoutMode = 'wide' | 'compact';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface LaidNode {
  /** a leaf ('x'), an operation's result ('q') or 'output' */
  readonly id: string;
  readonly kind: 'leaf' | 'operation' | 'output';
  readonly x: number;
  readonly y: number;
}

export interface LaidEdge {
  /** the value it carries (a leaf or an operation's result) */
  readonly from: string;
  /** the operation it feeds, or null for the output's edge */
  readonly to: string | null;
  /** start, end of the level stretch, end */
  readonly points: readonly [Point, Point, Point];
  /** where the labels are centred; the last baseline above the edge, the first below it */
  readonly labelX: number;
  readonly aboveY: number;
  readonly belowY: number;
}

export interface ExpressionLayout {
  readonly mode: LayoutMode;
  /** the drawing's own size; it is shown at `scale` times that */
  readonly width: number;
  readonly height: number;
  /** below 1 where the box is narrower than the smallest drawing that fits its labels */
  readonly scale: number;
  /** a label's line height, px (compact labels have two lines: name, then value) */
  readonly lineHeight: number;
  /** width of the leaf column (the input fields) */
  readonly leafWidth: number;
  readonly leafHeight: number;
  readonly radius: number;
  readonly outputWidth: number;
  readonly fontSize: number;
  readonly nodes: readonly LaidNode[];
  readonly edges: readonly LaidEdge[];
}

/** Below this width the labels stack (name over value) and the nodes shrink. */
export const COMPACT_BELOW = 520;
/** The narrowest compact drawing whose labels fit between the nodes; narrower boxes scale it down. */
export const MIN_WIDTH = 350;
/** Wider than this, the drawing stops growing: long edges read no better. */
export const MAX_WIDTH = 760;

const SIZES = {
  wide: { leafWidth: 132, leafHeight: 40, radius: 20, outputWidth: 44, row: 100, font: 16 },
  compact: { leafWidth: 80, leafHeight: 40, radius: 14, outputWidth: 30, row: 120, font: 14 },
} as const;

export function layoutExpression(graph: ExpressionGraph, available: number): ExpressionLayout {
  const mode: LayoutMode = available < COMPACT_BELOW ? 'compact' : 'wide';
  const size = SIZES[mode];
  const width = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, Math.floor(available)));
  const scale = Math.min(1, available / width);
  const lines = mode === 'compact' ? 2 : 1;
  const row = new Map<string, number>();
  const column = new Map<string, number>();
  graph.leaves.forEach((leaf, i) => {
    row.set(leaf, i);
    column.set(leaf, 0);
  });
  for (const { id, inputs } of graph.operations) {
    row.set(id, inputs.reduce((sum, input) => sum + row.get(input)!, 0) / inputs.length);
    column.set(id, 1 + Math.max(...inputs.map((input) => column.get(input)!)));
  }
  const outputColumn = column.get(graph.output)! + 1;
  const lineHeight = size.font * 1.2;
  // Room above the first row for a value, below the last for a gradient.
  const top = lines * lineHeight + 10;
  const bottom = lines * lineHeight + 12;
  const height = Math.ceil(top + (graph.leaves.length - 1) * size.row + bottom);
  const yOf = (id: string) => top + row.get(id)! * size.row;
  // Every edge gets the same length s: width = leaves + (n + 1)·s + n·2r + output.
  const columns = outputColumn - 1;
  const span =
    (width - size.leafWidth - columns * 2 * size.radius - size.outputWidth) / (columns + 1);
  const lastX = width - size.outputWidth / 2;
  const xOf = (id: string) => {
    const c = column.get(id)!;
    return c === 0 ? size.leafWidth / 2 : size.leafWidth + c * span + (2 * c - 1) * size.radius;
  };

  const nodes: LaidNode[] = [
    ...graph.leaves.map((id) => ({ id, kind: 'leaf' as const, x: xOf(id), y: yOf(id) })),
    ...graph.operations.map((op) => ({
      id: op.id,
      kind: 'operation' as const,
      x: xOf(op.id),
      y: yOf(op.id),
    })),
    { id: 'output', kind: 'output', x: lastX, y: yOf(graph.output) },
  ];
  const rightOf = (id: string): Point =>
    column.get(id) === 0
      ? { x: size.leafWidth, y: yOf(id) }
      : { x: xOf(id) + size.radius, y: yOf(id) };

  const edge = (from: string, to: string | null): LaidEdge => {
    const start = rightOf(from);
    const end =
      to === null
        ? { x: lastX - size.outputWidth / 2, y: yOf(from) }
        : { x: xOf(to) - size.radius, y: yOf(to) };
    // Level for most of the way, so that the labels at the middle sit on a level stretch.
    const level = start.y === end.y ? end.x : start.x + 0.7 * (end.x - start.x);
    const labelX = (start.x + end.x) / 2;
    return {
      from,
      to,
      points: [start, { x: level, y: start.y }, end],
      labelX,
      aboveY: start.y - 8,
      belowY: start.y + 8 + size.font * 0.8,
    };
  };
  const edges: LaidEdge[] = [
    ...graph.operations.flatMap((op) => op.inputs.map((input) => edge(input, op.id))),
    edge(graph.output, null),
  ];
  return {
    mode,
    width,
    height,
    scale,
    lineHeight,
    leafWidth: size.leafWidth,
    leafHeight: size.leafHeight,
    radius: size.radius,
    outputWidth: size.outputWidth,
    fontSize: size.font,
    nodes,
    edges,
  };
}
