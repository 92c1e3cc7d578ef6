import { expect, test, type Page } from '@playwright/test';
import { batchStep, exampleModel } from '../app/engine/batch';
import { trainBatches } from '../app/engine/batch-run';
import { readDataset } from '../app/engine/dataset';
import { modelFromQuery } from '../app/engine/query';
import { computeTrace } from '../app/engine/trace';
import { expectNoViolations } from './a11y-audit';
import { tools } from './explorer-edit';

/**
 * Many examples in the explorer: the Data tab's table is every example's trace
 * and the batch's mean, a chosen row goes into the network, bad rows are refused
 * by row with the last good data kept, and training runs whole epochs.
 */

const QUERY = 'layers=2-2-1&data=xor&batch=3';
const model = modelFromQuery(new URLSearchParams(QUERY)).model;
const xor = readDataset('xor', [2, 2, 1]);

async function openData(page: Page, query = QUERY) {
  await page.goto(`/?${query}`);
  await tools(page).getByRole('tab', { name: 'Data' }).click();
  await expect(page.locator('.data-table')).toBeVisible();
}

const cell = (page: Page, id: string, example: string) =>
  page.locator(`.data-table [data-quantity="${id}"][data-example="${example}"]`);

test('the table is each example’s trace, then the batch’s mean and update', async ({ page }) => {
  await openData(page);
  const step = batchStep(exampleModel(model, xor.examples[0]!), xor, [0, 1, 2], 'mean');
  for (const [k, trace] of step.traces.entries()) {
    for (const id of ['out_o1', 'E_total', 'dE_dw5', 'dE_dw1', 'dE_db1']) {
      await expect(cell(page, id, String(k + 1))).toHaveAttribute(
        'data-value',
        String(trace.quantities[id]),
      );
    }
  }
  await expect(cell(page, 'dE_dw5', 'batch')).toHaveAttribute(
    'data-value',
    String(step.gradients.dE_dw5),
  );
  await expect(cell(page, 'E_total', 'batch')).toHaveAttribute('data-value', String(step.E_total));
  await expect(cell(page, 'w5_new', 'batch')).toHaveAttribute(
    'data-value',
    String(step.updated.w5_new),
  );
  // The fourth row is the next epoch's second batch, an update of its own: it is not in the first.
  await expect(cell(page, 'E_total', '4')).toHaveCount(0);
  await expect(tools(page)).toContainText(
    'the last batch has 1 row and is an update of its own, not carried into the next epoch',
  );
  await expectNoViolations(page, 'the Data tab', { only: '.explorer-tools' });
});

test('choosing a row puts that example into the network', async ({ page }) => {
  await openData(page);
  await page.getByRole('button', { name: '3', exact: true }).click();
  await expect(page.getByRole('button', { name: '3', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const third = computeTrace(exampleModel(model, xor.examples[2]!));
  await expect(
    page.locator('svg[data-graph-svg] [data-quantity="net_h1"][data-value]').first(),
  ).toHaveAttribute('data-value', String(third.quantities.net_h1));
});

test('bad rows are refused by row, and the last good data stays', async ({ page }) => {
  await openData(page);
  const rows = tools(page).getByRole('textbox', { name: /^Rows/ });
  await rows.fill('0,0:0\n0,1,1:1');
  await tools(page).getByRole('button', { name: 'Use these rows' }).click();
  await expect(tools(page).getByRole('alert')).toHaveText(
    'data row 2 ("0,1,1:1") has 3 inputs; the network has 2.',
  );
  await expect(cell(page, 'E_total', '3')).toBeVisible();
  await rows.fill('x1,x2,y\n0,0,1\n1,1,0');
  await tools(page).getByRole('button', { name: 'Use these rows' }).click();
  await expect(tools(page).getByRole('alert')).toHaveCount(0);
  await expect(cell(page, 'E_total', '2')).toBeVisible();
  await expect(cell(page, 'E_total', '3')).toHaveCount(0);
  await expect.poll(() => new URL(page.url()).searchParams.get('data')).toBe('0,0:1;1,1:0');
});

test('training runs whole epochs of batches, as the engine does', async ({ page }) => {
  await openData(page);
  await tools(page).getByRole('button', { name: 'Train 10 epochs' }).click();
  await expect(tools(page).getByRole('status')).toContainText('10 epochs, 20 updates');
  const start = exampleModel(model, xor.examples[0]!);
  const run = trainBatches(start, xor, { size: 3, reduce: 'mean', shuffle: false, seed: 1 }, 10);
  const trained = { ...start, params: run.params };
  await expect(cell(page, 'E_total', '1')).toHaveAttribute(
    'data-value',
    String(computeTrace(trained).quantities.E_total),
  );
});
