import { expect, test } from '@playwright/test';
import { dataSheet } from '../app/cli/data-sheet';
import { dataFromArgs } from '../app/engine/data-query';
import { modelFromQuery } from '../app/engine/query';
import { exampleModel } from '../app/engine/example';
import { expectNoViolations } from './a11y-audit';

/**
 * A dataset beyond the explorer: the sheet's tables are the command line's
 * (dataSheet, run here in Node), number for number.
 */

const setupOf = (query: string) => {
  const params = new URLSearchParams(query);
  const model = modelFromQuery(params).model;
  const setup = dataFromArgs((key) => params.get(key) ?? undefined, model.sizes)!;
  return { model: exampleModel(model, setup.dataset.examples[0]!), setup };
};

test('the sheet shows every example and the first batch, as the command line computes them', async ({
  page,
}) => {
  const query = 'layers=2-2-1&data=xor&batch=3&reduce=sum&biases=learned';
  await page.goto(`/?view=sheet&${query}`);
  const { model, setup } = setupOf(query);
  const sheet = dataSheet(model, setup);
  const examples = page.locator('table[data-table="examples"]');
  await expect(examples).toBeVisible();
  // Every example's every quantity, and the batch row.
  let checked = 0;
  for (const row of sheet.examples) {
    for (const [id, value] of Object.entries(row.quantities)) {
      if (!/^(out_o|E_total$|dE_d[wb])/.test(id)) continue;
      await expect(
        examples.locator(`[data-quantity="${id}"][data-example="${row.example}"]`),
      ).toHaveAttribute('data-value', String(value));
      checked += 1;
    }
  }
  expect(checked).toBeGreaterThan(30);
  for (const [id, value] of Object.entries(sheet.batch.gradients)) {
    await expect(examples.locator(`[data-quantity="${id}"][data-example="batch"]`)).toHaveAttribute(
      'data-value',
      String(value),
    );
  }
  const batch = page.locator('table[data-table="batch"]');
  for (const [id, value] of Object.entries(sheet.batch.updated)) {
    await expect(batch.locator(`[data-quantity="${id}"][data-example="batch"]`)).toHaveAttribute(
      'data-value',
      String(value),
    );
  }
  await expect(batch.locator('[data-example="4"]')).toHaveCount(0);
  await expect(page.getByText('a step 3 times as long')).toBeVisible();
  await expectNoViolations(page, 'the sheet with a dataset');
});
