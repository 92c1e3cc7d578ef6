/**
 * One measured browser session each: a weight drag on the diagram, a leaf drag
 * on the playground's graph, or a first load. Every run gets a fresh browser context (empty cache, fresh store), and
 * closes it whatever happens.
 */
import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import { DRAG_FORMULA } from './bench-formulas';
import { intervals as frameIntervals, type ProbeData } from './drag-stats';
import {
  NAME_HELPER,
  nextFrame,
  readPaintTimes,
  startDragProbe,
  startFrameProbe,
  stopDragProbe,
  timeClickUntil,
  stopFrameProbe,
  waitForTrainingRun,
  type PaintTimes,
} from './page-probes';

/** The largest network the app draws; each change below leaves it and comes back. */
export const LARGEST_LAYERS = '6-6-6-6-6';
const VIEWPORT = { width: 1280, height: 720 };
/** Per Playwright action and navigation. */
export const ACTION_TIMEOUT_MS = 20_000;
/** The quantity every move of the w5 drag must change. */
const WATCHED = 'dE_dw5';
/** Untimed moves first, so the measured drag runs compiled code, as any drag after the first does. */
const WARMUP_MOVES = 20;
/** Vertical pixels per move: 0.01 in w5 (0.005 per pixel), a slow, steady drag. */
const STEP_PX = 2;

export async function withPage<T>(browser: Browser, run: (page: Page) => Promise<T>): Promise<T> {
  const context: BrowserContext = await browser.newContext({ viewport: VIEWPORT });
  try {
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    context.setDefaultNavigationTimeout(ACTION_TIMEOUT_MS);
    await context.addInitScript(NAME_HELPER);
    return await run(await context.newPage());
  } finally {
    await context.close().catch(() => undefined);
  }
}

/**
 * Presses on (x, y), crosses the click distance, then makes `moves` vertical
 * moves, one per frame: half up, half back down, so the pointer stays on the page.
 * `between` runs after the first move, before the counted ones.
 */
async function drag(
  page: Page,
  x: number,
  y: number,
  moves: number,
  between?: () => Promise<void>,
) {
  await page.mouse.move(x, y);
  await page.mouse.down();
  let at = y - 4;
  await page.mouse.move(x, at);
  await page.evaluate(nextFrame);
  await between?.();
  for (let k = 0; k < moves; k++) {
    at += k < moves / 2 ? -STEP_PX : STEP_PX;
    await page.mouse.move(x, at);
    await page.evaluate(nextFrame);
  }
  await page.mouse.up();
}

export interface DragOptions {
  readonly moves: number;
  /** CPU slow-down factor (1: none) */
  readonly rate: number;
}

/** What a drag measurement drags, and the number it watches change with every move. */
interface DragTarget {
  /** the page, relative to the served build */
  readonly path: string;
  /** the element the pointer presses on */
  readonly handle: (page: Page) => Locator;
  /** a quantity every move must change (its data-value) */
  readonly watched: string;
  /** what is there once the drag behaviour has loaded, where it loads after the first paint */
  readonly ready?: string;
}

/** The w5 label on the diagram at step dE_dw5. */
const W5: DragTarget = {
  path: `/?step=${WATCHED}`,
  handle: (page) => page.locator('svg[data-graph-svg]').getByRole('button', { name: /^w5 / }),
  watched: WATCHED,
  ready: '[data-param-label="w5"][data-scrub="ready"]',
};

/**
 * The w1 label of the largest network at step dE_dw1: a dense diagram shows a
 * weight's label while the step uses it.
 */
const W1_LARGEST: DragTarget = {
  path: `/?layers=${LARGEST_LAYERS}&step=dE_dw1`,
  handle: (page) => page.locator('svg[data-graph-svg]').getByRole('button', { name: /^w1 / }),
  watched: 'dE_dw1',
  ready: '[data-param-label="w1"][data-scrub="ready"]',
};

/** Drags the w1 label of the 6-6-6-6-6 network at step dE_dw1. */
export const measureLargeDrag = (browser: Browser, base: string, options: DragOptions) =>
  measureDragOn(browser, base, W1_LARGEST, options);

/** Drags the w5 label on the diagram at step dE_dw5 and returns what the probe saw. */
export const measureDrag = (browser: Browser, base: string, options: DragOptions) =>
  measureDragOn(browser, base, W5, options);

/**
 * Drags the shared bias b of the playground's 48-node graph (DRAG_FORMULA): its
 * value in the drawing, watched through f, which every move changes.
 */
export const measurePlaygroundDrag = (browser: Browser, base: string, options: DragOptions) =>
  measureDragOn(
    browser,
    base,
    {
      path: `/?view=playground&f=${encodeURIComponent(DRAG_FORMULA)}&b=0.1`,
      handle: (page) => page.locator('[data-scrub-leaf="b"]'),
      watched: 'f',
    },
    options,
  );

