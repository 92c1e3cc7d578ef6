/**
 * Lessons ask before they tell: on every step with a check, the value asked for is
 * nowhere on the page before the learner answers (not in the diagram, the formula,
 * the tool panels, the prose or any accessible name), and answering shows only what
 * the step says: the values up to its focus.
 */
import { expect, test, type Page } from '@playwright/test';
import { ACTIVATIONS } from '../app/engine/activations';
import { bpttQuantities } from '../app/engine/bptt';
import { formatNumber } from '../app/engine/format';
import { computeTrace } from '../app/engine/trace';
import { stepModel } from '../app/lessons/step-state';
import type { Lesson, LessonStep } from '../app/lessons/schema';
import { contentLessons, LessonPage } from './lesson-page';

/** The value a check asks for, from the engine; undefined where no figure is worth scanning for. */
function askedValue(step: LessonStep): number | undefined {
  const quantity = step.check!.quantity;
  const trace = computeTrace(stepModel(step, null));
  if (quantity in trace.quantities) return trace.quantities[quantity];
  if (step.widget?.type === 'bptt') return bpttQuantities(step.widget, step.widget)[quantity];
  if (step.widget?.type !== 'activation-plot') return undefined;
  const { f, df } = ACTIVATIONS[step.widget.activation];
  const out = f(step.widget.x);
  return quantity === 'f' ? out : quantity === 'df' ? df(out, step.widget.x) : undefined;
}

/**
 * The numbers on the page that are the value, written to their own digits: "0.3775",
 * "0.593", "−0.038098". A number of two significant digits or fewer ("0.5", "1") could be
 * anything; a longer one that rounds the value is the value.
 */
function writingsOf(value: number, text: string): string[] {
  const found: string[] = [];
  for (const [token] of text.matchAll(/[-\u2212]?\d+(?:\.\d+)?/g)) {
    const plain = token.replace('\u2212', '-');
    const digits = plain.replace(/^-/, '').replace('.', '').replace(/^0+/, '').length;
    if (digits < 3) continue;
    if (Number(formatNumber(value, digits)) === Number(plain)) found.push(token);
  }
  return found;
}

/** Everything a reader or a screen reader meets: the rendered text and every accessible name. */
const pageText = (page: Page) =>
  page.evaluate(() =>
    [
      document.body.innerText,
      ...[...document.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label')),
    ].join('\n'),
  );

/**
 * The trace quantities the explorer shows: numbers a reader can see (not hidden) and the
 * gradients its edges draw. `tools` includes the Train and Check panels, which show the
 * values the step-through has not reached (but never a concealed one).
 */
function shownQuantities(page: Page, tools: boolean): Promise<string[]> {
  return page.evaluate((withTools) => {
    const shown = new Set<string>();
    for (const element of document.querySelectorAll<Element>(
      '.lesson-stage [data-live][data-quantity]',
    )) {
      if (!withTools && element.closest('.training-panel, .check-panel')) continue;
      if (element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) {
        shown.add(element.getAttribute('data-quantity')!);
      }
    }
    for (const edge of document.querySelectorAll('.lesson-stage [data-grad-param][data-grad]')) {
      shown.add(`dE_d${edge.getAttribute('data-grad-param')}`);
    }
    return [...shown];
  }, tools);
}

const checkSteps = (lesson: Lesson) =>
  lesson.steps.flatMap((step, index) => (step.check ? [{ step, index }] : []));

for (const lesson of contentLessons()) {
  const checks = checkSteps(lesson);
  if (checks.length === 0) continue;
  test(`${lesson.meta.slug}: each check’s value is hidden until answered, then only the step’s values show`, async ({
    page,
  }) => {
    test.setTimeout(30_000 + checks.length * 15_000);
    const lessons = new LessonPage(page);
    for (const { step, index } of checks) {
      const check = step.check!;
      await lessons.open(lesson.meta.slug, index + 1);
      await expect(lessons.answer(), `step ${index + 1}`).toBeVisible();
      const ids = computeTrace(stepModel(step, null)).entries.map((e) => e.id);
      const asked = ids.indexOf(check.quantity);
      const focus = step.focus === undefined ? -1 : ids.indexOf(step.focus);
      // Wait for the explorer to settle on the step before reading it.
      if (step.focus !== undefined && !step.widget && (step.panels ?? []).includes('formula')) {
        await expect(lessons.formulaValue()).toHaveAttribute('data-quantity', step.focus);
      }

      const value = askedValue(step);
      if (value !== undefined) {
        const writings = writingsOf(value, await pageText(page));
        expect(writings, `step ${index + 1} shows ${check.quantity}`).toEqual([]);
      }
      if (asked >= 0) {
        const before = await shownQuantities(page, true);
        const early = before.filter((id) => ids.indexOf(id) >= asked);
        expect(early, `step ${index + 1} shows, before the answer`).toEqual([]);
      }

      if (asked < 0) continue; // a widget's own quantity: the widget's tests answer it
      await lessons.submit(String(computeTrace(stepModel(step, null)).quantities[check.quantity]));
      await expect(lessons.feedback()).toContainText('Right');
      if (step.reveal === true) continue;
      const after = await shownQuantities(page, false);
      const beyond = after.filter((id) => ids.indexOf(id) > focus);
      expect(beyond, `step ${index + 1} shows past its focus after the answer`).toEqual([]);
      // Where the explorer draws the quantity at all (the diagram has no δ), it now shows it.
      const drawn = page.locator(`.lesson-stage [data-live][data-quantity="${check.quantity}"]`);
      if (asked <= focus && (await drawn.count()) > 0) {
        expect(after, `step ${index + 1} shows the answered value`).toContain(check.quantity);
      }
    }
  });
}

test('the output layer draws no gradient before the step that asks for one', async ({ page }) => {
  test.setTimeout(90_000);
  const lesson = [...contentLessons()].find((l) => l.meta.slug === 'output-layer')!;
  const asking = lesson.steps.findIndex((s) => s.check?.quantity === 'dE_dw5');
  const lessons = new LessonPage(page);
  for (let k = 0; k <= asking; k++) {
    await lessons.open('output-layer', k + 1);
    await expect(page.locator('.lesson-panel-graph .graph-svg')).toBeVisible();
    await expect(page.locator('[data-grad-param][data-grad]'), `step ${k + 1}`).toHaveCount(0);
  }
});

test('stepping back after an answer hides again what that step had not reached', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const lesson = [...contentLessons()].find((l) => l.meta.slug === 'forward-pass')!;
  const asking = lesson.steps.findIndex((s) => s.check?.quantity === 'net_h1');
  const lessons = new LessonPage(page);
  await lessons.open('forward-pass', asking + 1);
  const netH1 = computeTrace(stepModel(lesson.steps[asking]!, null)).quantities.net_h1!;
  await lessons.submit(String(netH1));
  await expect(lessons.feedback()).toContainText('Right');
  await expect(page.locator('.lesson-stage [data-quantity="net_h1"]').first()).toBeVisible();
  // Nothing of the network that comes after h1's net input: not o1, not a gradient.
  expect(await shownQuantities(page, true)).toEqual(['net_h1']);

  await lessons.navButton('Previous').click();
  await expect(lessons.count()).toHaveText(`Step ${asking} of ${lesson.steps.length}`);
  // The step before has no focus: no computed value at all, though net_h1 is answered.
  await expect.poll(() => shownQuantities(page, true)).toEqual([]);

  await lessons.navButton('Next').click();
  await expect(lessons.checkValue()).toHaveAttribute('data-value', String(netH1));
  expect(await shownQuantities(page, true)).toEqual(['net_h1']);
});
