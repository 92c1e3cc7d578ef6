import { expect, test } from '@playwright/test';
import { ARTICLE_MODEL } from '../app/engine/model';
import { modelFromQuery } from '../app/engine/query';
import { computeTrace } from '../app/engine/trace';
import { expectSound, mainReady, sameFigure, watchErrors } from './hostile';
import { StepperPage } from './stepper-page';
import { TrainPage } from './train-page';

/**
 * Numbers at the edges, as a learner meets them: cross-entropy on outputs that are
 * 0 or 1 in float64 (the clamp is explained where it acts), the limits themselves,
 * and a run that diverges at the largest learning rate. Nothing shows NaN.
 */

const SATURATED = 'loss=ce&t1=0&t2=1&w5=1000&w6=1000&w7=-1000&w8=-1000';
const modelOf = (query: string) => modelFromQuery(new URLSearchParams(query)).model;

test('cross-entropy on saturated outputs: the clamp is explained on the loss steps, figures finite', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const steps = new StepperPage(page);
  await steps.open(`${SATURATED}&step=E_o1`);
  const note = steps.formula().locator('[data-note="ce-clamp"]');
  await expect(note).toBeVisible();
  await expect(note).toContainText(/out\s?o1 is 1 to float64 precision/);
  await expect(note).toContainText('1 − 10⁻¹⁵');
  const expected = computeTrace(modelOf(SATURATED)).quantities;
  const shown = Number(await steps.formulaValue().getAttribute('data-value'));
  expect(sameFigure(shown, expected.E_o1!)).toBe(true);
  // −ln(1 − (1 − 10⁻¹⁵)), as near as float64 gets to 10⁻¹⁵.
  expect(shown).toBeCloseTo(-Math.log(1e-15), 2);
  await expectSound(page, errors.take());

  // The slope of the loss reads out through the clamp too; the delta does not.
  await steps.timelineStep('dE_dout_o1').click();
  await expect(note).toBeVisible();
  await steps.timelineStep('delta_o1').click();
  await expect(note).toHaveCount(0);
  await steps.timelineStep('E_o2').click();
  await expect(note).toContainText('10⁻¹⁵');
  await expect(note).toContainText('ln(out)');

  // Not saturated: no note.
  await steps.open('loss=ce&t1=0&t2=1&step=E_o1');
  await expect(steps.formula().locator('[data-note="ce-clamp"]')).toHaveCount(0);
  await expectSound(page, errors.take());
});

test('the parameters at their limits: every page finite, nothing refused', async ({ page }) => {
  const errors = watchErrors(page);
  const limits =
    'i1=1e6&i2=-1e6&w1=1e6&w2=-1e6&w3=1e6&w4=-1e6&w5=-1e6&w6=1e6&w7=1e6&w8=-1e6&b1=-1e6&b2=1e6&lr=1000';
  for (const query of [
    `${limits}&step=E_total_new`,
    `${limits}&act_h=tanh&act_o=linear&view=sheet`,
    `${limits}&act_h=relu&act_o=sigmoid&loss=ce&t1=0&t2=1&biases=learned&view=sheet`,
    `${limits}&act_h=linear&act_o=linear&present=1&step=E_total_new`,
  ]) {
    await page.goto(`/?${query}`);
    await mainReady(page);
    const report = await expectSound(page, errors.take());
    expect(report.notices, query).toEqual([]);
  }
});

test('a run that diverges at the largest learning rate stops with a message; no NaN', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const trainer = new TrainPage(page);
  await trainer.open('act_h=linear&act_o=linear&lr=1000&w1=1000&w2=1000&w3=1000&w4=1000');
  await trainer.train(100);
  // w5 = 1000 · out_h … would leave ±10⁶ at the first step: the run stops before it, and says so.
  await expect(trainer.alert()).toHaveText(
    /^Training stopped before it began: its first step would have taken w\d past ±10⁶, its allowed range \(learning rate too large\?\)\. The starting state is kept\.$/,
  );
  await expect(trainer.count()).toHaveText('0 of 100 steps');
  const report = await expectSound(page, errors.take());
  expect(report.badWords).toEqual([]);
  // The state kept is one the engine can read back from the URL: a finite trace.
  const trace = computeTrace(modelOf(new URL(page.url()).search));
  expect(trace.entries.every((e) => Number.isFinite(e.value))).toBe(true);
  expect(trace.model.params).not.toEqual(ARTICLE_MODEL.params);
});
