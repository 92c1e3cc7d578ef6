import { expect, test } from '@playwright/test';
import { formatDisplayNumber } from '../app/engine/format';
import { ARTICLE_MODEL, type Model } from '../app/engine/model';
import { computeTrace } from '../app/engine/trace';
import { liveText } from '../app/store/live-values';
import { StepperPage } from './stepper-page';

const withParams = (params: Record<string, number>): Model => ({
  ...ARTICLE_MODEL,
  params: { ...ARTICLE_MODEL.params, ...params },
});
const trace = computeTrace(ARTICLE_MODEL);
const entries = trace.entries;
const total = entries.length;
const indexOf = (id: string) => entries.findIndex((e) => e.id === id);

test('→ walks the whole trace, each formula showing the engine’s value; ←, Home and End move back', async ({
  page,
}) => {
  // 54 steps, each checked on the page: longer than most tests on a busy 2-core machine.
  test.setTimeout(90_000);
  const steps = new StepperPage(page);
  await steps.open();
  for (const [index, entry] of entries.entries()) {
    await expect(steps.status()).toContainText(`Step ${index + 1} of ${total}`);
    await expect(steps.formulaValue()).toHaveAttribute('data-quantity', entry.id);
    await expect(steps.formulaValue()).toHaveAttribute('data-value', String(entry.value));
    await expect(steps.formulaValue()).toHaveText(formatDisplayNumber(entry.value, 9));
    await expect(steps.currentTimelineStep()).toHaveAccessibleName(new RegExp(`\\(${entry.id}\\)`));
    await page.keyboard.press('ArrowRight');
  }
  // Past the end, → stays on the last step.
  await expect(steps.status()).toContainText(`Step ${total} of ${total} · Update`);
  await expect(steps.formulaValue()).toHaveAttribute('data-quantity', 'E_total_new');

  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(steps.status()).toContainText(`Step ${total - 2} of ${total}`);
  await expect(steps.formulaValue()).toHaveAttribute('data-quantity', entries[total - 3]!.id);
  await page.keyboard.press('Home');
  await expect(steps.status()).toHaveText(`Step 1 of ${total} · Forward pass`);
  await expect(steps.formulaValue()).toHaveAttribute('data-quantity', 'net_h1');
  await page.keyboard.press('ArrowLeft');
  await expect(steps.status()).toContainText(`Step 1 of ${total}`);
  await page.keyboard.press('End');
  await expect(steps.status()).toContainText(`Step ${total} of ${total}`);
});

test('the Previous, Next, First and Last buttons and the timeline move the step', async ({
  page,
}) => {
  const steps = new StepperPage(page);
  await steps.open();
  await steps.button('Next').click();
  await steps.button('Next').click();
  await expect(steps.formulaValue()).toHaveAttribute('data-quantity', 'net_h2');
  await steps.button('Previous').click();
  await expect(steps.formulaValue()).toHaveAttribute('data-quantity', 'out_h1');
  await steps.button('Last').click();
  await expect(steps.formulaValue()).toHaveAttribute('data-quantity', 'E_total_new');
  await expect(steps.button('Next')).toHaveAttribute('aria-disabled', 'true');
  await steps.button('First').click();
  await expect(steps.formulaValue()).toHaveAttribute('data-quantity', 'net_h1');
  await expect(steps.button('Previous')).toHaveAttribute('aria-disabled', 'true');
  await steps.timelineStep('dE_dw5').click();
  await expect(steps.status()).toHaveText(
    `Step ${indexOf('dE_dw5') + 1} of ${total} · Backward pass · Output layer`,
  );
  await expect(steps.timelineStep('dE_dw5')).toHaveAttribute('aria-current', 'step');
  await expect(steps.timelineStep('dE_dw5')).toHaveAccessibleName(
    '∂E_total/∂w5 (dE_dw5), backward pass',
  );
});

test('the scrubber moves the step, one at a time with the arrow keys', async ({ page }) => {
  const steps = new StepperPage(page);
  await steps.open();
  const scrubber = steps.scrubber();
  await expect(scrubber).toHaveAttribute('aria-valuetext', `Step 1 of ${total}: net_h1 (net_h1)`);
  await scrubber.fill(String(indexOf('dE_dw1')));
  await expect(steps.formulaValue()).toHaveAttribute('data-quantity', 'dE_dw1');
  await expect(steps.status()).toContainText('Backward pass · Hidden layer');
  await expect(scrubber).toHaveAttribute(
    'aria-valuetext',
    `Step ${indexOf('dE_dw1') + 1} of ${total}: ∂E_total/∂w1 (dE_dw1)`,
  );
  // The slider keeps its own arrow keys: one step, not two (the page's → does not also fire).
  await scrubber.focus();
  await page.keyboard.press('ArrowRight');
  await expect(steps.formulaValue()).toHaveAttribute(
    'data-quantity',
    entries[indexOf('dE_dw1') + 1]!.id,
  );
});

