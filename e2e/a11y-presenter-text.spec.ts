import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_PANELS } from '../app/lessons/schema';
import { contentLessons, hasNetworkCheck } from './lesson-page';

/**
 * Presenter mode reads from the back of a room: on a 1280×720 projector every text of
 * the network diagram renders 28 px tall or more (the box of its letters, in CSS px as
 * drawn), in the explorer and in a lesson; the whole drawing is on screen, no text leaves
 * its box or overlaps another, and a lesson's check card is in view without scrolling.
 */

/** The network diagram's smallest letter box at 1280×720, as the computational graph's. */
const NETWORK_TEXT_PX = 28;

interface GraphText {
  /** the smallest rendered height of a text of the diagram, and which text it is */
  readonly smallest: number;
  readonly smallestText: string;
  readonly texts: number;
  /** the drawing's box */
  readonly top: number;
  readonly bottom: number;
  readonly right: number;
  /** label texts wider or taller than their box */
  readonly spilling: string[];
  /** pairs of labels or value blocks whose boxes overlap */
  readonly overlapping: string[];
}

function measureGraphText(page: Page): Promise<GraphText> {
  return page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('.graph-svg')!;
    let smallest = Infinity;
    let smallestText = '';
    let texts = 0;
    for (const text of svg.querySelectorAll<SVGTextElement>('text')) {
      const box = text.getBoundingClientRect();
      if (box.width === 0 || getComputedStyle(text).visibility === 'hidden') continue;
      texts += 1;
      if (box.height < smallest) {
        smallest = box.height;
        smallestText = text.textContent ?? '';
      }
    }
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
    const drawing = svg.getBoundingClientRect();
    return {
      smallest,
      smallestText,
      texts,
      top: drawing.top,
      bottom: drawing.bottom,
      right: drawing.right,
      spilling,
      overlapping,
    };
  });
}

/** The diagram read from the back of the room: large, whole on screen, nothing colliding. */
async function expectRoomSized(page: Page) {
  await expect(page.locator('.graph-svg .param-label').first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  // The drawing takes its final size once the panels beside it have their content.
  await expect
    // To a tenth of a pixel: layout arithmetic leaves 27.99997 for 28.
    .poll(async () => Math.round((await measureGraphText(page)).smallest * 10) / 10, {
      message: 'smallest text, px',
    })
    .toBeGreaterThanOrEqual(NETWORK_TEXT_PX);
  const text = await measureGraphText(page);
  expect(text.texts, 'texts measured').toBeGreaterThan(20);
  expect(text.spilling, 'label text wider than its box').toEqual([]);
  expect(text.overlapping, 'labels or values overlapping').toEqual([]);
  expect(text.top, 'drawing top').toBeGreaterThanOrEqual(0);
  expect(text.bottom, 'drawing bottom').toBeLessThanOrEqual(720);
  expect(text.right, 'drawing right').toBeLessThanOrEqual(1280);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
}

test.use({ viewport: { width: 1280, height: 720 } });

test('presenter mode draws the network with text 28 px tall or more, whole on screen', async ({
  page,
}) => {
  // The longest values: after training every weight has four significant digits. At the last
  // step every number the diagram can show is drawn.
  await page.goto('/?present=1&step=E_total_new&w1=-0.1235&w5=-0.3589&w8=0.5512&i2=-0.1001');
  await expectRoomSized(page);
  // The derivation beside it stays in view: the formula and where the step-through stands.
  await expect(page.locator('.formula-result [data-quantity]')).toBeInViewport();
  await expect(page.locator('.stepper-status')).toBeInViewport();
});

/** A lesson page that asks a question about the network drawn beside it. */
function lessonWithCheck() {
  for (const lesson of contentLessons()) {
    const index = lesson.steps.findIndex(
      (step) => hasNetworkCheck(step) && (step.panels ?? DEFAULT_PANELS).includes('graph'),
    );
    if (index >= 0) return { slug: lesson.meta.slug, lstep: index + 1 };
  }
  throw new Error('No lesson in content/ asks about the network beside its text.');
}

test('a lesson in presenter mode: the same text size, and the check card in view', async ({
  page,
}) => {
  const { slug, lstep } = lessonWithCheck();
  await page.goto(`/?lesson=${slug}&lstep=${lstep}&present=1`);
  await expectRoomSized(page);
  const card = page.locator('.check-card');
  await expect(card).toBeVisible();
  // Wholly inside the window and inside the text's column, with nothing drawn over its controls.
  const view = await card.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const column = element.closest('.lesson-text')!.getBoundingClientRect();
    const onTop = [...element.querySelectorAll('input, button')].every((control) => {
      const r = control.getBoundingClientRect();
      return element.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
    });
    return {
      inWindow: box.top >= 0 && box.bottom <= innerHeight && box.right <= innerWidth,
      inColumn: box.top >= column.top - 1 && box.bottom <= column.bottom + 1,
      onTop,
      scrolled: scrollY,
    };
  });
  expect(view).toEqual({ inWindow: true, inColumn: true, onTop: true, scrolled: 0 });
});

test("a lesson's computational graph in presenter mode: its labels 28 px tall or more", async ({
  page,
}) => {
  const found = [...contentLessons()]
    .map((lesson) => ({
      slug: lesson.meta.slug,
      index: lesson.steps.findIndex((step) => step.widget?.type === 'expression'),
    }))
    .find(({ index }) => index >= 0);
  expect(found, 'a lesson step with a computational graph').toBeDefined();
  await page.goto(`/?lesson=${found!.slug}&lstep=${found!.index + 1}&present=1`);
  await expect(page.locator('.expr-svg text').first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  // Each line of text: a label of two lines (name, then value) is measured line by line.
  const lines = () =>
    page.locator('.expr-svg').evaluate((svg) =>
      [...svg.querySelectorAll('text')]
        .flatMap((text) => {
          const spans = [...text.querySelectorAll('tspan')];
          return spans.length > 0 ? spans : [text];
        })
        .map((line) => ({ text: line.textContent, height: line.getBoundingClientRect().height }))
        .filter((line) => line.height > 0),
    );
  await expect
    .poll(async () => Math.min(...(await lines()).map((l) => l.height)), { message: 'px' })
    .toBeGreaterThanOrEqual(28);
  expect((await lines()).length).toBeGreaterThan(3);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
});

test('the normal explorer keeps its own sizes (the presenter scale is presenter-only)', async ({
  page,
}) => {
  await page.goto('/?step=E_total_new');
  await expect(page.locator('.graph-svg .param-label').first()).toBeVisible();
  const text = await measureGraphText(page);
  expect(text.smallest).toBeLessThan(NETWORK_TEXT_PX);
  expect(text.overlapping).toEqual([]);
});
