/**
 * The real lessons and the authoring guide: every lesson in content/ compiles
 * without a problem (there may be none yet), the guide's example and lists
 * agree with the pipeline and the engine, and `virtual:lessons` serves them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { lessonIndex, loadLesson } from 'virtual:lessons';
import { PANEL_IDS, WIDGET_QUANTITIES } from '../schema';
import { SETTING_CHOICES } from '../../engine/model';
import { compileLessons, compileSources } from './compile';
import { formatProblems } from './problems';
import { ARTICLE_TRACE_IDS } from './validate-step';
import { oneStep, problemsOf } from './test-lessons';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const CONTENT = path.join(ROOT, 'content');
const GUIDE = readFileSync(path.join(CONTENT, 'README.md'), 'utf8');

/** The text of the guide between a heading and the next heading of the same or a higher level. */
function section(heading: string): string {
  const start = GUIDE.indexOf(`${heading}\n`);
  expect(start, `the guide has a section "${heading}"`).toBeGreaterThanOrEqual(0);
  const level = /^#+/.exec(heading)?.[0] ?? '#';
  const rest = GUIDE.slice(start + heading.length);
  const next = rest.search(new RegExp(`\\n#{1,${level.length}} `));
  return next < 0 ? rest : rest.slice(0, next);
}

describe('content/', () => {
  const collection = compileLessons(CONTENT, ROOT);

  test('every lesson parses and validates', () => {
    expect(formatProblems(collection.problems)).toBe('');
    expect(collection.lessons.length).toBe(collection.files.length);
  });

  test('virtual:lessons serves the index in order and each lesson on demand', async () => {
    expect(lessonIndex).toEqual(collection.lessons.map((lesson) => lesson.meta));
    const orders = lessonIndex.map((meta) => meta.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    for (const lesson of collection.lessons) {
      expect(await loadLesson(lesson.meta.slug)).toEqual(lesson);
    }
    expect(await loadLesson('no-such-lesson')).toBeUndefined();
    expect(await loadLesson('constructor')).toBeUndefined();
    // Each lesson is a module of a few hundred kB of KaTeX markup to transform: allow for a busy machine.
  }, 30_000);
});

/** Decimals with five significant digits or more, outside citations: numbers typed by hand. */
export function handTypedFigures(text: string): string[] {
  const found: string[] = [];
  text.split('\n').forEach((line, k) => {
    const outside = line.replace(/@\[[^\]\n]*\]/g, ' ');
    for (const match of outside.matchAll(/(?<![\w.])\d*\.\d+|(?<![\w.])\d+\.\d*/g)) {
      const significant = match[0].replace('.', '').replace(/^0+/, '');
      if (significant.length >= 5) found.push(`line ${k + 1}: ${match[0]}`);
    }
  });
  return found;
}

describe('numbers in content/', () => {
  test('the scan finds a typed figure and passes over a cited one', () => {
    expect(handTypedFigures('$out_{h1} = 0.593269992$ and 0.3775')).toEqual([
      'line 1: 0.593269992',
    ]);
    expect(handTypedFigures('$out_{h1} = @[out_h1; w5=0.123456]$, 1.5 and 12{,}345')).toEqual([]);
  });

  // Every figure the engine computes is cited (@[…]), so it comes from the engine and follows
  // practice numbers; a number with this many digits is one of those, typed by hand.
  test.each(compileLessons(CONTENT, ROOT).files.map((file) => [path.relative(ROOT, file)]))(
    '%s quotes no engine figure by hand',
    (file) => {
      expect(handTypedFigures(readFileSync(path.join(ROOT, file), 'utf8'))).toEqual([]);
    },
  );
});

describe('the authoring guide', () => {
  test('its complete example is a valid lesson', () => {
    const example = /````markdown\n([\s\S]*?)\n````/.exec(GUIDE)?.[1];
    const file = /The file `(content\/([^/`]+)\/lesson\.md)`/.exec(GUIDE);
    expect(example).toBeDefined();
    expect(file).not.toBeNull();
    // its prerequisite, so the check across lessons runs too
    const prerequisite = {
      folder: '03-forward-pass',
      file: 'content/03-forward-pass/lesson.md',
      text: oneStep('id: a'),
    };
    const result = compileSources([
      prerequisite,
      { folder: file?.[2] ?? '', file: file?.[1] ?? '', text: example ?? '' },
    ]);
    expect(formatProblems(result.problems)).toBe('');
    expect(result.lessons[1]?.steps.length).toBeGreaterThan(1);
  });

  test('it lists the quantities in trace order', () => {
    const text = section('### Quantities (for `focus` and `check.quantity`)');
    const list = /```\n([\s\S]*?)```/.exec(text)?.[1] ?? '';
    const ids = list.split(/\s+/).filter((word) => word.includes('_') || /^E_/.test(word));
    expect(ids).toEqual(ARTICLE_TRACE_IDS);
    expect(text.split('```')[2]).toMatch(/`b2_new`[\s\S]*`b1_new`/);
  });

  test('it lists the panels, the settings and the widget quantities', () => {
    expect(GUIDE).toContain(`any of \`${PANEL_IDS.join(' ')}\``);
    const settings = section('### `state`');
    for (const [key, choices] of Object.entries(SETTING_CHOICES)) {
      expect(settings).toMatch(new RegExp(`\\| \`${key}\` +\\| \`${choices.join(' ')}\` +\\|`));
    }
    const widgets = section('### `widget`');
    for (const quantities of [
      ...Object.values(WIDGET_QUANTITIES.expression),
      WIDGET_QUANTITIES['activation-plot'],
    ]) {
      expect(widgets).toContain(`\`${quantities.join(' ')}\``);
    }
  });

  test('its sample errors are what the build says', () => {
    const samples =
      /the line, says what is wrong[\s\S]*?```\n([\s\S]*?)```/
        .exec(GUIDE)?.[1]
        ?.trim()
        .split('\n') ?? [];
    const produced = [
      ...problemsOf(oneStep('id: a\nfocus: net_h3')),
      ...problemsOf(oneStep('id: a\nreveals: false')),
      ...problemsOf(oneStep('id: a', '$\\frac{1}{1+e^{-x}$')),
    ].map((problem) => problem.replace(/^[^:]+:\d+: /, ''));
    expect(samples).toHaveLength(3);
    for (const sample of samples) {
      const message = sample.replace(/^[^:]+:\d+: /, '');
      const pattern = new RegExp(
        `^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/…/g, '.*')}$`,
      );
      expect(
        produced.some((text) => pattern.test(text)),
        sample,
      ).toBe(true);
    }
  });
});
