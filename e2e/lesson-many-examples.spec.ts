import { expect, test } from '@playwright/test';
import { batchStep } from '../app/engine/batch';
import { trainBatches } from '../app/engine/batch-run';
import { readDataset } from '../app/engine/dataset';
import { modelFromQuery } from '../app/engine/query';
import { expectNoViolations } from './a11y-audit';
import { contentLessons, LessonPage } from './lesson-page';

/**
 * Lesson 11 walked through as a learner does: every example's gradient from the
 * engine, the averaged one predicted (wrong, then right) before it shows, the
 * hidden neurons' heatmaps after training, and the three batch sizes' errors.
 */

const lesson = [...contentLessons()].find((l) => l.meta.slug === 'many-examples')!;
const xor = readDataset('xor', [2, 2, 1]);

function modelOf(id: string) {
  const step = lesson.steps.find((s) => s.id === id)!;
  const entries = Object.entries(step.state!).map(([k, v]) => [k, String(v)] as [string, string]);
  return { model: modelFromQuery(entries).model, index: lesson.steps.indexOf(step) + 1, step };
}

test.setTimeout(60_000);

test('every example’s gradient, their mean predicted wrong then right, one update', async ({
  page,
}) => {
  const lessons = new LessonPage(page);
  const { model, index } = modelOf('four-gradients');
  const batch = batchStep(model, xor, [0, 1, 2, 3], 'mean');
  await lessons.open('many-examples', index);
  const widget = page.locator('.lesson-widget');
  for (const [k, trace] of batch.traces.entries()) {
    await expect(widget.locator(`[data-quantity="dE_dw5_${k + 1}"]`)).toHaveAttribute(
      'data-value',
      String(trace.quantities.dE_dw5),
    );
  }
  const mean = widget.locator('[data-quantity="dE_dw5_batch"]');
  await expect(mean).toHaveText('?');
  await expect(widget.locator('[data-quantity="w5_batch_new"]')).toHaveText('?');
  await expectNoViolations(page, 'lesson 11, the gradients');

  await lessons.submit('0.5');
  await expect(lessons.feedback()).toContainText('Not quite');
  await expect(mean).toHaveText('?');
  await lessons.submit(String(batch.gradients.dE_dw5));
  await expect(lessons.feedback()).toContainText('Right');
  await expect(mean).toHaveAttribute('data-value', String(batch.gradients.dE_dw5));
  await expect(widget.locator('[data-quantity="w5_batch_new"]')).toHaveAttribute(
    'data-value',
    String(batch.updated.w5_new),
  );
});

test('after training, the two hidden neurons each draw a line and the output is right', async ({
  page,
}) => {
  const lessons = new LessonPage(page);
  const { index } = modelOf('solved');
  await lessons.open('many-examples', index);
  const widget = page.locator('.lesson-widget');
  await widget.getByRole('button', { name: /^Train 2,000 epochs/ }).click();
  await expect(widget.locator('.plane-summary')).toHaveText(
    'o1 puts 4 of 4 examples on their target’s side of 0.5.',
  );
  for (const h of ['h1', 'h2']) {
    await expect(
      widget.getByRole('img', { name: new RegExp(`^${h} over the input plane`) }),
    ).toBeVisible();
  }
  await expectNoViolations(page, 'lesson 11, the heatmaps');
});

test('one hidden neuron leaves an example on the wrong side', async ({ page }) => {
  const lessons = new LessonPage(page);
  const { index } = modelOf('one-line');
  await lessons.open('many-examples', index);
  const widget = page.locator('.lesson-widget');
  await widget.getByRole('button', { name: /^Train 2,000 epochs/ }).click();
  await expect(widget.getByRole('status')).toContainText('After 2,000 epochs');
  await expect(widget.locator('.plane-summary')).toHaveText(/^o1 puts [0-3] of 4 examples/);
});

test('full batch, mini-batches and one at a time: the engine’s errors, labelled', async ({
  page,
}) => {
  const lessons = new LessonPage(page);
  const { model, index, step } = modelOf('batch-sizes');
  const epochs = step.widget!.type === 'dataset' ? step.widget!.epochs! : 0;
  await lessons.open('many-examples', index);
  const widget = page.locator('.lesson-widget');
  await widget.getByRole('button', { name: /^Train three copies/ }).click();
  const legend = widget.locator('.epoch-legend li');
  await expect(legend).toHaveCount(3);
  for (const [k, size] of [4, 2, 1].entries()) {
    const run = trainBatches(model, xor, { size, reduce: 'mean', shuffle: false, seed: 0 }, epochs);
    // Thousands of epochs in the browser's Math.exp and Node's may part in the last bit or two.
    const shown = Number(
      await legend.nth(k).locator('[data-final-error]').getAttribute('data-final-error'),
    );
    expect(shown).toBeCloseTo(run.lossPerEpoch.at(-1)!, 12);
  }
  await expect(legend.nth(0)).toContainText('Full batch');
  await expect(legend.nth(1)).toContainText('Mini-batches of 2');
  await expect(legend.nth(2)).toContainText('One example at a time');
  await expectNoViolations(page, 'lesson 11, the batch sizes');
});
