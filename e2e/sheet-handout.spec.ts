import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { ARTICLE_MODEL, type Model } from '../app/engine/model';
import { formatNumber } from '../app/engine/format';
import { computeTrace, type Trace } from '../app/engine/trace';
import { reference } from './reference';
import { SheetPage } from './sheet-page';

/** The sheet as a handout: its figure, its exercise (?answers=0), the mistaken method said. */

// The sheet draws some 200 formulas; on a busy machine that alone can take most of the default.
test.describe.configure({ timeout: 90_000 });
/** Every formula drawn: the definite signal that the page is complete. */
const FORMULAS_DRAWN = { timeout: 60_000 } as const;

const article = computeTrace(ARTICLE_MODEL);
const weights = Object.entries(reference.weightEdges);
const given = (model: Model) => new Set(Object.values(model.params));

/** A step that only restates a given number (∂net_h1/∂w1 = i1) has nothing to work out. */
const restatesGiven = (trace: Trace, id: string) => {
  const entry = trace.entries.find((e) => e.id === id)!;
  const [dep] = entry.deps;
  return entry.template === `@[${dep}]` && !(dep! in trace.quantities);
};

/** Centre of an SVG element, in page pixels. */
const centre = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  });

test('the figure draws each weight on its edge, with every given number', async ({ page }) => {
  const sheet = new SheetPage(page);
  await sheet.open('w5=0.3');
  const figure = page.getByRole('img', { name: /^The network: w1: i1 → h1, w2: i2 → h1/ });
  await expect(figure).toBeVisible();
  for (const [id, { from, to }] of weights) {
    const value = id === 'w5' ? 0.3 : reference.params[id];
    await expect(page.locator(`.sheet-figure [data-figure-param="${id}"]`)).toHaveText(
      `${id} = ${value}`,
    );
    // The label sits on the line between the two neurons the article's figure joins.
    const a = await centre(page, `.sheet-figure [data-node="${from}"] circle`);
    const b = await centre(page, `.sheet-figure [data-node="${to}"] circle`);
    const p = await centre(page, `.sheet-figure [data-figure-param="${id}"] rect`);
    const cross = (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x);
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    expect(Math.abs(cross) / length, `${id} off its edge ${from} → ${to}`).toBeLessThan(2);
    const along = ((p.x - a.x) * (b.x - a.x) + (p.y - a.y) * (b.y - a.y)) / length ** 2;
    expect(along).toBeGreaterThan(0);
    expect(along).toBeLessThan(1);
    // The table names it by its edge too.
    await expect(page.locator(`[data-weight-edge="${id}"]`)).toHaveText(`${from} → ${to}`);
  }
  for (const id of ['i1', 'i2', 'b1', 'b2', 't1', 't2']) {
    await expect(page.locator(`.sheet-figure [data-figure-param="${id}"]`)).toHaveText(
      String(reference.params[id]),
    );
  }
});

test('answers=0 is the exercise: blanks for every computed number, the given ones kept', async ({
  page,
}) => {
  await page.goto('/?view=sheet&answers=0');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The worked example: exercise');
  await expect(page.locator('[data-tex-loading]')).toHaveCount(0, FORMULAS_DRAWN);
  const blanks = article.entries.filter((e) => !restatesGiven(article, e.id)).map((e) => e.id);
  expect(blanks.length).toBeGreaterThan(40);
  expect(
    await page
      .locator('[data-blank]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-blank'))),
  ).toEqual(blanks);
  // Not one computed number on the page, in its text or its attributes.
  await expect(page.locator('[data-quantity]')).toHaveCount(0);
  const text = await page.locator('main').evaluate((main) => main.textContent ?? '');
  const known = given(ARTICLE_MODEL);
  for (const entry of article.entries) {
    // Without its sign: the page writes a true minus (−).
    const shown = formatNumber(Math.abs(entry.value));
    if (known.has(entry.value) || shown.length < 4) continue;
    expect(text, `${entry.id} = ${shown} is on the exercise`).not.toContain(shown);
  }
  const values = await page
    .locator('main [data-value]')
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))));
  expect(values.every((value) => known.has(value))).toBe(true);
  // The numbers given stay: in the formulas, the figure and the table.
  await expect(page.locator('#step-net_h1')).toContainText('0.15⋅0.05+0.2⋅0.1+0.35⋅1');
  await expect(page.locator('#step-dnet_h1_dw1')).toContainText('0.05');
  await expect(page.locator('.sheet-figure [data-figure-param="w5"]')).toHaveText('w5 = 0.4');
  await expect(page.locator('[data-param="w5"]')).toHaveText('0.4');
  await expect(page.locator('[data-notice]')).toHaveCount(0);
});

