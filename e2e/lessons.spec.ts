import { expect, test } from '@playwright/test';
import { computeTrace } from '../app/engine/trace';
import { PROGRESS_KEY } from '../app/lessons/progress';
import { stepModel } from '../app/lessons/step-state';
import { DEFAULT_PANELS, type LessonStep } from '../app/lessons/schema';
import { contentLessons, findLesson, hasNetworkCheck, LessonPage } from './lesson-page';

const lesson = findLesson();
const { slug } = lesson.meta;
const total = lesson.steps.length;
const titleOf = (step: LessonStep, k: number) => step.title ?? `Step ${k + 1}`;
const checkIndex = lesson.steps.findIndex(hasNetworkCheck);
const checkStep = lesson.steps[checkIndex]!;
const check = checkStep.check!;
/** The value the check asks for, from the engine, over the article's numbers or a practice set. */
const valueFor = (seed: number | null) =>
  computeTrace(stepModel(checkStep, seed)).quantities[check.quantity]!;
const wrong = (value: number) => (value + Math.max(1, 100 * check.tolerance)).toFixed(4);
const showsFormula = (step: LessonStep) =>
  !step.widget && (step.panels ?? DEFAULT_PANELS).includes('formula');

test('→ walks the whole lesson; the explorer follows each step’s focus; ← and Shift+→ do their own jobs', async ({
  page,
}) => {
  const lessons = new LessonPage(page);
  await lessons.open(slug);
  for (const [k, step] of lesson.steps.entries()) {
    await expect(lessons.count()).toHaveText(`Step ${k + 1} of ${total}`);
    await expect(lessons.stepTitle()).toHaveText(titleOf(step, k));
    await expect(
      lessons.nav().getByRole('button', { name: new RegExp(`^Step ${k + 1}:`) }),
    ).toHaveAttribute('aria-current', 'step');
    if (step.focus !== undefined && showsFormula(step)) {
      await expect(lessons.formulaValue()).toHaveAttribute('data-quantity', step.focus);
    }
    await page.keyboard.press('ArrowRight');
  }
  // Past the end, → stays on the last step, and the address says where we are.
  await expect(lessons.count()).toHaveText(`Step ${total} of ${total}`);
  await expect(page).toHaveURL(new RegExp(`[?&]lstep=${total}(&|$)`));
  await page.keyboard.press('PageUp');
  await page.keyboard.press('ArrowLeft');
  await expect(lessons.count()).toHaveText(`Step ${total - 2} of ${total}`);

  // Shift+→ steps the computation beside the text, not the lesson.
  const withFormula = lesson.steps.findIndex((s) => s.focus !== undefined && showsFormula(s));
  expect(
    withFormula,
    'a step of the lesson walked here shows the formula panel',
  ).toBeGreaterThanOrEqual(0);
  await lessons
    .nav()
    .getByRole('button', { name: new RegExp(`^Step ${withFormula + 1}:`) })
    .click();
  const focus = lesson.steps[withFormula]!.focus!;
  const entries = computeTrace(stepModel(lesson.steps[withFormula]!, null)).entries;
  const next = entries[entries.findIndex((e) => e.id === focus) + 1]!;
  await expect(lessons.formulaValue()).toHaveAttribute('data-quantity', focus);
  await page.keyboard.press('Shift+ArrowRight');
  await expect(lessons.formulaValue()).toHaveAttribute('data-quantity', next.id);
  await expect(lessons.count()).toHaveText(`Step ${withFormula + 1} of ${total}`);
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(lessons.formulaValue()).toHaveAttribute('data-quantity', focus);
});

test('the buttons and the step dots move through the lesson', async ({ page }) => {
  const lessons = new LessonPage(page);
  await lessons.open(slug);
  await expect(lessons.navButton('Previous')).toHaveAttribute('aria-disabled', 'true');
  await lessons.navButton('Next').click();
  await expect(lessons.count()).toHaveText(`Step 2 of ${total}`);
  await lessons.navButton('Previous').click();
  await expect(lessons.count()).toHaveText(`Step 1 of ${total}`);
  await lessons
    .nav()
    .getByRole('button', { name: new RegExp(`^Step ${total}:`) })
    .click();
  await expect(lessons.count()).toHaveText(`Step ${total} of ${total}`);
  await expect(lessons.navButton('Next')).toHaveCount(0);
});

