import { expect, test, type Page } from '@playwright/test';
import { ARTICLE_MODEL, type Model } from '../app/engine/model';
import { resizeModel, type ArchitectureChange } from '../app/engine/resize';
import { modelFromQuery } from '../app/engine/query';
import { computeTrace } from '../app/engine/trace';
import { expectNoViolations, useTheme } from './a11y-audit';
import { expectSound, sameFigure, watchErrors } from './hostile';
import { StepperPage } from './stepper-page';

/**
 * Adding and removing neurons and hidden layers in the explorer, by mouse and by
 * keyboard: the values that stay keep their place, the limits say why, undo and
 * reset take the changes back, and every figure shown is the engine's.
 */

const graph = (page: Page) => page.locator('svg[data-graph-svg]');
const shape = (page: Page) => page.getByRole('group', { name: /^Network shape / });
const control = (page: Page, name: string) =>
  shape(page).getByRole('button', { name, exact: true });
const weightLabel = (page: Page, id: string) =>
  graph(page).getByRole('button', { name: new RegExp(`^${id} `) });
const shownParam = (page: Page, id: string) =>
  graph(page).locator(`[data-param-label="${id}"] [data-param="${id}"]`);

/** The model the explorer should hold after these changes, from the engine (seeds 1, 2, …). */
function modelAfter(changes: readonly ArchitectureChange[]): Model {
  return changes.reduce(
    (model, change, k) => resizeModel(model, change, k + 1).model,
    ARTICLE_MODEL,
  );
}

/** Every data-quantity / data-value on the page equals the engine's figure for `model`. */
async function expectEngineFigures(page: Page, model: Model) {
  const expected = computeTrace(model).quantities;
  const shown = await page.evaluate(() =>
    [...document.querySelectorAll('[data-quantity][data-value]')].map((e) => [
      e.getAttribute('data-quantity') ?? '',
      e.getAttribute('data-value') ?? '',
    ]),
  );
  expect(shown.length).toBeGreaterThan(0);
  for (const [id, value] of shown) {
    const engine = expected[id!];
    expect(engine, `${id} is a quantity of ${model.sizes.join('-')}`).toBeDefined();
    expect(sameFigure(Number(value), engine!), `${id}: shown ${value}, engine ${engine}`).toBe(
      true,
    );
  }
}

test('a third hidden neuron: h1→o1 keeps 0.4, now named w7, and every figure is the engine’s', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const steps = new StepperPage(page);
  await steps.open();
  await control(page, 'Add a neuron to hidden layer 1').click();
  await expect(shape(page)).toHaveAccessibleName('Network shape 2-3-2');
  // Values keep their place, not their name: h1→o1 was w5, and is w7 in 2-3-2.
  await expect(weightLabel(page, 'w7')).toHaveAccessibleName(
    new RegExp(`^w7 h1→o1 ${ARTICLE_MODEL.params.w5}, weight from h1 to o1`),
  );
  await expect(graph(page).locator('[data-param-label="w7"]')).toContainText('h1→o1');
  await expect(shownParam(page, 'w7')).toHaveAttribute('data-value', '0.4');
  // The new neuron's weights are marked for a moment, and the change is said.
  const fresh = modelAfter([{ kind: 'add-neuron', layer: 1 }]);
  await expect(shape(page).getByRole('status')).toContainText('Added a neuron to hidden layer 1');
  await steps.showAll().click();
  await expectEngineFigures(page, fresh);
  await expect(steps.status()).toContainText(`of ${computeTrace(fresh).entries.length}`);
  await expectSound(page, errors.take());
});

test('new weights are marked on the diagram for a moment', async ({ page }) => {
  await new StepperPage(page).open();
  await control(page, 'Add a neuron to hidden layer 1').click();
  // In 2-3-2, h3's weights are new: i1→h3 (w5), i2→h3 (w6), h3→o1 (w9), h3→o2 (w12).
  for (const id of ['w5', 'w6', 'w9', 'w12']) {
    await expect(graph(page).locator(`[data-param-label="${id}"]`)).toHaveAttribute(
      'data-fresh',
      '',
    );
  }
  await expect(graph(page).locator('[data-param-label="w7"]')).not.toHaveAttribute(
    'data-fresh',
    '',
  );
  // The mark goes again.
  await expect(graph(page).locator('[data-fresh]')).toHaveCount(0, { timeout: 10_000 });
});

