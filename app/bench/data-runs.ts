/**
 * The Data tab in the browser: training a generated set, animated, with the
 * heatmaps on screen, and scrolling its table of examples. Each run gets a
 * fresh browser context (browser-runs.ts) and records every animation frame and
 * long task while it lasts.
 */
import type { Browser, Page } from '@playwright/test';
import { ACTION_TIMEOUT_MS, withPage } from './browser-runs';
import { intervals as frameIntervals } from './drag-stats';
import { nextFrame, startFrameProbe, stopFrameProbe, waitForTrainingRun } from './page-probes';

/** The circle set's 200 points on 2-6-6-1, in batches of 10: 20 updates an epoch. */
export const DATA_LINK = '/?layers=2-6-6-1&data=circle&batch=10&lr=1&biases=learned';
export const DATA_UPDATES_PER_EPOCH = 20;
const DATA_EPOCHS = 100;
const DATA_RUNS = 3;
/** Wheel steps down, then as many back up, one per frame. */
const SCROLL_STEPS = 40;
const SCROLL_PX = 60;

export interface FrameRunData {
  /** milliseconds between consecutive animation frames while the page was measured */
  readonly intervals: readonly number[];
  readonly longTasks: readonly { readonly duration: number }[];
  /** milliseconds each measured run lasted (training: press to end) */
  readonly durations: readonly number[];
  /** updates each measured run made (training only) */
  readonly updates: number;
}

async function openDataTab(page: Page, base: string) {
  await page.goto(`${base}${DATA_LINK}`, { waitUntil: 'networkidle' });
  await page.getByRole('tab', { name: 'Data', exact: true }).click();
  await page.locator('.data-table').waitFor();
  await page.locator('.plane-canvas').first().waitFor();
}

/** Whether the output's heatmap lies wholly inside the window. */
const heatmapOnScreen = (page: Page) =>
  page
    .locator('.plane-canvas')
    .first()
    .evaluate((canvas) => {
      const box = canvas.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
    });

/**
 * "Train 100 epochs" on the circle set, the heatmaps in view above the buttons
 * (as a learner who trains sees them): one untimed run, then the measured ones.
 */
export function measureDataTraining(browser: Browser, base: string): Promise<FrameRunData> {
  return withPage(browser, async (page) => {
    await openDataTab(page, base);
    const button = page.getByRole('button', { name: `Train ${DATA_EPOCHS} epochs`, exact: true });
    await button.evaluate((b) => b.scrollIntoView({ block: 'end' }));
    if (!(await heatmapOnScreen(page))) {
      throw new Error('the heatmap is not on screen with the Train buttons');
    }
    const wait = { timeoutMs: ACTION_TIMEOUT_MS * 3, scope: '.data-train' };
    await button.click();
    await page.evaluate(waitForTrainingRun, wait);
    const intervals: number[] = [];
    const longTasks: { duration: number }[] = [];
    const durations: number[] = [];
    for (let run = 0; run < DATA_RUNS; run++) {
      await button.click();
      await page.evaluate(startFrameProbe);
      await page.evaluate(waitForTrainingRun, wait);
      const data = await page.evaluate(stopFrameProbe);
      if (!data) throw new Error('the frame probe did not start');
      intervals.push(...frameIntervals(data.frames));
      longTasks.push(...data.longTasks);
      durations.push(data.frames.at(-1)! - data.frames[0]!);
    }
    return { intervals, longTasks, durations, updates: DATA_EPOCHS * DATA_UPDATES_PER_EPOCH };
  });
}

/** Scrolls the page over the table of examples, a wheel step a frame, down and back up. */
export function measureTableScroll(browser: Browser, base: string): Promise<FrameRunData> {
  return withPage(browser, async (page) => {
    await openDataTab(page, base);
    const table = page.locator('.data-table');
    await table.evaluate((t) => t.scrollIntoView({ block: 'start' }));
    const box = await table.boundingBox();
    if (!box) throw new Error('the table is not drawn');
    await page.mouse.move(box.x + Math.min(box.width / 2, 200), 300);
    const scroll = async () => {
      for (let k = 0; k < 2 * SCROLL_STEPS; k++) {
        await page.mouse.wheel(0, k < SCROLL_STEPS ? SCROLL_PX : -SCROLL_PX);
        await page.evaluate(nextFrame);
      }
    };
    // Untimed first: the rows' layers are rastered once, as on any scroll after the first.
    await scroll();
    await page.evaluate(startFrameProbe);
    const start = Date.now();
    await scroll();
    const data = await page.evaluate(stopFrameProbe);
    if (!data) throw new Error('the frame probe did not start');
    return {
      intervals: frameIntervals(data.frames),
      longTasks: data.longTasks,
      durations: [Date.now() - start],
      updates: 0,
    };
  });
}
