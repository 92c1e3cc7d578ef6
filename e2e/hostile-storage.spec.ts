import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { PROGRESS_KEY } from '../app/lessons/progress';
import { expectSound, mainReady, runs, watchErrors } from './hostile';
import { contentLessons } from './lesson-page';

/**
 * Random stored lesson progress (the one key the app keeps in localStorage): the
 * index loads, a value that is not the app's progress at all is discarded with a
 * notice, and inside a value that is, each valid entry is kept and each invalid
 * one dropped, so the cards show exactly what the learner really did.
 */

const LESSONS = [...contentLessons()].map((lesson) => ({
  slug: lesson.meta.slug,
  steps: lesson.steps.length,
  checks: lesson.steps.filter((step) => step.check).map((step) => step.id),
  title: lesson.meta.title,
}));

/** Not the app's progress object at all: discarded whole, with a notice. */
const foreign: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 40 }).filter((s) => {
    try {
      const v: unknown = JSON.parse(s);
      return !(typeof v === 'object' && v !== null && (v as { v?: unknown }).v === 1);
    } catch {
      return true;
    }
  }),
  fc.constantFrom(
    'null',
    '[]',
    '"progress"',
    '{"v":1}',
    '{"v":"1","lessons":{}}',
    '{"v":2,"lessons":{}}',
    '{"v":1,"lessons":[]}',
    '{"v":1,"lessons":null}',
    '{"v":1,"lessons":{"chain-rule":{"visited":[0]}}', // cut off
    '\uFEFF{"v":1,"lessons":{}}',
  ),
  fc
    .jsonValue({ maxDepth: 3 })
    .filter(
      (v) =>
        !(
          typeof v === 'object' &&
          v !== null &&
          !Array.isArray(v) &&
          (v as { v?: unknown }).v === 1
        ),
    )
    .map((v) => JSON.stringify(v)),
  // Over the reader's size limit, though well formed.
  fc.constant('<huge>'),
);

const junkItem = fc.oneof(
  fc.constantFrom(null, true, '1', 1.5, -1, 1e9, 'x', '', [], {}, 'Step-1', 'a'.repeat(81)),
  fc.string({ maxLength: 8 }),
);

/** One lesson's stored entry: valid visits and answers mixed with junk. */
const lessonEntry = (lesson: (typeof LESSONS)[number]) =>
  fc.oneof(
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
    {
      weight: 4,
      arbitrary: fc.record(
        {
          visited: fc.array(fc.oneof(fc.integer({ min: 0, max: lesson.steps + 2 }), junkItem), {
            maxLength: 8,
          }),
          answered: fc.array(
            fc.oneof(
              ...(lesson.checks.length > 0 ? [fc.constantFrom(...lesson.checks)] : []),
              fc.constantFrom('net-h1', 'no-such-check', 'intro'),
              junkItem,
            ),
            { maxLength: 5 },
          ),
          updated: fc.oneof(fc.nat(), junkItem),
        },
        { requiredKeys: [] },
      ),
    },
  );

const structured = fc
  .record({
    known: fc.subarray(LESSONS),
    others: fc.dictionary(
      fc.constantFrom('not-a-lesson', 'Chain-Rule', 'x', 'toString'),
      fc.jsonValue({ maxDepth: 2 }),
    ),
  })
  .chain(({ known, others }) =>
    fc
      .tuple(
        ...known.map((lesson) => lessonEntry(lesson).map((entry) => [lesson.slug, entry] as const)),
      )
      .map((entries) => ({
        v: 1,
        lessons: { ...others, ...Object.fromEntries(entries) },
      })),
  );

type Stored =
  | { kind: 'foreign'; raw: string }
  | { kind: 'progress'; value: { v: number; lessons: Record<string, unknown> } };

const stored: fc.Arbitrary<Stored> = fc.oneof(
  { weight: 1, arbitrary: foreign.map((raw) => ({ kind: 'foreign' as const, raw })) },
  { weight: 3, arbitrary: structured.map((value) => ({ kind: 'progress' as const, value })) },
);

/** What a card must show for a stored entry: the valid steps seen and the real checks answered. */
function expectedCard(lesson: (typeof LESSONS)[number], entry: unknown) {
  const record =
    typeof entry === 'object' && entry !== null && !Array.isArray(entry)
      ? (entry as Record<string, unknown>)
      : {};
  const list = (v: unknown) => (Array.isArray(v) ? (v as unknown[]) : []);
  const visited = new Set(
    list(record.visited).filter(
      (n) => Number.isInteger(n) && (n as number) >= 0 && (n as number) < lesson.steps,
    ),
  );
  const answered = new Set(
    list(record.answered).filter((id) => lesson.checks.includes(id as string)),
  );
  return { visited: visited.size, answered: answered.size };
}

test('random stored progress: discarded with a notice or kept entry by entry', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = watchErrors(page);
  await page.goto('/?view=lessons');
  await mainReady(page);
  await fc.assert(
    fc.asyncProperty(stored, async (s) => {
      const raw =
        s.kind === 'foreign'
          ? s.raw === '<huge>'
            ? JSON.stringify({ v: 1, lessons: {}, pad: 'x'.repeat(200_001) })
            : s.raw
          : JSON.stringify(s.value);
      await page.evaluate(
        ([key, value]) => {
          localStorage.clear();
          localStorage.setItem(key, value);
          // Other keys on the same origin are none of the app's business.
          localStorage.setItem('some-other-app', '{"v":1}');
        },
        [PROGRESS_KEY, raw] as const,
      );
      await page.reload();
      await mainReady(page);
      await expectSound(page, errors.take());
      const notice = page.locator('[data-notice="progress"]');
      if (s.kind === 'foreign') {
        await expect(notice).toContainText('could not be read');
        expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBeNull();
      } else {
        await expect(notice).toHaveCount(0);
      }
      for (const lesson of LESSONS) {
        const entry = s.kind === 'progress' ? s.value.lessons[lesson.slug] : undefined;
        const { visited, answered } = expectedCard(lesson, entry);
        const card = page.locator(`[data-lesson="${lesson.slug}"]`);
        await expect(card).toContainText(`${visited} of ${lesson.steps} steps seen`);
        if (answered === 0) await expect(card).not.toContainText('answered');
        else
          await expect(card).toContainText(
            `${answered} ${answered === 1 ? 'check' : 'checks'} answered`,
          );
      }
      expect(await page.evaluate(() => localStorage.getItem('some-other-app'))).toBe('{"v":1}');
    }),
    runs(8),
  );
});

test('after a damaged value, a visit is saved and the valid progress kept', async ({ page }) => {
  const [first, second] = LESSONS;
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem(key, value);
      }
    },
    [
      PROGRESS_KEY,
      JSON.stringify({
        v: 1,
        lessons: {
          [first!.slug]: {
            visited: [0, 1, 'x', -4, 1e9],
            answered: ['no-such-check'],
            updated: 'yesterday',
          },
          [second!.slug]: 'garbage',
        },
      }),
    ] as const,
  );
  await page.goto('/?view=lessons');
  const card = page.locator(`[data-lesson="${first!.slug}"]`);
  await expect(card).toContainText(`2 of ${first!.steps} steps seen`);
  await card.getByRole('link', { name: /^Continue/ }).click();
  await expect(page.getByText(`Step 3 of ${first!.steps}`, { exact: true })).toBeVisible();
  await expect
    .poll(() =>
      page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), PROGRESS_KEY),
    )
    .toMatchObject({ v: 1, lessons: { [first!.slug]: { visited: [0, 1, 2], answered: [] } } });
});
