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
  await expect(trainer.figure('E_total')).toHaveText(
    formatNumber(reference.exact.E_total_after_10000_updates!),
  );
  await expect(trainer.figure('out_o1')).toHaveText(
    formatNumber(reference.exact.out_o1_after_10000_updates!),
  );
  await expect(trainer.figure('out_o2')).toHaveText(
    formatNumber(reference.exact.out_o2_after_10000_updates!),
  );
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
  // A run advances once an animation frame; on a clock the test advances, a paused run is seen
  // to stay put through a whole second of frames.
  await page.clock.install();
  const trainer = new TrainPage(page);
  await trainer.open();
  await page.clock.pauseAt(Date.now() + 60_000);
  await trainer.train('100,000');
  await page.clock.runFor(100);
  await expect.poll(() => trainer.done()).toBeGreaterThan(0);
  await trainer.button('Pause').click();
  await expect(trainer.status()).toHaveText(/^Paused after [\d,]+ steps\.$/);
  const paused = await trainer.done();
  expect(paused).toBeLessThan(100_000);
  await page.clock.runFor(1000);
  expect(await trainer.done()).toBe(paused);
  await trainer.button('Resume').click();
  await page.clock.runFor(100);
  await expect.poll(() => trainer.done()).toBeGreaterThan(paused);
  await trainer.button('Stop').click();
  await expect(trainer.status()).toHaveText(/^Stopped after [\d,]+ steps\.$/);
  const stopped = await trainer.done();
  expect(stopped).toBeLessThan(100_000);
  await page.clock.runFor(1000);
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
    /^Training stopped after (\d+) steps?: at step \d+ the error would have grown past a million times its start \(learning rate too large\?\)\. The state after step \d+ is kept\.$/,
  );
  // The message and the progress counter count the same steps.
  const [, after, next, kept] =
    /after (\d+) steps?: at step (\d+) .* after step (\d+)/.exec(
      (await trainer.alert().textContent()) ?? '',
    ) ?? [];
  await expect(trainer.count()).toHaveText(`${after} of 1,000 steps`);
  await expect(trainer.progress()).toHaveAttribute('value', after!);
  expect(Number(next)).toBe(Number(after) + 1);
  expect(kept).toBe(after);
  const values = await page
    .locator('[data-value]')
    .evaluateAll((elements) => elements.map((e) => (e as HTMLElement).dataset.value ?? ''));
  expect(values.length).toBeGreaterThan(10);
  for (const value of values) expect(Number.isFinite(Number(value)), value).toBe(true);
  await expect(page.getByRole('alert').filter({ hasText: /must lie between/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  expect(await trainer.figureValue('E_total')).toBe(before);
});

test('a learning rate of 1000 says the units saturated and training stalled', async ({ page }) => {
  const trainer = new TrainPage(page);
  await trainer.open('lr=1000');
  const health = trainer.panel().locator('.train-health');
  await expect(health).toBeEmpty();
  await trainer.trainAndWait(10);
  // The curve looks like success (E_total = 0.0001); the note says why it is not.
  await expect(trainer.figure('E_total')).toHaveText('0.0001');
  expect(await trainer.figureValue('out_o1')).toBeLessThan(1e-40);
  await expect(health).toContainText('Units sit where the sigmoid is flat: out_o1 = 8.1');
  await expect(health).toContainText('training has stalled, not converged');
  await expect(health).toContainText('(η = 1000)');
  // Reset: the state it described is gone, and so is the note, the count and the status.
  await page.getByRole('button', { name: 'Reset to the article' }).click();
  await expect(health).toBeEmpty();
  await expect(trainer.count()).toHaveCount(0);
  await expect(trainer.status()).toBeEmpty();
});

test('the oscillating example makes the error go up and down on the chart', async ({ page }) => {
  const trainer = new TrainPage(page);
  await trainer.open();
  await trainer
    .panel()
    .getByRole('button', { name: /^Oscillate: η = 8, tanh outputs, 100 steps$/ })
    .click();
  await expect(trainer.count()).toHaveText('100 of 100 steps', { timeout: 20_000 });
  await expect(trainer.panel().locator('.train-health')).toBeEmpty();
  // The line as drawn: y grows downwards, so a rise of the error is a fall of y.
  const d = (await trainer.panel().locator('.loss-line').getAttribute('d')) ?? '';
  const ys = [...d.matchAll(/[ML]([-\d.e]+),([-\d.e]+)/g)].map((m) => Number(m[2]));
  expect(ys).toHaveLength(101);
  const height = Math.max(...ys) - Math.min(...ys);
  const rises = ys.slice(1).filter((y, k) => ys[k]! - y > height / 20).length;
  const falls = ys.slice(1).filter((y, k) => y - ys[k]! > height / 20).length;
  expect(rises).toBeGreaterThan(30);
  expect(falls).toBeGreaterThan(30);
  // One undo step back to the article's network.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(trainer.figure('E_total')).toHaveText(printed('E_total'));
});

test('after a diverged run, Reset clears the message; after one update, so does an edit', async ({
  page,
}) => {
  const trainer = new TrainPage(page);
  await trainer.open('act_o=linear&act_h=linear&lr=11');
  await trainer.train(1_000);
  await expect(trainer.alert()).toContainText('Training stopped after');
  await page.getByRole('button', { name: 'Reset to the article' }).click();
  await expect(trainer.panel().locator('p[role="alert"]')).toBeEmpty();
  await trainer.button('Apply one update (w ← w⁺)').click();
  const result = trainer.panel().locator('.train-result');
  await expect(result).toContainText('went from');
  await page.getByRole('button', { name: 'Reset to the article' }).click();
  await expect(result).toBeEmpty();
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
  await expect(trainer.figure('out_o1')).toHaveText(
    new RegExp(`^${printed('out_o1_after_10000_updates').replace('.', '\\.')}`),
  );
  await expect(trainer.figure('out_o2')).toHaveText(printed('out_o2_after_10000_updates'));
  const mistaken = reference.published;
  expect((await trainer.figureValue('out_o1')).toFixed(9)).toBe(
    String(mistaken.out_o1_after_10000_updates),
  );
  await trainer.button('Run the correct method').click();
  await expect(trainer.status()).toHaveText('Done: 10,000 steps.', { timeout: 20_000 });
  await expect(trainer.figure('out_o1')).toHaveText(
    formatNumber(reference.exact.out_o1_after_10000_updates!),
  );
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
    'Every gradient agrees with its estimate. What differences remain are rounding: h is so small that E(p + h) and E(p − h) share most of their digits.',
  );
  await expect(panel.getByLabel('Parameter to nudge')).toHaveValue('w5');
  const measured = Number(
    await panel.locator('[data-nudge="measured"]').getAttribute('data-value'),
  );
  const moved = computeTrace({ ...ARTICLE_MODEL, params: { ...ARTICLE_MODEL.params, w5: 0.401 } });
  expect(measured).toBe(moved.quantities.E_total! - article.E_total!);
  await expect(panel.locator('.nudge-sentence')).toContainText('Moving w5 from 0.4 to 0.401');
  // At ε = 0.001 the gap is the error curve's bend: it shrinks tenfold with each tenfold smaller ε.
  await expect(panel.locator('.nudge-why')).toHaveAttribute('data-gap-cause', 'curvature');
  await expect(panel.locator('.nudge-why')).toContainText(
    'The gap shrinks in step with ε, as a bend’s does, so ∂E/∂w5 is right.',
  );
  await panel.getByLabel('ε, the nudge').fill('abc');
  await expect(panel.getByText('ε must be a number; "abc" is not one.')).toBeVisible();
  // The check follows the model, and catches the article's ordering mistake.
  await page.goto('/?hidden_deltas=updated');
  await trainer.tab('Check');
  await expect(panel.locator('.check-verdict')).toContainText('w1, w2, w3, w4, b1 disagree');
});

