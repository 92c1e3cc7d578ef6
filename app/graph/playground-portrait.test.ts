import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryExpr } from '../engine/expr-arbitrary';
import { formulaGraph, type FormulaGraph } from '../engine/expr-graph';
import { printFormula } from '../engine/expr-print';
import { PRESETS } from '../engine/expr-presets';
import { boxesPerLayer, layoutPortrait, PORTRAIT_NODE } from './playground-portrait';

/** The points a path passes through: the end of each of its segments (M x,y then C … x,y). */
function pathPoints(d: string): [number, number][] {
  return d
    .split(/(?=[MC])/)
    .map((segment) => segment.slice(1).split(/[ ,]+/).filter(Boolean).map(Number).slice(-2))
    .map(([x, y]) => [x!, y!]);
}

const overlap = (a: { x: number; width: number }, b: { x: number; width: number }) =>
  a.x < b.x + b.width && b.x < a.x + a.width;

/** What must hold of any portrait layout, for a screen `width` px wide. */
function expectSound(graph: FormulaGraph, width: number) {
  const perLayer = boxesPerLayer(width);
  const layout = layoutPortrait(graph, perLayer);
  // The whole graph fits the screen's width, its boxes at full size.
  if (perLayer > 2) expect(layout.width).toBeLessThanOrEqual(width);
  const placed = new Map(layout.nodes.map((n) => [n.node.id, n]));
  expect(placed.size).toBe(graph.nodes.size);
  // Top to bottom: every operation below each of its inputs.
  for (const op of graph.operations) {
    for (const input of op.inputs) {
      expect(placed.get(op.id)!.y).toBeGreaterThan(
        placed.get(input)!.y + placed.get(input)!.height,
      );
    }
  }
  // No layer wider than the screen allows, and no box over another.
  const rows = new Map<number, (typeof layout.nodes)[number][]>();
  for (const node of layout.nodes) {
    const bottom = node.y + node.height;
    rows.set(bottom, [...(rows.get(bottom) ?? []), node]);
  }
  for (const row of rows.values()) {
    expect(row.length).toBeLessThanOrEqual(perLayer);
    row.forEach((a, k) => row.slice(k + 1).forEach((b) => expect(overlap(a, b)).toBe(false)));
  }
  for (const node of layout.nodes) {
    expect(node.x).toBeGreaterThanOrEqual(0);
    expect(node.x + node.width).toBeLessThanOrEqual(layout.width);
    expect(node.y + node.height).toBeLessThanOrEqual(layout.height);
  }
  // Every edge from its input's bottom to its operation's top.
  for (const edge of layout.edges) {
    const points = pathPoints(edge.d);
    const [from, to] = [placed.get(edge.from)!, placed.get(edge.to)!];
    expect(points[0]![1]).toBeCloseTo(from.y + from.height);
    expect(points.at(-1)![1]).toBeCloseTo(to.y);
  }
  return layout;
}

describe('the playground graph on a phone', () => {
  it('holds at least two boxes a layer, and as many as the width takes', () => {
    expect(boxesPerLayer(200)).toBe(2);
    // A 375 px phone's graph box is about 333 px wide: three boxes side by side.
    expect(boxesPerLayer(333)).toBe(3);
    expect(boxesPerLayer(333) * PORTRAIT_NODE.width).toBeLessThanOrEqual(333);
  });

  it('lays every preset out top to bottom, within the width of a phone', () => {
    for (const preset of PRESETS) {
      for (const width of [280, 333, 375, 540]) expectSound(formulaGraph(preset.formula), width);
    }
  });

  it('stacks a wide formula into more layers instead of widening', () => {
    // Six products side by side would need six boxes across; a phone takes three.
    const layout = expectSound(formulaGraph('a*b + c*d + e*g + h*k + m*n + p*q'), 333);
    expect(layout.width).toBeLessThanOrEqual(333);
    expect(new Set(layout.nodes.map((n) => n.y)).size).toBeGreaterThan(3);
  });

  it('runs an edge that skips layers beside the boxes there, not behind them', () => {
    // b is used by b·c at the top and by the sum at the bottom: its second edge passes two layers.
    const layout = expectSound(formulaGraph('a*(b*c) + b'), 333);
    const long = layout.edges.find((e) => e.key === 'b>f')!;
    const passed = pathPoints(long.d).slice(1, -1);
    expect(passed.length).toBeGreaterThan(0);
    for (const [x, y] of passed) {
      for (const box of layout.nodes) {
        const inside = x > box.x && x < box.x + box.width && y >= box.y && y <= box.y + box.height;
        expect(inside, `b>f passes through ${box.node.id}`).toBe(false);
      }
    }
  });

  it('lays out any formula soundly', () => {
    fc.assert(
      fc.property(arbitraryExpr(5), fc.integer({ min: 200, max: 560 }), (tree, width) => {
        let graph: FormulaGraph;
        try {
          graph = formulaGraph(printFormula(tree));
        } catch {
          return; // a bare number or variable has no graph
        }
        expectSound(graph, width);
      }),
      { numRuns: 150 },
    );
  });
});
