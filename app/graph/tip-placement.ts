/**
 * Where a weight's gradient tip ("∂E/∂w5 = 0.08217") shows while the weight is
 * hovered or focused: beside its label, at the nearest place that covers no
 * number, node or label of the drawing (over the label, under it, to its right,
 * to its left, then further out), so that the tip never hides the numbers it
 * explains.
 */
import { boxesOverlap, boxInside, circleBox, type Box } from './geometry';
import type { GraphNodeLayout, WeightLabelLayout } from './layout-types';
import { METRICS, textBoxWidth } from './metrics';

const GAP = 6;
/** How far out the search goes: this many quarter widths across, half heights up and down. */
const RINGS = 8;

/** The tip's size for a weight: its prefix and a value. */
export function tipSize(param: string): { width: number; height: number } {
  const prefix = `∂E/∂${param} = `;
  return {
    width: textBoxWidth(prefix.length + METRICS.valueChars + 1, METRICS.labelFont),
    height: METRICS.labelHeight,
  };
}

export type PlacedLabel = Omit<WeightLabelLayout, 'tip'>;

/** The labels, each with its tip's place. */
export function withTips(
  labels: readonly PlacedLabel[],
  nodes: readonly GraphNodeLayout[],
  extra: readonly Box[],
  frame: { readonly width: number; readonly height: number },
): WeightLabelLayout[] {
  const covered: Box[] = [...extra];
  const circles = new Set<Box>();
  for (const node of nodes) {
    const circle = circleBox(node.x, node.y, node.r);
    circles.add(circle);
    covered.push(circle);
    for (const part of [node.values, node.gradients, node.chip, node.error]) {
      if (part) covered.push(part);
    }
  }
  for (const label of labels) covered.push(label.box, label.next);
  const inside: Box = { x: 0, y: 0, width: frame.width, height: frame.height };
  return labels.map((label): WeightLabelLayout => {
    const { width, height } = tipSize(label.id);
    const { box, next } = label;
    const top = Math.min(box.y, next.y);
    const bottom = Math.max(box.y + box.height, next.y + next.height);
    const centreX = box.x + box.width / 2 - width / 2;
    const centreY = box.y + box.height / 2 - height / 2;
    // Around the label, nearest first: over it, under it, beside it, then further out.
    const places: Box[] = [
      { x: centreX, y: top - height - GAP, width, height },
      { x: centreX, y: bottom + GAP, width, height },
      { x: box.x + box.width + GAP, y: centreY, width, height },
      { x: box.x - width - GAP, y: centreY, width, height },
    ];
    const offsets: [number, number][] = [];
    for (let dy = -RINGS; dy <= RINGS; dy++) {
      for (let dx = -RINGS; dx <= RINGS; dx++) offsets.push([dx, dy]);
    }
    offsets.sort((a, b) => Math.hypot(...a) - Math.hypot(...b));
    for (const [dx, dy] of offsets) {
      places.push({
        x: centreX + (dx * width) / 4,
        y: (dy < 0 ? top - height - GAP : bottom + GAP) + (dy * height) / 2,
        width,
        height,
      });
    }
    // Last, over the label itself, shifted along it.
    for (let dx = -RINGS; dx <= RINGS; dx++) {
      places.push({ x: centreX + (dx * width) / 8, y: centreY, width, height });
    }
    // Kept inside the drawing where it fits; one that cannot fit anywhere at least stays in it.
    for (const [k, place] of places.entries()) places[k] = clampInto(place, inside);
    // Where the drawing is crowded (a phone's, presenter mode's) a tip may cover the edge of a
    // node's circle, or at worst its own label (the part pointed at), never another number.
    const weight = (part: Box) =>
      part === box || part === next ? 0.5 : circles.has(part) ? 3 : 10;
    const cost = (place: Box) =>
      (boxInside(place, inside) ? 0 : 1000) +
      covered.reduce((sum, part) => (boxesOverlap(place, part, 2) ? sum + weight(part) : sum), 0);
    let best = places[0]!;
    let bestCost = cost(best);
    for (const place of places.slice(1)) {
      if (bestCost === 0) break;
      const c = cost(place);
      if (c < bestCost) [best, bestCost] = [place, c];
    }
    return { ...label, tip: best };
  });
}

function clampInto(box: Box, frame: Box): Box {
  const x = Math.min(frame.x + frame.width - box.width, Math.max(frame.x, box.x));
  const y = Math.min(frame.y + frame.height - box.height, Math.max(frame.y, box.y));
  return { ...box, x: Math.max(frame.x, x), y: Math.max(frame.y, y) };
}
