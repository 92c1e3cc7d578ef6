/**
 * Where each weight's label sits along its edge. Labels never overlap each other,
 * a node or a node's values, and stay inside the drawing. Among the free places,
 * a label prefers one few other edges pass under and away from where its edge
 * crosses another weight's (a label on a crossing could belong to either edge): so the
 * labels of crossing edges (w2 and w3, w6 and w7) end up at different fractions
 * along their edges, near the ends where the edges are apart.
 */
import {
  boxesOverlap,
  boxInside,
  circleBox,
  crossingPoint,
  pointInBox,
  segmentHitsBox,
  type Box,
  type Segment,
} from './geometry';
import type { GraphEdgeLayout, GraphNodeLayout, WeightLabelLayout } from './layout';
import { METRICS, weightLabelWidth } from './metrics';

/** Fractions tried, in order of preference when all else is equal. */
const FRACTIONS = [0.5, 0.3, 0.7, 0.4, 0.6, 0.35, 0.65, 0.25, 0.75, 0.45, 0.55, 0.2, 0.8];

const LABEL_CLEARANCE = 4;
const NODE_CLEARANCE = 4;

const segmentOf = (e: GraphEdgeLayout): Segment => [e.x1, e.y1, e.x2, e.y2];

/**
 * How strict a placement is: 'clear' keeps labels off every crossing of two
 * weight edges as well as off each other and the nodes; 'free' only the latter
 * (crossings then cost); 'force' places every label, at the least bad place.
 */
export type PlacementMode = 'clear' | 'free' | 'force';

/**
 * Places a label on every weight edge, or returns null when some label finds no
 * allowed place (the caller then spreads the layers further).
 */
export function placeWeightLabels(
  weightEdges: readonly GraphEdgeLayout[],
  nodes: readonly GraphNodeLayout[],
  edges: readonly GraphEdgeLayout[],
  size: { readonly width: number; readonly height: number },
  mode: PlacementMode,
): WeightLabelLayout[] | null {
  const frame: Box = { x: 0, y: 0, width: size.width, height: size.height };
  const obstacles: Box[] = [];
  for (const node of nodes) {
    obstacles.push(circleBox(node.x, node.y, node.r));
    if (node.values) obstacles.push(node.values);
    if (node.chip) obstacles.push(node.chip);
  }
  const crossingsOf = new Map(
    weightEdges.map((edge) => [
      edge.id,
      weightEdges
        .filter((other) => other !== edge)
        .map((other) => crossingPoint(segmentOf(edge), segmentOf(other)))
        .filter((p): p is [number, number] => p !== null),
    ]),
  );
  const placed = new Map<string, Placement>();

  /** The best place for an edge's label among the others placed so far. */
  const bestPlace = (edge: GraphEdgeLayout): Placement | null => {
    const width = weightLabelWidth(edge.id);
    const height = METRICS.labelHeight;
    const crossings = crossingsOf.get(edge.id) ?? [];
    let best: Placement | null = null;
    FRACTIONS.forEach((fraction, rank) => {
      const x = edge.x1 + fraction * (edge.x2 - edge.x1);
      const y = edge.y1 + fraction * (edge.y2 - edge.y1);
      const box: Box = { x: x - width / 2, y: y - height / 2, width, height };
      let blocked = boxInside(box, frame) ? 0 : 1;
      for (const o of obstacles) if (boxesOverlap(box, o, NODE_CLEARANCE)) blocked++;
      for (const [id, other] of placed) {
        if (id !== edge.id && boxesOverlap(box, other.label.box, LABEL_CLEARANCE)) blocked++;
      }
      const onCrossing = crossings.filter(([cx, cy]) => pointInBox(cx, cy, box, 6)).length;
      if (mode === 'clear') blocked += onCrossing;
      if (blocked > 0 && mode !== 'force') return;
      let under = 0;
      for (const other of edges) {
        if (other !== edge && segmentHitsBox(segmentOf(other), box)) under++;
      }
      const score = blocked * 1000 + under * 2 + onCrossing * 8 + rank * 0.01;
      if (!best || score < best.score)
        best = { label: { id: edge.id, fraction, x, y, box }, score };
    });
    return best;
  };

  // Flatter edges first: they have the least room to move along.
  const order = [...weightEdges].sort((a, b) => slope(a) - slope(b) || a.x1 - b.x1 || a.y1 - b.y1);
  for (const edge of order) {
    const best = bestPlace(edge);
    if (!best) return null;
    placed.set(edge.id, best);
  }
  // A label placed early may hold the only good place of a later one (w7 beside the
  // crossing keeps w6 off its free end): move labels while that lowers their cost.
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    let moved = false;
    for (const edge of order) {
      const current = placed.get(edge.id)!;
      const best = bestPlace(edge);
      if (best && best.score < current.score - 1e-9) {
        placed.set(edge.id, best);
        moved = true;
      }
    }
    if (!moved) break;
  }
  return weightEdges.map((e) => placed.get(e.id)!.label);
}

interface Placement {
  readonly label: WeightLabelLayout;
  readonly score: number;
}

const SWEEPS = 4;

function slope(e: GraphEdgeLayout): number {
  return Math.abs(e.y2 - e.y1) / Math.max(1, Math.abs(e.x2 - e.x1));
}
