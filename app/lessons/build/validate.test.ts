/** Front matter, folder names and the rules across lessons; a valid step end to end. */
import { describe, expect, test } from 'vitest';
import { compileLesson, compileSources } from './compile';
import { formatProblem } from './problems';
import { at, FILE, FOLDER, FRONT_MATTER, oneStep, problemsOf } from './test-lessons';

const withFrontMatter = (from: string, to: string) =>
  `${FRONT_MATTER.replace(from, to)}\n\`\`\`step\nid: a\n\`\`\`\n`;

describe('a valid step', () => {
  test('compiles with defaults filled in and the state as the engine reads it', () => {
    const text = oneStep(
      'id: net-h1\ntitle: The net input\nstate: { w1: 0.2, act_h: tanh, biases: learned }\nfocus: b1_new\n' +
        'check:\n  quantity: net_h1\n  prompt: Compute $net_{h1}$.\n  tolerance: 0.0005\n  hints: [Start with $w_1 i_1$.]\nnotes: Ask first.',
      'Prose with $x$.',
    );
    const { lesson, problems } = compileLesson(FILE, FOLDER, text);
    expect(problems).toEqual([]);
    expect(lesson?.meta).toEqual({
      slug: 'forward-pass',
      title: 'The forward pass',
      summary: 'From the inputs to the total error.',
      order: 3,
      minutes: 12,
      prerequisites: [],
      stepCount: 1,
      checks: ['net-h1'],
    });
    const step = lesson?.steps[0];
    expect(step).toMatchObject({
      id: 'net-h1',
      title: 'The net input',
      state: { w1: 0.2, act_h: 'tanh', biases: 'learned' },
      focus: 'b1_new',
      panels: ['graph', 'formula'],
      reveal: false,
      check: { quantity: 'net_h1', tolerance: 0.0005 },
    });
    expect(step?.html).toMatch(/^<p>Prose with <span class="katex">/);
    expect(step?.check?.promptHtml).toMatch(/^<p>Compute <span class="katex">.*<\/p>$/s);
    expect(step?.check?.hintsHtml).toHaveLength(1);
    expect(step?.notesHtml).toBe('<p>Ask first.</p>');
    expect(JSON.parse(JSON.stringify(lesson))).toEqual(lesson);
  });

  test('a widget quantity may be checked on a step with that widget', () => {
    const text = oneStep(
      'id: a\nwidget: { type: expression, graph: "(x+y)*z", values: { x: -2, y: 5, z: -4 } }\n' +
        'check: { quantity: df_dx, prompt: What is it?, tolerance: 0.01 }',
    );
    expect(problemsOf(text)).toEqual([]);
    expect(
      problemsOf(
        oneStep(
          'id: a\nwidget: { type: activation-plot, activation: relu, x: -1 }\ncheck: { quantity: df, prompt: Slope?, tolerance: 0.01 }',
        ),
      ),
    ).toEqual([]);
    expect(problemsOf(oneStep('id: a\nwidget: { type: matrices, layer: 2 }\npanels: []'))).toEqual(
      [],
    );
  });
});

describe('front matter rules', () => {
  test.each([
    [
      'a missing field',
      withFrontMatter('title: The forward pass\n', ''),
      [at(2, 'missing field "title" in the front matter')],
    ],
    [
      'an empty title',
      withFrontMatter('title: The forward pass', 'title: ""'),
      [at(2, 'title must be a non-empty text, not ""')],
    ],
    [
      'order 0',
      withFrontMatter('order: 3', 'order: 0'),
      [at(4, 'order must be a positive whole number, not 0')],
    ],
    [
      'a fractional order',
      withFrontMatter('order: 3', 'order: 2.5'),
      [at(4, 'order must be a positive whole number, not 2.5')],
    ],
    [
      'minutes as words',
      withFrontMatter('minutes: 12', 'minutes: ten'),
      [at(5, 'minutes must be a positive number, not "ten"')],
    ],
    [
      'prerequisites not a list',
      withFrontMatter('prerequisites: []', 'prerequisites: sigmoid'),
      [
        at(
          6,
          'prerequisites must be a list, such as [a, b] or lines starting with "- ", not "sigmoid"',
        ),
      ],
    ],
    [
      'a prerequisite not a slug',
      withFrontMatter('prerequisites: []', 'prerequisites: [Sigmoid]'),
      [
        at(
          6,
          'a prerequisite is a lesson\'s slug (its folder name without "NN-"), such as "sigmoid", not "Sigmoid"',
        ),
      ],
    ],
    [
      'a typo',
      withFrontMatter('summary:', 'sumary:'),
      [
        at(
          3,
          'unknown field "sumary" in the front matter (did you mean "summary"?); allowed: title, summary, order, minutes, prerequisites',
        ),
        at(2, 'missing field "summary" in the front matter'),
      ],
    ],
    [
      'a list',
      '---\n- a\n---\n\n```step\nid: a\n```\n',
      [at(2, 'the front matter must be a mapping of "field: value" lines, not a list')],
    ],
  ])('%s', (_name, text, expected) => {
    expect(problemsOf(text)).toEqual(expected);
  });

  test('a folder not named NN-slug', () => {
    expect(problemsOf(oneStep('id: a'), 'content/3-Forward/lesson.md', '3-Forward')).toEqual([
      'content/3-Forward/lesson.md:1: the lesson folder "3-Forward" must be named NN-slug: two digits for its order, a dash, then a kebab-case slug, such as "03-forward-pass"',
    ]);
  });
});

describe('rules across lessons', () => {
  const lesson = (folder: string, order: number, prerequisites: string) => ({
    folder,
    file: `content/${folder}/lesson.md`,
    text: withFrontMatter(
      'order: 3\nminutes: 12\nprerequisites: []',
      `order: ${order}\nminutes: 12\nprerequisites: ${prerequisites}`,
    ),
  });
  const problems = (...sources: ReturnType<typeof lesson>[]) =>
    compileSources(sources).problems.map(formatProblem);

  test('order matches the folder prefix and is unique', () => {
    expect(problems(lesson('01-one', 1, '[]'), lesson('02-two', 1, '[]'))).toEqual([
      'content/02-two/lesson.md:4: order 1 does not match the folder\'s prefix "02"; make them the same',
      'content/02-two/lesson.md:4: order 1 is also the order of content/01-one/lesson.md; each lesson needs its own',
    ]);
  });

  test('prerequisites exist and come earlier', () => {
    expect(problems(lesson('01-one', 1, '[two]'), lesson('02-two', 2, '[one, onee]'))).toEqual([
      'content/01-one/lesson.md:6: prerequisite "two" (order 2) does not come before this lesson (order 1); a prerequisite must come earlier',
      'content/02-two/lesson.md:6: prerequisite "onee" is not a lesson (did you mean "one"?) (lessons: one, two)',
    ]);
  });

  test('a valid collection comes back in order', () => {
    const result = compileSources([lesson('02-two', 2, '[one]'), lesson('01-one', 1, '[]')]);
    expect(result.problems).toEqual([]);
    expect(result.lessons.map((l) => [l.meta.slug, l.meta.prerequisites])).toEqual([
      ['one', []],
      ['two', ['one']],
    ]);
  });
});
