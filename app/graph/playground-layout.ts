/**
 * Where a formula's graph goes, left to right: variables (and numbers that are
 * not next to their operation) in the first column, each operation one column
 * right of its furthest input, a number in the column just before the
 * operation that takes it. Rows follow the formula's reading order: sources get
 * rows in the order they first appear, an operation the mean of its inputs' rows,
 * and nodes that would overlap in a column are pushed apart. d3 maps columns and
 * rows to pixels and draws the edges; React renders the result.
 */
import { scaleLinear } from 'd3-scale';
import { linkHorizontal } from 'd3-shape';
import type { FormulaGraph, GraphNode } from '../engine/expr-graph';

export interface PlacedNode {
  readonly node: GraphNode;
  /** top left corner */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface PlacedEdge {
  readonly key: string;
  readonly from: string;
  readonly to: string;
  /** SVG path */
  readonly d: string;
  /** where the local derivative is written: the middle of the edge */
  readonly labelX: number;
  readonly labelY: number;
  /** where a reused value's contribution is written: under the local derivative */
  readonly nearX: number;
  readonly nearY: number;
}

/** A line of text in a drawing: "t = 3" over a time step of the unrolled graph. */
export interface Caption {
  readonly key: string;
  readonly x: number;
  readonly y: number;
  readonly text: string;
}

export interface PlaygroundLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly PlacedNode[];
  readonly edges: readonly PlacedEdge[];
}

/** Sizes in px: a node's box (three lines: name, value, gradient), a number's, and the gaps. */
export const NODE = { width: 124, height: 66, constantWidth: 44, constantHeight: 28 } as const;
const COLUMN_GAP = 100;
export const ROW_HEIGHT = 86;
const MARGIN = 12;

export function layoutPlayground(graph: FormulaGraph): PlaygroundLayout {
  const column = new Map<string, number>();
  const row = new Map<string, number>();
  // Reading order: each source's row is the order it first appears in the formula.
  let nextRow = 0;
  const visit = (id: string) => {
    const node = graph.nodes.get(id)!;
    if (node.kind !== 'operation') {
      if (!row.has(id)) row.set(id, nextRow++);
      return;
    }
    node.inputs.forEach(visit);
  };
  visit(graph.output);
  for (const leaf of graph.leaves) column.set(leaf, 0);
  for (const op of graph.operations) {
    const variable = op.inputs.filter((id) => graph.nodes.get(id)!.kind !== 'constant');
    column.set(op.id, 1 + Math.max(0, ...variable.map((id) => column.get(id)!)));
    row.set(op.id, op.inputs.reduce((sum, id) => sum + row.get(id)!, 0) / op.inputs.length);
    for (const id of op.inputs) {
      if (graph.nodes.get(id)!.kind === 'constant') column.set(id, column.get(op.id)! - 1);
    }
  }
  // In each column, nodes at least one row apart, in the order of their wished rows.
  const columns = new Map<number, string[]>();
  for (const [id, c] of column) columns.set(c, [...(columns.get(c) ?? []), id]);
  for (const ids of columns.values()) {
    ids.sort((a, b) => row.get(a)! - row.get(b)!);
    let last = -Infinity;
    for (const id of ids) {
      const wished = Math.max(row.get(id)!, last + 1);
      row.set(id, wished);
      last = wished;
    }
  }
  return placeGrid(graph, column, row);
}

/** Grid positions in pixels: a column's left side, a row's middle. */
export interface GridScale {
  readonly x: (column: number) => number;
  readonly y: (row: number) => number;
}

/** An edge drawn its own way (a shared value's line), or null for the usual curve. */
export type EdgeRoute = (
  source: PlacedNode,
  target: PlacedNode,
  slot: number,
  grid: GridScale,
) => EdgePath | null;
export type EdgePath = Omit<PlacedEdge, 'key' | 'from' | 'to'>;

/**
 * Columns and rows (fractions allowed) to pixels: boxes, and an edge from each
 * input's right side to the left side of the node it enters (or as `route` draws it).
 */
export function placeGrid(
  graph: FormulaGraph,
  column: ReadonlyMap<string, number>,
  row: ReadonlyMap<string, number>,
  route: EdgeRoute = () => null,
): PlaygroundLayout {
  const maxColumn = Math.max(...column.values());
  const maxRow = Math.max(...row.values());
  const x = scaleLinear()
    .domain([0, 1])
    .range([MARGIN, MARGIN + NODE.width + COLUMN_GAP]);
  const y = scaleLinear()
    .domain([0, 1])
    .range([MARGIN + NODE.height / 2, MARGIN + NODE.height / 2 + ROW_HEIGHT]);

  const placed = new Map<string, PlacedNode>();
  for (const node of graph.nodes.values()) {
    const constant = node.kind === 'constant';
    const width = constant ? NODE.constantWidth : NODE.width;
    const height = constant ? NODE.constantHeight : NODE.height;
    const left = x(column.get(node.id)!) + (constant ? NODE.width - width : 0);
    placed.set(node.id, { node, x: left, y: y(row.get(node.id)!) - height / 2, width, height });
  }
  const link = linkHorizontal();
  const edges = graph.edges.map((edge): PlacedEdge => {
    const from = placed.get(edge.from)!;
    const to = placed.get(edge.to)!;
    const own = route(from, to, edge.slot, { x, y });
    if (own) return { key: edge.key, from: edge.from, to: edge.to, ...own };
    // Two inputs enter a node a little apart, so their arrows and labels do not meet.
    const spread = to.node.inputs.length > 1 ? (edge.slot === 0 ? -10 : 10) : 0;
    const source: [number, number] = [from.x + from.width, from.y + from.height / 2];
    const target: [number, number] = [to.x, to.y + to.height / 2 + spread];
    const d = link({ source, target }) ?? '';
    const [labelX, labelY] = along(source, target, 0.5);
    const [nearX, nearY] = [labelX, labelY];
    return { key: edge.key, from: edge.from, to: edge.to, d, labelX, labelY, nearX, nearY };
  });
  return {
    width: Math.ceil(x(maxColumn) + NODE.width + MARGIN),
    height: Math.ceil(y(maxRow) + NODE.height / 2 + MARGIN),
    nodes: [...placed.values()],
    edges,
  };
}

/** The point at t on the horizontal link's cubic (control points at the middle x, level with each end). */
export function along(
  [x0, y0]: readonly [number, number],
  [x1, y1]: readonly [number, number],
  t: number,
): [number, number] {
  const u = 1 - t;
  const middle = (x0 + x1) / 2;
  const x = u * u * u * x0 + 3 * u * u * t * middle + 3 * u * t * t * middle + t * t * t * x1;
  const y = y0 + (y1 - y0) * (3 * t * t - 2 * t * t * t);
  return [x, y];
}