test('the keyboard adds and removes neurons and layers', async ({ page }) => {
  const errors = watchErrors(page);
  await new StepperPage(page).open();
  const addLayer = control(page, 'Add a hidden layer');
  await addLayer.focus();
  await page.keyboard.press('Enter');
  await expect(shape(page)).toHaveAccessibleName('Network shape 2-2-2-2');
  // The focus stays on the button, which may be pressed again.
  await expect(addLayer).toBeFocused();
  await page.keyboard.press('Space');
  await expect(shape(page)).toHaveAccessibleName('Network shape 2-2-2-2-2');
  // Shift+Tab reaches the button before it: the hidden layers' remove.
  await page.keyboard.press('Shift+Tab');
  await expect(control(page, 'Remove the last hidden layer')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(shape(page)).toHaveAccessibleName('Network shape 2-2-2-2');
  await control(page, 'Add a neuron to the inputs').focus();
  await page.keyboard.press('Enter');
  await control(page, 'Remove a neuron from the outputs').focus();
  await page.keyboard.press('Enter');
  await expect(shape(page)).toHaveAccessibleName('Network shape 3-2-2-1');
  await new StepperPage(page).showAll().click();
  await expectEngineFigures(
    page,
    modelAfter([
      { kind: 'add-layer' },
      { kind: 'add-layer' },
      { kind: 'remove-layer' },
      { kind: 'add-neuron', layer: 0 },
      { kind: 'remove-neuron', layer: 3 },
    ]),
  );
  await expectSound(page, errors.take());
});

test('a button at a limit is disabled, reachable, and says why', async ({ page }) => {
  await new StepperPage(page).open();
  const removeLayer = control(page, 'Remove the last hidden layer');
  await expect(removeLayer).toBeDisabled();
  await expect(removeLayer).toHaveAccessibleDescription(/at least 1 hidden layer/);
  // Reachable by the keyboard, and pressing it says why and changes nothing.
  await removeLayer.focus();
  await expect(removeLayer).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(shape(page).getByRole('status')).toHaveText(/at least 1 hidden layer/);
  await expect(shape(page)).toHaveAccessibleName('Network shape 2-2-2');

  const addOutput = control(page, 'Add a neuron to the outputs');
  for (let size = 2; size < 6; size++) await addOutput.click();
  await expect(shape(page)).toHaveAccessibleName('Network shape 2-2-6');
  await expect(addOutput).toBeDisabled();
  await expect(addOutput).toHaveAccessibleDescription(/at most 6 neurons/);
  await expect(addOutput).toHaveAttribute('title', /at most 6 neurons/);

  const removeInput = control(page, 'Remove a neuron from the inputs');
  await removeInput.click();
  await expect(removeInput).toBeDisabled();
  await expect(removeInput).toHaveAccessibleDescription(/at least 1 neuron/);

  const addLayer = control(page, 'Add a hidden layer');
  await addLayer.click();
  await addLayer.click();
  await expect(addLayer).toBeDisabled();
  await expect(addLayer).toHaveAccessibleDescription(/at most 3 hidden layers/);
  await expect(control(page, 'Add a neuron to hidden layer 3')).toBeVisible();
});

test('undo and redo take architecture changes back and forth; reset returns the 2-2-2', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const steps = new StepperPage(page);
  await steps.open();
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  const redo = page.getByRole('button', { name: 'Redo', exact: true });
  await control(page, 'Add a neuron to hidden layer 1').click();
  await control(page, 'Add a hidden layer').click();
  await expect(shape(page)).toHaveAccessibleName('Network shape 2-3-3-2');
  await undo.click();
  await expect(shape(page)).toHaveAccessibleName('Network shape 2-3-2');
  await undo.click();
  await expect(shape(page)).toHaveAccessibleName('Network shape 2-2-2');
  await expect(shownParam(page, 'w5')).toHaveAttribute('data-value', '0.4');
  await redo.click();
  await redo.click();
  await expect(shape(page)).toHaveAccessibleName('Network shape 2-3-3-2');
  await steps.showAll().click();
  await expectEngineFigures(
    page,
    modelAfter([{ kind: 'add-neuron', layer: 1 }, { kind: 'add-layer' }]),
  );

  await page.getByRole('button', { name: 'Reset to the article', exact: true }).click();
  await expect(shape(page)).toHaveAccessibleName('Network shape 2-2-2');
  await expectEngineFigures(page, ARTICLE_MODEL);
  for (const [id, value] of Object.entries(ARTICLE_MODEL.params)) {
    if (/^w\d+$/.test(id))
      await expect(shownParam(page, id)).toHaveAttribute('data-value', String(value));
  }
  await expectSound(page, errors.take());
});

