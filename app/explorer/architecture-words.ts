/**
 * Words for the architecture controls: what each column is called, where its
 * buttons go, and what a change did, said once it is made.
 */
import type { Architecture } from '../engine/architecture';
import { layerName, type ArchitectureChange } from '../engine/resize';
import type { GraphLayout } from '../graph/layout';

/** A column's short caption: 'Inputs', 'Hidden 1', 'Outputs'. */
export function layerCaption(sizes: Architecture, layer: number): string {
  if (layer === 0) return 'Inputs';
  if (layer === sizes.length - 1) return 'Outputs';
  return `Hidden ${layer}`;
}

/**
 * Where each layer's column is along the drawing (x in landscape, y in
 * portrait), in viewBox units; one more entry, past the outputs, for the hidden
 * layers' own buttons: the targets' column.
 */
export function layerColumns(layout: GraphLayout): number[] {
  const along = (n: { x: number; y: number }) => (layout.orientation === 'landscape' ? n.x : n.y);
  const columns: number[] = [];
  for (const node of layout.nodes) {
    if (node.kind === 'bias') continue;
    const index = node.kind === 'target' ? node.layer + 1 : node.layer;
    columns[index] ??= along(node);
  }
  return columns;
}

/** 'Added a neuron to hidden layer 1: now 2-3-2. New, marked for a moment: w7, w8, b3.' */
export function architectureWords(
  change: ArchitectureChange,
  before: Architecture,
  after: Architecture,
  fresh: readonly string[],
): string {
  const done =
    change.kind === 'add-neuron'
      ? `Added a neuron to ${layerName(before, change.layer)}`
      : change.kind === 'remove-neuron'
        ? `Removed a neuron from ${layerName(before, change.layer)}`
        : change.kind === 'add-layer'
          ? 'Added a hidden layer'
          : 'Removed the last hidden layer';
  const listed = fresh.length <= 8 ? fresh.join(', ') : `${fresh.length} values`;
  const news = fresh.length > 0 ? ` New, marked for a moment: ${listed}.` : '';
  return `${done}: now ${after.join('-')}.${news}`;
}

/**
 * Centres for groups wanted at `wanted` (CSS px, in order), at least `apart` from
 * each other and `apart / 2` inside [0, width]: each pushed right past the one
 * before it, then left from the end. Null when they cannot all fit.
 */
export function spreadCentres(
  wanted: readonly number[],
  width: number,
  apart: number,
): number[] | null {
  const half = apart / 2;
  if (wanted.length * apart > width) return null;
  const centres = wanted.map((x) => Math.min(Math.max(x, half), width - half));
  for (let k = 1; k < centres.length; k++) {
    centres[k] = Math.max(centres[k]!, centres[k - 1]! + apart);
  }
  centres[centres.length - 1] = Math.min(centres[centres.length - 1]!, width - half);
  for (let k = centres.length - 2; k >= 0; k--) {
    centres[k] = Math.min(centres[k]!, centres[k + 1]! - apart);
  }
  return centres;
}
