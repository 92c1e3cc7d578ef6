/**
 * The playground's graph on a narrow screen: top to bottom, in layers no wider
 * than `perLayer` boxes, so that the whole graph fits the width of a phone with
 * its text at full size; a wide formula stacks into more layers instead of
 * shrinking. Each operation goes in the first layer below its inputs that has
 * room, its variables and numbers (when not placed yet) in the layer just above
 * it. Within a layer, boxes keep the formula's reading order and sit as near as
 * they can to the middle of their inputs. d3 draws the edges; React renders.
 */
import { curveBumpY, line } from 'd3-shape';
import type { FormulaGraph } from '../engine/expr-graph';
import {
  along,
  type PlacedEdge,
  type PlacedNode,
  type PlaygroundLayout,
} from './playground-layout';

/** A narrow box (its numbers are written to fewer digits), and the gaps between boxes and layers. */
export const PORTRAIT_NODE = { width: 100, height: 66, constantWidth: 44, constantHeight: 28 };
const COLUMN_GAP = 8;
/** Room under a box for an edge's local derivative, and below it a reused value's share. */
const LAYER_GAP = 64;
const MARGIN = 4;
/** How far the drawing's edge labels stand from their anchors (0.4 em up, 1.1 em down) to their middle. */
const TEXT_CENTRE = 9;

/** A box, or a long edge's lane, in a layer: its id, its width in boxes' widths, where it was written. */
interface Slotted {
  readonly id: string;
  readonly width: number;
  readonly written: number;
  /** a lane's point in the layer above (a box, or the lane there) */
  readonly above: string | null;
}

/** A long edge's lane through a layer, in boxes' widths. */
const LANE = 0.3;

/**
 * Positions (in boxes' widths) as near their wishes as the order allows: each at
 * least half its own and its neighbour's width from the next, all within 0 … last.
 * Null when they do not fit.
 */
function pack(wishes: readonly number[], widths: readonly number[], last: number): number[] | null {
  const gap = (k: number) => (widths[k - 1]! + widths[k]!) / 2;
  const placed: number[] = [];
  wishes.forEach((wish, k) => placed.push(Math.max(wish, k > 0 ? placed[k - 1]! + gap(k) : 0)));
  for (let k = placed.length - 1; k >= 0; k--) {
    placed[k] = Math.min(placed[k]!, k < placed.length - 1 ? placed[k + 1]! - gap(k + 1) : last);
  }
  return placed.length > 0 && placed[0]! < -1e-9 ? null : placed;
}

/** How many boxes a layer may hold in `width` px: two at the least (an operation has two inputs). */
export function boxesPerLayer(width: number): number {
  const room = width - 2 * MARGIN + COLUMN_GAP;
  return Math.max(2, Math.floor(room / (PORTRAIT_NODE.width + COLUMN_GAP)));
}

/** Each node's layer: operations in order, each with its unplaced inputs in the layer above. */
function layers(graph: FormulaGraph, perLayer: number): Map<string, number> {
  const layer = new Map<string, number>();
  const count: number[] = [];
  const room = (at: number) => perLayer - (count[at] ?? 0);
  const put = (id: string, at: number) => {
    layer.set(id, at);
    count[at] = (count[at] ?? 0) + 1;
  };
  for (const op of graph.operations) {
    const sources = [...new Set(op.inputs.filter((id) => !layer.has(id)))];
    const below = op.inputs.filter((id) => layer.has(id)).map((id) => layer.get(id)! + 1);
    let at = Math.max(sources.length > 0 ? 1 : 0, ...below);
    while (room(at) < 1 || room(at - 1) < sources.length) at++;
    for (const id of sources) put(id, at - 1);
    put(op.id, at);
  }
  return layer;
}

