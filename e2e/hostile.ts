// Shared checks for the hostile-input specs: what every page must still be after bad input.
import { expect, type Frame, type Page } from '@playwright/test';
import fc from 'fast-check';

/** One seed for every property, so a failure replays; override with HOSTILE_SEED to explore. */
export const SEED = Number(process.env.HOSTILE_SEED ?? 20261128);

/**
 * fast-check's settings for a browser property: bounded, reproducible, the failing
 * case printed. A failure prints its seed and path: HOSTILE_SEED=… HOSTILE_PATH=…
 * replays exactly that case.
 */
export const runs = (numRuns: number): fc.Parameters<unknown> => ({
  ...(process.env.HOSTILE_PATH !== undefined && { path: process.env.HOSTILE_PATH }),
  // HOSTILE_SCALE=10 explores further (slower); the default keeps the suite quick.
  numRuns: Math.max(1, Math.round(numRuns * Number(process.env.HOSTILE_SCALE ?? 1))),
  seed: SEED,
  // Shrinking reloads pages: the time limit bounds it, and the smallest case found so far
  // is printed. Runs cut short by the limit on a slow machine pass rather than fail.
  interruptAfterTimeLimit: 60_000,
  markInterruptAsFailure: false,
});

/** Collects uncaught errors of the page (and its frames); `take()` empties the list. */
export function watchErrors(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
  page.on('console', (message) => {
    // React reports render errors and key clashes on the console, not as page errors.
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) {
      errors.push(`console: ${message.text().slice(0, 300)}`);
    }
  });
  return {
    take: () => errors.splice(0, errors.length),
  };
}

export interface PageReport {
  /** data-value attributes that are not finite numbers, with their element's key */
  readonly badValues: string[];
  /** NaN / Infinity / undefined as words in the visible text outside the notices */
  readonly badWords: string[];
  /** the keys of the notices shown */
  readonly notices: string[];
  /** the main landmark's visible text length */
  readonly mainText: number;
}

/** Reads, in the page, what the hostile specs assert on. */
export async function reportOn(target: Page | Frame): Promise<PageReport> {
  return target.evaluate(() => {
    const badValues: string[] = [];
    for (const element of document.querySelectorAll('[data-value]')) {
      const text = element.getAttribute('data-value') ?? '';
      if (text.trim() === '' || !Number.isFinite(Number(text))) {
        const key =
          element.getAttribute('data-quantity') ?? element.getAttribute('data-param') ?? '?';
        badValues.push(`${key}=${text}`);
      }
    }
    // The visible text, without the notices: they quote what was refused, which may be "NaN".
    let text = document.body.innerText;
    for (const notice of document.querySelectorAll<HTMLElement>('.notices')) {
      const quoted = notice.innerText;
      if (quoted) text = text.split(quoted).join(' ');
    }
    const badWords = [...text.matchAll(/.{0,30}\b(NaN|Infinity|undefined)\b.{0,30}/g)].map(
      (m) => m[0],
    );
    const notices = [...document.querySelectorAll('[data-notice]')].map(
      (n) => n.getAttribute('data-notice') ?? '',
    );
    const main = document.querySelector('main');
    return { badValues, badWords, notices, mainText: main?.textContent?.trim().length ?? 0 };
  });
}

/** The page has finished loading its main content (lazy parts included). */
export async function mainReady(target: Page | Frame) {
  await expect(target.locator('main:not([aria-busy="true"])').first()).toBeVisible();
  await expect
    .poll(async () => (await reportOn(target)).mainText, { message: 'main has content' })
    .toBeGreaterThan(20);
}

/** The page shows no broken number and has thrown nothing. */
export async function expectSound(target: Page | Frame, errors: string[]) {
  const report = await reportOn(target);
  expect(errors, 'page errors').toEqual([]);
  expect(report.badValues, 'data-value not finite').toEqual([]);
  expect(report.badWords, 'NaN/Infinity/undefined on screen').toEqual([]);
  return report;
}

/**
 * Whether the page's figure is the engine's. Not `===`: Chromium's Math.exp and
 * Node's can differ in the last bit (seen: 0.348693023359637 against
 * 0.3486930233596369), and a difference of one ulp in a sigmoid then shows in
 * out, E and every gradient. A wrong model, a stale value or a lost edit are
 * off by far more than this.
 */
export function sameFigure(shown: number, engine: number): boolean {
  if (shown === engine) return true;
  return Math.abs(shown - engine) <= 1e-9 * Math.max(Math.abs(shown), Math.abs(engine)) + 1e-12;
}