test('the sheet switches between the exercise and its key, and the address follows', async ({
  page,
}) => {
  const sheet = new SheetPage(page);
  await sheet.open('w5=0.3');
  const key = page.getByRole('radio', { name: 'Worked, with every answer (the key)' });
  const exercise = page.getByRole('radio', { name: /^Exercise: blanks/ });
  await expect(key).toBeChecked();
  await exercise.check();
  await expect(page.locator('[data-quantity]')).toHaveCount(0);
  await expect(page.locator('[data-blank="E_total"]')).toBeVisible();
  await expect.poll(() => new URL(page.url()).search).toBe('?view=sheet&w5=0.3&answers=0');
  await key.check();
  await expect(sheet.quantity('E_total')).toHaveAttribute(
    'data-value',
    String(
      computeTrace({ ...ARTICLE_MODEL, params: { ...ARTICLE_MODEL.params, w5: 0.3 } }).quantities
        .E_total,
    ),
  );
  await expect.poll(() => new URL(page.url()).search).toBe('?view=sheet&w5=0.3');
});

test('a bad answers value falls back to the key, and the notice names it', async ({ page }) => {
  const sheet = new SheetPage(page);
  await sheet.open('answers=maybe');
  await expect(page.locator('[data-notice="answers"]')).toContainText(
    'answers = “maybe”: answers must be 1 (the worked sheet, the answer key) or 0 (the exercise',
  );
  expect(await sheet.value('E_total')).toBe(article.quantities.E_total);
  await expect(page.locator('[data-blank]')).toHaveCount(0);
});

test('printed, the exercise keeps its figure and blanks and drops the controls', async ({
  page,
}) => {
  await page.goto('/?view=sheet&answers=0');
  await expect(page.locator('[data-blank="E_total"]')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('group', { name: 'This sheet' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print this sheet' })).toBeHidden();
  await expect(page.getByRole('img', { name: /^The network/ })).toBeVisible();
  await expect(page.locator('[data-blank="w1_new"]')).toBeVisible();
});

test('a sheet of the mistaken method says so, on screen and in print', async ({ page }) => {
  const sheet = new SheetPage(page);
  await sheet.open();
  await expect(page.getByText('Mistaken method.')).toHaveCount(0);
  await sheet.open('hidden_deltas=updated');
  const note = page.locator('[data-method="mistaken"]');
  await expect(note).toContainText(
    'Mistaken method. This sheet shows the mistaken method (hidden_deltas = updated)',
  );
  await page.emulateMedia({ media: 'print' });
  await expect(note).toBeVisible();
  expect(await sheet.value('w1_new')).toBeCloseTo(
    reference.publishedExplained.hiddenDeltasWithUpdatedOutputWeights.w1_new!,
    9,
  );
});

test('the explorer’s JSON and CSV of the mistaken method say so', async ({ page }) => {
  await page.goto('/?hidden_deltas=updated');
  await page.getByRole('tab', { name: 'Check', exact: true }).click();
  const panel = page.getByRole('tabpanel', { name: 'Check' });
  const download = async (name: string) => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name, exact: true }).click(),
    ]);
    return readFile((await file.path())!, 'utf8');
  };
  const json = JSON.parse(await download('Download JSON')) as {
    method: { correct: boolean; note: string };
    weights: Record<string, { from: string; to: string }>;
    steps: { id: string; note?: string; weight?: string }[];
  };
  expect(json.method.correct).toBe(false);
  expect(json.method.note).toMatch(/^This sheet shows the mistaken method/);
  expect(json.weights).toEqual(reference.weightEdges);
  expect(json.steps.find((s) => s.id === 'dE_dw1')?.note).toMatch(/^mistaken method/);
  expect(json.steps.find((s) => s.id === 'dE_dw5')?.weight).toBe('w5: h1 → o1');
  const csv = (await download('Download CSV')).split('\r\n');
  expect(csv[0]).toBe('id,phase,value,symbol,formula,substituted,weight,note');
  expect(csv.find((row) => row.startsWith('w1_new,'))).toMatch(
    /,w1: i1 → h1,mistaken method: computed from the already-updated w5…w8$/,
  );
});
