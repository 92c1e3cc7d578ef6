import { expect, test, type Page } from '@playwright/test';
import { trainBatches } from '../app/engine/batch-run';
import { readDataset } from '../app/engine/dataset';
import { planeGrid, planeRangeFor, pointOutputs } from '../app/engine/input-plane';
import type { Model } from '../app/engine/model';
import { modelFromQuery } from '../app/engine/query';
import { colourAt } from '../app/graph/plane-paint';
import { sampleGrid } from '../app/graph/plane-sample';
import { expectNoViolations } from './a11y-audit';
import { epochRunDuration } from '../app/explorer/data-run';
import { tools } from './explorer-edit';

/**
 * What the network has learned, in the Data tab: the output's heatmap is the
 * engine's grid at every sampled cell (its pixels and its table), it follows
 * training, and each hidden neuron has its own heatmap, named.
 */

const QUERY = 'layers=2-2-1&data=xor';
const start = modelFromQuery(new URLSearchParams(QUERY)).model;
const xor = readDataset('xor', [2, 2, 1]);
const range = planeRangeFor(xor.examples);

async function openPlane(page: Page) {
  await page.goto(`/?${QUERY}`);
  await tools(page).getByRole('tab', { name: 'Data' }).click();
  await expect(output(page)).toBeVisible();
  await tools(page)
    .getByText(/^The heatmap in numbers/)
    .click();
}

const output = (page: Page) => tools(page).getByRole('img', { name: /^o1 over the input plane/ });

/** The pixel of grid cell (row, col): the canvas holds one pixel per cell. */
const pixel = (page: Page, row: number, col: number) =>
  output(page).evaluate(
    (canvas, [r, c]) =>
      Array.from((canvas as HTMLCanvasElement).getContext('2d')!.getImageData(c!, r!, 1, 1).data),
    [row, col],
  );

/** Every sampled cell: the table's value is the engine's, and the pixel is its colour. */
async function expectPlaneOf(page: Page, model: Model) {
  const grid = planeGrid(model, range, 40);
  for (const cell of sampleGrid(grid, 'o1').flat()) {
    const td = tools(page).locator(
      `.plane-sample [data-quantity="out_o1"][data-row="${cell.row}"][data-col="${cell.col}"]`,
    );
    await expect(td).toHaveAttribute('data-value', String(cell.value));
    const [r, g, b, a] = await pixel(page, cell.row, cell.col);
    const expected = colourAt(cell.value);
    // The colour table has 256 entries: within one entry, about 2 units a channel.
    expect(Math.abs(r! - expected[0])).toBeLessThanOrEqual(2);
    expect(Math.abs(g! - expected[1])).toBeLessThanOrEqual(2);
    expect(Math.abs(b! - expected[2])).toBeLessThanOrEqual(2);
    expect(a).toBe(255);
  }
  const atPoints = pointOutputs(model, xor.examples).o1!;
  for (const k of [0, 1, 2, 3]) {
    await expect(
      tools(page).locator(`.plane-values [data-quantity="out_o1"][data-example="${k + 1}"]`),
    ).toHaveAttribute('data-value', String(atPoints[k]));
  }
}

test('a dataset link draws the output over the plane as the engine computes it', async ({
  page,
}) => {
  await openPlane(page);
  await expectPlaneOf(page, start);
  await expect(tools(page).locator('.plane-summary')).toHaveText(
    /^o1 puts \d of 4 examples on their target’s side of 0\.5\.$/,
  );
  await expectNoViolations(page, 'the heatmaps', { only: '.explorer-tools' });
});

test('training redraws the heatmap with the trained network', async ({ page }) => {
  await openPlane(page);
  const before = await pixel(page, 4, 4);
  await tools(page).getByRole('button', { name: 'Train 100 epochs' }).click();
  // The run is paced to last epochRunDuration(100) (4 s): the default 5 s left a loaded machine 1 s.
  await expect(tools(page).getByRole('status').filter({ hasText: '100 epochs' })).toBeVisible({
    timeout: epochRunDuration(100) + 10_000,
  });
  const run = trainBatches(start, xor, { size: 4, reduce: 'mean', shuffle: false, seed: 1 }, 100);
  await expectPlaneOf(page, { ...start, params: { ...start.params, ...run.params } });
  expect(await pixel(page, 4, 4)).not.toEqual(before);
});

test('each hidden neuron has its own heatmap, named', async ({ page }) => {
  await openPlane(page);
  for (const h of ['h1', 'h2']) {
    const img = tools(page).getByRole('img', { name: new RegExp(`^${h} over the input plane`) });
    await expect(img).toBeVisible();
    await expect(img.locator('xpath=..').locator('xpath=..')).toContainText(h);
  }
  await expect(tools(page).getByRole('img', { name: /^h3 over/ })).toHaveCount(0);
});

test('a network without two inputs says why there is no heatmap', async ({ page }) => {
  await page.goto('/?layers=3-2-1&data=0,0,1:1;1,0,0:0');
  await tools(page).getByRole('tab', { name: 'Data' }).click();
  await expect(tools(page)).toContainText(
    'drawn over the plane of two inputs; this network has 3 inputs.',
  );
  await expect(tools(page).locator('canvas')).toHaveCount(0);
});

test('with two outputs, a chooser draws either', async ({ page }) => {
  await page.goto('/?data=0,0:0,1;1,1:1,0');
  await tools(page).getByRole('tab', { name: 'Data' }).click();
  const chooser = tools(page).getByRole('combobox', { name: 'Output' });
  await expect(chooser).toHaveValue('o1');
  await expect(tools(page).getByRole('img', { name: /^o1 over the input plane/ })).toBeVisible();
  await chooser.selectOption('o2');
  await expect(tools(page).getByRole('img', { name: /^o2 over the input plane/ })).toBeVisible();
  await expect(tools(page).getByText('Colour: the value of o2')).toBeVisible();
});
