/**
 * Engine benchmarks: `npm run bench`. The trace is rebuilt on every edit and a
 * training run on every press of "train", so both must stay well inside a frame.
 * Benchmarks report; they do not fail the build (machines differ), so this
 * always exits 0 and the table says which budgets held (median and p95).
 */
import { playgroundGraph, startingLeaves } from '../engine/expr-query';
import { buildStructure } from '../engine/expr-structure';
import { traceStructure } from '../engine/expr-trace';
import { gradientCheck } from '../engine/gradient-check';
import { ARTICLE_MODEL, defaultParams, DEFAULT_SETTINGS, type Model } from '../engine/model';
import { COURSE_NOTATION } from '../engine/notation';
import { computeTrace } from '../engine/trace';
import { planeGrid } from '../engine/input-plane';
import { colourTable, domainFor, paintGrid } from '../graph/plane-paint';
import { train } from '../engine/train';
import { updatesPerEpoch, trainUpdates } from '../engine/batch-run';
import { readDataset } from '../engine/dataset';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { PARSE_FORMULA } from './bench-formulas';
import { ENGINE_BUDGETS } from './budgets';
import { measure } from './measure';
import { budgetTable, formatMs, type Budget, type Row } from './report-table';

interface Case {
  readonly metric: string;
  /** undefined: reported only */
  readonly budget?: Budget;
  readonly runs: number;
  readonly run: () => unknown;
}

const deep: Model = {
  sizes: [2, 6, 6, 6, 2],
  params: defaultParams([2, 6, 6, 6, 2]),
  settings: DEFAULT_SETTINGS,
};

/** The largest network the app draws: every layer at the engine's limit (144 weights). */
const largest: Model = {
  sizes: [6, 6, 6, 6, 6],
  params: defaultParams([6, 6, 6, 6, 6]),
  settings: DEFAULT_SETTINGS,
};

const plane: Model = {
  sizes: [2, 6, 6, 1],
  params: defaultParams([2, 6, 6, 1]),
  settings: DEFAULT_SETTINGS,
};
const planeTable = colourTable();
const planePixels = new Uint8ClampedArray(40 * 40 * 4);

/** What the heatmaps do for each new model while training animates: one grid, every canvas painted. */
function planeFrame() {
  const grid = planeGrid(plane, { min: -1.1, max: 1.1 }, 40);
  for (const values of Object.values(grid.outputs)) {
    paintGrid(planePixels, values, domainFor('sigmoid'), planeTable);
  }
  return planePixels;
}

/** The circle set's 200 points for 2-6-6-1, and one epoch of it one example per update (SGD): the most updates an epoch of it makes. */
const circle = readDataset('circle', plane.sizes, 1);
const sgd = { size: 1, reduce: 'mean', shuffle: true, seed: 1 } as const;
const epochUpdates = updatesPerEpoch(circle.examples.length, sgd);

const CASES: readonly Case[] = [
  {
    metric: 'trace, 2-2-2',
    budget: ENGINE_BUDGETS.trace,
    runs: 200,
    run: () => computeTrace(ARTICLE_MODEL),
  },
  {
    metric: 'trace, 2-2-2, course notation',
    budget: ENGINE_BUDGETS.trace,
    runs: 200,
    run: () => computeTrace(ARTICLE_MODEL, COURSE_NOTATION),
  },
  {
    metric: 'training, 10,000 steps',
    budget: ENGINE_BUDGETS.train10k,
    runs: 50,
    run: () => train(ARTICLE_MODEL, 10000),
  },
  {
    // What the playground does on each keystroke that makes a formula: parse, graph, trace.
    metric: `playground: parse + trace, ${playgroundGraph(PARSE_FORMULA).nodes.size}-node formula`,
    budget: ENGINE_BUDGETS.parseTrace200,
    runs: 200,
    run: () => {
      const structure = buildStructure(playgroundGraph(PARSE_FORMULA));
      return traceStructure(structure, startingLeaves(structure.graph));
    },
  },
  { metric: 'heatmaps, 2-6-6-1, 40 × 40, every neuron', runs: 200, run: planeFrame },
  {
    // An epoch's updates and the mean error over every row after it, as a training frame makes them.
    metric: 'one epoch, 200 examples (circle), 2-6-6-1, batch 1',
    budget: ENGINE_BUDGETS.epoch200,
    runs: 200,
    run: () => trainUpdates(plane, circle, sgd, 0, epochUpdates),
  },
  { metric: 'gradient check, 2-2-2', runs: 200, run: () => gradientCheck(ARTICLE_MODEL) },
  { metric: 'trace, 2-6-6-6-2', runs: 50, run: () => computeTrace(deep) },
  { metric: 'training, 2-6-6-6-2, 1,000 steps', runs: 20, run: () => train(deep, 1000) },
  { metric: 'gradient check, 2-6-6-6-2', runs: 5, run: () => gradientCheck(deep) },
  {
    metric: 'trace, 6-6-6-6-6',
    budget: ENGINE_BUDGETS.traceLargest,
    runs: 50,
    run: () => computeTrace(largest),
  },
  {
    metric: 'training, 6-6-6-6-6, 10,000 steps',
    budget: ENGINE_BUDGETS.train10kLargest,
    runs: 10,
    run: () => train(largest, 10000),
  },
];

/**
 * One row per case with a budget (its median and p95), and the others' medians;
 * `only`: just the cases whose name contains it (`--only playground`).
 */
export function engineRows(only?: string): Row[] {
  return CASES.filter((c) => only === undefined || c.metric.includes(only)).flatMap((c) => {
    // Warm up as many runs as are timed: the JIT has compiled the engine by the time anyone edits.
    const m = measure(c.run, { runs: c.runs });
    const metric = `engine: ${c.metric}`;
    if (!c.budget) return [{ metric: `${metric} (median)`, measured: m.median, format: formatMs }];
    return [
      { metric: `${metric} (median)`, budget: c.budget, measured: m.median, format: formatMs },
      { metric: `${metric} (p95)`, budget: c.budget, measured: m.p95, format: formatMs },
    ];
  });
}

export const engineTitle = () => `node ${process.version}`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const { values } = parseArgs({ options: { only: { type: 'string' } } });
    const rows = engineRows(values.only);
    console.log(`Engine benchmarks (${engineTitle()})\n`);
    console.log(budgetTable(rows));
  } catch (error) {
    console.error('benchmark failed to run:', error);
  }
  process.exitCode = 0;
}
