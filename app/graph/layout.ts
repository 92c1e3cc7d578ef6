/**
 * Where every part of the network diagram goes, for any architecture: pure
 * geometry from the network's names, in viewBox units. The drawing scales the
 * viewBox to its container, so these sizes are relative; text sizes are chosen so
 * that the 2-2-2 network, at the width the explorer gives it on a 1280 px screen,
 * shows text of about 14 px or more.
 *
 * Two orientations. Landscape (wide containers): layers run left to right
 * (inputs, hidden layers, outputs), with each layer's bias below, between that
 * layer and the one feeding it, and the targets to the right of the outputs —
 * the arrangement of the worked example's figure. Portrait (phones): the same
 * figure turned a quarter, layers stacked top to bottom (layout-portrait.ts), so
 * that the drawing is narrow and its text stays legible at 375 px.
 */
import type { NetworkNames } from '../engine/architecture';
import { isDense, placementModes, placeWeightLabels, type PlacementMode } from './label-placement';
import {
  boxesOverlap,
  circleBox,
  segmentHitsBox,
  segmentsCross,
  type Box,
  type Segment,
} from './geometry';
import { connectEdges } from './layout-edges';
import { withTips } from './tip-placement';
import { searchPortraitLayout } from './layout-portrait';
import {
  GRADIENT_CHARS,
  GRADIENT_LINES,
  METRICS,
  NEURON_VALUE_CHARS,
  TARGET_ERROR_CHARS,
  TOTAL_CHARS,
  TOTAL_LINES,
  textBoxWidth,
  textLineWidth,
} from './metrics';

export type { Box, Segment } from './geometry';
export { METRICS, textBoxWidth, weightLabelWidth } from './metrics';

import type {
  EdgeKind,
  GraphEdgeLayout,
  GraphLayout,
  GraphNodeLayout,
  NodeKind,
  Orientation,
  WeightLabelLayout,
} from './layout-types';
export type {
  EdgeKind,
  GraphEdgeLayout,
  GraphLayout,
  GraphNodeLayout,
  NodeKind,
  Orientation,
  WeightLabelLayout,
};

const MIN_LAYER_GAP = 250;
/**
 * Between a neuron and the gradients over it: room for a weight's value after the
 * update over the label of a level edge beside the neuron.
 */
const ABOVE_GAP = 16;
/** Where a bias sits between the layer feeding it and its own, as a share of the gap. */
const BIAS_AT = 0.5;
const LAYER_GAP_STEP = 30;
const MAX_TRIES = 40;

/** The diagram of a network: nodes, edges, weight labels and the viewBox size (memoised). */
export function layoutNetwork(
  names: NetworkNames,
  orientation: Orientation = 'landscape',
  textScale = 1,
): GraphLayout {
  const key = `${names.sizes.join('-')} ${names.biasPer} ${orientation} ${textScale}`;
  const cached = layoutCache.get(key);
  if (cached) return cached;
  // Larger text (presenter mode) is laid out in landscape only: a projector is wide.
  const layout =
    orientation === 'portrait'
      ? searchPortraitLayout(names)
      : isDense(names)
        ? // Labels show on demand: the layers keep their closest spacing, and each label its least bad place.
          tryLayout(names, MIN_LAYER_GAP, 180, 'force', textScale)!
        : searchLayout(names, textScale);
  layoutCache.set(key, layout);
  return layout;
}

// A layout depends only on the architecture and orientation, and the search for a wide network takes a moment.
const layoutCache = new Map<string, GraphLayout>();

/**
 * `textScale` enlarges the text (and the boxes around it) against the drawing's
 * geometry: presenter mode's larger type, with the layout making room for it.
 */
function searchLayout(names: NetworkNames, textScale: number): GraphLayout {
  // Narrow first: the drawing scales to its container's width, so every unit of
  // width saved is larger text. Rows may spread more freely than columns.
  for (const mode of placementModes(names, 'landscape')) {
    for (let attempt = firstAttempt(names); attempt < MAX_TRIES; attempt++) {
      const gap = MIN_LAYER_GAP + attempt * LAYER_GAP_STEP;
      for (const rowGap of [180, 210, 240, 270].map((g) => Math.max(g, 0.7 * gap))) {
        const result = tryLayout(names, gap, rowGap, mode, textScale);
        if (result) return result;
      }
    }
  }
  return tryLayout(names, MIN_LAYER_GAP + MAX_TRIES * LAYER_GAP_STEP, 270, 'force', textScale)!;
}

