import { expect, test } from '@playwright/test';
import { ARTICLE_MODEL } from '../app/engine/model';
import { computeTrace } from '../app/engine/trace';

/**
 * Nothing is told by colour alone (WCAG 1.4.1): each coloured state also has a
 * shape or words. These are the states a learner must read right.
 */

const trace = computeTrace(ARTICLE_MODEL);
const gradient = (w: string) => trace.entries.find((e) => e.id === `dE_d${w}`)!.value;

test('a negative gradient is dashed on the graph, a positive one solid', async ({ page }) => {
  // The last step: every gradient reached and drawn.
  await page.goto('/?step=E_total_new');
  const signs = ['w1', 'w5', 'w7', 'w8'].map((w) => [w, Math.sign(gradient(w))] as const);
  // The article's numbers have both signs, or this test would prove nothing.
  expect(new Set(signs.map(([, s]) => s))).toEqual(new Set([1, -1]));
  for (const [w, sign] of signs) {
    const line = page.locator(`.graph-edge-line[data-grad-param="${w}"]`);
    await expect(line).toHaveAttribute('data-grad', sign > 0 ? 'pos' : 'neg');
    const dashes = await line.evaluate((el) => getComputedStyle(el).strokeDasharray);
    if (sign > 0) expect(dashes, `${w} solid`).toBe('none');
    else expect(dashes, `${w} dashed`).not.toBe('none');
  }
});

test('a refused value says so in words, beside its field', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('tab', { name: 'Numbers', exact: true }).click();
  const field = page.getByRole('tabpanel', { name: 'Numbers' }).getByLabel(/^w5/).first();
  await field.fill('abc');
  await field.press('Enter');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  const message = page.getByRole('tabpanel', { name: 'Numbers' }).getByRole('alert');
  await expect(message).toContainText(/number/i);
  // The warning sign is drawn by CSS before the words.
  expect(await message.evaluate((el) => getComputedStyle(el, '::before').content)).toContain('⚠');
});

test('a wrong and a right answer in a lesson are told in words', async ({ page }) => {
  await page.goto('/?lesson=forward-pass&lstep=2');
  const check = page.getByRole('region', { name: 'Predict, then reveal' });
  const answer = check.getByLabel(/^Your answer for /);
  await answer.fill('12');
  await check.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(check.getByRole('status')).toContainText('Not quite');
  const netH1 = trace.entries.find((e) => e.id === 'net_h1')!.value;
  await answer.fill(String(netH1));
  await check.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(check.getByRole('status')).toContainText(/^Right:/);
});

test('the gradient check marks each row agreeing with a tick, and the current row with a pointer', async ({
  page,
}) => {
  await page.goto('/?step=dE_dw5');
  await page.getByRole('tab', { name: 'Check', exact: true }).click();
  const panel = page.getByRole('tabpanel', { name: 'Check' });
  const differences = panel.locator('[data-check="difference"]');
  await expect(differences.first()).toBeVisible();
  for (const cell of await differences.all()) await expect(cell).toContainText('✓');
  const current = panel.locator('tr[aria-current="true"] th');
  await expect(current).toHaveText('w5');
  expect(await current.evaluate((el) => getComputedStyle(el, '::before').content)).toContain('▸');
});
