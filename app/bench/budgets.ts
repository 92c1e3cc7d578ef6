/**
 * Every performance and size budget, in one place: `npm run bench` judges its
 * measurements against these, and the bundle-size test in `npm test` fails when
 * a build outgrows the size budgets. Change a budget here and both follow.
 */
import { atLeast, atMost, below, type Budget } from './report-table';

/** The engine, in Node: the trace is rebuilt on every edit, a training run on every press. */
export const ENGINE_BUDGETS = {
  /** computeTrace on the 2-2-2 network, milliseconds */
  trace: below(1),
  /** train(model, 10 000), milliseconds */
  train10k: below(5),
  /** the playground's formula of ~200 nodes parsed, its graph built and traced, milliseconds */
  parseTrace200: below(1),
  /**
   * computeTrace on 6-6-6-6-6 (144 weights), milliseconds: a drag there rebuilds it on
   * every move, and the whole update must stay within 4 ms (median).
   */
  traceLargest: below(2),
  /** train(model, 10 000) on 6-6-6-6-6, milliseconds */
  train10kLargest: below(50),
  /**
   * One epoch of the circle set (200 examples) on 2-6-6-1, one example per update, and the
   * mean error over every row after it, milliseconds (median): the Data tab trains whole
   * epochs a frame.
   */
  epoch200: atMost(2),
} as const satisfies Record<string, Budget>;

/** A weight drag on the diagram (the w5 label, at step dE_dw5), milliseconds unless counted. */
export const DRAG_BUDGETS = {
  updateMedian: below(2),
  updateP95: below(4),
  longTasks: atMost(0),
  frameP95: below(17),
} as const satisfies Record<string, Budget>;

/** A leaf dragged on the playground's graph of ~50 nodes (b of DRAG_FORMULA), milliseconds unless counted. */
export const PLAYGROUND_DRAG_BUDGETS = {
  updateP95: below(4),
  longTasks: atMost(0),
} as const satisfies Record<string, Budget>;

/** The same drag with the CPU 4× slower (a slow laptop): numbers still follow within a frame. */
export const THROTTLED_DRAG_BUDGETS = {
  updateP95: below(16),
  longTasks: atMost(0),
} as const satisfies Record<string, Budget>;

/** A weight drag on the largest network, 6-6-6-6-6 (144 weights): the w1 label at step dE_dw1. */
export const LARGE_DRAG_BUDGETS = {
  updateMedian: below(4),
  updateP95: below(8),
  longTasks: atMost(0),
} as const satisfies Record<string, Budget>;

/** The same with the CPU 4× slower. */
export const LARGE_THROTTLED_DRAG_BUDGETS = {
  updateP95: below(16),
  longTasks: atMost(0),
} as const satisfies Record<string, Budget>;

/** An architecture change on the 6-6-6-6-6 network, click to painted frame, milliseconds. */
export const ARCHITECTURE_BUDGETS = {
  changeP95: below(50),
  longTasks: atMost(0),
} as const satisfies Record<string, Budget>;

/** The Train tab's animated run: the loss curve and every number redraw each frame. */
export const TRAINING_BUDGETS = {
  fpsMedian: atLeast(58),
  frameP95: atMost(17.5),
  longTasks: atMost(0),
} as const satisfies Record<string, Budget>;

/**
 * The Data tab: "Train 100 epochs" on the circle set (2-6-6-1) animated with the heatmaps on
 * screen, and the page scrolled over its table of examples, a wheel step a frame.
 */
export const DATA_BUDGETS = {
  trainingFrameP95: atMost(17.5),
  trainingLongTasks: atMost(0),
  scrollFrameP95: atMost(17.5),
  scrollLongTasks: atMost(0),
} as const satisfies Record<string, Budget>;

/** Gzip bytes a first visit downloads before the page runs, by HTML entry of the build. */
export const SIZE_BUDGETS: Readonly<Record<string, { js: Budget; css: Budget }>> = {
  'index.html': { js: atMost(120_000), css: atMost(12_000) },
  'embed.html': { js: atMost(110_000), css: atMost(12_000) },
};

/** Lighthouse category scores (0 … 1), each the median of several runs. */
export const LIGHTHOUSE_BUDGETS = {
  desktop: { performance: atLeast(0.98), accessibility: atLeast(1), 'best-practices': atLeast(1) },
  mobile: { performance: atLeast(0.9), accessibility: atLeast(1), 'best-practices': atLeast(1) },
} as const satisfies Record<string, Record<string, Budget>>;