/** Dense layers need wide gaps: skip the attempts that cannot fit their labels. */
function firstAttempt(names: NetworkNames): number {
  const densest = Math.max(...names.sizes.slice(1).map((n, l) => n * (names.sizes[l] ?? 0)));
  return Math.floor(Math.max(0, densest - 4) / 4);
}

function tryLayout(
  names: NetworkNames,
  gap: number,
  rowGap: number,
  mode: PlacementMode,
  textScale: number,
): GraphLayout | null {
  const { nodeRadius: r, margin } = METRICS;
  const lineGap = METRICS.lineGap * textScale;
  const valueFont = METRICS.valueFont * textScale;
  const L = names.sizes.length - 1;
  const tallest = Math.max(...names.sizes);
  const valuesWidth = textBoxWidth(NEURON_VALUE_CHARS, valueFont);
  const gradientsWidth = textLineWidth(GRADIENT_CHARS, valueFont);
  const gradientsHeight = GRADIENT_LINES * lineGap + 4;
  const chipWidth = textBoxWidth(METRICS.valueChars, valueFont);
  const chipHeight = METRICS.labelHeight * textScale;
  const left = margin + Math.max(r, chipWidth / 2);
  // A neuron's gradients go on the outside of the figure (upperHalf), where the rows
  // leave room: over the first row, which needs room above it for them.
  const upperHalf = (index: number, count: number) => index < (count - 1) / 2;
  const anyUpper = names.neurons.slice(1).some((layer) => upperHalf(0, layer.length));
  const top = margin + r + (anyUpper ? ABOVE_GAP + gradientsHeight : 0);
  const columnX = (layer: number) => left + layer * gap;
  const centreY = top + ((tallest - 1) * rowGap) / 2;
  const rowY = (layer: number, index: number) =>
    centreY + (index - ((names.sizes[layer] ?? 1) - 1) / 2) * rowGap;

  const nodes: GraphNodeLayout[] = [];
  const valuesBelow = (x: number, y: number): Box => ({
    x: x - valuesWidth / 2,
    y: y + r + 4,
    width: valuesWidth,
    height: 2 * lineGap + 4,
  });
  // ∂E/∂out and δ: over a neuron in a layer's upper half, under net and out in its lower half.
  const gradientsAbove = (x: number, y: number): Box => ({
    x: x - gradientsWidth / 2,
    y: y - r - ABOVE_GAP - gradientsHeight,
    width: gradientsWidth,
    height: gradientsHeight,
  });
  const gradientsBelow = (values: Box): Box => ({
    x: values.x + values.width / 2 - gradientsWidth / 2,
    y: values.y + values.height,
    width: gradientsWidth,
    height: gradientsHeight,
  });
  const errorWidth = textLineWidth(TARGET_ERROR_CHARS, valueFont);
  const errorBelow = (chip: Box): Box => ({
    x: chip.x + chip.width / 2 - errorWidth / 2,
    y: chip.y + chip.height + 2,
    width: errorWidth,
    height: lineGap + 4,
  });
  const chipBelow = (x: number, y: number): Box => ({
    x: x - chipWidth / 2,
    y: y + r + 6,
    width: chipWidth,
    height: chipHeight,
  });
  names.neurons.forEach((layerNodes, layer) => {
    layerNodes.forEach((id, index) => {
      const x = columnX(layer);
      const y = rowY(layer, index);
      if (layer === 0) nodes.push({ id, kind: 'input', layer, x, y, r, chip: chipBelow(x, y) });
      else {
        const kind = layer === L ? 'output' : 'hidden';
        const values = valuesBelow(x, y);
        const upper = upperHalf(index, layerNodes.length);
        const gradients = upper ? gradientsAbove(x, y) : gradientsBelow(values);
        nodes.push({ id, kind, layer, x, y, r, values, gradients });
      }
    });
  });
  // Biases sit on one row under the lowest neurons, between the columns, as high as the
  // numbers stacked under those neurons allow: a bias's circle may come up beside them,
  // its value below them.
  const lowestValues = top + (tallest - 1) * rowGap + r + 4 + 2 * lineGap + 4 + gradientsHeight;
  const stacks = nodes.flatMap((n) => [n.values, n.gradients].filter((b) => b !== undefined));
  const bottomUnder = (x: number, half: number) =>
    Math.max(
      0,
      ...stacks
        .filter((b) => b.x < x + half + 2 && x - half - 2 < b.x + b.width)
        .map((b) => b.y + b.height),
    );
  const biasX = (layer: number) => columnX(layer - 1) + BIAS_AT * gap;
  let biasY = top + (tallest - 1) * rowGap + 2 * r + 16;
  names.biases.forEach((id, layer) => {
    if (!id) return;
    const x = biasX(layer);
    biasY = Math.max(biasY, bottomUnder(x, r) + 6 + r, bottomUnder(x, chipWidth / 2) - 2 - r);
  });
  names.biases.forEach((id, layer) => {
    if (!id) return;
    const x = biasX(layer);
    nodes.push({ id, kind: 'bias', layer, x, y: biasY, r, chip: chipBelow(x, biasY) });
  });
  const targetX = columnX(L) + Math.max(2 * r + valuesWidth / 2 + 20, 0.55 * gap);
  let lowestError = 0;
  names.targets.forEach((id, index) => {
    const y = rowY(L, index);
    const chip = chipBelow(targetX, y);
    const error = errorBelow(chip);
    lowestError = Math.max(lowestError, error.y + error.height);
    nodes.push({ id, kind: 'target', layer: L, x: targetX, y, r, chip, error });
  });
  const totalWidth = textLineWidth(TOTAL_CHARS, valueFont);
  // Lines a little apart: each carries a subscript, the second a superscript too.
  const totalHeight = TOTAL_LINES * (lineGap + 4) + 4;
  const right = targetX + Math.max(r, chipWidth / 2, errorWidth / 2);
  const edges = connectEdges(names, nodes);
  // The total error in the targets' column, right-aligned with it: between two targets
  // where their rows leave room (the drawing keeps its height), else under the last error,
  // clear of the outputs' values beside it.
  const total = totalBetweenTargets(nodes, edges, right - totalWidth, totalWidth, totalHeight) ?? {
    x: right - totalWidth,
    y: Math.max(lowestError, lowestValues) + 12,
    width: totalWidth,
    height: totalHeight,
  };
  const width = Math.ceil(right + margin);
  const lowest = Math.max(
    total.y + total.height,
    ...nodes.flatMap((n) =>
      [n.chip, n.values, n.gradients, n.error].map((b) => (b ? b.y + b.height : n.y + n.r)),
    ),
  );
  const height = Math.ceil(lowest + margin);
  const labels = placeWeightLabels(
    edges.filter((e) => e.kind === 'weight'),
    nodes,
    edges,
    { width, height },
    mode,
    'landscape',
    textScale,
    [total],
  );
  if (!labels) return null;
  const tipped = withTips(labels, nodes, [total], { width, height });
  return {
    orientation: 'landscape',
    width,
    height,
    nodes,
    edges,
    labels: tipped,
    total,
    dense: isDense(names),
  };
}

