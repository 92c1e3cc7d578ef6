import { describe, expect, it } from 'vitest';
import { dragNotes, dragRows, loadRows, sizeRows } from './browser-report';
import { summariseDrag, type DragSummary } from './drag-stats';
import { rowCells } from './report-table';

const run = (figures: Partial<DragSummary>): DragSummary => ({
  ...summariseDrag({ events: [], longTasks: [], frames: [] }),
  ...figures,
});

const cells = (rows: ReturnType<typeof dragRows>) =>
  Object.fromEntries(rows.map((row) => [row.metric, rowCells(row).slice(1)]));

describe('dragRows', () => {
  const runs = [
    run({ updateMedian: 1.5, updateP95: 3, longTaskCount: 0, longTaskMax: 0, frameP95: 16.7 }),
    run({ updateMedian: 2.5, updateP95: 9, longTaskCount: 2, longTaskMax: 80, frameP95: 16.8 }),
    run({ updateMedian: 1.8, updateP95: 3.5, longTaskCount: 0, longTaskMax: 0, frameP95: 50 }),
  ];

  it('judges the median run, but long tasks by the worst run', () => {
    const table = cells(dragRows('drag', runs, 'drag'));
    expect(table['drag: update median (handler → numbers)']).toEqual([
      '< 2.00 ms',
      '1.80 ms',
      'yes',
    ]);
    expect(table['drag: update p95']).toEqual(['< 4.00 ms', '3.50 ms', 'yes']);
    expect(table['drag: long tasks (worst run)']).toEqual(['≤ 0', '2', 'NO']);
    expect(table['drag: longest long task']).toEqual(['—', '80.0 ms', '—']);
    expect(table['drag: frame interval p95']).toEqual(['< 17.0 ms', '16.8 ms', 'yes']);
  });

  it('uses the slow-CPU budgets when throttled', () => {
    const table = cells(dragRows('slow', runs, 'throttled'));
    expect(table['slow: update median (handler → numbers)']).toEqual(['—', '1.80 ms', '—']);
    expect(table['slow: update p95']).toEqual(['< 16.0 ms', '3.50 ms', 'yes']);
    expect(table['slow: frame interval p95']?.[0]).toBe('—');
  });

  it('reports n/a when no drag could be measured', () => {
    const table = cells(dragRows('drag', [], 'drag'));
    expect(table['drag: update p95']).toEqual(['< 4.00 ms', 'n/a', '?']);
    expect(dragNotes('drag', [])).toBe('drag: not measured');
  });
});

describe('sizeRows and loadRows', () => {
  it('budgets the main page’s and the embed’s JavaScript and CSS', () => {
    const size = (entry: string, initialJs: number, css: number) => ({
      entry,
      entryJs: initialJs,
      initialJs,
      initialChunks: ['/assets/a.js'],
      css,
    });
    const rows = sizeRows([
      size('index.html', 130_000, 9_000),
      size('embed.html', 50_000, 0),
      size('embed-demo.html', 1_000, 0),
    ]);
    expect(rows.map(rowCells)).toEqual([
      ['JS gzip, index.html (initial, 1 chunk(s))', '≤ 120.0 kB', '130.0 kB', 'NO'],
      ['CSS gzip, index.html', '≤ 12.0 kB', '9.0 kB', 'yes'],
      ['JS gzip, embed.html (initial, 1 chunk(s))', '≤ 110.0 kB', '50.0 kB', 'yes'],
      ['CSS gzip, embed.html', '≤ 12.0 kB', '0.0 kB', 'yes'],
      ['JS gzip, embed-demo.html (initial, 1 chunk(s))', '—', '1.0 kB', '—'],
      ['CSS gzip, embed-demo.html', '—', '0.0 kB', '—'],
    ]);
  });

  it('takes the median paint times of the loads that reported them', () => {
    const rows = loadRows('explorer', [
      { fcp: 300, lcp: 500 },
      { fcp: 100, lcp: null },
      { fcp: 200, lcp: 700 },
    ]);
    expect(rows.map((r) => [r.metric, r.measured])).toEqual([
      ['first load explorer: FCP', 200],
      ['first load explorer: LCP', 600],
    ]);
  });
});
