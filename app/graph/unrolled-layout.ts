/**
 * The unrolled recurrent unit (engine/bptt.ts) laid out along time: one stretch
 * of three columns per step, the state's chain hₜ₋₁ → pₜ → zₜ → hₜ on one row,
 * the input's chain xₜ → qₜ → rₜ below it, so that step t sits under step t. The
 * weights shared by every step each run along a line of their own — w above the
 * chain, b between the chain and rₜ, u under the inputs — and drop into each
 * step's node: one value, T uses, and each use's share of the gradient written
 * where it leaves the line. Boxes and the other edges are the playground's.
 */
import type { FormulaGraph } from '../engine/expr-graph';
import {
  NODE,
  placeGrid,
  type Caption,
  type EdgeRoute,
  type PlacedNode,
  type PlaygroundLayout,
} from './playground-layout';

export interface UnrolledLayout extends PlaygroundLayout {
  /** each time step's name, over its part of the state's chain */
  readonly captions: readonly Caption[];
}

/** Rows: w's line, the state's chain, rₜ, qₜ, xₜ; and where b's and u's lines run. */
const ROW = { w: 0, chain: 1, r: 2, q: 3, x: 4 } as const;
const LINE = { w: ROW.w, b: 1.5, u: 4.55 } as const;

/**
 * hₜ's column: three per step, h₀ in column 2. Column 0 holds the shared weights
 * and column 1 the first input, so every shared weight's first use is two
 * columns away too, and its share is written in a free space, not over a box.
 */
const stateColumn = (t: number) => 2 + 3 * t;

export function layoutUnrolled(graph: FormulaGraph, T: number): UnrolledLayout {
  const column = new Map<string, number>();
  const row = new Map<string, number>();
  const put = (id: string, c: number, r: number) => {
    column.set(id, c);
    row.set(id, r);
  };
  put('w', 0, ROW.w);
  put('b', 0, ROW.r);
  put('u', 0, ROW.q);
  put('h0', stateColumn(0), ROW.chain);
  for (let t = 1; t <= T; t++) {
    const before = stateColumn(t - 1);
    put(`x${t}`, before - 1, ROW.x);
    put(`q${t}`, before, ROW.q);
    put(`r${t}`, before + 1, ROW.r);
    put(`p${t}`, before + 1, ROW.chain);
    put(`z${t}`, before + 2, ROW.chain);
    put(`h${t}`, stateColumn(t), ROW.chain);
  }
  const last = stateColumn(T);
  put('y', last, ROW.r);
  put('e', last + 1, ROW.chain);
  put('s', last + 2, ROW.chain);
  put(graph.output, last + 3, ROW.chain);
  // The constants (the 2 of e² and of s / 2) just before their operation, under the chain.
  for (const op of graph.operations) {
    for (const id of op.inputs) {
      if (graph.nodes.get(id)?.kind === 'constant') put(id, column.get(op.id)! - 1, ROW.r);
    }
  }
  const layout = placeGrid(graph, column, row, sharedLines);
  const placed = new Map(layout.nodes.map((n) => [n.node.id, n]));
  // Over pₜ, zₜ and hₜ, in the margin above w's line.
  const captions = Array.from({ length: T }, (_, k): Caption => {
    const [p, h] = [placed.get(`p${k + 1}`)!, placed.get(`h${k + 1}`)!];
    return { key: `t${k + 1}`, x: (p.x + h.x + h.width) / 2, y: CAPTION_Y, text: `t = ${k + 1}` };
  });
  return { ...layout, captions };
}

/** Where the time steps' captions stand: above everything else. */
const CAPTION_Y = 14;

/**
 * The stretch of the drawing that time step t takes, left to right: from qₜ (in
 * the column of hₜ₋₁, where step t begins to compute) to hₜ. Its input xₜ stands
 * one column further left, under the step before.
 */
export function stepSpan(layout: PlaygroundLayout, t: number): { left: number; right: number } {
  return { left: nodeSpan(layout, `q${t}`).left, right: nodeSpan(layout, `h${t}`).right };
}

/** The middle of time step t: pₜ and rₜ (one column), then zₜ, where the two chains meet. */
export function middleSpan(layout: PlaygroundLayout, t: number): { left: number; right: number } {
  return { left: nodeSpan(layout, `p${t}`).left, right: nodeSpan(layout, `z${t}`).right };
}

/** Where one box of the drawing stands, left to right. */
function nodeSpan(layout: PlaygroundLayout, id: string): { left: number; right: number } {
  const node: PlacedNode = layout.nodes.find((n) => n.node.id === id)!;
  return { left: node.x, right: node.x + node.width };
}

/**
 * w, u and b to every step: along their own line, then into the
 * node from the left, through the gap before its column. The local derivative
 * is written above the line and the use's share (+=) below it, just before the turn.
 */
const sharedLines: EdgeRoute = (source, target, slot, grid) => {
  const name = source.node.id as keyof typeof LINE;
  if (!(name in LINE)) return null;
  const line = grid.y(LINE[name]);
  const sx = source.x + source.width;
  const sy = source.y + source.height / 2;
  const tx = target.x;
  const ty =
    target.y + target.height / 2 + (target.node.inputs.length > 1 ? (slot === 0 ? -10 : 10) : 0);
  const turn = tx - 26;
  const toLine = sy === line ? '' : ` C ${sx + 28} ${sy} ${sx + 28} ${line} ${sx + 56} ${line}`;
  const d = `M ${sx} ${sy}${toLine} H ${turn - 16} C ${turn} ${line} ${turn} ${ty} ${tx} ${ty}`;
  const labelX = turn - 16 - (NODE.width * 0.4) / 2;
  return { d, labelX, labelY: line, nearX: labelX, nearY: line };
};
