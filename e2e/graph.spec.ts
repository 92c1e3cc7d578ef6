import { expect, test, type Locator, type Page } from '@playwright/test';
import { formatDisplayNumber } from '../app/engine/format';
import { ARTICLE_MODEL } from '../app/engine/model';
import { computeTrace } from '../app/engine/trace';

const graph = (page: Page) => page.locator('svg[data-graph-svg]');
/** The weight's value on the diagram, a button that opens its editor (the Numbers tab has a field). */
const weightLabel = (page: Page, id: string) =>
  graph(page).getByRole('button', { name: new RegExp(`^${id} `) });
/** The label once its drag behaviour is attached (it loads after the first paint). */
async function draggable(page: Page, id: string): Promise<Locator> {
  const label = weightLabel(page, id);
  await expect(label).toHaveAttribute('data-scrub', 'ready');
  return label;
}
/** The editor a value opens: a spin button. */
const editorOf = (page: Page, id: string) => page.getByRole('spinbutton', { name: `${id} value` });
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
  const editor = editorOf(page, id);
  await expect(editor).toBeFocused();
  return editor;
}

test('the diagram shows w1 … w8 with the article’s values', async ({ page }) => {
  await page.goto('/');
  for (const id of ['w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7', 'w8']) {
    const value = ARTICLE_MODEL.params[id]!;
    // Its name begins with what it shows, for speech input: "w5 0.4".
    await expect(weightLabel(page, id)).toHaveAccessibleName(new RegExp(`^${id} ${value}, `));
    await expect(shownParam(page, id)).toHaveText(String(value));
    await expect(shownParam(page, id)).toHaveAttribute('data-value', String(value));
  }
  // At the first step no gradient has been reached yet.
  await expect(weightLabel(page, 'w5')).toHaveAccessibleName(
    `w5 0.4, weight from h1 to o1, gradient not reached yet`,
  );
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

test('Page Up nudges a focused weight; the arrows move in the diagram, not the step', async ({
  page,
}) => {
  await page.goto('/');
  const label = weightLabel(page, 'w5');
  await label.focus();
  await page.keyboard.press('PageUp');
  await expect(shownParam(page, 'w5')).toHaveAttribute('data-value', '0.41');
  await expect(graph(page).getByRole('button', { name: /^w5 0\.41, / })).toBeFocused();
  await page.keyboard.press('Shift+PageDown');
  await expect(shownParam(page, 'w5')).toHaveAttribute('data-value', '0.31');
  await page.keyboard.press('ArrowRight');
  await expect(graph(page).getByRole('button', { name: /^o1,/ })).toBeFocused();
  expect(stepInUrl(page)()).toBeNull();
});

test('dragging a weight up scrubs it, and one undo restores it', async ({ page }) => {
  await page.goto('/');
  const box = (await (await draggable(page, 'w5')).boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let dy = 5; dy <= 40; dy += 5) await page.mouse.move(x, y - dy);
  await page.mouse.up();
  await expect(editorOf(page, 'w5')).toHaveCount(0);
  const dragged = Number(await shownParam(page, 'w5').getAttribute('data-value'));
  expect(dragged).toBeCloseTo(0.4 + 40 * 0.005, 6);
  await page.keyboard.press('Control+z');
  await expect(shownParam(page, 'w5')).toHaveAttribute('data-value', '0.4');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('the Numbers tab follows a drag on the diagram while it is under way', async ({ page }) => {
  await page.goto('/');
  const field = page
    .getByRole('complementary', { name: 'Tools' })
    .getByRole('spinbutton', { name: /^w5/ });
  await expect(field).toHaveValue('0.4');
  const box = (await (await draggable(page, 'w5')).boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let dy = 5; dy <= 20; dy += 5) await page.mouse.move(x, y - dy);
  // Still dragging: the field already shows the value the graph shows.
  const live = await shownParam(page, 'w5').getAttribute('data-value');
  expect(Number(live)).toBeCloseTo(0.4 + 20 * 0.005, 6);
  await expect(field).toHaveValue(String(Number(live)));
  await page.mouse.up();
  await expect(field).toHaveValue(String(Number(live)));
});

test('clicking a part of the diagram goes to its step', async ({ page }) => {
  await page.goto('/');
  const point = await pointOnEdge(page, 'w5', 0.2);
  // Value boxes are drawn wide enough for any value, then fitted to their text: wait for the
  // fit, which uncovers this part of the edge.
  await expect
    .poll(() =>
      page.evaluate(
        ({ x, y }) => document.elementFromPoint(x, y)?.classList.contains('graph-edge-hit'),
        point,
      ),
    )
    .toBe(true);
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

test('the diagram is one Tab stop, read layer by layer', async ({ page }) => {
  await page.goto('/');
  // Reading order (a screen reader's, and the arrow keys' columns): layer by layer.
  const order = await graph(page)
    .locator('[data-nav]')
    .evaluateAll((parts) => parts.map((p) => p.getAttribute('aria-label')!.split(/[ ,:]/)[0]));
  expect(order).toEqual([
    ...['i1', 'i1', 'i2', 'i2', 'w1', 'w2', 'w3', 'w4', 'b1', 'b1', 'h1', 'h2'],
    ...['w5', 'w6', 'w7', 'w8', 'b2', 'b2', 'o1', 'o2', 't1', 't1', 't2', 't2'],
  ]);
  await expect(graph(page).locator('[tabindex="0"]')).toHaveCount(1);
  await graph(page).getByRole('button', { name: /^i1,/ }).focus();
  await page.keyboard.press('Tab');
  expect(
    await page.evaluate(() => document.activeElement?.closest('svg[data-graph-svg]') ?? null),
  ).toBeNull();
});

/** A text's size as drawn on screen: its CSS font size times the drawing's scale. */
async function screenFontPx(text: Locator): Promise<number> {
  return text.evaluate((element) => {
    const matrix = (element as SVGGraphicsElement).getScreenCTM()!;
    return parseFloat(getComputedStyle(element).fontSize) * Math.hypot(matrix.a, matrix.b);
  });
}

const nodeName = (page: Page, id: string) =>
  graph(page).locator(`[data-node="${id}"] .graph-node-name`);
const centre = async (locator: Locator) => {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};

test.describe('on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('the diagram stands upright, fits the width and its text is legible', async ({ page }) => {
    await page.goto('/');
    await expect(graph(page)).toHaveAttribute('data-orientation', 'portrait');
    const box = (await graph(page).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    // Layers top to bottom, each target under its output.
    const [i1, i2, h1, o1, t1] = await Promise.all(
      ['i1', 'i2', 'h1', 'o1', 't1'].map((id) => centre(nodeName(page, id))),
    );
    expect(i2!.x).toBeGreaterThan(i1!.x);
    expect(Math.abs(i2!.y - i1!.y)).toBeLessThan(1);
    expect(h1!.y).toBeGreaterThan(i1!.y);
    expect(o1!.y).toBeGreaterThan(h1!.y);
    expect(t1!.y).toBeGreaterThan(o1!.y);
    expect(Math.abs(t1!.x - o1!.x)).toBeLessThan(1);
    // Readable without zooming: names about 14 px or more, weights and values 13 px or more.
    expect(await screenFontPx(nodeName(page, 'h1'))).toBeGreaterThanOrEqual(14);
    const w5 = graph(page).locator('[data-param-label="w5"] .param-label-text');
    expect(await screenFontPx(w5)).toBeGreaterThanOrEqual(13);
    const net = graph(page).locator('[data-values-of="h1"] .graph-node-value').first();
    expect(await screenFontPx(net)).toBeGreaterThanOrEqual(13);
    // Zooming in stays inside the drawing's box, and the view can be reset.
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect(page.getByRole('button', { name: 'Reset view' })).toBeEnabled();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    await page.getByRole('button', { name: 'Reset view' }).click();
    await expect(page.getByRole('button', { name: 'Reset view' })).toBeDisabled();
  });

  test('a weight is edited in place, dragged up to scrub it, and shows its gradient', async ({
    page,
  }) => {
    await page.goto('/?step=E_total_new');
    const editor = await openEditor(page, 'w5');
    await editor.fill('0.3');
    await editor.press('Enter');
    await expect(shownParam(page, 'w5')).toHaveAttribute('data-value', '0.3');

    const { x, y } = await centre(await draggable(page, 'w5'));
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let dy = 5; dy <= 40; dy += 5) await page.mouse.move(x, y - dy);
    await page.mouse.up();
    await expect(editorOf(page, 'w5')).toHaveCount(0);
    const dragged = Number(await shownParam(page, 'w5').getAttribute('data-value'));
    expect(dragged).toBeCloseTo(0.3 + 40 * 0.005, 6);
    await page.keyboard.press('Control+z');
    await expect(shownParam(page, 'w5')).toHaveAttribute('data-value', '0.3');

    const expected = computeTrace({
      ...ARTICLE_MODEL,
      params: { ...ARTICLE_MODEL.params, w5: 0.3 },
    }).quantities;
    await weightLabel(page, 'w5').hover();
    const tip = graph(page).locator('[data-tip-for="w5"]');
    await expect(tip).toBeVisible();
    await expect(tip).toContainText(`∂E/∂w5 = ${formatDisplayNumber(expected.dE_dw5!, 4)}`);
  });

  test('clicking an edge goes to its step and colours it by its gradient', async ({ page }) => {
    await page.goto('/');
    const point = await pointOnEdge(page, 'w5', 0.2);
    await page.mouse.click(point.x, point.y);
    await expect.poll(stepInUrl(page)).toBe('dE_dw5');
    await expect(graph(page).locator('[data-edge="w5"] .graph-edge-line')).toHaveAttribute(
      'data-grad',
      'pos',
    );
    await expect(graph(page).locator('[data-node="o1"]')).toHaveAttribute('data-lit', '');
  });
});

test.describe('with a finger', () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true });

  test('dragging a weight up scrubs it, in portrait too', async ({ page }) => {
    await page.goto('/');
    await expect(graph(page)).toHaveAttribute('data-orientation', 'portrait');
    await weightLabel(page, 'w5').scrollIntoViewIfNeeded();
    const { x, y } = await centre(await draggable(page, 'w5'));
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', dy: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x, y: y - dy, id: 1 }],
      });
    await touch('touchStart', 0);
    for (let dy = 5; dy <= 40; dy += 5) await touch('touchMove', dy);
    await touch('touchEnd', 40);
    await expect
      .poll(async () => Number(await shownParam(page, 'w5').getAttribute('data-value')))
      .toBeCloseTo(0.4 + 40 * 0.005, 6);
    await expect(editorOf(page, 'w5')).toHaveCount(0);
  });
});

