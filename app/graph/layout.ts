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
import { placementModes, placeWeightLabels, type PlacementMode } from './label-placement';
import { segmentsCross, type Box, type Segment } from './geometry';
import { connectEdges } from './layout-edges';
import { searchPortraitLayout } from './layout-portrait';
import { METRICS, NEURON_VALUE_CHARS, textBoxWidth } from './metrics';

export type { Box, Segment } from './geometry';
export { METRICS, textBoxWidth, weightLabelWidth } from './metrics';

/** 'landscape': layers left to right; 'portrait': top to bottom. */
export type Orientation = 'landscape' | 'portrait';

export type NodeKind = 'input' | 'hidden' | 'output' | 'bias' | 'target';

export interface GraphNodeLayout {
  readonly id: string;
  readonly kind: NodeKind;
  /** layer index: 0 inputs … L outputs; a bias has the layer it feeds; a target L */
  readonly layer: number;
  readonly x: number;
  readonly y: number;
  readonly r: number;
  /** a neuron's net and out lines: below it (landscape) or beside it, to the right (portrait) */
  readonly values?: Box;
  /** a parameter node's editable value (input, bias, target): below, beside or above it */
  readonly chip?: Box;
}

export type EdgeKind = 'weight' | 'bias' | 'target';

export interface GraphEdgeLayout {
  /** 'w5'; 'b1>h1' for a bias edge; 'o1>t1' for an output's comparison with its target */
  readonly id: string;
  readonly kind: EdgeKind;
  readonly source: string;
  readonly target: string;
  /** the parameter the edge carries: 'w5', or 'b1' for a bias edge */
  readonly param?: string;
  /** trimmed to the circles' rims */
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface WeightLabelLayout {
  readonly id: string;
  /** how far along its edge, source 0 → target 1 */
  readonly fraction: number;
  /** centre */
  readonly x: number;
  readonly y: number;
  readonly box: Box;
}

export interface GraphLayout {
  readonly orientation: Orientation;
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly GraphNodeLayout[];
  readonly edges: readonly GraphEdgeLayout[];
  readonly labels: readonly WeightLabelLayout[];
}

const MIN_LAYER_GAP = 250;
const LAYER_GAP_STEP = 30;
const MAX_TRIES = 40;

/** The diagram of a network: nodes, edges, weight labels and the viewBox size (memoised). */
export function layoutNetwork(
  names: NetworkNames,
  orientation: Orientation = 'landscape',
  textScale = 1,
): GraphLayout {
  const key = `${names.sizes.join('-')} ${orientation} ${textScale}`;
  const cached = layoutCache.get(key);
  if (cached) return cached;
  // Larger text (presenter mode) is laid out in landscape only: a projector is wide.
  const layout =
    orientation === 'portrait' ? searchPortraitLayout(names) : searchLayout(names, textScale);
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
  const chipWidth = textBoxWidth(METRICS.valueChars, valueFont);
  const chipHeight = METRICS.labelHeight * textScale;
  const left = margin + Math.max(r, chipWidth / 2);
  const top = margin + r;
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
        nodes.push({ id, kind, layer, x, y, r, values: valuesBelow(x, y) });
      }
    });
  });
  // Biases sit on one row below the deepest column's last values.
  const lowestValues = top + (tallest - 1) * rowGap + r + 4 + 2 * lineGap + 4;
  const biasY = lowestValues + r + 36;
  names.biases.forEach((id, layer) => {
    if (!id) return;
    const x = columnX(layer - 1) + 0.42 * gap;
    nodes.push({ id, kind: 'bias', layer, x, y: biasY, r, chip: chipBelow(x, biasY) });
  });
  const targetX = columnX(L) + Math.max(2 * r + valuesWidth / 2 + 20, 0.55 * gap);
  names.targets.forEach((id, index) => {
    const y = rowY(L, index);
    nodes.push({ id, kind: 'target', layer: L, x: targetX, y, r, chip: chipBelow(targetX, y) });
  });

  const edges = connectEdges(names, nodes);
  const width = Math.ceil(targetX + Math.max(r, chipWidth / 2) + margin);
  const height = Math.ceil(biasY + r + 6 + chipHeight + margin);
  const labels = placeWeightLabels(
    edges.filter((e) => e.kind === 'weight'),
    nodes,
    edges,
    { width, height },
    mode,
    'landscape',
    textScale,
  );
  if (!labels) return null;
  return { orientation: 'landscape', width, height, nodes, edges, labels };
}

/** Whether two edges cross strictly between their ends (exported for tests). */
export function edgesCross(a: GraphEdgeLayout, b: GraphEdgeLayout): boolean {
  const seg = (e: GraphEdgeLayout): Segment => [e.x1, e.y1, e.x2, e.y2];
  return segmentsCross(seg(a), seg(b));
}
