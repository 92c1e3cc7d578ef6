/**
 * The diagram turned a quarter for narrow containers (phones): layers stacked top
 * to bottom, inputs in the top row, outputs in the bottom one, each target under
 * its output. Width is what a phone lacks and the drawing scales to its container,
 * so everything that can go beside a node without widening the drawing does:
 * a neuron's net and out lines and a parameter node's value sit to its right,
 * where the edges (which leave downwards) leave room; each bias sits at the right,
 * between its layer and the one feeding it (where the landscape figure puts it
 * below), with its value above it, away from its edges.
 */
import type { NetworkNames } from '../engine/architecture';
import { boxesOverlap, circleBox, type Box } from './geometry';
import { isDense, placementModes, placeWeightLabels, type PlacementMode } from './label-placement';
import type { GraphLayout, GraphNodeLayout } from './layout-types';
import { connectEdges } from './layout-edges';
import { weightEdgeName } from '../formulas/weight-edge-name';
import { withTips } from './tip-placement';
import {
  METRICS,
  GRADIENT_LINES_BESIDE,
  NEURON_VALUE_CHARS,
  TARGET_ERROR_CHARS,
  TOTAL_CHARS,
  TOTAL_LINES,
  textBoxWidth,
  textLineWidth,
  weightLabelWidth,
} from './metrics';

const MIN_ROW_GAP = 200;
const ROW_GAP_STEP = 30;
const ROW_TRIES = 30;
const SPACING_STEP = 30;
const SPACING_TRIES = 8;
/** How far a bias sits above the layer it feeds, as a share of the row gap. */
const BIAS_LIFT = 0.45;

const { nodeRadius: r, margin, lineGap, valueFont, valueGap, valueInset } = METRICS;
const chipHeight = METRICS.labelHeight;
// Left-aligned beside the node: no padding on the right, only an inset on the left.
const besideWidth = (chars: number) =>
  Math.ceil(chars * valueFont * METRICS.charWidth + 2 * valueInset);
const valuesWidth = besideWidth(NEURON_VALUE_CHARS);
const valuesHeight = 2 * lineGap + 4;
const gradientsHeight = GRADIENT_LINES_BESIDE * lineGap;
const errorWidth = besideWidth(TARGET_ERROR_CHARS);
const totalWidth = textLineWidth(TOTAL_CHARS, valueFont);
const chipWidth = textBoxWidth(METRICS.valueChars, valueFont);
/** Nodes of a row are this far apart at least: a node's values fit before the next node. */
const MIN_SPACING = r + valueGap + Math.max(valuesWidth, chipWidth, errorWidth) + 8 + r;
/**
 * A neuron's first values line sits a little above its centre and the rest run
 * down beside it: the edges from the bias at the right come in above them, at a
 * shallow slope, to the far neurons of the row.
 */
const VALUES_ABOVE = 16;
/** From an output down to its target: room for the output's values beside it, and the target's chip under them. */
const TARGET_DROP = Math.max(
  2 * r + 44,
  -VALUES_ABOVE + valuesHeight + gradientsHeight + 6 + chipHeight / 2,
);

/** The narrowest portrait drawing whose labels all find a place, then about the shortest. */
export function searchPortraitLayout(names: NetworkNames): GraphLayout {
  // Labels on demand (isDense): rows at their closest, each label at its least bad place.
  if (isDense(names)) {
    // The rows still leave each bias room beside the neurons' numbers.
    const attempt = (g: number) =>
      tryPortrait(names, MIN_SPACING, MIN_ROW_GAP + g * ROW_GAP_STEP, 'force');
    const dense = shortestFit(0, ROW_TRIES, attempt);
    if (dense) return dense;
  }
  const firstRow = firstRowAttempt(names);
  for (const mode of placementModes(names, 'portrait')) {
    for (let s = 0; s < SPACING_TRIES; s++) {
      const spacing = MIN_SPACING + s * SPACING_STEP;
      const attempt = (g: number) =>
        tryPortrait(names, spacing, MIN_ROW_GAP + g * ROW_GAP_STEP, mode);
      const result = shortestFit(firstRow, ROW_TRIES, attempt);
      if (result) return result;
    }
  }
  const spacing = MIN_SPACING + SPACING_TRIES * SPACING_STEP;
  return tryPortrait(names, spacing, MIN_ROW_GAP + ROW_TRIES * ROW_GAP_STEP, 'force')!;
}

/**
 * The first attempt in [from, to) that succeeds, found by galloping then halving:
 * a dense network may need a row gap many steps up, and each attempt at it costs
 * a placement of every label. Taller gaps give labels more room, so beyond the
 * first success they (nearly always) succeed too.
 */
function shortestFit<T>(from: number, to: number, attempt: (g: number) => T | null): T | null {
  let failed = from - 1;
  let found: { g: number; result: T } | null = null;
  for (let step = 1; failed + step < to + step; step *= 2) {
    const g = Math.min(failed + step, to - 1);
    const result = attempt(g);
    if (result) {
      found = { g, result };
      break;
    }
    failed = g;
    if (g === to - 1) return null;
  }
  if (!found) return null;
  while (found.g - failed > 1) {
    const g = Math.floor((failed + found.g) / 2);
    const result = attempt(g);
    if (result) found = { g, result };
    else failed = g;
  }
  return found.result;
}

