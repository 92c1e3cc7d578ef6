import { expect, test } from '@playwright/test';
import { formatDisplayNumber } from '../app/engine/format';
import { ARTICLE_MODEL, type Model } from '../app/engine/model';
import { computeTrace } from '../app/engine/trace';
import { liveText } from '../app/store/live-values';
import { StepperPage } from './stepper-page';

// The formula panel: numbers patched in place, factors that link, the notation.

const withParams = (params: Record<string, number>): Model => ({
  ...ARTICLE_MODEL,
  params: { ...ARTICLE_MODEL.params, ...params },
});
const trace = computeTrace(ARTICLE_MODEL);
const entries = trace.entries;
const indexOf = (id: string) => entries.findIndex((e) => e.id === id);

test('the course notation changes the symbols, not the numbers', async ({ page }) => {
  const steps = new StepperPage(page);
  await steps.open('step=dE_dw5&notation=course');
  await expect(steps.formula().locator('.formula-symbolic annotation')).toContainText(
    'dw_{5}=da_{o1}',
  );
  await expect(steps.formulaValue()).toHaveAttribute('data-value', String(trace.quantities.dE_dw5));
  await expect(steps.timelineStep('dE_dw5')).toHaveAccessibleName('dw5 (dE_dw5), backward pass');
});

test('changing w5 patches the numbers in place without re-rendering the formula', async ({
  page,
}) => {
  const steps = new StepperPage(page);
  await steps.open('step=dE_dw5');
  const w5 = page.getByRole('spinbutton', { name: /^w5\b/ }).first();
  await expect(w5).toBeVisible();
  const { symbolic, substituted } = steps.formulaLines();
  const slot = steps.formula().locator('.formula-substituted [data-quantity="dE_dout_o1"]');
  await expect(slot).toHaveText(liveText(trace.quantities.dE_dout_o1!, 9, 'operand'));
  // The room between a number and the "·" after it, which a careless patch would erase.
  const gapAfter = () =>
    slot.evaluate((e) => {
      const dot = e.closest('.katex-base')?.querySelector('.mbin');
      return dot!.getBoundingClientRect().left - e.getBoundingClientRect().right;
    });
  // Focused first: the field may scroll the page into view, which is not the formula moving.
  await w5.focus();
  const before = {
    gap: await gapAfter(),
    symbolic: await symbolic.elementHandle(),
    substituted: await substituted.elementHandle(),
    box: await substituted.boundingBox(),
  };

  // An <input> or a drawn label: either way a spinbutton, with a value or aria-valuenow.
  const readW5 = () =>
    w5.evaluate((e) =>
      e instanceof HTMLInputElement ? e.value : (e.getAttribute('aria-valuenow') ?? ''),
    );
  // A field nudges with ↑; a label on the diagram with Page Up (its arrows move around it).
  const onDiagram = await w5.evaluate((e) => e.closest('svg') !== null);
  await page.keyboard.press(onDiagram ? 'PageUp' : 'ArrowUp');
  await expect.poll(readW5).not.toBe('0.4');
  const changed = Number((await readW5()).replace(',', '.'));
  const expected = computeTrace(withParams({ w5: changed })).quantities;
  await expect(steps.formulaValue()).toHaveAttribute('data-value', String(expected.dE_dw5));
  await expect(slot).toHaveText(liveText(expected.dE_dout_o1!, 9, 'operand'));
  await expect(slot).toHaveAttribute('data-value', String(expected.dE_dout_o1));

  // The very same KaTeX nodes, patched, not replaced: KaTeX did not run again.
  const same = await page.evaluate(
    ([oldSymbolic, oldSubstituted]) =>
      oldSymbolic!.isConnected &&
      oldSubstituted!.isConnected &&
      document.querySelector('.formula-symbolic .katex') === oldSymbolic &&
      document.querySelector('.formula-substituted .katex') === oldSubstituted,
    [before.symbolic, before.substituted] as const,
  );
  expect(same).toBe(true);
  // And the line kept its place and height (KaTeX's digits are all one width).
  const after = await substituted.boundingBox();
  expect(after!.y).toBe(before.box!.y);
  expect(after!.height).toBe(before.box!.height);
  expect(before.gap).toBeGreaterThan(2);
  expect(Math.abs((await gapAfter()) - before.gap)).toBeLessThan(0.5);
  // The spoken summary follows, throttled.
  await expect(
    steps.formula().getByText(`∂E_total/∂w5 = ${formatDisplayNumber(expected.dE_dw5!, 4)}`),
  ).toBeAttached();
});

test('each factor lights what it is made of and leads to its own step', async ({ page }) => {
  const steps = new StepperPage(page);
  await steps.open('step=dE_dw5');
  const factors = steps.formula().getByRole('list');
  await expect(factors.getByRole('button')).toHaveCount(3);
  const slope = steps.factor(/^∂out_o1\/∂net_o1 = 0\.186815602$/);
  await slope.hover();
  await expect(slope).toHaveAttribute('data-lit', 'true');
  await expect(steps.timelineStep('dout_o1_dnet_o1')).toHaveAttribute('data-lit', 'true');
  await steps.steps().hover();
  await expect(slope).not.toHaveAttribute('data-lit', 'true');
  await slope.click();
  await expect(steps.formulaValue()).toHaveAttribute('data-quantity', 'dout_o1_dnet_o1');
  await expect(steps.status()).toContainText(`Step ${indexOf('dout_o1_dnet_o1') + 1} of`);
  // A parameter leads to the control that edits it.
  await steps.open('step=net_h1');
  const w1 = steps.factor(/^w1 = 0\.15$/);
  await expect(w1).toBeVisible();
  const editor = page.getByRole('spinbutton', { name: /^w1\b/ });
  if ((await editor.count()) > 0) {
    await w1.click();
    await expect(page.locator(':focus')).toHaveAttribute('role', 'spinbutton');
    await expect(page.locator(':focus')).toHaveAccessibleName(/^w1\b/);
  }
});
