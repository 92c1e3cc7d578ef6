/**
 * The Data tab's rows of the browser benchmark: frame interval p95 (the median
 * run's), long tasks (the worst run's) and, for training, the updates it made
 * a second.
 */
import { DATA_BUDGETS } from './budgets';
import type { FrameRunData } from './data-runs';
import { median, percentile } from './measure';
import { formatCount, formatMs, type Budget, type Row } from './report-table';

const longest = (run: FrameRunData) =>
  run.longTasks.reduce((max, task) => Math.max(max, task.duration), 0);

function frameRows(
  title: string,
  runs: readonly FrameRunData[],
  budgets: { readonly frameP95: Budget; readonly longTasks: Budget },
): Row[] {
  const worst = (figure: (run: FrameRunData) => number) =>
    runs.length ? Math.max(...runs.map(figure)) : NaN;
  return [
    {
      metric: `${title}: frame interval p95`,
      budget: budgets.frameP95,
      measured: median(runs.map((r) => percentile(r.intervals, 95))),
      format: formatMs,
    },
    {
      metric: `${title}: long tasks (worst run)`,
      budget: budgets.longTasks,
      measured: worst((r) => r.longTasks.length),
      format: formatCount,
    },
    { metric: `${title}: longest long task`, measured: worst(longest), format: formatMs },
  ];
}

/** Training the circle set with the heatmaps on screen. */
export function dataTrainingRows(runs: readonly FrameRunData[]): Row[] {
  const perSecond = runs.flatMap((r) => r.durations.map((ms) => (r.updates * 1000) / ms));
  return [
    ...frameRows('data training, circle, heatmaps on screen', runs, {
      frameP95: DATA_BUDGETS.trainingFrameP95,
      longTasks: DATA_BUDGETS.trainingLongTasks,
    }),
    {
      metric: 'data training, circle: updates per second (median run)',
      measured: median(perSecond),
      format: formatCount,
    },
  ];
}

/** Scrolling the page over the table of examples. */
export const tableScrollRows = (runs: readonly FrameRunData[]): Row[] =>
  frameRows('data table scroll', runs, {
    frameP95: DATA_BUDGETS.scrollFrameP95,
    longTasks: DATA_BUDGETS.scrollLongTasks,
  });