test('a check: not a number, wrong (a hint), then right (the value, saved)', async ({ page }) => {
  const lessons = new LessonPage(page);
  await lessons.open(slug, checkIndex + 1);
  const value = valueFor(null);
  // Until answered, the quantity is hidden everywhere in the explorer.
  const hiddenInExplorer = page.locator(
    `.lesson-stage [data-live][data-quantity="${check.quantity}"]`,
  );
  const shownInExplorer = page.locator(
    `.lesson-stage [data-live][data-quantity="${check.quantity}"]:not([data-unrevealed])`,
  );
  await expect(lessons.answer()).toBeVisible();
  await expect(shownInExplorer).toHaveCount(0);
  if (checkStep.reveal === false) {
    await expect(page.locator('.lesson-stage [data-live][data-unrevealed]')).not.toHaveCount(0);
  }

  await lessons.submit('abc');
  await expect(lessons.feedback()).toContainText('not a number');
  await expect(lessons.hints()).toHaveCount(0);

  await lessons.submit(wrong(value));
  await expect(lessons.feedback()).toContainText('Not quite');
  await expect(lessons.hints()).toHaveCount(Math.min(1, check.hintsHtml.length));
  await expect(lessons.checkValue()).toHaveCount(0);
  await expect(shownInExplorer).toHaveCount(0);

  // A decimal comma is read as a person means it.
  await lessons.submit(value.toFixed(6).replace('.', ','));
  await expect(lessons.feedback()).toContainText('Right');
  await expect(lessons.checkValue()).toHaveAttribute('data-value', String(value));
  await expect(lessons.checkValue()).toBeVisible();
  if ((await hiddenInExplorer.count()) > 0) await expect(shownInExplorer).not.toHaveCount(0);
  // Answering shows the value asked for, nothing more: what lies past the step's focus stays hidden.
  if (checkStep.reveal === false) {
    await expect(page.locator('.lesson-stage [data-live][data-unrevealed]')).not.toHaveCount(0);
  }
  await expect
    .poll(async () => (await lessons.storedProgress())?.lessons[slug]?.answered)
    .toContain(checkStep.id);
});

test('two wrong tries bring the formula, worked; Reveal shows the value at any time', async ({
  page,
}) => {
  const lessons = new LessonPage(page);
  await lessons.open(slug, checkIndex + 1);
  const value = valueFor(null);
  await lessons.submit(wrong(value));
  await expect(lessons.worked()).toHaveCount(0);
  await lessons.submit(wrong(value + 1));
  await expect(lessons.worked()).toBeVisible();
  await expect(lessons.worked().locator('.katex').first()).toBeVisible();
  await expect(lessons.hints()).toHaveCount(Math.min(2, check.hintsHtml.length));
  await lessons.check().getByRole('button', { name: 'Reveal the value' }).click();
  await expect(lessons.checkValue()).toHaveAttribute('data-value', String(value));
  await expect(lessons.feedback()).toContainText('The value');
  // Revealed is not answered.
  expect((await lessons.storedProgress())?.lessons[slug]?.answered ?? []).not.toContain(
    checkStep.id,
  );
});

/** The first practice set whose asked value differs from the article's by more than the tolerance. */
const distinctSeed = (() => {
  for (let seed = 1; seed < 1000; seed++) {
    if (Math.abs(valueFor(seed) - valueFor(null)) > check.tolerance) return seed;
  }
  throw new Error('no practice set among the first thousand differs from the article’s');
})();

