/**
 * Lesson 10, backpropagation through time, walked by keyboard alone: from the
 * lessons index to the last page, turning pages, moving the sliders and switches,
 * answering each check. Every number the widget shows is the engine's.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { bpttQuantities, bpttTrace, readBptt, TRUNCATE_STEPS } from '../app/engine/bptt';
import type { BpttWidgetSpec } from '../app/lessons/schema';
import { expectNoViolations } from './a11y-audit';
import { contentLessons, LessonPage } from './lesson-page';

test.describe.configure({ timeout: 150_000 });

const lesson = [...contentLessons()].find((l) => l.meta.title.includes('through time'))!;
const pageOf = (id: string) => lesson.steps.findIndex((s) => s.id === id);
const specOf = (index: number) => lesson.steps[index]!.widget as BpttWidgetSpec;

/** Presses Tab until `target` has the focus: it is reached by keyboard, in order. */
async function tabTo(page: Page, target: Locator, limit = 150) {
  for (let k = 0; k < limit; k++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

const widget = (page: Page) => page.getByRole('region', { name: 'Widget' });
const rows = (page: Page) => widget(page).locator('.bptt-table tbody tr');
const points = (page: Page) => widget(page).locator('.bptt-point');

/** Every number of the table and the plot equals the engine's, for this unit and these switches. */
async function expectEngineFigures(page: Page, spec: BpttWidgetSpec, T: number) {
  const unit = { ...spec, T };
  const trace = bpttTrace(unit);
  const reading = readBptt(trace, T, spec);
  await expect(rows(page)).toHaveCount(T);
  for (const t of [1, Math.ceil(T / 2), T]) {
    const row = rows(page).nth(t - 1);
    await expect(row.locator(`[data-quantity="h${t}"]`)).toHaveAttribute(
      'data-value',
      String(trace.values[`h${t}`]),
    );
    if (t >= reading.reach) {
      await expect(row.locator(`[data-quantity="dL_dh${t}"]`)).toHaveAttribute(
        'data-value',
        String(trace.quantities[`dL_dh${t}`]),
      );
    }
  }
  const drawn = T - reading.reach + 1;
  await expect(points(page)).toHaveCount(drawn);
  await expect(points(page).last()).toHaveAttribute(
    'data-value',
    String(reading.stateGradients[T - 1]),
  );
}

/** Types the answer and presses Enter, as a keyboard user does. */
async function answer(page: Page, lessons: LessonPage, value: number) {
  await tabTo(page, lessons.answer());
  await page.keyboard.type(String(value));
  await page.keyboard.press('Enter');
  await expect(lessons.feedback()).toContainText('Right');
}

/** Next → by keyboard: Tab to it, Enter. */
async function nextPage(page: Page, lessons: LessonPage, expected: number) {
  await tabTo(page, lessons.navButton('Next'));
  await page.keyboard.press('Enter');
  await expect(lessons.count()).toHaveText(`Step ${expected} of ${lesson.steps.length}`);
}

test('backpropagation through time, walked by keyboard: pages, sliders, switches and checks', async ({
  page,
}) => {
  const lessons = new LessonPage(page);
  await lessons.openIndex();
  const link = page.getByRole('link', { name: /through time/ });
  await tabTo(page, link);
  await page.keyboard.press('Enter');
  await expect(lessons.count()).toHaveText(`Step 1 of ${lesson.steps.length}`);

  // Page 1: T from the keyboard, from 3 to 20 and down to 1; the numbers follow.
  const first = specOf(0);
  await expectEngineFigures(page, first, first.T);
  const steps = widget(page).getByRole('slider', { name: /Time steps/ });
  await tabTo(page, steps);
  await page.keyboard.press('End');
  await expectEngineFigures(page, first, 20);
  await page.keyboard.press('Home');
  await expectEngineFigures(page, first, 1);

  // Page 2: w's gradient is asked, so hidden until answered; then the sum shows.
  await nextPage(page, lessons, 2);
  const asked = pageOf('one-weight');
  const sum = widget(page).locator('.bptt-sum [data-quantity="dL_dw"]');
  await expect(sum).toHaveText('?');
  const oneWeight = bpttQuantities(specOf(asked), specOf(asked));
  await tabTo(page, lessons.answer());
  await page.keyboard.type('0.5');
  await page.keyboard.press('Enter');
  await expect(lessons.feedback()).toContainText('Not quite');
  await lessons.answer().fill('');
  await answer(page, lessons, oneWeight.dL_dw!);
  await expect(sum).toHaveAttribute('data-value', String(oneWeight.dL_dw));
  await expect(sum).not.toHaveText('?');

  // Page 3: one step back in time.
  await nextPage(page, lessons, 3);
  await expect(points(page)).toHaveCount(1);
  await answer(page, lessons, bpttQuantities(specOf(2), specOf(2)).dL_dh2!);
  await expect(points(page)).toHaveCount(3);

  // Page 4, vanishing: the plot falls to the left, as the engine says.
  await nextPage(page, lessons, 4);
  await expectEngineFigures(page, specOf(3), specOf(3).T);
  const small = Number(await points(page).first().getAttribute('data-value'));
  const large = Number(await points(page).last().getAttribute('data-value'));
  expect(Math.abs(small)).toBeLessThan(Math.abs(large) / 1e6);

  // Page 5, exploding: predict ∂L/∂h₁; then w from the keyboard moves below 1.
  await nextPage(page, lessons, 5);
  const exploding = specOf(4);
  await answer(page, lessons, bpttQuantities(exploding, exploding).dL_dh1!);
  const weight = widget(page).getByRole('slider', { name: /Recurrent weight/ });
  await tabTo(page, weight);
  for (let k = 0; k < 12; k++) await page.keyboard.press('ArrowLeft');
  await expectEngineFigures(page, { ...exploding, w: 0.9 }, exploding.T);

  // Page 7, clipping: the gradient the update uses is clipped to length 1, and not when off.
  await nextPage(page, lessons, 6);
  await nextPage(page, lessons, 7);
  const clipping = specOf(6);
  const clipped = bpttQuantities(clipping, clipping);
  const usedB = widget(page).locator('[data-bptt="used-b"]');
  await expect(usedB).toHaveAttribute('data-value', String(clipped.dL_db_used));
  await tabTo(page, widget(page).getByRole('switch', { name: /Clip the gradient/ }));
  await page.keyboard.press('Space');
  await expect(usedB).toHaveCount(0);
  await page.keyboard.press('Space');
  await expect(usedB).toHaveAttribute('data-value', String(clipped.dL_db_used));

  // Page 8, truncated: only the last k steps are reached; w's gradient sums their shares.
  await nextPage(page, lessons, 8);
  const truncated = specOf(7);
  await expectEngineFigures(page, truncated, truncated.T);
  await expect(widget(page).locator('.bptt-cut-cell')).toHaveCount(
    2 * (truncated.T - TRUNCATE_STEPS),
  );
  await expect(widget(page).locator('[data-bptt="truncated-w"]')).toHaveAttribute(
    'data-value',
    String(bpttQuantities(truncated, truncated).dL_dw_used),
  );
  await expect(lessons.navButton('Next')).toHaveCount(0);
  await expectNoViolations(page, 'lesson 10, truncated BPTT');
});

/** Whether a node of the unrolled graph is wholly inside the graph's box, as scrolled. */
async function inView(page: Page, node: string): Promise<boolean> {
  return widget(page)
    .locator('.bptt-graph')
    .evaluate((box, id) => {
      const view = box.getBoundingClientRect();
      const drawn = box.querySelector(`[data-node="${id}"] rect`)!.getBoundingClientRect();
      return drawn.left >= view.left - 0.5 && drawn.right <= view.right + 0.5;
    }, node);
}

for (const [label, viewport, whole] of [
  // A projector shows a whole time step; a phone, the middle of one, where its two chains meet.
  ['1280×720', { width: 1280, height: 720 }, ['q', 'p', 'r', 'z', 'h']],
  ['375 px', { width: 375, height: 812 }, ['p', 'r', 'z']],
] as const) {
  test.describe(`the unrolled graph at T = 20, ${label}`, () => {
    test.use({ viewport });

    test('shows the time step in view, chosen with its slider, without scrolling across the others', async ({
      page,
    }) => {
      const lessons = new LessonPage(page);
      await lessons.open(lesson.meta.slug, pageOf('vanishing') + 1);
      const steps = widget(page).getByRole('slider', { name: /Time steps/ });
      await expect(steps).toHaveValue('20');
      const box = widget(page).locator('.bptt-graph');
      const inViewSlider = widget(page).getByRole('slider', { name: 'Time step in view' });
      // It opens where the loss is, at the last step, outlined.
      await expect(box).toHaveAttribute('data-step-in-view', '20');
      await expect(inViewSlider).toHaveValue('20');
      for (const name of whole) {
        await expect.poll(() => inView(page, `${name}20`), `${name}20 in view`).toBe(true);
        await expect(box.locator(`[data-node="${name}20"]`)).toHaveAttribute(
          'data-state',
          'current',
        );
      }
      // Step 1, from the keyboard: the box scrolls there by itself.
      await inViewSlider.focus();
      await page.keyboard.press('Home');
      await expect(box).toHaveAttribute('data-step-in-view', '1');
      for (const name of whole) {
        await expect.poll(() => inView(page, `${name}1`), `${name}1 in view`).toBe(true);
        await expect(box.locator(`[data-node="${name}1"]`)).toHaveAttribute(
          'data-state',
          'current',
        );
      }
      expect(await inView(page, 'h20')).toBe(false);
      await expect(box.locator('[data-node="z20"]')).not.toHaveAttribute('data-state', 'current');
      // Step 7 with the arrow keys, and every number still the engine's (the table's, unchanged).
      for (let k = 1; k < 7; k++) await page.keyboard.press('ArrowRight');
      await expect(box).toHaveAttribute('data-step-in-view', '7');
      await expect.poll(() => inView(page, 'z7'), 'z7 in view').toBe(true);
      // Its text is drawn at a size a reader can read: names and gradients 11 px or more (13 px
      // as written, shrunk to fit a whole step or the middle of one).
      const px = await box
        .locator('[data-node="z7"] .pg-node-name')
        .evaluate(
          (text) =>
            parseFloat(getComputedStyle(text).fontSize) *
            (text as SVGGraphicsElement).getScreenCTM()!.a,
        );
      expect(px).toBeGreaterThanOrEqual(11);
    });
  });
}

test('a check about a time step brings that step into view', async ({ page }) => {
  const lessons = new LessonPage(page);
  // "Exploding" asks for ∂L/∂h₁ with T = 4.
  await lessons.open(lesson.meta.slug, pageOf('exploding') + 1);
  const box = widget(page).locator('.bptt-graph');
  await expect(box).toHaveAttribute('data-step-in-view', '1');
  await expect.poll(() => inView(page, 'z1'), 'z1 in view').toBe(true);
});
