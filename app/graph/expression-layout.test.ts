import { describe, expect, it } from 'vitest';
import { EXPRESSION_GRAPH_IDS, expressionGraph } from '../engine/expression';
import { COMPACT_BELOW, layoutExpression, MAX_WIDTH, MIN_WIDTH } from './expression-layout';

describe('expression layout', () => {
  it('draws left to right inside the box, at every width from a phone to a wall', () => {
    for (const id of EXPRESSION_GRAPH_IDS) {
      const graph = expressionGraph(id);
      for (const available of [280, 320, 375, 519, 520, 760, 1920]) {
        const layout = layoutExpression(graph, available);
        expect(layout.mode).toBe(available < COMPACT_BELOW ? 'compact' : 'wide');
        expect(layout.width * layout.scale).toBeLessThanOrEqual(Math.min(available, MAX_WIDTH));
        expect(layout.width).toBeGreaterThanOrEqual(MIN_WIDTH);
        const x = new Map(layout.nodes.map((n) => [n.id, n.x]));
        for (const op of graph.operations) {
          for (const input of op.inputs) expect(x.get(op.id)!).toBeGreaterThan(x.get(input)!);
        }
        expect(x.get('output')!).toBeGreaterThan(x.get(graph.output)!);
        expect(x.get('output')! + layout.outputWidth / 2).toBeLessThanOrEqual(layout.width);
        for (const edge of layout.edges) {
          const [start, level, end] = edge.points;
          expect(start.x).toBeLessThan(level.x);
          expect(level.x).toBeLessThanOrEqual(end.x);
          expect(level.y).toBe(start.y); // labels sit on a level stretch
          expect(edge.labelX).toBeGreaterThan(start.x);
          expect(edge.labelX).toBeLessThan(end.x);
          // Text stays inside the drawing: the top of the first line above, the last baseline below.
          const extra = layout.mode === 'compact' ? layout.lineHeight : 0;
          expect(edge.aboveY - extra - 0.8 * layout.fontSize).toBeGreaterThan(0);
          expect(edge.belowY + extra + 0.25 * layout.fontSize).toBeLessThanOrEqual(layout.height);
        }
        // one edge per operation input, and the output's own
        expect(layout.edges.length).toBe(2 * graph.operations.length + 1);
      }
    }
  });

  it('gives every edge between neighbouring columns the same length', () => {
    const layout = layoutExpression(expressionGraph('(x+y)*z'), 700);
    const lengths = new Set(
      layout.edges
        .filter((e) => e.from !== 'z') // z skips the + column
        .map((e) => Math.round(e.points[2].x - e.points[0].x)),
    );
    expect(lengths.size).toBe(1);
  });
});
