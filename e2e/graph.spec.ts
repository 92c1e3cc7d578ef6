import { expect, test, type Locator, type Page } from '@playwright/test';
import { formatDisplayNumber } from '../app/engine/format';
import { ARTICLE_MODEL } from '../app/engine/model';
import { computeTrace } from '../app/engine/trace';

const graph = (page: Page) => page.locator('svg[data-graph-svg]');
/** The weight's value control on the diagram (the Numbers tab has its own). */
const weightLabel = (page: Page, id: string) =>
  graph(page).getByRole('spinbutton', { name: new RegExp(`^${id},`) });
const shownParam = (page: Page, id: string) =>
  graph(page).locator(`[data-param-label="${id}"] [data-param="${id}"]`);
const stepInUrl = (page: Page) => () => new URL(page.url()).searchParams.get('step');

/** A point on an edge, away from its label, in page coordinates. */
async function pointOnEdge(page: Page, id: string, fraction: number) {
  return page.evaluate(
    ([edgeId, t]) => {
      const line = document.querySelector<SVGLineElement>(
        `[data-edge="${edgeId}"] .graph-edge-hit`,
      )!;
      const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map((a) =>
        Number(line.getAttribute(a)),
      ) as [number, number, number, number];
      const point = new DOMPoint(x1 + t * (x2 - x1), y1 + t * (y2 - y1)).matrixTransform(
        line.getScreenCTM()!,
      );
      return { x: point.x, y: point.y };
    },
    [id, fraction] as const,
  );
}

async function openEditor(page: Page, id: string): Promise<Locator> {
  await weightLabel(page, id).click();
  const editor = page.getByRole('textbox', { name: `${id} value` });
  await expect(editor).toBeFocused();
  return editor;
}

test('the diagram shows w1 … w8 with the article’s values', async ({ page }) => {
  await page.goto('/');
  for (const id of ['w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7', 'w8']) {
    const value = ARTICLE_MODEL.params[id]!;
    await expect(weightLabel(page, id)).toHaveAttribute('aria-valuenow', String(value));
    await expect(shownParam(page, id)).toHaveText(String(value));
    await expect(shownParam(page, id)).toHaveAttribute('data-value', String(value));
  }
  await expect(weightLabel(page, 'w5')).toHaveAccessibleName('w5, weight from h1 to o1');
  for (const node of ['i1', 'i2', 'h1', 'h2', 'o1', 'o2', 'b1', 'b2', 't1', 't2']) {
    await expect(graph(page).getByRole('button', { name: new RegExp(`^${node},`) })).toBeVisible();
  }
});

test('typing 0.3 into w5 updates the diagram and every gradient on the page', async ({ page }) => {
  await page.goto('/?step=E_total_new');
  const editor = await openEditor(page, 'w5');
  await editor.fill('0.3');
  await editor.press('Enter');
  await expect(editor).toBeHidden();
  await expect(shownParam(page, 'w5')).toHaveAttribute('data-value', '0.3');
  await expect(weightLabel(page, 'w5')).toBeFocused();

  const expected = computeTrace({
    ...ARTICLE_MODEL,
    params: { ...ARTICLE_MODEL.params, w5: 0.3 },
  }).quantities;
  const shown = await page
    .locator('[data-quantity^="dE_dw"]')
    .evaluateAll((elements) =>
      elements.map(
        (e) =>
          [e.getAttribute('data-quantity') ?? '', Number(e.getAttribute('data-value'))] as const,
      ),
    );
  expect(shown.length).toBeGreaterThanOrEqual(8);
  for (const [id, value] of shown) expect(value, id).toBe(expected[id]);

  // Hovering the weight shows its gradient, to a few digits.
  await weightLabel(page, 'w5').hover();
  const tip = graph(page).locator('[data-tip-for="w5"]');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(`∂E/∂w5 = ${formatDisplayNumber(expected.dE_dw5!, 4)}`);
  await expect(graph(page).locator('[data-edge="w5"]')).toHaveAttribute('data-hot', '');
});

test('a decimal comma is read, and Escape cancels', async ({ page }) => {
  await page.goto('/');
  let editor = await openEditor(page, 'w5');
  await editor.fill('0,5');
  await editor.press('Enter');
  await expect(shownParam(page, 'w5')).toHaveAttribute('data-value', '0.5');
  editor = await openEditor(page, 'w5');
  await editor.fill('0.9');
  await editor.press('Escape');
  await expect(editor).toBeHidden();
  await expect(shownParam(page, 'w5')).toHaveAttribute('data-value', '0.5');
});