/** Room for the total error in the gap between two targets' rows, clear of everything drawn. */
function totalBetweenTargets(
  nodes: readonly GraphNodeLayout[],
  edges: readonly GraphEdgeLayout[],
  x: number,
  width: number,
  height: number,
): Box | null {
  const targets = nodes.filter((n) => n.kind === 'target');
  const drawn = nodes.flatMap((n) => [
    circleBox(n.x, n.y, n.r),
    ...[n.chip, n.values, n.gradients, n.error].filter((b) => b !== undefined),
  ]);
  for (let i = 0; i + 1 < targets.length; i++) {
    const above = targets[i]!;
    const below = targets[i + 1]!;
    const top = (above.error ?? above.chip ?? circleBox(above.x, above.y, above.r)).y;
    const slotTop = top + (above.error?.height ?? 0) + 12;
    const slotBottom = below.y - below.r - 12;
    if (slotBottom - slotTop < height) continue;
    const box = { x, y: (slotTop + slotBottom - height) / 2, width, height };
    const clear =
      drawn.every((b) => !boxesOverlap(box, b, 4)) &&
      edges.every((e) => !segmentHitsBox([e.x1, e.y1, e.x2, e.y2], box));
    if (clear) return box;
  }
  return null;
}

/** Whether two edges cross strictly between their ends (exported for tests). */
export function edgesCross(a: GraphEdgeLayout, b: GraphEdgeLayout): boolean {
  const seg = (e: GraphEdgeLayout): Segment => [e.x1, e.y1, e.x2, e.y2];
  return segmentsCross(seg(a), seg(b));
}
