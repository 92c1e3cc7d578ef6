import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FrameLocator, Locator, Page } from '@playwright/test';
import { compileLesson, LESSON_FILE } from '../app/lessons/build/compile';
import { PROGRESS_KEY, type Progress } from '../app/lessons/progress';
import type { Lesson, LessonStep } from '../app/lessons/schema';

const CONTENT = path.resolve(import.meta.dirname, '../content');

/** Every lesson in content/, compiled as the build does (in order; those with problems left out). */
export function* contentLessons(): Generator<Lesson> {
  const folders = existsSync(CONTENT) ? readdirSync(CONTENT).sort() : [];
  for (const folder of folders) {
    const file = path.join(CONTENT, folder, LESSON_FILE);
    if (!existsSync(file)) continue;
    const { lesson } = compileLesson(file, folder, readFileSync(file, 'utf8'));
    if (lesson) yield lesson;
  }
}

/** A step whose check asks for a quantity of the explorer's network (not of a widget). */
export const hasNetworkCheck = (step: LessonStep) => step.check !== undefined && !step.widget;

/**
 * The first lesson that exercises the player fully: at least three steps and a check
 * on the network. Found from the content, so prose edits never break the tests.
 */
export function findLesson(): Lesson {
  for (const lesson of contentLessons()) {
    if (lesson.steps.length >= 3 && lesson.steps.some(hasNetworkCheck)) return lesson;
  }
  throw new Error('No lesson in content/ has three steps and a check on the network.');
}

/** The lesson player and the lessons index, as a test sees them. */
export class LessonPage {
  /** `root`: where the lesson is, the page itself or a frame in it (an LMS frames lessons). */
  constructor(
    readonly page: Page,
    readonly root: Page | FrameLocator = page,
  ) {}

  async open(slug: string, lstep?: number, extra = '') {
    const step = lstep === undefined ? '' : `&lstep=${lstep}`;
    await this.page.goto(`/?lesson=${slug}${step}${extra}`);
    await this.count().waitFor();
  }

  async openIndex() {
    await this.page.goto('/?view=lessons');
    await this.indexHeading().waitFor();
  }

  // The player
  text(): Locator {
    return this.root.getByRole('article');
  }

  /** "Step 3 of 12" */
  count(): Locator {
    return this.text().getByText(/^Step \d+ of \d+$/);
  }

  stepTitle(): Locator {
    return this.text().getByRole('heading', { level: 2 });
  }

  nav(): Locator {
    return this.root.getByRole('navigation', { name: 'Lesson steps' });
  }

  navButton(name: 'Next' | 'Previous'): Locator {
    return this.nav().getByRole('button', { name });
  }

  /** The explorer's formula panel beside the text, and its value. */
  formulaValue(): Locator {
    return this.root
      .getByRole('region', { name: 'Current step' })
      .locator('.formula-result [data-quantity]');
  }

  check(): Locator {
    return this.root.getByRole('region', { name: 'Predict, then reveal' });
  }

  answer(): Locator {
    return this.check().getByLabel(/^Your answer for /);
  }

  async submit(text: string) {
    await this.answer().fill(text);
    await this.check().getByRole('button', { name: 'Check', exact: true }).click();
  }

  feedback(): Locator {
    return this.check().getByRole('status');
  }

  hints(): Locator {
    return this.check().getByRole('list', { name: 'Hints' }).getByRole('listitem');
  }

  worked(): Locator {
    return this.check().locator('.check-worked');
  }

  /** The value the check shows once answered or revealed. */
  checkValue(): Locator {
    return this.check().locator('.check-number');
  }

  notice(key: string): Locator {
    return this.root.locator(`[data-notice="${key}"]`);
  }

  // The index
  indexHeading(): Locator {
    return this.root.getByRole('heading', { level: 1, name: 'Lessons' });
  }

  card(slug: string): Locator {
    return this.root.locator(`.lesson-card[data-lesson="${slug}"]`);
  }

  async storedProgress(): Promise<Progress | null> {
    const raw = await this.page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
    return raw === null ? null : (JSON.parse(raw) as Progress);
  }
}
