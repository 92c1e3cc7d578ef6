import { describe, expect, it } from 'vitest';
import { dataTrainingRows, tableScrollRows } from './data-report';
import type { FrameRunData } from './data-runs';
import { rowCells } from './report-table';

const run = (figures: Partial<FrameRunData>): FrameRunData => ({
  intervals: [],
  longTasks: [],
  durations: [],
  updates: 0,
  ...figures,
});
const cells = (rows: ReturnType<typeof dataTrainingRows>) =>
  Object.fromEntries(rows.map((row) => [row.metric, rowCells(row).slice(1)]));

/** 100 frame intervals: 95 of 16.7 ms and 5 of `slow` ms (p95 between the two). */
const frames = (slow: number) => [...Array<number>(95).fill(16.7), ...Array<number>(5).fill(slow)];

describe('the Data tab’s rows', () => {
  const runs = [
    run({ intervals: frames(16.7), durations: [2000], updates: 2000 }),
    run({ intervals: frames(60), longTasks: [{ duration: 80 }], durations: [4000], updates: 2000 }),
    run({ intervals: frames(17), durations: [1000], updates: 2000 }),
  ];

  it('judges the median run’s frame p95, long tasks by the worst run, and counts updates a second', () => {
    const table = cells(dataTrainingRows(runs));
    // p95 of each run: 16.7, 16.7 + 0.05 × (60 − 16.7) ≈ 18.9, 16.7 + 0.05 × 0.3 ≈ 16.7: median 16.7.
    expect(table['data training, circle, heatmaps on screen: frame interval p95']).toEqual([
      '≤ 17.5 ms',
      '16.7 ms',
      'yes',
    ]);
    expect(table['data training, circle, heatmaps on screen: long tasks (worst run)']).toEqual([
      '≤ 0',
      '1',
      'NO',
    ]);
    expect(table['data training, circle, heatmaps on screen: longest long task']).toEqual([
      '—',
      '80.0 ms',
      '—',
    ]);
    // 2000 updates in 2 s, 4 s and 1 s: 1000, 500 and 2000 a second.
    expect(table['data training, circle: updates per second (median run)']).toEqual([
      '—',
      '1000',
      '—',
    ]);
  });

  it('holds the table’s scroll to the same frame budget', () => {
    const table = cells(tableScrollRows([run({ intervals: frames(40) })]));
    expect(table['data table scroll: frame interval p95']?.slice(0, 1)).toEqual(['≤ 17.5 ms']);
    expect(table['data table scroll: frame interval p95']?.[2]).toBe('NO');
    expect(table['data table scroll: long tasks (worst run)']).toEqual(['≤ 0', '0', 'yes']);
  });

  it('reports n/a when nothing could be measured', () => {
    const table = cells(tableScrollRows([]));
    expect(table['data table scroll: frame interval p95']).toEqual(['≤ 17.5 ms', 'n/a', '?']);
    expect(table['data table scroll: long tasks (worst run)']).toEqual(['≤ 0', 'n/a', '?']);
  });
});