test('new numbers: a new set, and the check is judged against it; back to the article’s', async ({
  page,
}) => {
  const lessons = new LessonPage(page);
  await lessons.open(slug, checkIndex + 1);
  await page.getByRole('button', { name: 'New numbers' }).click();
  await expect(page).toHaveURL(/[?&]practice=\d+/);
  const drawn = Number(/[?&]practice=(\d+)/.exec(page.url())![1]);
  await expect(page.getByText(`Practice set ${drawn}`)).toBeVisible();
  await lessons.submit(String(valueFor(drawn)));
  await expect(lessons.feedback()).toContainText('Right');
  await expect(lessons.checkValue()).toHaveAttribute('data-value', String(valueFor(drawn)));

  // A set whose answer differs from the article's, opened from its link: the article's value is wrong there.
  const value = valueFor(distinctSeed);
  await page.goto(`/?lesson=${slug}&lstep=${checkIndex + 1}&practice=${distinctSeed}`);
  await lessons.submit(String(valueFor(null)));
  await expect(lessons.feedback()).toContainText('Not quite');
  await lessons.submit(String(value));
  await expect(lessons.feedback()).toContainText('Right');
  await expect(lessons.checkValue()).toHaveAttribute('data-value', String(value));

  await page.getByRole('button', { name: 'Back to the article’s numbers' }).click();
  await expect(page).not.toHaveURL(/practice=/);
  // A check answered with any numbers counts as answered: it opens answered, showing the article's value.
  await expect(lessons.checkValue()).toHaveAttribute('data-value', String(valueFor(null)));
  await lessons.check().getByRole('button', { name: 'Answer again' }).click();
  await expect(lessons.answer()).toBeVisible();
});

test('a deep link opens its step; an invalid one falls back with a notice', async ({ page }) => {
  const lessons = new LessonPage(page);
  await lessons.open(slug, 3);
  await expect(lessons.count()).toHaveText(`Step 3 of ${total}`);
  await expect(lessons.stepTitle()).toHaveText(titleOf(lesson.steps[2]!, 2));

  await page.goto(`/?lesson=${slug}&lstep=${total + 5}`);
  await expect(lessons.count()).toHaveText(`Step 1 of ${total}`);
  await expect(lessons.notice('lstep')).toContainText(`${total} steps`);

  await page.goto(`/?lesson=${slug}&lstep=two`);
  await expect(lessons.count()).toHaveText(`Step 1 of ${total}`);
  await expect(lessons.notice('lstep')).toBeVisible();

  await page.goto('/?lesson=no-such-lesson&lstep=2');
  await expect(lessons.indexHeading()).toBeVisible();
  await expect(lessons.notice('lesson')).toContainText('no lesson');
  await expect(page).toHaveURL(/[?&]view=lessons/);
});

