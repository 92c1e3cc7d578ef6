/**
 * The value labels on the diagram fit their boxes to the text without
 * measuring it every frame (graph/label-fit.ts computes most widths from
 * character widths learned once): after a drag and after an edit the box
 * must still hug the text as the browser lays it out.
 */
import { expect, test, type Page } from '@playwright/test';

const graph = (page: Page) => page.locator('svg[data-graph-svg]');

/** The label's box width and its text's laid-out width plus padding, in SVG units. */
function fit(page: Page, id: string) {
  return page.evaluate((param) => {
    const label = document.querySelector(`svg[data-graph-svg] [data-param-label="${param}"]`)!;
    const rect = label.querySelector('rect')!;
    const text = label.querySelector('text')!;
    return {
      box: Number(rect.getAttribute('width')),
      centre: Number(rect.getAttribute('x')) + Number(rect.getAttribute('width')) / 2,
      reservedCentre: Number(rect.dataset.x) + Number(rect.dataset.width) / 2,
      reserved: Number(rect.dataset.width),
      text: text.getComputedTextLength(),
      value: label.querySelector('[data-param]')!.textContent,
    };
  }, id);
}

/**
 * Box width = text width + 2 × 7 (padding), within half a unit, but never wider than the room
 * the layout reserved (the widest value then has less padding, never less than its text);
 * centred where reserved, to the tenth of a unit the fitter writes its coordinates in.
 */
async function expectFitted(page: Page, id: string) {
  await expect
    .poll(async () => {
      const f = await fit(page, id);
      return (
        Math.abs(f.box - Math.min(f.reserved, Math.max(36, f.text + 14))) < 0.6 &&
        f.text <= f.box &&
        Math.abs(f.centre - f.reservedCentre) < 0.1
      );
    })
    .toBe(true);
}

test('a weight label’s box hugs its value after a drag and after an edit', async ({ page }) => {
  await page.goto('/?step=dE_dw5');
  const label = graph(page).getByRole('button', { name: /^w5 / });
  await expectFitted(page, 'w5');
  const shortBox = (await fit(page, 'w5')).box;

  // Its drag behaviour loads after the first paint.
  await expect(label).toHaveAttribute('data-scrub', 'ready');
  const box = (await label.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let dy = 4; dy <= 40; dy += 4) await page.mouse.move(x, y - dy);
  // Mid-drag: the value grew digits ("0.4" → "0.6" and more), the box followed.
  await expect.poll(async () => (await fit(page, 'w5')).value).not.toBe('0.4');
  await expectFitted(page, 'w5');
  await page.mouse.up();
  await expectFitted(page, 'w5');

  // A value with a minus sign (a character not seen before) is fitted too.
  await label.click();
  const editor = page.getByRole('spinbutton', { name: 'w5 value' });
  await editor.fill('-0.1235');
  await editor.press('Enter');
  await expect(graph(page).locator('[data-param-label="w5"] [data-param="w5"]')).toHaveText(
    '−0.1235',
  );
  await expectFitted(page, 'w5');
  expect((await fit(page, 'w5')).box).toBeGreaterThan(shortBox);
});
