/**
 * The browser benchmark's rows: which figure of which measurement is judged
 * against which budget, and the notes printed under the table.
 */
import {
  ARCHITECTURE_BUDGETS,
  DRAG_BUDGETS,
  LARGE_DRAG_BUDGETS,
  LARGE_THROTTLED_DRAG_BUDGETS,
  PLAYGROUND_DRAG_BUDGETS,
  SIZE_BUDGETS,
  THROTTLED_DRAG_BUDGETS,
  TRAINING_BUDGETS,
} from './budgets';
import { LARGEST_LAYERS, type ArchitectureData, type TrainingData } from './browser-runs';
import type { EntrySize } from './bundle-size';
import { combineRuns, type DragSummary } from './drag-stats';
import { median, percentile } from './measure';
import type { PaintTimes } from './page-probes';
import { formatCount, formatFps, formatKb, formatMs, type Budget, type Row } from './report-table';

type Figure = keyof DragSummary;

/** A drag figure's row: its label, budget (normal, 4× slower CPU) and unit. */
interface DragMetric {
  readonly label: string;
  readonly key: Figure;
  readonly budget?: Budget;
  readonly throttledBudget?: Budget;
  readonly format: (value: number) => string;
  /** counts of bad events take the worst run, not the median one */
  readonly worst?: boolean;
}

const DRAG_METRICS: readonly DragMetric[] = [
  {
    label: 'update median (handler → numbers)',
    key: 'updateMedian',
    budget: DRAG_BUDGETS.updateMedian,
    format: formatMs,
  },
  {
    label: 'update p95',
    key: 'updateP95',
    budget: DRAG_BUDGETS.updateP95,
    throttledBudget: THROTTLED_DRAG_BUDGETS.updateP95,
    format: formatMs,
  },
  { label: 'update max', key: 'updateMax', format: formatMs },
  { label: 'input → numbers median', key: 'inputMedian', format: formatMs },
  { label: 'input → numbers p95', key: 'inputP95', format: formatMs },
  {
    label: 'long tasks (worst run)',
    key: 'longTaskCount',
    budget: DRAG_BUDGETS.longTasks,
    throttledBudget: THROTTLED_DRAG_BUDGETS.longTasks,
    format: formatCount,
    worst: true,
  },
  { label: 'longest long task', key: 'longTaskMax', format: formatMs, worst: true },
  { label: 'main-thread script per move', key: 'scriptPerMove', format: formatMs },
  { label: 'main-thread style + layout per move', key: 'styleLayoutPerMove', format: formatMs },
  { label: 'frame interval p50', key: 'frameP50', format: formatMs },
  { label: 'frame interval p95', key: 'frameP95', budget: DRAG_BUDGETS.frameP95, format: formatMs },
];

/**
 * Which budgets a drag is held to: the w5 drag's, the same on a slow CPU, the
 * playground's, or the largest network's (normal and slow).
 */
export type DragKind = 'drag' | 'throttled' | 'playground' | 'large' | 'large-throttled';

/** The budgets of the drags that do not keep the w5 drag's. */
const OWN_BUDGETS: Partial<Record<DragKind, Partial<Record<Figure, Budget>>>> = {
  playground: {
    updateP95: PLAYGROUND_DRAG_BUDGETS.updateP95,
    longTaskCount: PLAYGROUND_DRAG_BUDGETS.longTasks,
  },
  large: {
    updateMedian: LARGE_DRAG_BUDGETS.updateMedian,
    updateP95: LARGE_DRAG_BUDGETS.updateP95,
    longTaskCount: LARGE_DRAG_BUDGETS.longTasks,
  },
  'large-throttled': {
    updateP95: LARGE_THROTTLED_DRAG_BUDGETS.updateP95,
    longTaskCount: LARGE_THROTTLED_DRAG_BUDGETS.longTasks,
  },
};

