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
  const cells = (table: string) =>
    page
      .locator(`table[data-table="${table}"] [data-quantity]`)
      .evaluateAll((tds) =>
        Object.fromEntries(
          tds.map((td) => [
            `${td.getAttribute('data-quantity')}@${td.getAttribute('data-example')}`,
            td.getAttribute('data-value'),
          ]),
        ),
      );
  const shown = await cells('examples');
  // Every example's every quantity of the table, and the batch row: one value each, the CLI's.
  const expected: Record<string, string> = {};
  for (const row of sheet.examples) {
    for (const [id, value] of Object.entries(row.quantities)) {
      if (/^(out_o|E_total$|dE_d[wb])/.test(id)) expected[`${id}@${row.example}`] = String(value);
    }
    [...row.inputs, ...row.targets].forEach((value, k) => {
      expected[`${['i1', 'i2', 't1'][k]}@${row.example}`] = String(value);
    });
  }
  expected['E_total@batch'] = String(sheet.batch.E_total);
  for (const [id, value] of Object.entries(sheet.batch.gradients)) {
    expected[`${id}@batch`] = String(value);
  }
  expect(shown).toEqual(expected);
  const batch = page.locator('table[data-table="batch"]');
  const batchShown = await cells('batch');
  for (const [id, value] of Object.entries(sheet.batch.updated)) {
    expect(batchShown[`${id}@batch`], id).toBe(String(value));
  }
  await expect(batch.locator('[data-example="4"]')).toHaveCount(0);
  await expect(page.getByText('a step 3 times as long')).toBeVisible();
  await expectNoViolations(page, 'the sheet with a dataset');
});
