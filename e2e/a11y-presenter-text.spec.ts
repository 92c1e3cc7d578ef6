import { expect, test, type Page } from '@playwright/test';

/**
 * Presenter mode's network reads from the back of a room: at 1280×720 its node names
 * render at 22 px or more and its values at 18.5 px or more (the normal explorer's
 * values are under 16 px at that size), and no text leaves its box or overlaps another.
 */

interface GraphText {
  readonly names: number;
  readonly values: number;
  /** label texts wider or taller than their box */
  readonly spilling: string[];
  /** pairs of labels or value blocks whose boxes overlap */
  readonly overlapping: string[];
}

function measureGraphText(page: Page): Promise<GraphText> {
  return page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('.graph-svg')!;
    const scale = svg.getScreenCTM()!.a;
    const rendered = (selector: string) =>
      Math.min(
        ...[...svg.querySelectorAll<SVGTextElement>(selector)]
          .filter((t) => t.getBBox().width > 0)
          .map((t) => parseFloat(getComputedStyle(t).fontSize) * scale),
      );
    const spilling: string[] = [];
    const boxes: { id: string; box: DOMRect }[] = [];
    for (const label of svg.querySelectorAll('.param-label')) {
      const rect = label.querySelector('.param-label-box')!.getBoundingClientRect();
      const text = label.querySelector('.param-label-text')!.getBoundingClientRect();
      const id = label.getAttribute('data-param-label') ?? label.textContent ?? '';
      if (text.left < rect.left - 1 || text.right > rect.right + 1) spilling.push(id);
      boxes.push({ id, box: rect });
    }
    // Every number drawn beside a node (net, out, ∂E/∂out, δ, a target's error, the total
    // error, a weight after the update), line by line, as far as the step-through shows them.
    for (const line of svg.querySelectorAll<SVGTextElement>('.graph-node-value')) {
      if (getComputedStyle(line).visibility === 'hidden') continue;
      const owner = line.closest('[data-values-of]')?.getAttribute('data-values-of') ?? '';
      boxes.push({
        id: `${owner} ${line.textContent ?? ''}`.trim(),
        box: line.getBoundingClientRect(),
      });
    }
    const overlapping: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.box;
        const b = boxes[j]!.box;
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) {
          overlapping.push(`${boxes[i]!.id} / ${boxes[j]!.id}`);
        }
      }
    }
    return {
      names: rendered('.graph-node-name'),
      values: Math.min(rendered('.graph-node-value'), rendered('.param-label-text')),
      spilling,
      overlapping,
    };
  });
}

test.use({ viewport: { width: 1280, height: 720 } });

test('presenter mode draws the network with room-sized text, nothing overlapping', async ({
  page,
}) => {
  // The longest values: after training every weight has four significant digits. At the last
  // step every number the diagram can show is drawn.
  await page.goto('/?present=1&step=E_total_new&w1=-0.1235&w5=-0.3589&w8=0.5512&i2=-0.1001');
  await expect(page.locator('.graph-svg .param-label').first()).toBeVisible();
  // The drawing takes its final size once the panels beside it have their content.
  await expect
    .poll(async () => (await measureGraphText(page)).names, { message: 'node names, px' })
    .toBeGreaterThanOrEqual(22);
  const text = await measureGraphText(page);
  expect(text.values, 'values, px').toBeGreaterThanOrEqual(18.5);
  expect(text.spilling, 'label text wider than its box').toEqual([]);
  expect(text.overlapping, 'labels or values overlapping').toEqual([]);
});

test('the normal explorer keeps its own sizes (the presenter scale is presenter-only)', async ({
  page,
}) => {
  await page.goto('/?step=E_total_new');
  await expect(page.locator('.graph-svg .param-label').first()).toBeVisible();
  const text = await measureGraphText(page);
  expect(text.values).toBeLessThan(18.5);
  expect(text.overlapping).toEqual([]);
});