test('a 2-3-2 link opens as itself, and the address follows architecture changes', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const steps = new StepperPage(page);
  const grown = modelAfter([{ kind: 'add-neuron', layer: 1 }]);
  await steps.open('layers=2-3-2&w7=0.4&step=dE_dw7');
  await expect(shape(page)).toHaveAccessibleName('Network shape 2-3-2');
  await expect(weightLabel(page, 'w7')).toHaveAccessibleName(
    /^w7 h1→o1 0\.4, weight from h1 to o1/,
  );
  await expect(page.locator('[data-notice]')).toHaveCount(0);
  await expect(steps.status()).toContainText(`of ${computeTrace(grown).entries.length}`);

  await control(page, 'Add a hidden layer').click();
  await expect(shape(page)).toHaveAccessibleName('Network shape 2-3-3-2');
  await expect.poll(() => new URL(page.url()).searchParams.get('layers')).toBe('2-3-3-2');
  // The address opens the same network again, new weights and all.
  const address = page.url();
  const shown = await page
    .locator('[data-param-label] [data-param]')
    .evaluateAll((elements) =>
      elements.map((e) => `${e.getAttribute('data-param')}=${e.getAttribute('data-value')}`),
    );
  await page.goto(address);
  await expect(shape(page)).toHaveAccessibleName('Network shape 2-3-3-2');
  await expect
    .poll(() =>
      page
        .locator('[data-param-label] [data-param]')
        .evaluateAll((elements) =>
          elements.map((e) => `${e.getAttribute('data-param')}=${e.getAttribute('data-value')}`),
        ),
    )
    .toEqual(shown);
  // Back to the article: the address has no layers= left.
  await page.getByRole('button', { name: 'Reset to the article', exact: true }).click();
  await expect.poll(() => new URL(page.url()).searchParams.has('layers')).toBe(false);
  await expectSound(page, errors.take());
});

test('leaving a lesson gives the explorer back the network built in it', async ({ page }) => {
  await new StepperPage(page).open('layers=2-3-2');
  await control(page, 'Add a neuron to the outputs').click();
  await expect(shape(page)).toHaveAccessibleName('Network shape 2-3-3');
  await page.getByRole('link', { name: 'Lessons' }).first().click();
  await page
    .getByRole('link', { name: /chain rule/i })
    .first()
    .click();
  await expect(page).toHaveURL(/lesson=/);
  await page.getByRole('link', { name: 'Explorer', exact: true }).click();
  await expect(shape(page)).toHaveAccessibleName('Network shape 2-3-3');
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds nothing on other architectures, their buttons and a dense drawing (${theme})`, async ({
    page,
  }) => {
    // Axe takes a while on a drawing of 144 weights.
    test.setTimeout(360_000);
    await useTheme(page, theme);
    await new StepperPage(page).open('layers=2-3-2&step=dE_dw7');
    await expect(control(page, 'Add a hidden layer')).toBeVisible();
    await expectNoViolations(page, `explorer at 2-3-2, ${theme}`, { only: 'main' });
    // A refusal said, a button at its limit, a dense drawing with its note, new weights marked.
    await new StepperPage(page).open('layers=6-6-6-6-5');
    await control(page, 'Add a neuron to the outputs').click();
    // At its limit the button is aria-disabled: the keyboard still presses it, to hear why.
    await control(page, 'Add a hidden layer').focus();
    await page.keyboard.press('Enter');
    await expect(shape(page).getByRole('status')).toHaveText(/at most 3 hidden layers/);
    await expect(page.getByText(/144 weights are too many to label at once/)).toBeVisible();
    await expectNoViolations(page, `explorer at 6-6-6-6-6, ${theme}`, { only: 'main' });
  });
}

test('training a 3-4-3-2 network keeps every figure finite and the engine’s', async ({ page }) => {
  const errors = watchErrors(page);
  await new StepperPage(page).open('layers=3-4-3-2');
  await page.getByRole('tab', { name: 'Train', exact: true }).click();
  const train = page.getByRole('tabpanel', { name: 'Train' });
  await train.getByRole('button', { name: 'Train 100 steps' }).click();
  await expect(train.locator('.train-count')).toHaveText(/100/);
  await expect(train.getByRole('img', { name: /^Error from/ })).toBeVisible();
  // The trained model is in the address; every figure shown is the engine's for it.
  await expect.poll(() => new URL(page.url()).searchParams.get('layers')).toBe('3-4-3-2');
  await expect
    .poll(async () => {
      const { model, notices } = modelFromQuery(new URL(page.url()).searchParams);
      return notices.length === 0 && model.params.w1 !== 0.15;
    })
    .toBe(true);
  const { model } = modelFromQuery(new URL(page.url()).searchParams);
  await expectEngineFigures(page, model);
  await expectSound(page, errors.take());
});
