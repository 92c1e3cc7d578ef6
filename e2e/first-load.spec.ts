import { expect, test, type Page } from '@playwright/test';
import { ARTICLE_MODEL } from '../app/engine/model';
import { computeTrace } from '../app/engine/trace';
import { StepperPage } from './stepper-page';

// What a first visit downloads: the explorer draws its formulas from the build's
// catalog; KaTeX itself arrives only when a formula must be drawn at run time.

const trace = computeTrace(ARTICLE_MODEL);

/** Records every script the page downloads, with whether it is KaTeX (by its parser's messages). */
function watchScripts(page: Page) {
  const scripts: { url: string; katex: boolean }[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    const body = await response.text().catch(() => '');
    scripts.push({ url: response.url(), katex: body.includes('KaTeX parse error') });
  });
  return {
    katex: () => scripts.filter((script) => script.katex).map((script) => script.url),
    count: () => scripts.length,
  };
}

test('the explorer shows every formula of a walk through the trace without downloading KaTeX', async ({
  page,
}) => {
  const scripts = watchScripts(page);
  const steps = new StepperPage(page);
  await steps.open();
  for (const id of ['net_h1', 'E_total', 'dE_dw5', 'dE_dw1', 'w1_new']) {
    await steps.timelineStep(id).click();
    const symbolic = steps.formula().locator('.formula-symbolic .katex');
    // The MathML copy screen readers read is there, with the entry's own symbol.
    await expect(symbolic.locator('annotation')).toContainText(
      trace.entries.find((entry) => entry.id === id)!.symbol.slice(0, 12),
    );
  }
  await expect(steps.formula().getByRole('button').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(scripts.count()).toBeGreaterThan(0);
  expect(scripts.katex()).toEqual([]);
});

test('a formula the build did not foresee is drawn by KaTeX, loaded then', async ({ page }) => {
  const scripts = watchScripts(page);
  const steps = new StepperPage(page);
  // tanh in the hidden layer: no pre-rendered formula has its derivative.
  await steps.open('step=dout_h1_dnet_h1&act_h=tanh');
  const tanh = computeTrace({
    ...ARTICLE_MODEL,
    settings: { ...ARTICLE_MODEL.settings, act_h: 'tanh' },
  });
  const entry = tanh.entries.find((e) => e.id === 'dout_h1_dnet_h1')!;
  expect(entry.formula).not.toBe(trace.entries.find((e) => e.id === entry.id)!.formula);
  const symbolic = steps.formula().locator('.formula-symbolic .katex');
  await expect(symbolic.locator('annotation')).toContainText(entry.formula);
  await expect.poll(() => scripts.katex().length).toBe(1);
});

test('the first visit preloads the two fonts every formula uses, in woff2', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font') fonts.push(new URL(request.url()).pathname);
  });
  await page.goto('/');
  const preloads = await page
    .locator('link[rel="preload"][as="font"]')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname));
  expect(preloads).toHaveLength(2);
  expect(preloads.join()).toMatch(/KaTeX_Main-Regular.*KaTeX_Math-Italic/);
  await expect(page.locator('.formula-symbolic .katex').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  for (const preload of preloads) expect(fonts).toContain(preload);
  expect(fonts.every((font) => font.endsWith('.woff2'))).toBe(true);
});
