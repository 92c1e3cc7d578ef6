/**
 * A check as the learner meets it: a wrong answer is answered beside the field, in
 * view and aloud; a right one keeps the focus on the result; the worked formula is
 * named by what it computes and fits its card; the step navigation and the lesson's
 * header each keep to one row; new numbers change the numbers in the prose.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { computeTrace } from '../app/engine/trace';
import { citationText } from '../app/lessons/citation-format';
import { stepModel } from '../app/lessons/step-state';
import { contentLessons, LessonPage } from './lesson-page';

const forwardPass = [...contentLessons()].find((l) => l.meta.slug === 'forward-pass')!;
/** The net input of o1: asked at step 5, after three steps of text. */
const netO1 = forwardPass.steps.findIndex((s) => s.check?.quantity === 'net_o1');
const netO1Value = computeTrace(stepModel(forwardPass.steps[netO1]!, null)).quantities.net_o1!;

const SCREENS = [
  { name: '1280×800', viewport: { width: 1280, height: 800 } },
  { name: '1280×720', viewport: { width: 1280, height: 720 } },
  { name: 'desktop', viewport: { width: 1440, height: 900 } },
  { name: '375 px phone', viewport: { width: 375, height: 812 } },
];

/** Whether `inner` lies within `outer`'s box, to a pixel. */
async function within(inner: Locator, outer: Locator): Promise<boolean> {
  const [a, b] = [await inner.boundingBox(), await outer.boundingBox()];
  if (!a || !b) return false;
  return a.x >= b.x - 1 && a.x + a.width <= b.x + b.width + 1;
}

/** The distinct rows (top edges) the visible children of `selector` sit on. */
const rows = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const root = document.querySelector(sel);
    const tops = [...(root?.querySelectorAll(':scope > *, :scope > * > li') ?? [])]
      .filter((e) => e.checkVisibility())
      .map((e) => {
        const box = e.getBoundingClientRect();
        return Math.round(box.top + box.height / 2);
      });
    // Items of one row share their middle, give or take a few pixels of alignment.
    return tops.sort((a, b) => a - b).filter((t, k, all) => k === 0 || t - all[k - 1]! > 6).length;
  }, selector);

