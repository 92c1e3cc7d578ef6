import { expect, test } from '@playwright/test';
import { computeTrace } from '../app/engine/trace';
import { ARTICLE_MODEL } from '../app/engine/model';
import { formatNumber } from '../app/engine/format';
import { printed, reference } from './reference';
import { SheetPage } from './sheet-page';

const relativeError = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);

test('the sheet shows the article’s figures, to the last printed digit', async ({ page }) => {
  const sheet = new SheetPage(page);
  await sheet.open();
  const values = await sheet.allValues();
  for (const [id, exact] of Object.entries(reference.exact)) {
    if (!(id in values)) continue;
    expect(relativeError(values[id]!, exact), id).toBeLessThan(1e-12);
  }
  // What a reader sees: the article's figures, where it printed 9 significant digits…
  for (const id of ['out_h1', 'E_total', 'w5_new', 'w1_new']) {
    expect(await sheet.shown(id)).toBe(printed(id));
  }
  // …and 9 significant digits of the exact value where it printed 9 decimals.
  for (const id of ['dE_dw5', 'dE_dout_h1']) {
    expect(printed(id)).not.toBe(formatNumber(reference.exact[id]!));
    expect(await sheet.shown(id)).toBe(formatNumber(reference.exact[id]!));
  }
  // Every entry of the trace is on the page, once.
  const ids = computeTrace(ARTICLE_MODEL).entries.map((e) => e.id);
  expect(Object.keys(values).sort()).toEqual([...ids].sort());
  await expect(page.locator('.katex')).not.toHaveCount(0);
  await expect(sheet.notices()).toHaveCount(0);
});

test('changed parameters and settings in the query give other, correct figures', async ({
  page,
}) => {
  const sheet = new SheetPage(page);
  await sheet.open('w5=0.3&act_h=tanh&loss=ce&biases=learned&hidden_deltas=updated');
  const expected = computeTrace({
    ...ARTICLE_MODEL,
    params: { ...ARTICLE_MODEL.params, w5: 0.3 },
    settings: {
      act_h: 'tanh',
      act_o: 'sigmoid',
      loss: 'ce',
      biases: 'learned',
      hidden_deltas: 'updated',
      bias_per: 'layer',
    },
  }).quantities;
  const values = await sheet.allValues();
  expect(Object.keys(values).sort()).toEqual(Object.keys(expected).sort());
  for (const [id, value] of Object.entries(expected)) expect(values[id], id).toBe(value);
  expect(values.dE_dw5).not.toBeCloseTo(reference.exact.dE_dw5!, 3);
  await expect(sheet.quantity('b1_new')).toBeVisible();
  await expect(page.locator('[data-setting="act_h"]')).toHaveText('tanh');
  await expect(sheet.notices()).toHaveCount(0);
});

test('a decimal comma in the query is read as a decimal point', async ({ page }) => {
  const sheet = new SheetPage(page);
  await sheet.open('w5=0,3');
  await expect(page.locator('[data-param="w5"]')).toHaveAttribute('data-value', '0.3');
});

test('bad query values fall back to the defaults and the page says which and why', async ({
  page,
}) => {
  const sheet = new SheetPage(page);
  await sheet.open('w5=abc&act_h=softmax&lr=1e400&t1=&loss=ce&act_o=linear&digits=99');
  const notices = sheet.notices();
  await expect(notices.filter({ hasText: 'w5' })).toContainText('"abc" is not one');
  await expect(notices.filter({ hasText: 'act_h' })).toContainText(
    'must be one of sigmoid, tanh, relu, linear',
  );
  await expect(notices.filter({ hasText: 'lr' }).first()).toContainText('finite');
  await expect(notices.filter({ hasText: 'loss' })).toContainText(
    'Cross-entropy needs outputs in (0, 1)',
  );
  await expect(notices.filter({ hasText: 'digits' })).toContainText('whole number');
  await expect(notices.first()).toContainText('instead');
  // The fallbacks are in force: the article's w5 and lr, a sigmoid hidden layer, squared error.
  expect(await sheet.value('dE_dw5')).toBe(
    computeTrace({
      ...ARTICLE_MODEL,
      settings: { ...ARTICLE_MODEL.settings, act_o: 'linear' },
    }).quantities.dE_dw5,
  );
  await expect(page.locator('[data-setting="loss"]')).toHaveText('mse');
  await expect(page.locator('[data-param="w5"]')).toHaveText('0.4');
  // A notice can be dismissed.
  await page.getByRole('button', { name: 'Dismiss notice about w5' }).click();
  await expect(notices.filter({ hasText: '"abc"' })).toHaveCount(0);
});

test('no value on the page is NaN or infinite, even at the extremes', async ({ page }) => {
  const sheet = new SheetPage(page);
  await sheet.open('w1=-1000&w2=1000&w5=1000&w6=-1000&i1=1000&act_h=relu');
  const values = await sheet.allValues();
  for (const [id, value] of Object.entries(values)) expect(Number.isFinite(value), id).toBe(true);
  await expect(page.locator('body')).not.toContainText('NaN');
});

test('the print stylesheet hides the controls', async ({ page }) => {
  const sheet = new SheetPage(page);
  await sheet.open('w5=abc');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print this sheet' })).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(sheet.quantity('E_total')).toBeVisible();
});