async function measureDragOn(
  browser: Browser,
  base: string,
  target: DragTarget,
  options: DragOptions,
) {
  return withPage(browser, async (page): Promise<ProbeData> => {
    await page.goto(`${base}${target.path}`, { waitUntil: 'networkidle' });
    const handle = target.handle(page);
    await handle.waitFor({ state: 'visible' });
    if (target.ready) await page.locator(target.ready).waitFor();
    await handle.scrollIntoViewIfNeeded();
    const box = await handle.boundingBox();
    if (!box) throw new Error(`the drag handle of ${target.path} has no box`);
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page
      .locator(`[data-quantity="${target.watched}"]`)
      .first()
      .waitFor({ state: 'attached' });
    const cdp = await page.context().newCDPSession(page);
    if (options.rate !== 1)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.rate });
    await cdp.send('Performance.enable');
    const work = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const seconds = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
      return {
        script: 1000 * seconds('ScriptDuration'),
        styleLayout: 1000 * (seconds('RecalcStyleDuration') + seconds('LayoutDuration')),
      };
    };
    await drag(page, x, y, WARMUP_MOVES);
    let before = { script: NaN, styleLayout: NaN };
    await drag(page, x, y, options.moves, async () => {
      await page.evaluate(startDragProbe, target.watched);
      before = await work();
    });
    const after = await work();
    // Let the last move's frame and any long task it caused be reported.
    await page.evaluate(nextFrame);
    const data = await page.evaluate(stopDragProbe);
    if (!data) throw new Error('the drag probe did not start');
    if (data.events.length === 0) throw new Error('no pointer moves reached the page');
    return {
      ...data,
      work: {
        script: after.script - before.script,
        styleLayout: after.styleLayout - before.styleLayout,
      },
    };
  });
}

/** First and largest contentful paint of one fresh load of `url`. */
export function measureLoad(browser: Browser, url: string): Promise<PaintTimes> {
  return withPage(browser, async (page) => {
    await page.goto(url, { waitUntil: 'networkidle' });
    const times = await page.evaluate(readPaintTimes, 300);
    if (times.fcp === null) throw new Error('no first-contentful-paint entry');
    return times;
  });
}

export interface TrainingData {
  /** milliseconds between consecutive animation frames while the runs animated */
  readonly intervals: readonly number[];
  readonly longTasks: readonly { readonly duration: number }[];
}

/** Training runs per measurement: each is animated over about a second. */
const TRAINING_RUNS = 3;
const TRAINING_STEPS = 10_000;

/**
 * The Train tab's animated run: presses "Train 10,000 steps" a few times and
 * records every animation frame and long task while the runs animate.
 */
export function measureTraining(browser: Browser, base: string): Promise<TrainingData> {
  return withPage(browser, async (page) => {
    await page.goto(`${base}/`, { waitUntil: 'networkidle' });
    await page.getByRole('tab', { name: 'Train', exact: true }).click();
    const panel = page.getByRole('tabpanel', { name: 'Train' });
    const steps = TRAINING_STEPS.toLocaleString('en-US');
    const button = panel.getByRole('button', { name: `Train ${steps} steps`, exact: true });
    // One untimed run first: the measured ones run compiled code, as any run after the first does.
    await button.click();
    await page.evaluate(waitForTrainingRun, ACTION_TIMEOUT_MS);
    const intervals: number[] = [];
    const longTasks: { duration: number }[] = [];
    for (let run = 0; run < TRAINING_RUNS; run++) {
      // Clicked first: the role query behind the click is the harness's work, not the page's.
      await button.click();
      await page.evaluate(startFrameProbe);
      await page.evaluate(waitForTrainingRun, ACTION_TIMEOUT_MS);
      const data = await page.evaluate(stopFrameProbe);
      if (!data) throw new Error('the frame probe did not start');
      intervals.push(...frameIntervals(data.frames));
      longTasks.push(...data.longTasks);
    }
    return { intervals, longTasks };
  });
}

export interface ArchitectureData {
  /** ms from each click to the painted frame that shows the change */
  readonly times: readonly number[];
  readonly longTasks: number;
}

const ARCHITECTURE_CHANGES = 10;

/**
 * Architecture changes on the largest network: a neuron removed from hidden
 * layer 1 and added back, ten times each, every one timed from the click to
 * the painted frame that shows (or no longer shows) neuron h1_6.
 */
export function measureArchitectureChange(
  browser: Browser,
  base: string,
): Promise<ArchitectureData> {
  return withPage(browser, async (page) => {
    await page.goto(`${base}/?layers=${LARGEST_LAYERS}`, { waitUntil: 'networkidle' });
    const neuron = '[data-node="h1_6"]';
    await page.locator(neuron).waitFor();
    const remove = page.getByRole('button', { name: 'Remove a neuron from hidden layer 1' });
    const add = page.getByRole('button', { name: 'Add a neuron to hidden layer 1' });
    const times: number[] = [];
    let longTasks = 0;
    const change = async (button: Locator, present: boolean) => {
      await button.waitFor();
      const handle = await button.elementHandle();
      if (!handle) throw new Error('the architecture button is gone');
      const result = await handle.evaluate(timeClickUntil, {
        selector: neuron,
        present,
        timeoutMs: ACTION_TIMEOUT_MS,
      });
      times.push(result.ms);
      longTasks += result.longTasks;
    };
    // One untimed round first: the timed ones run compiled code.
    await change(remove, false);
    await change(add, true);
    times.length = 0;
    longTasks = 0;
    for (let k = 0; k < ARCHITECTURE_CHANGES; k++) {
      await change(remove, false);
      await change(add, true);
    }
    return { times, longTasks };
  });
}