export function dragRows(title: string, runs: readonly DragSummary[], kind: DragKind): Row[] {
  const typical = combineRuns(runs);
  return DRAG_METRICS.map((m) => {
    const own = OWN_BUDGETS[kind];
    const budget = own ? own[m.key] : kind === 'throttled' ? m.throttledBudget : m.budget;
    const worst = runs.length ? Math.max(...runs.map((r) => r[m.key])) : NaN;
    const measured = m.worst ? worst : typical[m.key];
    return {
      metric: `${title}: ${m.label}`,
      ...(budget && { budget }),
      measured,
      format: m.format,
    };
  });
}

export function sizeRows(sizes: readonly EntrySize[]): Row[] {
  return sizes.flatMap((size) => {
    const budget = SIZE_BUDGETS[size.entry];
    return [
      {
        metric: `JS gzip, ${size.entry} (initial, ${size.initialChunks.length} chunk(s))`,
        ...(budget ? { budget: budget.js } : {}),
        measured: size.initialJs,
        format: formatKb,
      },
      {
        metric: `CSS gzip, ${size.entry}`,
        ...(budget ? { budget: budget.css } : {}),
        measured: size.css,
        format: formatKb,
      },
    ];
  });
}

export function dragNotes(label: string, runs: readonly DragSummary[], watched = 'dE_dw5'): string {
  if (!runs.length) return `${label}: not measured`;
  const per = runs.map(
    (r) =>
      `${r.updated}/${r.events} moves updated, ${watched} changed at first callback ${r.changedAtFirst}` +
      ` (by next move ${r.changedAtEnd}), moves with later callbacks ${r.laterCallbacks},` +
      ` input delay median ${formatMs(r.inputDelayMedian)}, update median ${formatMs(r.updateMedian)}`,
  );
  return [`${label}:`, ...per.map((line, k) => `  run ${k + 1}: ${line}`)].join('\n');
}

/** FCP and LCP of one page: the median over loads that reported them. */
export function loadRows(name: string, loads: readonly PaintTimes[]): Row[] {
  const pick = (key: keyof PaintTimes) =>
    median(loads.map((t) => t[key]).filter((v): v is number => v !== null));
  return [
    { metric: `first load ${name}: FCP`, measured: pick('fcp'), format: formatMs },
    { metric: `first load ${name}: LCP`, measured: pick('lcp'), format: formatMs },
  ];
}

/**
 * The animated training run: frames per second (from the median frame interval),
 * the p95 interval and the long tasks, each over the measurements (median; long
 * tasks: the worst measurement).
 */
/** Architecture changes on the largest network: median and p95 from click to paint, long tasks. */
export function architectureRows(runs: readonly ArchitectureData[]): Row[] {
  const times = runs.flatMap((r) => r.times);
  const longTasks = runs.length ? Math.max(...runs.map((r) => r.longTasks)) : NaN;
  return [
    {
      metric: `architecture change, ${LARGEST_LAYERS}: click to paint (median)`,
      measured: median(times),
      format: formatMs,
    },
    {
      metric: `architecture change, ${LARGEST_LAYERS}: click to paint (p95)`,
      budget: ARCHITECTURE_BUDGETS.changeP95,
      measured: percentile(times, 95),
      format: formatMs,
    },
    {
      metric: `architecture change, ${LARGEST_LAYERS}: long tasks (worst run)`,
      budget: ARCHITECTURE_BUDGETS.longTasks,
      measured: longTasks,
      format: formatCount,
    },
  ];
}

export function trainingRows(runs: readonly TrainingData[]): Row[] {
  const fps = runs.map((r) => 1000 / median(r.intervals));
  const p95 = runs.map((r) => percentile(r.intervals, 95));
  const longTasks = runs.length ? Math.max(...runs.map((r) => r.longTasks.length)) : NaN;
  return [
    {
      metric: 'training animation: fps (median frame)',
      budget: TRAINING_BUDGETS.fpsMedian,
      measured: median(fps),
      format: formatFps,
    },
    {
      metric: 'training animation: frame interval p95',
      budget: TRAINING_BUDGETS.frameP95,
      measured: median(p95),
      format: formatMs,
    },
    {
      metric: 'training animation: long tasks (worst run)',
      budget: TRAINING_BUDGETS.longTasks,
      measured: longTasks,
      format: formatCount,
    },
  ];
}