test('bad entries are refused with the reason, keeping w5 = 0.4', async ({ page }) => {
  await page.goto('/');
  const message = page.locator('.network-graph [role="alert"]');
  for (const [typed, reason] of [
    ['abc', /w5 must be a number/],
    ['1e400', /too large/],
    ['', /w5 must be a number/],
    ['NaN', /finite/],
    ['2e6', /between/],
  ] as const) {
    const editor = await openEditor(page, 'w5');
    await editor.fill(typed);
    await editor.press('Enter');
    await expect(message).toHaveText(reason);
    await expect(editor).toBeVisible();
    await expect(editor).toHaveAttribute('aria-invalid', 'true');
    await expect(shownParam(page, 'w5')).toHaveAttribute('data-value', '0.4');
    await editor.press('Escape');
    await expect(message).toBeEmpty();
  }
});

test('↑ nudges a focused weight, ←/→ still step', async ({ page }) => {
  await page.goto('/');
  const label = weightLabel(page, 'w5');
  await label.focus();
  await page.keyboard.press('ArrowUp');
  await expect(shownParam(page, 'w5')).toHaveAttribute('data-value', '0.41');
  await expect(label).toHaveAttribute('aria-valuenow', '0.41');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(shownParam(page, 'w5')).toHaveAttribute('data-value', '0.31');
  await page.keyboard.press('ArrowRight');
  await expect.poll(stepInUrl(page)).toBe('out_h1');
  await expect(label).toBeFocused();
});

test('dragging a weight up scrubs it, and one undo restores it', async ({ page }) => {
  await page.goto('/');
  const box = (await weightLabel(page, 'w5').boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let dy = 5; dy <= 40; dy += 5) await page.mouse.move(x, y - dy);
  await page.mouse.up();
  await expect(page.getByRole('textbox', { name: 'w5 value' })).toHaveCount(0);
  const dragged = Number(await shownParam(page, 'w5').getAttribute('data-value'));
  expect(dragged).toBeCloseTo(0.4 + 40 * 0.005, 6);
  await page.keyboard.press('Control+z');
  await expect(shownParam(page, 'w5')).toHaveAttribute('data-value', '0.4');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('clicking a part of the diagram goes to its step', async ({ page }) => {
  await page.goto('/');
  const point = await pointOnEdge(page, 'w5', 0.2);
  await page.mouse.click(point.x, point.y);
  await expect.poll(stepInUrl(page)).toBe('dE_dw5');
  // The edge now shows its gradient: positive, so blue and solid.
  await expect(graph(page).locator('[data-edge="w5"] .graph-edge-line')).toHaveAttribute(
    'data-grad',
    'pos',
  );
  await expect(graph(page).locator('[data-edge="w1"] .graph-edge-line')).not.toHaveAttribute(
    'data-grad',
  );
  await graph(page).getByRole('button', { name: /^t1,/ }).click();
  await expect.poll(stepInUrl(page)).toBe('E_o1');
  await graph(page).getByRole('button', { name: /^h1,/ }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(stepInUrl(page)).toBe('out_h1');
});

test('Tab walks the diagram layer by layer', async ({ page }) => {
  await page.goto('/');
  await graph(page).getByRole('button', { name: /^i1,/ }).focus();
  const order: string[] = [];
  for (let k = 0; k < 24; k++) {
    order.push(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''));
    await page.keyboard.press('Tab');
  }
  const ids = order.map((label) => label.split(/[,:]/)[0]);
  expect(ids).toEqual([
    ...['i1', 'i1', 'i2', 'i2', 'b1', 'b1', 'w1', 'w2', 'w3', 'w4', 'h1', 'h2'],
    ...['b2', 'b2', 'w5', 'w6', 'w7', 'w8', 'o1', 'o2', 't1', 't1', 't2', 't2'],
  ]);
});

test('on a 375 px phone the whole diagram fits, with no sideways scroll', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/');
  const box = (await graph(page).boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(375);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  // Zooming in stays inside the drawing's box, and the view can be reset.
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page.getByRole('button', { name: 'Reset view' })).toBeEnabled();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.getByRole('button', { name: 'Reset view' }).click();
  await expect(page.getByRole('button', { name: 'Reset view' })).toBeDisabled();
});