test('play advances at the chosen speed, pause stops, and play stops by itself at the end', async ({
  page,
}) => {
  // The page's timers run on a clock the test advances: "nothing happens while paused" is then
  // a fact about the page, not a bet on how long to wait.
  await page.clock.install();
  const steps = new StepperPage(page);
  await steps.open();
  await page.clock.pauseAt(Date.now() + 60_000);
  await steps.steps().getByLabel('Speed').selectOption('4');
  await steps.button('Play').click();
  await expect(steps.button('Pause')).toBeVisible();
  await page.clock.runFor(1000);
  await expect(steps.status()).toContainText(`Step 5 of ${total}`);
  await steps.button('Pause').click();
  await expect(steps.button('Play')).toBeVisible();
  await page.clock.runFor(5000);
  await expect(steps.status()).toContainText(`Step 5 of ${total}`);
  // The P key toggles it too.
  await page.locator('body').press('p');
  await expect(steps.button('Pause')).toBeVisible();
  await page.clock.runFor(250);
  await expect(steps.status()).toContainText(`Step 6 of ${total}`);
  await page.locator('body').press('p');
  await expect(steps.button('Play')).toBeVisible();

  await steps.scrubber().fill(String(total - 3));
  await steps.button('Play').click();
  await page.clock.runFor(750);
  await expect(steps.status()).toContainText(`Step ${total} of ${total}`);
  await expect(steps.button('Play')).toBeVisible();
  await page.clock.runFor(5000);
  await expect(steps.status()).toContainText(`Step ${total} of ${total}`);
});

test('values not reached yet stay hidden until "Show all values"', async ({ page }) => {
  const steps = new StepperPage(page);
  await steps.open();
  const preview = steps.steps().locator('.step-preview [data-quantity="dE_dw1"]');
  await steps.timelineStep('dE_dw1').hover();
  await expect(preview).toHaveAttribute('data-value', String(trace.quantities.dE_dw1));
  await expect(preview).toBeHidden();
  await expect(steps.steps().getByText('not reached yet')).toBeVisible();
  await steps.showAll().click();
  await expect(steps.showAll()).toHaveAttribute('aria-checked', 'true');
  await steps.timelineStep('dE_dw1').hover();
  await expect(preview).toBeVisible();
  await expect(preview).toHaveText(formatDisplayNumber(trace.quantities.dE_dw1!, 9));
  // A step already reached shows its value without "show all".
  await steps.showAll().click();
  await steps.timelineStep('net_h1').hover();
  await expect(steps.steps().locator('.step-preview [data-quantity="net_h1"]')).toBeVisible();
});

test('a step link opens at that step, with its formula, and the URL follows the step', async ({
  page,
}) => {
  const steps = new StepperPage(page);
  await steps.open('step=dE_dw5');
  await expect(steps.status()).toHaveText(
    `Step ${indexOf('dE_dw5') + 1} of ${total} · Backward pass · Output layer`,
  );
  await expect(steps.formulaValue()).toHaveAttribute('data-value', String(trace.quantities.dE_dw5));
  await expect(steps.formula()).toContainText('three factors by the chain rule');
  await expect(steps.formula().locator('.formula-symbolic annotation')).toHaveText(
    /\\frac\{\\partial E_\{total\}\}\{\\partial w_\{5\}\}=/,
  );
  await expect(steps.formula().getByText('∂E_total/∂w5 = 0.08217')).toBeAttached();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe('dnet_o1_dw6');
  await page.keyboard.press('Home');
  await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBeNull();
});

test('a step link with changed numbers shows the value for those numbers', async ({ page }) => {
  const steps = new StepperPage(page);
  await steps.open('step=dE_dw5&w5=0.3');
  const expected = computeTrace(withParams({ w5: 0.3 })).quantities;
  await expect(steps.formulaValue()).toHaveAttribute('data-value', String(expected.dE_dw5));
  expect(expected.dE_dw5).not.toBe(trace.quantities.dE_dw5);
  // The numbers in place are the same as the factors'.
  const slot = steps.formula().locator('.formula-substituted [data-quantity="dout_o1_dnet_o1"]');
  await expect(slot).toHaveText(liveText(expected.dout_o1_dnet_o1!, 9, 'operand'));
});

test('keyboard only: Tab to Next, Enter steps, the formula follows; the timeline is one Tab stop', async ({
  page,
}) => {
  const steps = new StepperPage(page);
  await steps.open();
  const next = steps.button('Next');
  for (let i = 0; i < 60 && !(await next.evaluate((e) => e === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(next).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(steps.formulaValue()).toHaveAttribute('data-quantity', 'out_h1');
  await expect(steps.formula().locator('.formula-symbolic annotation')).toContainText(
    'out_{h1}=\\frac{1}{1+e^{-net_{h1}}}',
  );
  await page.keyboard.press('Enter');
  await expect(steps.status()).toContainText(`Step 3 of ${total}`);
  await expect(next).toBeFocused();

  // Into the timeline: the focus lands on the current step and follows ← / →.
  await steps.currentTimelineStep().focus();
  await page.keyboard.press('ArrowRight');
  await expect(steps.timelineStep('out_h2')).toBeFocused();
  await expect(steps.timelineStep('out_h2')).toHaveAttribute('aria-current', 'step');
  await expect(steps.timelineStep('net_h1')).toHaveAttribute('tabindex', '-1');
});

test('on a phone the timeline and formula fit the width', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  const steps = new StepperPage(page);
  await steps.open('step=dE_dw1');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  const timeline = steps.steps().getByRole('group', { name: 'Timeline' });
  const fits = await timeline.evaluate((e) => e.scrollWidth <= e.clientWidth);
  expect(fits).toBe(true);
  const lastStep = await steps.timelineStep('E_total_new').boundingBox();
  expect(lastStep!.x + lastStep!.width).toBeLessThanOrEqual(375);
  const math = await steps
    .formula()
    .locator('.formula-math')
    .evaluate((e) => e.scrollWidth <= e.clientWidth);
  expect(math).toBe(true);
});