test('on a wide screen the diagram runs left to right; narrowed, it stands upright', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  await expect(graph(page)).toHaveAttribute('data-orientation', 'landscape');
  const [i1, h1, o1, t1] = await Promise.all(
    ['i1', 'h1', 'o1', 't1'].map((id) => centre(nodeName(page, id))),
  );
  expect(h1!.x).toBeGreaterThan(i1!.x);
  expect(o1!.x).toBeGreaterThan(h1!.x);
  expect(t1!.x).toBeGreaterThan(o1!.x);
  expect(Math.abs(t1!.y - o1!.y)).toBeLessThan(1);

  await page.setViewportSize({ width: 375, height: 720 });
  await expect(graph(page)).toHaveAttribute('data-orientation', 'portrait');
  // Values and controls survive the change of layout.
  await expect(shownParam(page, 'w5')).toHaveText('0.4');
  await weightLabel(page, 'w5').focus();
  await page.keyboard.press('PageUp');
  await expect(shownParam(page, 'w5')).toHaveAttribute('data-value', '0.41');
  await page.setViewportSize({ width: 1280, height: 720 });
  await expect(graph(page)).toHaveAttribute('data-orientation', 'landscape');
  await expect(shownParam(page, 'w5')).toHaveAttribute('data-value', '0.41');
});
