import { describe, expect, it } from 'vitest';
import {
  combineRuns,
  intervals,
  summariseDrag,
  type DragSummary,
  type ProbeEvent,
} from './drag-stats';

const event = (
  timeStamp: number,
  dispatched: number,
  first: number | null,
  last: number | null = first,
): ProbeEvent => ({
  timeStamp,
  dispatched,
  first,
  last,
  changedAtFirst: first !== null,
  changedAtEnd: first !== null,
});

describe('intervals', () => {
  it('answers the gaps between timestamps', () => {
    expect(intervals([0, 16, 33, 50])).toEqual([16, 17, 17]);
    expect(intervals([5])).toEqual([]);
  });
});

describe('summariseDrag', () => {
  it('times each move from its handler and from its input to the last mutation', () => {
    const summary = summariseDrag({
      events: [event(0, 8, 9), event(20, 30, 31, 34), event(40, 41, null), event(60, 70, 72)],
      longTasks: [{ duration: 60 }, { duration: 120 }],
      frames: [0, 16, 33, 50, 100],
    });
    // handler → last: 1, 4, 2; input → last: 9, 14, 12; input delay: 8, 10, 1, 10
    expect(summary).toMatchObject({
      events: 4,
      updated: 3,
      updateMedian: 2,
      updateMax: 4,
      inputMedian: 12,
      inputMax: 14,
      inputDelayMedian: 9,
      changedAtFirst: 3,
      changedAtEnd: 3,
      laterCallbacks: 1,
      longTaskCount: 2,
      longTaskMax: 120,
      frameP50: 17,
    });
    expect(summary.updateP95).toBeCloseTo(3.8, 12);
    expect(summary.frameP95).toBeCloseTo(45.05, 12);
  });

  it('answers NaN, not a crash, for a drag that changed nothing', () => {
    const summary = summariseDrag({ events: [event(0, 1, null)], longTasks: [], frames: [] });
    expect(summary.updated).toBe(0);
    expect(summary.updateMedian).toBeNaN();
    expect(summary.updateMax).toBeNaN();
    expect(summary.frameP95).toBeNaN();
    expect(summary.longTaskMax).toBe(0);
  });
});

describe('combineRuns', () => {
  it('takes the median of each figure across runs', () => {
    const run = (updateMedian: number, longTaskCount: number) =>
      ({
        ...summariseDrag({ events: [event(0, 0, 1)], longTasks: [], frames: [0, 16] }),
        updateMedian,
        longTaskCount,
      }) satisfies DragSummary;
    const combined = combineRuns([run(1, 0), run(5, 2), run(2, 0)]);
    expect(combined.updateMedian).toBe(2);
    expect(combined.longTaskCount).toBe(0);
    expect(combined.frameP50).toBe(16);
    expect(combineRuns([]).updateMedian).toBeNaN();
  });
});
