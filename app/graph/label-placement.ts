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
import type { NetworkNames } from '../engine/architecture';
import type { GraphEdgeLayout, GraphNodeLayout, Orientation } from './layout-types';
import type { PlacedLabel } from './tip-placement';
import { METRICS, textLineWidth, weightLabelWidth } from './metrics';

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
 * Up to how many weights a drawing keeps its labels clear of every crossing. A
 * portrait drawing grows downwards for it, which costs a phone only scrolling;
 * a landscape one would grow wider, which shrinks all its text, so a dense
 * network in landscape only keeps its labels from overlapping.
 */
const CLEAR_LABELS_UP_TO: Record<Orientation, number> = { landscape: 24, portrait: 40 };

/**
 * From this many weights a readable drawing cannot show every label at once
 * (6-6-6-6-6 has 144): the layers stay close, so that neurons and their numbers
 * keep a legible size, and a weight's label shows when it matters — its weight is
 * lit by the step, it or a neuron it joins is hovered or focused, or it is new.
 */
export const DENSE_FROM_WEIGHTS = 49;

export const isDense = (names: NetworkNames) => names.weights.length >= DENSE_FROM_WEIGHTS;

/** Which label placements a network of this size can afford, strictest first. */
export function placementModes(names: NetworkNames, orientation: Orientation): PlacementMode[] {
  return names.weights.length <= CLEAR_LABELS_UP_TO[orientation] ? ['clear', 'free'] : ['free'];
}

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
  orientation: Orientation,
  /** larger text than METRICS's (presenter mode), its boxes larger alike */
  textScale = 1,
  /** other parts labels must keep off (the total error) */
  extra: readonly Box[] = [],
): PlacedLabel[] | null {
  const frame: Box = { x: 0, y: 0, width: size.width, height: size.height };
  const obstacles: Box[] = [...extra];
  for (const node of nodes) {
    obstacles.push(circleBox(node.x, node.y, node.r));
    for (const part of [node.values, node.gradients, node.chip, node.error]) {
      if (part) obstacles.push(part);
    }
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
  const allCrossings = [...crossingsOf.values()].flat();
  /** A place for an edge's label, judged against the drawing alone (not the other labels). */
  const candidate = (
    edge: GraphEdgeLayout,
    fraction: number,
    rank: number,
    side: NextSide = 'below',
  ): Candidate => {
    const width = weightLabelWidth(edge.id, METRICS.labelFont * textScale, edge.edgeName);
    const height = METRICS.labelHeight * textScale;
    const x = edge.x1 + fraction * (edge.x2 - edge.x1);
    const y = edge.y1 + fraction * (edge.y2 - edge.y1);
    const box: Box = { x: x - width / 2, y: y - height / 2, width, height };
    const next = nextLine(box, textScale, side);
    const taken = [box, next];
    let blocked = taken.every((part) => boxInside(part, frame)) ? 0 : 1;
    for (const o of obstacles) {
      if (taken.some((part) => boxesOverlap(part, o, NODE_CLEARANCE))) blocked++;
    }
    const crossings = crossingsOf.get(edge.id) ?? [];
    const onCrossing = crossings.filter(([cx, cy]) => pointInBox(cx, cy, box, 6)).length;
    // Any crossing under a label, its own edge's or two others', muddles which edge it names.
    if (mode === 'clear')
      blocked += allCrossings.filter(([cx, cy]) => pointInBox(cx, cy, box, 6)).length;
    let under = 0;
    for (const other of edges) {
      if (other !== edge && segmentHitsBox(segmentOf(other), box)) under++;
    }
    const score = under * 2 + onCrossing * 8 + rank * 0.01 + (side === 'above' ? 0.5 : 0);
    return { label: { id: edge.id, fraction, x, y, box, next }, blocked, score };
  };
  const placed = new Map<string, Placement>();

  /** The best place for an edge's label among the others placed so far. */
  const bestPlace = (edge: GraphEdgeLayout): Placement | null => {
    let best: Placement | null = null;
    FRACTIONS.flatMap((fraction, rank) =>
      NEXT_SIDES.map((side) => candidate(edge, fraction, rank, side)),
    ).forEach((place) => {
      let blocked = place.blocked;
      for (const [id, other] of placed) {
        if (id !== edge.id && labelsClash(place.label, other.label)) blocked++;
      }
      if (blocked > 0 && mode !== 'force') return;
      const score = blocked * 1000 + place.score;
      if (!best || score < best.score) best = { label: place.label, score };
    });
    return best;
  };

  // Edges that run straight from layer to layer first: they have the least room to move along.
  const order = [...weightEdges].sort(
    (a, b) => slant(a, orientation) - slant(b, orientation) || a.x1 - b.x1 || a.y1 - b.y1,
  );
  for (const edge of order) {
    const best = bestPlace(edge);
    if (!best) {
      // Greedy in this order left a label no place. In portrait, where dense layers
      // keep their labels off every crossing, try harder before the caller spreads
      // the drawing. (Landscape keeps the greedy's places: its preferred fractions
      // read best, and it gives up clear labels for dense layers anyway.)
      if (mode !== 'clear' || orientation !== 'portrait') return null;
      const fine = FINE_FRACTIONS.map((f, k) =>
        order.flatMap((e) => NEXT_SIDES.map((side) => candidate(e, f, k, side))),
      );
      const chosen = mostConstrainedFirst(order, fine.flat());
      return chosen && weightEdges.map((e) => chosen.get(e.id)!);
    }
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
  readonly label: PlacedLabel;
  readonly score: number;
}

/**
 * The line that shows the weight after the update ("→ 0.3589"): centred on the
 * label, as wide as its text, a value line high, under the label or (where a
 * node's values leave no room below) over it. It is empty until the update
 * phase, but its room is kept from the start, so that nothing moves when it fills.
 */
type NextSide = 'below' | 'above';
const NEXT_SIDES: readonly NextSide[] = ['below', 'above'];

function nextLine(box: Box, textScale: number, side: NextSide): Box {
  const height = METRICS.lineGap * textScale;
  const width = Math.min(box.width, textLineWidth(NEXT_CHARS, METRICS.valueFont * textScale));
  const y = side === 'below' ? box.y + box.height : box.y - height;
  return { x: box.x + (box.width - width) / 2, y, width, height };
}

/** "→ −0.1235" */
const NEXT_CHARS = 2 + METRICS.valueChars;

/** Whether two labels, or a label and the other's next line, come too close. */
function labelsClash(a: PlacedLabel, b: PlacedLabel): boolean {
  return [a.box, a.next].some((p) =>
    [b.box, b.next].some((q) => boxesOverlap(p, q, LABEL_CLEARANCE)),
  );
}

interface Candidate extends Placement {
  /** how many things it covers that it must not: outside the drawing, a node, a crossing */
  readonly blocked: number;
}

/** Finer places along an edge, for the harder search. */
const FINE_FRACTIONS = Array.from({ length: 29 }, (_, k) => 0.15 + k * 0.025).sort(
  (a, b) => Math.abs(a - 0.5) - Math.abs(b - 0.5),
);

/**
 * Places the label with the fewest places left first, each where it takes the
 * fewest places from the labels still to place (then by its own cost): the
 * classic way to colour a crowded map without backtracking. Null if some label
 * runs out of places.
 */
function mostConstrainedFirst(
  order: readonly GraphEdgeLayout[],
  candidates: readonly Candidate[],
): Map<string, PlacedLabel> | null {
  const open = new Map<string, Candidate[]>(order.map((e) => [e.id, []]));
  for (const c of candidates) if (c.blocked === 0) open.get(c.label.id)!.push(c);
  const chosen = new Map<string, PlacedLabel>();
  const clash = (a: Candidate, b: Candidate) => labelsClash(a.label, b.label);
  while (open.size > 0) {
    let id = '';
    let fewest = Infinity;
    for (const [edgeId, places] of open) {
      if (places.length < fewest) [id, fewest] = [edgeId, places.length];
    }
    const places = open.get(id)!;
    if (places.length === 0) return null;
    open.delete(id);
    let best: Candidate | null = null;
    let bestCost = Infinity;
    for (const place of places) {
      let taken = 0;
      for (const others of open.values()) for (const o of others) if (clash(place, o)) taken++;
      const cost = taken * 10 + place.score;
      if (cost < bestCost) [best, bestCost] = [place, cost];
    }
    chosen.set(id, best!.label);
    for (const [edgeId, others] of open) {
      open.set(
        edgeId,
        others.filter((o) => !clash(best!, o)),
      );
    }
  }
  return chosen;
}

const SWEEPS = 4;

/** How far an edge leans away from the direction the layers run in. */
function slant(e: GraphEdgeLayout, orientation: Orientation): number {
  const along = Math.abs(orientation === 'portrait' ? e.y2 - e.y1 : e.x2 - e.x1);
  const across = Math.abs(orientation === 'portrait' ? e.x2 - e.x1 : e.y2 - e.y1);
  return across / Math.max(1, along);
}