export function layoutPortrait(graph: FormulaGraph, perLayer: number): PlaygroundLayout {
  const layer = layers(graph, perLayer);
  const depth = Math.max(...layer.values());
  // Reading order: where each node was written (an operation's sign stands between its operands).
  const order = [...graph.nodes.values()].sort((a, b) => a.at - b.at).map((node) => node.id);
  const readingSlot = new Map(
    order.map((id, k) => [id, order.length > 1 ? (k / (order.length - 1)) * (perLayer - 1) : 0]),
  );
  // A long edge keeps a lane free in each layer it passes, so that it runs between boxes.
  const lanesAt = (at: number) =>
    graph.edges.filter((e) => layer.get(e.from)! < at && at < layer.get(e.to)!);
  const laneId = (key: string, at: number) => `${key}@${at}`;
  const slot = new Map<string, number>();
  for (let at = 0; at <= depth; at++) {
    const items: Slotted[] = [
      ...[...layer]
        .filter(([, l]) => l === at)
        .map(([id]) => ({ id, width: 1, written: graph.nodes.get(id)!.at, above: null })),
      ...lanesAt(at).map((e) => ({
        id: laneId(e.key, at),
        width: LANE,
        written: graph.nodes.get(e.to)!.at,
        above: layer.get(e.from) === at - 1 ? e.from : laneId(e.key, at - 1),
      })),
    ];
    // Where each would like to be: under the middle of its inputs; a variable or number, above
    // the operation that first takes it, in the formula's reading order; a lane, straight down.
    const wish = (item: Slotted) => {
      if (item.above !== null) return slot.get(item.above)!;
      const inputs = graph.nodes.get(item.id)!.inputs;
      if (inputs.length > 0) {
        return inputs.reduce((sum, input) => sum + slot.get(input)!, 0) / inputs.length;
      }
      return readingSlot.get(graph.uses.get(item.id)?.[0]?.to ?? item.id)!;
    };
    items.sort((a, b) => wish(a) - wish(b) || a.written - b.written);
    const placed = pack(
      items.map(wish),
      items.map((item) => item.width),
      perLayer - 1,
    );
    if (placed) {
      items.forEach((item, k) => slot.set(item.id, placed[k]!));
      continue;
    }
    // Too full for lanes as well: the boxes get their places, the long edges pass behind them.
    const boxes = items.filter((item) => item.above === null);
    const boxPlaces = pack(
      boxes.map(wish),
      boxes.map(() => 1),
      perLayer - 1,
    )!;
    boxes.forEach((item, k) => slot.set(item.id, boxPlaces[k]!));
    for (const lane of items) if (lane.above !== null) slot.set(lane.id, wish(lane));
  }

  const pitch = PORTRAIT_NODE.width + COLUMN_GAP;
  const centreOf = (id: string) => MARGIN + slot.get(id)! * pitch + PORTRAIT_NODE.width / 2;
  const topOf = (at: number) => MARGIN + at * (PORTRAIT_NODE.height + LAYER_GAP);
  const nodes = new Map<string, PlacedNode>();
  for (const node of graph.nodes.values()) {
    const constant = node.kind === 'constant';
    const width = constant ? PORTRAIT_NODE.constantWidth : PORTRAIT_NODE.width;
    const height = constant ? PORTRAIT_NODE.constantHeight : PORTRAIT_NODE.height;
    // A number sits low in its row, just above the operation that takes it.
    const top = topOf(layer.get(node.id)!) + PORTRAIT_NODE.height - height;
    nodes.set(node.id, { node, x: centreOf(node.id) - width / 2, y: top, width, height });
  }
  const path = line<readonly [number, number]>()
    .x((p) => p[0])
    .y((p) => p[1])
    .curve(curveBumpY);
  const edges = graph.edges.map((edge): PlacedEdge => {
    const from = nodes.get(edge.from)!;
    const to = nodes.get(edge.to)!;
    // Two inputs enter a node a little apart, so their arrows and labels do not meet.
    const spread = to.node.inputs.length > 1 ? (edge.slot === 0 ? -14 : 14) : 0;
    const points: (readonly [number, number])[] = [[from.x + from.width / 2, from.y + from.height]];
    for (let at = layer.get(edge.from)! + 1; at < layer.get(edge.to)!; at++) {
      const x = centreOf(laneId(edge.key, at));
      points.push([x, topOf(at)], [x, topOf(at) + PORTRAIT_NODE.height]);
    }
    points.push([to.x + to.width / 2 + spread, to.y]);
    // A point on the curve between two of its points (a vertical bump: along, x and y exchanged).
    const between = (
      [x0, y0]: readonly [number, number],
      [x1, y1]: readonly [number, number],
      t: number,
    ) => {
      const [y, x] = along([y0, x0], [y1, x1], t);
      return [x, y] as const;
    };
    // The local derivative is written above its anchor and a share below its own (as across
    // a horizontal edge): anchors set so that the first is centred early on the edge and the
    // share late, where the edges leaving one value have moved apart.
    const [labelX, local] = between(points[0]!, points[1]!, 0.4);
    const [nearX, share] = between(points.at(-2)!, points.at(-1)!, 0.75);
    return {
      key: edge.key,
      from: edge.from,
      to: edge.to,
      d: path(points) ?? '',
      labelX,
      labelY: local + TEXT_CENTRE,
      nearX,
      nearY: share - TEXT_CENTRE,
    };
  });
  return {
    width: Math.ceil(2 * MARGIN + (perLayer - 1) * pitch + PORTRAIT_NODE.width),
    height: Math.ceil(
      2 * MARGIN + depth * (PORTRAIT_NODE.height + LAYER_GAP) + PORTRAIT_NODE.height,
    ),
    nodes: [...nodes.values()],
    edges,
  };
}