test('progress survives a reload and shows in the index; Reset progress clears it', async ({
  page,
}) => {
  const lessons = new LessonPage(page);
  await lessons.open(slug);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(lessons.count()).toHaveText(`Step 3 of ${total}`);
  await expect
    .poll(async () => (await lessons.storedProgress())?.lessons[slug]?.visited)
    .toEqual([0, 1, 2]);
  await expect(page).toHaveURL(/[?&]lstep=3(&|$)/);
  await page.reload();
  await expect(lessons.count()).toHaveText(`Step 3 of ${total}`);
  await expect(lessons.nav().getByRole('button', { name: /^Step 2: .*\(seen\)$/ })).toBeVisible();

  await lessons.openIndex();
  const card = lessons.card(slug);
  await expect(card).toContainText(`3 of ${total} steps seen`);
  await expect(card.getByRole('link', { name: /^Continue/ })).toHaveAttribute(
    'href',
    `?lesson=${slug}&lstep=4`,
  );

  await page.getByRole('button', { name: 'Reset progress…' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(card).toContainText(`3 of ${total} steps seen`);
  await page.getByRole('button', { name: 'Reset progress…' }).click();
  await page.getByRole('button', { name: 'Yes, reset progress' }).click();
  await expect(card).toContainText(`0 of ${total} steps seen`);
  await expect(card.getByRole('link', { name: /^Start/ })).toBeVisible();
  expect(await lessons.storedProgress()).toBeNull();
  await page.reload();
  await expect(lessons.card(slug)).toContainText(`0 of ${total} steps seen`);
});

const CORRUPTED: readonly [string, string][] = [
  ['cut-off JSON', '{"v":1,"lessons":{"x":'],
  ['null', 'null'],
  ['another version', '{"v":99}'],
  ['a 100 kB string', 'x'.repeat(100_000)],
];
for (const [name, stored] of CORRUPTED) {
  test(`a corrupted progress value (${name}) is discarded with a notice; the app works`, async ({
    page,
  }) => {
    await page.addInitScript(
      ([key, value]) => {
        // Only before the first load: the app's own writes must stand after that.
        if (!sessionStorage.getItem('seeded')) {
          sessionStorage.setItem('seeded', '1');
          localStorage.setItem(key, value);
        }
      },
      [PROGRESS_KEY, stored] as const,
    );
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const lessons = new LessonPage(page);
    await lessons.openIndex();
    await expect(lessons.notice('progress')).toContainText('could not be read');
    await expect(lessons.card(slug)).toContainText(`0 of ${total} steps seen`);
    await lessons
      .card(slug)
      .getByRole('link', { name: /^Start/ })
      .click();
    await expect(lessons.count()).toHaveText(`Step 1 of ${total}`);
    await expect
      .poll(async () => (await lessons.storedProgress())?.lessons[slug]?.visited)
      .toEqual([0]);
    expect(errors).toEqual([]);
  });
}

test('a partly foreign value keeps what is valid, without a notice', async ({ page }) => {
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [
    PROGRESS_KEY,
    JSON.stringify({
      v: 1,
      lessons: {
        [slug]: { visited: [0, 1, 999, -1, 'x'], answered: [7], updated: 1 },
        'not-a-lesson': { visited: [0], answered: [], updated: 1 },
      },
    }),
  ] as const);
  const lessons = new LessonPage(page);
  await lessons.openIndex();
  await expect(lessons.card(slug)).toContainText(`2 of ${total} steps seen`);
  await expect(lessons.notice('progress')).toHaveCount(0);
});

test('the keyboard help in a lesson states the rule for the arrow keys', async ({ page }) => {
  const lessons = new LessonPage(page);
  await lessons.open(slug);
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('row', { name: /Next lesson step/ })).toContainText('→');
  await expect(dialog.getByRole('row', { name: /Next step of the computation/ })).toContainText(
    'Shift+→',
  );
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // The help of the explorer itself is unchanged.
  await page.getByRole('link', { name: 'Explorer' }).click();
  await page.getByRole('button', { name: 'Keys' }).click();
  await expect(
    page.getByRole('dialog', { name: 'Keyboard' }).getByRole('row', { name: /^→ Next step$/ }),
  ).toBeVisible();
});

test('lesson 6’s slip step: the Check panel says the backward pass is wrong, not that ε is too large', async ({
  page,
}) => {
  // Found from the content: the step that shows the Check panel with the slip switched on.
  const found = [...contentLessons()].flatMap((l) =>
    l.steps
      .map((step, k) => ({ slug: l.meta.slug, step, k }))
      .filter(
        ({ step }) =>
          step.state?.hidden_deltas === 'updated' && (step.panels ?? []).includes('check'),
      ),
  );
  expect(found.length).toBeGreaterThan(0);
  const { slug: slipLesson, k } = found[0]!;
  const lessons = new LessonPage(page);
  await lessons.open(slipLesson, k + 1);
  const why = page.locator('.nudge-why');
  // The Check panel computes while on screen: scroll to it, as a learner does.
  await why.scrollIntoViewIfNeeded();
  await expect(why).toBeVisible();
  await expect(why).toHaveAttribute('data-gap-cause', 'wrong-gradient');
  await expect(why).toContainText('The gap stays put as ε shrinks');
  await expect(why).toContainText('a smaller ε will not help: the backward pass is wrong.');
  await expect(page.locator('.check-verdict')).toContainText('the backward pass is wrong');
  await expect(page.locator('tr[data-check-param="w1"] [data-check="difference"]')).toContainText(
    '✗ wrong',
  );
});
