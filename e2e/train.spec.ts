import { expect, test } from '@playwright/test';
import { gradientCheck } from '../app/engine/gradient-check';
import { ARTICLE_MODEL } from '../app/engine/model';
import { computeTrace } from '../app/engine/trace';
import { train } from '../app/engine/train';
import { formatNumber } from '../app/engine/format';
import { printed, reference } from './reference';
import { TrainPage } from './train-page';

const article = computeTrace(ARTICLE_MODEL).quantities;
const relativeError = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);

test('one update lowers E_total to the trace’s E_total_new', async ({ page }) => {
  const train = new TrainPage(page);
  await train.open();
  await expect(train.figure('E_total')).toHaveText(printed('E_total'));
  await train.button('Apply one update (w ← w⁺)').click();
  await expect(train.panel().getByRole('status').first()).toHaveText(
    `Etotal went from ${printed('E_total')} to ${formatNumber(reference.exact.E_total_after_1_update!)}.`,
  );
  expect(await train.figureValue('E_total')).toBe(article.E_total_new);
  await expect(train.panel().getByRole('img', { name: /^Error from/ })).toHaveAttribute(
    'aria-label',
    'Error from 0.298 to 0.291 over 1 step',
  );
});

test('10,000 steps from the article’s values end at the exact figures, shown live', async ({
  page,
}) => {
  const trainer = new TrainPage(page);
  await trainer.open();
  await trainer.train(10_000);
  // Mid-run the page already shows a lower error than at the start.
  await expect
    .poll(async () => trainer.figureValue('E_total'))
    .toBeLessThan(article.E_total! - 0.01);
  await expect(trainer.count()).toHaveText('10,000 of 10,000 steps', { timeout: 20_000 });
  await expect(trainer.progress()).toHaveAttribute('value', '10000');
  await expect(trainer.status()).toHaveText('Done: 10,000 steps.');
  await expect(trainer.figure('E_total')).toHaveText(formatNumber(reference.exact.E_total_after_10000_updates!));
  await expect(trainer.figure('out_o1')).toHaveText(formatNumber(reference.exact.out_o1_after_10000_updates!));
  await expect(trainer.figure('out_o2')).toHaveText('0.984064274');
  const exact = reference.exact;
  const expected = train(ARTICLE_MODEL, 10_000);
  expect(await trainer.figureValue('E_total')).toBe(expected.losses[9_999]);
  expect(await trainer.figureValue('out_o1')).toBe(expected.outputs.o1);
  expect(
    relativeError(await trainer.figureValue('E_total'), exact.E_total_after_10000_updates!),
  ).toBeLessThan(1e-12);
  expect(
    relativeError(await trainer.figureValue('out_o2'), exact.out_o2_after_10000_updates!),
  ).toBeLessThan(1e-12);
  await expect(trainer.panel().getByRole('img', { name: /^Error from/ })).toHaveAttribute(
    'aria-label',
    'Error from 0.298 to 0.0000351 over 10,000 steps',
  );
  // The whole run is one undo step back to the article's numbers.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(trainer.figure('E_total')).toHaveText(printed('E_total'));
  await trainer.tab('Numbers');
  await expect(
    page.getByRole('tabpanel', { name: 'Numbers' }).getByRole('spinbutton', { name: /^w5\b/ }),
  ).toHaveValue('0.4');
});

test('a run pauses, resumes and stops where it stands', async ({ page }) => {
  const trainer = new TrainPage(page);
  await trainer.open();
  await trainer.train('100,000');
  await expect.poll(() => trainer.done()).toBeGreaterThan(0);
  await trainer.button('Pause').click();
  await expect(trainer.status()).toHaveText(/^Paused after [\d,]+ steps\.$/);
  const paused = await trainer.done();
  expect(paused).toBeLessThan(100_000);
  await page.waitForTimeout(300);
  expect(await trainer.done()).toBe(paused);
  await trainer.button('Resume').click();
  await expect.poll(() => trainer.done()).toBeGreaterThan(paused);
  await trainer.button('Stop').click();
  await expect(trainer.status()).toHaveText(/^Stopped after [\d,]+ steps\.$/);
  const stopped = await trainer.done();
  expect(stopped).toBeLessThan(100_000);
  await page.waitForTimeout(200);
  expect(await trainer.done()).toBe(stopped);
  // The model holds exactly the steps taken (to float64 rounding: the browser's Math.exp
  // may differ from Node's in the last bit, and a long run carries that along).
  const expected = train(ARTICLE_MODEL, stopped).losses[stopped - 1]!;
  expect(relativeError(await trainer.figureValue('E_total'), expected)).toBeLessThan(1e-9);
  await expect(trainer.button('Pause')).toBeDisabled();
});