for (const screen of SCREENS) {
  test.describe(screen.name, () => {
    test.use({ viewport: screen.viewport });
    // A lesson loads its chunk and KaTeX's fonts: on a busy machine a page takes seconds.
    test.setTimeout(60_000);

    test('a wrong answer is answered beside the field, in view and announced; a right one keeps the focus', async ({
      page,
    }) => {
      const lessons = new LessonPage(page);
      await lessons.open('forward-pass', netO1 + 1);
      await lessons.submit('123');
      const feedback = lessons.feedback();
      await expect(feedback).toContainText('Not quite (try 1)');
      // In a live region that was on the page before it spoke.
      await expect(feedback).toHaveAttribute('aria-live', 'polite');
      await expect(feedback).toBeInViewport({ ratio: 1 });
      await expect(lessons.hints().first()).toBeInViewport();
      await expect(lessons.answer()).toBeInViewport({ ratio: 1 });
      // Beside the field: right under its row, not after the rest of the card.
      const field = (await lessons.answer().boundingBox())!;
      const said = (await feedback.boundingBox())!;
      expect(said.y - (field.y + field.height)).toBeLessThan(120);

      await lessons.submit(String(netO1Value));
      await expect(feedback).toContainText('Right');
      const result = lessons.check().locator('.check-answer');
      await expect(result).toBeFocused();
      await expect(result).toBeInViewport();
    });

    test('two wrong answers bring the weighted sum, worked, which fits its card', async ({
      page,
    }) => {
      const lessons = new LessonPage(page);
      await lessons.open('forward-pass', netO1 + 1);
      await lessons.submit('123');
      await lessons.submit('456');
      const worked = lessons.worked();
      await expect(worked.locator('.katex').nth(1)).toBeVisible();
      // A net input is a weighted sum, not "the chain rule".
      await expect(worked).toContainText('The weighted sum, worked:');
      await expect(lessons.feedback()).toContainText('The weighted sum, worked with the numbers');
      const overflow = await worked.evaluate((e) => e.scrollWidth - e.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      for (const formula of await worked.locator('.katex').all()) {
        expect(await within(formula, lessons.check())).toBe(true);
      }
    });

    test('the step navigation and the lesson header keep to one row', async ({ page }) => {
      test.setTimeout(200_000);
      const lessons = new LessonPage(page);
      for (const lesson of contentLessons()) {
        await lessons.open(lesson.meta.slug, 1, '&practice=4294967295');
        expect(await rows(page, '.lesson-nav'), `${lesson.meta.slug}: navigation`).toBe(1);
        // Every step is one press away, by its dot, or by Previous and Next with the count.
        const dots = lessons.nav().locator('.lesson-dot');
        if (await dots.first().isVisible()) {
          await expect(dots).toHaveCount(lesson.steps.length);
          await expect(dots.first()).toHaveAttribute('aria-current', 'step');
          const box = (await dots.first().boundingBox())!;
          expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
        } else {
          await expect(lessons.nav()).toContainText(`1 / ${lesson.steps.length}`);
        }
        if (screen.viewport.width >= 1000) {
          expect(await rows(page, '.lesson-bar'), `${lesson.meta.slug}: header`).toBe(1);
        }
      }
    });
  });
}

test('new numbers change the numbers in the prose and its formulas, and back', async ({ page }) => {
  test.setTimeout(60_000);
  const step = netO1 + 1; // "The first output": its text works net_o1 and out_o1 out
  const lessons = new LessonPage(page);
  await lessons.open('forward-pass', step + 1);
  const cited = page.locator('.lesson-prose .katex-html [data-cite="net_o1"]').first();
  const spoken = page.locator('.lesson-prose .katex-mathml [data-cite="net_o1"]').first();
  const article = computeTrace(stepModel(forwardPass.steps[step]!, null)).quantities.net_o1!;
  await expect(cited).toHaveText(citationText(article, 9));

  await page.getByRole('button', { name: 'New numbers' }).click();
  await expect(page).toHaveURL(/[?&]practice=\d+/);
  const seed = Number(/[?&]practice=(\d+)/.exec(page.url())![1]);
  const practice = computeTrace(stepModel(forwardPass.steps[step]!, seed)).quantities.net_o1!;
  // The same number in the prose, in the MathML a screen reader reads, and in the explorer.
  await expect(cited).toHaveText(citationText(practice, 9));
  await expect(cited).toHaveAttribute('data-value', String(practice));
  await expect(spoken).toHaveAttribute('data-value', String(practice));
  await expect(spoken).toHaveText(citationText(practice, 9));
  await expect(page.locator('.lesson-stage [data-quantity="net_o1"]').first()).toHaveAttribute(
    'data-value',
    String(practice),
  );
  await expect(page.locator('.practice-note')).toContainText('every figure in the text');

  await page.getByRole('button', { name: 'Back to the article’s numbers' }).click();
  await expect(cited).toHaveText(citationText(article, 9));
});

test('the measured gradient the prose quotes is the one the Check panel shows', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const lesson = [...contentLessons()].find((l) => l.meta.slug === 'update-and-training')!;
  const step = lesson.steps.findIndex((s) => (s.panels ?? []).includes('check'));
  const lessons = new LessonPage(page);
  await lessons.open(lesson.meta.slug, step + 1);
  const quoted = page.locator('.lesson-prose .katex-html [data-cite="numeric(w1)"]');
  const shown = page.locator('[data-check-param="w1"] [data-check="numeric"]');
  await expect(shown).toBeVisible();
  await expect(quoted).toHaveText((await shown.textContent())!);
  await expect(quoted).toHaveAttribute('data-value', (await shown.getAttribute('data-value'))!);
});
