/**
 * The shape of the diagram's layout (see layout.ts): plain data the layout steps
 * (edges, label and tip placement, the portrait search) and the drawing read. Apart
 * from layout.ts, so that those steps need not import the module that calls them.
 */
import type { Box } from './geometry';

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
  /** a neuron's ∂E/∂out and δ lines: above it (landscape) or beside it, under its values (portrait) */
  readonly gradients?: Box;
  /** a parameter node's editable value (input, bias, target): below, beside or above it */
  readonly chip?: Box;
  /** a target's error line (E_o1), under its value */
  readonly error?: Box;
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
  /** a weight's edge as its label names it outside the article's network: 'h1→o1' */
  readonly edgeName?: string;
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
  /** the line under (or over) the label for the weight's value after the update: "→ 0.3589" */
  readonly next: Box;
  /** where the gradient tip shows, covering no number (tip-placement.ts) */
  readonly tip: Box;
}

export interface GraphLayout {
  readonly orientation: Orientation;
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly GraphNodeLayout[];
  readonly edges: readonly GraphEdgeLayout[];
  readonly labels: readonly WeightLabelLayout[];
  /** the total error, before and after the update: near the targets */
  readonly total: Box;
  /** too many weights to label at once: labels show on demand (label-placement.ts, isDense) */
  readonly dense: boolean;
}