test('a diverging run stops with a message, and every number stays finite', async ({ page }) => {
  const trainer = new TrainPage(page);
  await trainer.open('act_o=linear&act_h=linear&lr=11');
  const before = await trainer.figureValue('E_total');
  await trainer.train(1_000);
  await expect(trainer.alert()).toHaveText(
    /^Training stopped at step \d: the error diverged \(learning rate too large\?\)\. The last finite state is kept\.$/,
  );
  const values = await page
    .locator('[data-value]')
    .evaluateAll((elements) => elements.map((e) => (e as HTMLElement).dataset.value ?? ''));
  expect(values.length).toBeGreaterThan(10);
  for (const value of values) expect(Number.isFinite(Number(value)), value).toBe(true);
  await expect(page.getByRole('alert').filter({ hasText: /must lie between/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  expect(await trainer.figureValue('E_total')).toBe(before);
});

test('“Show the article’s figures” reruns with the ordering mistake and shows them', async ({
  page,
}) => {
  const trainer = new TrainPage(page);
  await trainer.open();
  const note = trainer
    .panel()
    .getByRole('region', { name: 'Why the article prints other figures' });
  await expect(note).toContainText(
    `after 9,999 updates, not 10,000: ${printed('E_total_after_10000_updates')}`,
  );
  await trainer.button('Show the article’s figures').click();
  await expect(trainer.count()).toHaveText('10,000 of 10,000 steps', { timeout: 20_000 });
  await expect(trainer.figure('out_o1')).toHaveText(new RegExp(`^${printed('out_o1_after_10000_updates').replace('.', '\\.')}`));
  await expect(trainer.figure('out_o2')).toHaveText(printed('out_o2_after_10000_updates'));
  const mistaken = reference.published;
  expect((await trainer.figureValue('out_o1')).toFixed(9)).toBe(
    String(mistaken.out_o1_after_10000_updates),
  );
  await trainer.button('Run the correct method').click();
  await expect(trainer.status()).toHaveText('Done: 10,000 steps.', { timeout: 20_000 });
  await expect(trainer.figure('out_o1')).toHaveText(formatNumber(reference.exact.out_o1_after_10000_updates!));
});

test('the gradient check matches the engine’s, and the nudge compares ΔE with ∂E/∂w · ε', async ({
  page,
}) => {
  const trainer = new TrainPage(page);
  await trainer.open('', 'Check');
  const panel = trainer.panel('Check');
  const expected = gradientCheck(ARTICLE_MODEL);
  for (const check of expected) {
    const row = panel.locator(`tr[data-check-param="${check.param}"]`);
    const numeric = Number(await row.locator('[data-check="numeric"]').getAttribute('data-value'));
    const analytic = Number(await row.locator('[data-quantity]').getAttribute('data-value'));
    // Central differences magnify last-bit differences of Math.exp between browser and Node.
    expect(Math.abs(numeric - check.numeric), check.param).toBeLessThan(1e-9);
    expect(analytic, check.param).toBe(article[`dE_d${check.param}`]);
    expect(Math.abs(analytic - numeric), check.param).toBeLessThan(1e-8);
  }
  await expect(panel.locator('.check-verdict')).toHaveText(
    'Every gradient agrees with its estimate.',
  );
  await expect(panel.getByLabel('Parameter to nudge')).toHaveValue('w5');
  const measured = Number(
    await panel.locator('[data-nudge="measured"]').getAttribute('data-value'),
  );
  const moved = computeTrace({ ...ARTICLE_MODEL, params: { ...ARTICLE_MODEL.params, w5: 0.401 } });
  expect(measured).toBe(moved.quantities.E_total! - article.E_total!);
  await expect(panel.locator('.nudge-sentence')).toContainText('Moving w5 from 0.4 to 0.401');
  await panel.getByLabel('ε, the nudge').fill('abc');
  await expect(panel.getByText('ε must be a number; "abc" is not one.')).toBeVisible();
  // The check follows the model, and catches the article's ordering mistake.
  await page.goto('/?hidden_deltas=updated');
  await trainer.tab('Check');
  await expect(panel.locator('.check-verdict')).toContainText('w1, w2, w3, w4, b1 disagree');
});

test('JSON and CSV downloads hold every value of the trace', async ({ page }) => {
  const trainer = new TrainPage(page);
  await trainer.open('w5=0.3', 'Check');
  const expected = computeTrace({ ...ARTICLE_MODEL, params: { ...ARTICLE_MODEL.params, w5: 0.3 } });
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    trainer.button('Download JSON', 'Check').click(),
  ]);
  expect(json.suggestedFilename()).toBe('backprop-lab-values.json');
  const data = JSON.parse(await streamText(json)) as {
    params: Record<string, number>;
    quantities: Record<string, number>;
    steps: { id: string }[];
  };
  expect(data.quantities).toEqual(expected.quantities);
  expect(data.params.w5).toBe(0.3);
  expect(data.steps.map((s) => s.id)).toEqual(expected.entries.map((e) => e.id));
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    trainer.button('Download CSV', 'Check').click(),
  ]);
  expect(csv.suggestedFilename()).toBe('backprop-lab-values.csv');
  const rows = (await streamText(csv)).split('\r\n').filter(Boolean);
  expect(rows[0]).toBe('id,phase,value,symbol,formula,substituted,weight,note');
  expect(rows).toHaveLength(expected.entries.length + 1);
});

test('the network picture downloads as SVG and PNG', async ({ page }) => {
  const trainer = new TrainPage(page);
  await trainer.open('', 'Check');
  const graph = page.locator('svg[data-graph-svg]');
  test.skip((await graph.count()) === 0, 'the graph is not drawn as an SVG yet');
  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    trainer.button('Download SVG', 'Check').click(),
  ]);
  expect(svg.suggestedFilename()).toBe('backprop-lab-network.svg');
  const text = await streamText(svg);
  expect(text).toContain('<svg');
  expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
  expect(text).toMatch(/style="fill:/);
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    trainer.button('Download PNG', 'Check').click(),
  ]);
  expect(png.suggestedFilename()).toBe('backprop-lab-network.png');
  const bytes = await streamBytes(png);
  expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  // Twice the size on screen: the PNG's width is in bytes 16–19 of its header.
  const box = await graph.boundingBox();
  expect(bytes.readUInt32BE(16)).toBe(Math.round(box!.width) * 2);
});

async function streamBytes(download: import('@playwright/test').Download): Promise<Buffer> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function streamText(download: import('@playwright/test').Download): Promise<string> {
  return (await streamBytes(download)).toString('utf8');
}
