/**
 * Engine benchmarks: `npm run bench`. The trace is rebuilt on every edit and a
 * training run on every press of "train", so both must stay well inside a frame.
 * Benchmarks report; they do not fail the build (machines differ), so this
 * always exits 0 and the table says which budgets held.
 */
import { gradientCheck } from '../engine/gradient-check';
import { ARTICLE_MODEL, defaultParams, DEFAULT_SETTINGS, type Model } from '../engine/model';
import { COURSE_NOTATION } from '../engine/notation';
import { computeTrace } from '../engine/trace';
import { train } from '../engine/train';
import { measure, type Measurement } from './measure';

interface Case {
  readonly metric: string;
  /** milliseconds; the p95 must stay under it; undefined: reported only */
  readonly budget?: number;
  readonly runs: number;
  readonly run: () => unknown;
}

const deep: Model = {
  sizes: [2, 6, 6, 6, 2],
  params: defaultParams([2, 6, 6, 6, 2]),
  settings: DEFAULT_SETTINGS,
};

const CASES: readonly Case[] = [
  { metric: 'trace, 2-2-2', budget: 1, runs: 200, run: () => computeTrace(ARTICLE_MODEL) },
  {
    metric: 'trace, 2-2-2, course notation',
    budget: 1,
    runs: 200,
    run: () => computeTrace(ARTICLE_MODEL, COURSE_NOTATION),
  },
  { metric: 'training, 10,000 steps', budget: 5, runs: 50, run: () => train(ARTICLE_MODEL, 10000) },
  { metric: 'gradient check, 2-2-2', runs: 200, run: () => gradientCheck(ARTICLE_MODEL) },
  { metric: 'trace, 2-6-6-6-2', runs: 50, run: () => computeTrace(deep) },
  { metric: 'training, 2-6-6-6-2, 1,000 steps', runs: 20, run: () => train(deep, 1000) },
  { metric: 'gradient check, 2-6-6-6-2', runs: 5, run: () => gradientCheck(deep) },
];

const ms = (value: number) => `${value < 10 ? value.toFixed(3) : value.toFixed(1)} ms`;

function row(c: Case, m: Measurement): string[] {
  const budget = c.budget === undefined ? '—' : `< ${c.budget} ms`;
  const pass = c.budget === undefined ? '—' : m.p95 < c.budget ? 'yes' : 'NO';
  return [c.metric, budget, ms(m.median), ms(m.p95), pass];
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((r) => r[col]!.length)));
  const line = (r: string[]) =>
    `| ${r.map((cell, col) => cell.padEnd(widths[col]!)).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  return [line(rows[0]!), rule, ...rows.slice(1).map(line)].join('\n');
}

function main(): void {
  const rows = [['metric', 'budget', 'median', 'p95', 'pass']];
  for (const c of CASES) {
    // Warm up as many runs as are timed: the JIT has compiled the engine by the time anyone edits.
    rows.push(row(c, measure(c.run, { runs: c.runs })));
  }
  console.log(`Engine benchmarks (node ${process.version}; pass: p95 within budget)\n`);
  console.log(table(rows));
}

try {
  main();
} catch (error) {
  console.error('benchmark failed to run:', error);
}
process.exitCode = 0;