/**
 * Dense layers need tall gaps: a gap holds its labels in bands a label high, a
 * few side by side (about two for every five nodes across, found by trying), so
 * skip the row gaps that cannot hold them.
 */
function firstRowAttempt(names: NetworkNames): number {
  const widest = Math.max(...names.sizes);
  const densest = Math.max(...names.sizes.slice(1).map((n, l) => n * (names.sizes[l] ?? 0)));
  const perBand = Math.max(2, (2 * widest) / 5);
  const bands = Math.ceil(densest / perBand);
  const needed = 2 * r + 16 + bands * (METRICS.labelHeight + 8);
  return Math.max(0, Math.ceil((needed - MIN_ROW_GAP) / ROW_GAP_STEP));
}

function tryPortrait(
  names: NetworkNames,
  spacing: number,
  rowGap: number,
  mode: PlacementMode,
): GraphLayout | null {
  const L = names.sizes.length - 1;
  const widest = Math.max(...names.sizes);
  const widestLabel = Math.max(
    ...names.weights.map((w) => weightLabelWidth(w.id, undefined, weightEdgeName(names, w.id))),
  );
  // A label on an edge that runs straight down the first column must fit inside the drawing.
  const left = Math.max(margin + r, widestLabel / 2 + 4);
  const centreX = left + ((widest - 1) * spacing) / 2;
  const columnX = (layer: number, index: number) =>
    centreX + (index - ((names.sizes[layer] ?? 1) - 1) / 2) * spacing;
  const rowY = (layer: number) => margin + r + layer * rowGap;

  const beside = (x: number, y: number, width: number, height: number, drop = 0): Box => ({
    x: x + r + valueGap,
    y: y - height / 2 + drop,
    width,
    height,
  });
  const nodes: GraphNodeLayout[] = [];
  names.neurons.forEach((layerNodes, layer) => {
    layerNodes.forEach((id, index) => {
      const x = columnX(layer, index);
      const y = rowY(layer);
      if (layer === 0) {
        nodes.push({
          id,
          kind: 'input',
          layer,
          x,
          y,
          r,
          chip: beside(x, y, chipWidth, chipHeight),
        });
      } else {
        const kind = layer === L ? 'output' : 'hidden';
        const values = beside(x, y, valuesWidth, valuesHeight, valuesHeight / 2 - VALUES_ABOVE);
        const gradients: Box = { ...values, y: values.y + values.height, height: gradientsHeight };
        nodes.push({ id, kind, layer, x, y, r, values, gradients });
      }
    });
  });
  // One column of biases at the right, flush with the widest row's last values:
  // as far as possible from the labels of edges running straight down that row.
  const valuesRight =
    centreX + ((widest - 1) * spacing) / 2 + r + valueGap + Math.max(valuesWidth, chipWidth);
  const biasX = valuesRight - chipWidth / 2;
  names.biases.forEach((id, layer) => {
    if (!id) return;
    const y = rowY(layer) - BIAS_LIFT * rowGap;
    const chip: Box = {
      x: biasX - chipWidth / 2,
      y: y - r - valueGap - chipHeight,
      width: chipWidth,
      height: chipHeight,
    };
    nodes.push({ id, kind: 'bias', layer, x: biasX, y, r, chip });
  });
  // A bias sits in the column of the neurons' numbers: the rows must leave it room.
  const numbers = nodes.flatMap((n) => [n.values, n.gradients].filter((b) => b !== undefined));
  for (const bias of nodes.filter((n) => n.kind === 'bias')) {
    const parts = [circleBox(bias.x, bias.y, r), bias.chip!];
    if (parts.some((part) => numbers.some((box) => boxesOverlap(part, box, 4)))) return null;
  }
  const targetY = rowY(L) + TARGET_DROP;
  let lowestError = targetY + r;
  names.targets.forEach((id, index) => {
    const x = columnX(L, index);
    const chip = beside(x, targetY, chipWidth, chipHeight);
    const error: Box = {
      x: chip.x,
      y: chip.y + chip.height + 2,
      width: errorWidth,
      height: lineGap + 4,
    };
    lowestError = Math.max(lowestError, error.y + error.height);
    nodes.push({ id, kind: 'target', layer: L, x, y: targetY, r, chip, error });
  });
  // The total error under the targets, from the left edge of the first.
  const total: Box = {
    x: columnX(L, 0) - r,
    y: lowestError + 10,
    width: totalWidth,
    height: TOTAL_LINES * (lineGap + 4) + 4,
  };

  const edges = connectEdges(names, nodes);
  let right = 0;
  for (const node of nodes) {
    const parts = [node.values, node.gradients, node.chip, node.error];
    right = Math.max(right, node.x + r, ...parts.map((b) => boxRight(b)));
  }
  right = Math.max(right, boxRight(total));
  const width = Math.ceil(right + margin);
  const height = Math.ceil(total.y + total.height + margin);
  const labels = placeWeightLabels(
    edges.filter((e) => e.kind === 'weight'),
    nodes,
    edges,
    { width, height },
    mode,
    'portrait',
    1,
    [total],
  );
  if (!labels) return null;
  const tipped = withTips(labels, nodes, [total], { width, height });
  return {
    orientation: 'portrait',
    width,
    height,
    nodes,
    edges,
    labels: tipped,
    total,
    dense: isDense(names),
  };
}

function boxRight(box: Box | undefined): number {
  return box ? box.x + box.width : 0;
}
