import { expect, test, type Page } from '@playwright/test';
import { exampleModel } from '../app/engine/example';
import { readDataset } from '../app/engine/dataset';
import { modelFromQuery } from '../app/engine/query';
import { computeTrace } from '../app/engine/trace';
import type { Model } from '../app/engine/model';
import { openBoth } from './present-windows';

/**
 * Presenter mode with a dataset: the audience's window and the speaker's share
 * the rows, the batching and the row the network shows, as they share the
 * network. Both windows open in one browser context, as a second screen would.
 */

const QUERY = 'layers=2-2-1&data=xor&batch=3';
const model = modelFromQuery(new URLSearchParams(QUERY)).model;
const xor = readDataset('xor', [2, 2, 1]);

/** The audience's Data tab, behind Tools. */
async function audienceData(page: Page) {
  const tools = page.getByRole('complementary', { name: 'Tools' });
  if (!(await tools.isVisible())) await page.getByRole('button', { name: 'Tools' }).click();
  await tools.getByRole('tab', { name: 'Data' }).click();
  return tools;
}

/** The speaker's Data panel, behind its disclosure. */
async function speakerData(speaker: Page) {
  const data = speaker.getByRole('region', { name: 'Data' });
  if (!(await data.isVisible())) await speaker.getByText('Numbers and settings').click();
  await expect(data.locator('.data-table')).toBeVisible();
  return data;
}

/**
 * Every figure of the worked example the page carries (the Data panel's rows
 * aside: each is its own example's) equals the engine's for this model.
 */
async function expectFigures(page: Page, expected: Model) {
  const trace = computeTrace(expected);
  await expect
    .poll(async () => {
      const values = await page
        .locator('[data-quantity], [data-param]')
        .evaluateAll((elements) =>
          elements
            .filter((e) => !e.closest('.data-panel'))
            .map((e) => [
              e.getAttribute('data-quantity') ?? `param:${e.getAttribute('data-param')}`,
              e.getAttribute('data-value'),
            ]),
        );
      const wrong = values.filter(([key, value]) => {
        const want = key!.startsWith('param:')
          ? expected.params[key!.slice(6)]
          : trace.quantities[key!];
        return String(want) !== value;
      });
      return values.length > 0 ? wrong : 'no figures';
    })
    .toEqual([]);
}

const rowButton = (scope: ReturnType<Page['locator']>, row: number) =>
  scope.getByRole('button', { name: String(row), exact: true });

test('the row shown and the batch size follow from either window to the other', async ({
  page,
}) => {
  const speaker = await openBoth(page, QUERY);
  const audience = await audienceData(page);
  await rowButton(audience.locator('.data-table'), 3).click();
  // The speaker's step notes are the third row's worked example, to the last digit.
  await expectFigures(speaker, exampleModel(model, xor.examples[2]!));
  const lectern = await speakerData(speaker);
  await expect(rowButton(lectern.locator('.data-table'), 3)).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  const size = lectern.getByRole('textbox', { name: /Batch size/ });
  await size.fill('2');
  await size.press('Enter');
  await expect(audience.locator('.data-table caption')).toContainText(
    'The first batch: 2 of 4 examples',
  );
  // A new batching starts again from the first row, in both windows.
  await expect(rowButton(audience.locator('.data-table'), 1)).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expectFigures(page, exampleModel(model, xor.examples[0]!));

  await rowButton(lectern.locator('.data-table'), 2).click();
  await expect(rowButton(audience.locator('.data-table'), 2)).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expectFigures(page, exampleModel(model, xor.examples[1]!));
});

test('a speaker view opened without the dataset in its address takes the talk’s', async ({
  page,
}) => {
  await page.goto(`/?present=1&${QUERY}`);
  await expect(page.getByRole('button', { name: 'Exit presenter mode' })).toBeVisible();
  const audience = await audienceData(page);
  await rowButton(audience.locator('.data-table'), 3).click();
  await expect(rowButton(audience.locator('.data-table'), 3)).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const speaker = await page.context().newPage();
  await speaker.goto('/?present=speaker&layers=2-2-1');
  const lectern = await speakerData(speaker);
  await expect(lectern.locator('.data-table caption')).toContainText(
    'The first batch: 3 of 4 examples',
  );
  await expect(rowButton(lectern.locator('.data-table'), 3)).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expectFigures(speaker, exampleModel(model, xor.examples[2]!));
  // The speaker's address now names the dataset, so a reload keeps it.
  await expect(speaker).toHaveURL(/data=xor&batch=3/);
});