/** "7.44 × 10⁻⁴" or "0.0744" as a number. */
function readShare(text: string): number {
  const [mantissa = '', power = ''] = text.split('\u2009×\u200910');
  const digits = [...power]
    .map((c) => '⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c))
    .filter((d) => d >= 0)
    .join('');
  return Number(mantissa) * 10 ** (power.startsWith('⁻') ? -Number(digits) : Number(digits || 0));
}

test('the Check tab tells curvature, rounding and a wrong backward pass apart', async ({
  page,
}) => {
  const trainer = new TrainPage(page);
  await trainer.open('step=dE_dw5', 'Check');
  const panel = trainer.panel('Check');
  const why = panel.locator('.nudge-why');
  const epsilon = panel.getByLabel('ε, the nudge');
  const percentAt = async () =>
    [
      ...((await why.textContent()) ?? '').matchAll(
        /([\d.]+(?:\u2009×\u200910[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)?)% (?:apart )?at/gu,
      ),
    ].map((m) => m[1]);

  // Curvature: the gap shrinks tenfold with each tenfold smaller ε.
  await epsilon.fill('0.01');
  await expect(why).toHaveAttribute('data-gap-cause', 'curvature');
  // Three rungs, 0.01, 0.001 and 10⁻⁴, each gap a tenth of the one before (a one-sided difference).
  const shares = (await percentAt()).map((text) => readShare(text ?? ''));
  expect(shares).toHaveLength(3);
  for (const k of [1, 2]) expect(shares[k - 1]! / shares[k]!).toBeCloseTo(10, 0);
  // Rounding: at ε = 10⁻¹² E_total moves in its 13th digit.
  await epsilon.fill('1e-12');
  await expect(why).toHaveAttribute('data-gap-cause', 'rounding');
  await expect(why).toContainText('ε is so small that rounding dominates');
  await expect(why).toContainText('agree in their first 12 digits');
  // The table: h = 10⁻² shows the bend, h = 10⁻⁶ rounding; every row agrees either way.
  await panel.getByLabel('h, the step').selectOption({ label: '10⁻²' });
  await expect(
    panel.locator('tr[data-check-param="w5"] [data-check="difference"]'),
  ).toHaveAttribute('data-gap-cause', 'curvature');
  await expect(panel.locator('tr[data-check-param="w5"] [data-check="difference"]')).toContainText(
    '✓ bend',
  );
  await expect(panel.locator('.check-verdict')).toContainText('Every gradient agrees');
  expect(await percentAt()).toEqual([]); // (the rounding sentence quotes no ladder)

  // A wrong backward pass: lesson 6's slip. The gap stays 20.2 % at every ε.
  await trainer.open('hidden_deltas=updated&step=dE_dw1', 'Check');
  await expect(panel.getByLabel('Parameter to nudge')).toHaveValue('w1');
  for (const value of ['0.001', '0.00001']) {
    await epsilon.fill(value);
    await expect(why).toHaveAttribute('data-gap-cause', 'wrong-gradient');
    await expect(why).toContainText('a smaller ε will not help: the backward pass is wrong.');
    await expect(why).not.toContainText('Try a smaller ε');
    expect(await percentAt()).toEqual(['20.2', '20.2', '20.2']);
    // The rate it finds is the article's ∂E/∂w1, computed independently, to the digits shown.
    const shown =
      /changes at a rate of ([\d.]+)\.$/.exec((await why.textContent()) ?? '')?.[1] ?? '';
    const digits = shown.replace(/^0\.0*/, '').length;
    expect(digits).toBeGreaterThanOrEqual(6);
    expect(shown).toBe(formatNumber(reference.exact.dE_dw1!, digits));
  }
  await expect(panel.locator('.check-verdict')).toContainText(
    'This step’s ∂E/∂w1: the two differ by 7.4\u2009×\u200910⁻⁵, and the gap stays put as h shrinks',
  );
  await expect(panel.locator('.check-verdict')).toContainText('the backward pass is wrong');
  await expect(panel.locator('tr[data-check-param="w1"] [data-check="difference"]')).toContainText(
    '✗ wrong',
  );
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
  await expect(graph).toHaveCount(1);
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
