/**
 * Timing helpers for the benchmarks: run a function after a warm-up (so the JIT
 * has compiled it, as it will have in a page that has been used for a moment)
 * and summarise the samples by median and tail.
 */

/** The p-th percentile (0 … 100) of the samples, interpolating linearly between ranks. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (Math.min(100, Math.max(0, p)) / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const lower = sorted[low]!;
  return lower + (sorted[high]! - lower) * (rank - low);
}

export const median = (samples: readonly number[]): number => percentile(samples, 50);

export interface Measurement {
  /** milliseconds per run */
  readonly samples: readonly number[];
  readonly median: number;
  readonly p95: number;
}

export interface MeasureOptions {
  readonly runs: number;
  /** untimed runs first; defaults to `runs` */
  readonly warmup?: number;
  /** the clock, in milliseconds (injectable for tests) */
  readonly now?: () => number;
}

/** Times `run` once per sample; its result is kept so the work cannot be optimised away. */
export function measure(run: () => unknown, options: MeasureOptions): Measurement {
  const now = options.now ?? (() => performance.now());
  for (let k = 0; k < (options.warmup ?? options.runs); k++) sink.value = run();
  const samples: number[] = [];
  for (let k = 0; k < options.runs; k++) {
    const start = now();
    sink.value = run();
    samples.push(now() - start);
  }
  return { samples, median: median(samples), p95: percentile(samples, 95) };
}

/** Where results go, so the optimiser cannot prove them unused and skip the work. */
const sink: { value: unknown } = { value: undefined };
