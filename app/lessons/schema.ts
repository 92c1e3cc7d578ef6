/**
 * The shape of a lesson, as authored in content/<NN-slug>/lesson.md and as the
 * app receives it after the build has rendered its prose. This file is the
 * contract between the content pipeline (build/), the widgets and the player.
 */

/** Which parts of the explorer a step shows beside its prose: the explorer's own panels. */
export { PANEL_IDS, type PanelId } from '../explorer/panel-ids';
import type { PanelId } from '../explorer/panel-ids';

export const DEFAULT_PANELS: readonly PanelId[] = ['graph', 'formula'];

/** The small expression graphs of the chain-rule lesson. */
export const EXPRESSION_GRAPHS = ['a+b', 'a*b', '(x+y)*z'] as const;
export type ExpressionGraphId = (typeof EXPRESSION_GRAPHS)[number];

export const PLOT_ACTIVATIONS = ['sigmoid', 'tanh', 'relu'] as const;
export type PlotActivation = (typeof PLOT_ACTIVATIONS)[number];

/**
 * A widget shown instead of (or beside) the explorer's network. Each has its own
 * named quantities, which checks may ask for (see WIDGET_QUANTITIES).
 */
export type WidgetSpec =
  | {
      readonly type: 'expression';
      readonly graph: ExpressionGraphId;
      /** leaf values, e.g. { a: 3, b: -2 } or { x: -2, y: 5, z: -4 } */
      readonly values: Readonly<Record<string, number>>;
    }
  | {
      readonly type: 'activation-plot';
      readonly activation: PlotActivation;
      /** where the draggable point starts */
      readonly x: number;
    }
  | {
      readonly type: 'matrices';
      /** which layer's matrices: 1 (hidden) or 2 (output) of the 2-2-2 network */
      readonly layer: 1 | 2;
    }
  | BpttWidgetSpec
  | DatasetWidgetSpec;

/** What a dataset widget shows (see DatasetWidgetSpec). */
export const DATASET_VIEWS = ['gradients', 'plane', 'batches'] as const;
export type DatasetView = (typeof DATASET_VIEWS)[number];

/**
 * Many examples on the step's network: `gradients`, each example's ∂E/∂param,
 * their mean and one update of param; `plane`, the heatmaps of the input plane
 * with a button that trains `epochs` epochs of the full batch; `batches`, three
 * copies trained `epochs` epochs from the same start with the full batch,
 * mini-batches of half of it and one example at a time, their errors per epoch.
 */
export interface DatasetWidgetSpec {
  readonly type: 'dataset';
  /** a named set (xor, and, or, circle, blobs, spiral) */
  readonly data: string;
  readonly show: DatasetView;
  /** gradients: a weight or bias of the step's network */
  readonly param?: string;
  /** plane and batches: the epochs to train */
  readonly epochs?: number;
}

/**
 * A recurrent unit h_t = tanh(w·h_{t−1} + u·x_t + b) unrolled over T steps, with
 * L = ½(h_T − y)² (engine/bptt.ts): its graph, |∂L/∂h_t| over t, and the switches.
 * Authored with T, w and x (every input x_t); u, b, h0, y, clip and truncate are
 * optional (1, 0, 0, 1, false, false).
 */
export interface BpttWidgetSpec {
  readonly type: 'bptt';
  readonly T: number;
  readonly w: number;
  readonly x: number;
  readonly u: number;
  readonly b: number;
  readonly h0: number;
  readonly y: number;
  /** the switches' starting positions */
  readonly clip: boolean;
  readonly truncate: boolean;
}

/** A dataset widget's gradients view: each example's ∂E/∂param, the batch's mean, param after one update. */
export function datasetGradientIds(param: string, count: number): string[] {
  return [
    ...Array.from({ length: count }, (_, k) => `dE_d${param}_${k + 1}`),
    `dE_d${param}_batch`,
    `${param}_batch_new`,
  ];
}

/** The quantities each widget computes, by id, for checks: 'df_dx' of (x+y)*z … */
export const WIDGET_QUANTITIES: {
  readonly expression: Readonly<Record<ExpressionGraphId, readonly string[]>>;
  readonly 'activation-plot': readonly string[];
} = {
  expression: {
    'a+b': ['c', 'dc_da', 'dc_db'],
    'a*b': ['c', 'dc_da', 'dc_db'],
    '(x+y)*z': ['q', 'f', 'df_dq', 'df_dz', 'df_dx', 'df_dy'],
  },
  'activation-plot': ['f', 'df'],
};

/** "Predict, then reveal": the learner types a number before the value is shown. */
export interface CheckSpec {
  /** a trace quantity id ('dE_dw5') or, on a widget step, one of the widget's quantities */
  readonly quantity: string;
  /** the question, in Markdown with math (rendered at build time) */
  readonly prompt: string;
  /** an answer within this absolute distance of the value is right */
  readonly tolerance: number;
  /** shown one by one after wrong tries (Markdown with math, rendered at build time) */
  readonly hints: readonly string[];
}

/** A step's metadata, as authored. */
export interface StepMeta {
  /** unique within the lesson; kebab-case */
  readonly id: string;
  readonly title?: string;
  /** parameters and settings of the query contract this step sets, e.g. { w5: 0.3, act_h: tanh } */
  readonly state?: Readonly<Record<string, string | number>>;
  /** training steps applied to the state before the step starts: the network after training */
  readonly train?: number;
  /** a trace quantity: the explorer goes to that step and lights it */
  readonly focus?: string;
  readonly panels?: readonly PanelId[];
  /**
   * true shows every value of the explorer; false (the default) only those up to the
   * focus, as the step-through reaches them (see stepVisibility)
   */
  readonly reveal?: boolean;
  readonly widget?: WidgetSpec;
  readonly check?: CheckSpec;
  /** for the presenter's speaker view (Markdown, rendered at build time) */
  readonly notes?: string;
}

export interface LessonMeta {
  /** the folder name without its order prefix: content/03-forward-pass → 'forward-pass' */
  readonly slug: string;
  readonly title: string;
  readonly summary: string;
  readonly order: number;
  readonly minutes: number;
  readonly prerequisites: readonly string[];
  readonly stepCount: number;
  /** the ids of the steps that ask a check: the only answers stored progress may record */
  readonly checks: readonly string[];
}

/** A step as the app receives it: metadata plus its prose rendered to HTML (KaTeX included). */
export interface LessonStep extends Omit<StepMeta, 'check' | 'notes'> {
  readonly html: string;
  readonly check?: Omit<CheckSpec, 'prompt' | 'hints'> & {
    readonly promptHtml: string;
    readonly hintsHtml: readonly string[];
  };
  readonly notesHtml?: string;
}

export interface Lesson {
  readonly meta: LessonMeta;
  readonly steps: readonly LessonStep[];
}
