import { describe, expect, test } from 'vitest';
import { parseLesson } from './parse';
import { ProblemList } from './problems';
import { FILE, FRONT_MATTER, oneStep, problemsOf } from './test-lessons';

const parse = (text: string) => {
  const problems = new ProblemList(FILE);
  return { parsed: parseLesson(text, problems), problems: problems.problems };
};

describe('parseLesson', () => {
  test('splits front matter and steps, with file line numbers', () => {
    const text = `${FRONT_MATTER}
\`\`\`step
id: first
focus: net_h1
\`\`\`

First prose, line 14.

$$x^2$$

\`\`\`step
id: second
check:
  quantity: out_h1
  prompt: Compute it.
  tolerance: 0.001
\`\`\`
Second prose.
`;
    const { parsed, problems } = parse(text);
    expect(problems).toEqual([]);
    expect(parsed.frontMatter?.value).toEqual({
      title: 'The forward pass',
      summary: 'From the inputs to the total error.',
      order: 3,
      minutes: 12,
      prerequisites: [],
    });
    expect(parsed.frontMatter?.line(['minutes'])).toBe(5);
    const [first, second] = parsed.steps;
    expect(first?.line).toBe(9);
    expect(first?.yaml.value).toEqual({ id: 'first', focus: 'net_h1' });
    expect(first?.yaml.line(['focus'])).toBe(11);
    expect(first?.prose.map((node) => [node.type, node.position?.start.line])).toEqual([
      ['paragraph', 14],
      ['paragraph', 16],
    ]);
    expect(second?.line).toBe(18);
    expect(second?.yaml.line(['check', 'tolerance'])).toBe(23);
    expect(second?.yaml.textLine(['check', 'prompt'])).toBe(22);
    expect(second?.prose.map((node) => node.position?.start.line)).toEqual([25]);
  });

  test('a block scalar text starts on the line below its key', () => {
    const { parsed } = parse(oneStep('id: a\nnotes: >-\n  Folded\n  text.\n'));
    expect(parsed.steps[0]?.yaml.textLine(['notes'])).toBe(12);
    expect(parsed.steps[0]?.yaml.value).toEqual({ id: 'a', notes: 'Folded text.' });
  });

  test('Windows line ends and a byte order mark change no line number', () => {
    const text = `\uFEFF${oneStep('id: a\nfocus: nope')}`.replace(/\n/g, '\r\n');
    expect(problemsOf(text)[0]).toMatch(/^content\/03-forward-pass\/lesson\.md:11: focus "nope"/);
  });

  test('a file without front matter', () => {
    expect(problemsOf('```step\nid: a\n```\n')).toEqual([
      'content/03-forward-pass/lesson.md:1: a lesson begins with its front matter: a line "---", the fields title, summary, order, minutes and prerequisites, and another "---"',
    ]);
  });

  test('front matter that is never closed', () => {
    expect(problemsOf('---\ntitle: x\n\nText')).toEqual([
      'content/03-forward-pass/lesson.md:1: the front matter opened here is never closed: end it with a line "---"',
    ]);
  });

  test('text between the front matter and the first step', () => {
    expect(problemsOf(`${FRONT_MATTER}\nAn intro.\n\n\`\`\`step\nid: a\n\`\`\`\n`)).toEqual([
      'content/03-forward-pass/lesson.md:9: only blank lines may stand between the front matter and the first ```step block; start a step before this text',
    ]);
  });

  test('a lesson without steps', () => {
    expect(problemsOf(FRONT_MATTER)).toEqual([
      'content/03-forward-pass/lesson.md:8: a lesson needs at least one step: a ```step block after the front matter',
    ]);
  });

  test('a step block that is never closed', () => {
    expect(problemsOf(`${FRONT_MATTER}\n\`\`\`step\nid: a\n\nProse.\n`)).toContain(
      'content/03-forward-pass/lesson.md:9: the ```step block opened here is never closed: end it with a line ```',
    );
  });

  test('a step block inside a list', () => {
    const text = oneStep('id: a', '- item\n\n  ```step\n  id: b\n  ```\n');
    expect(problemsOf(text)).toEqual([
      'content/03-forward-pass/lesson.md:15: a ```step block must start at the left margin, outside lists and quotes',
    ]);
  });

  test('YAML that does not parse', () => {
    expect(problemsOf(oneStep('id: a\ntitle: [unclosed'))).toEqual([
      expect.stringMatching(/^content\/03-forward-pass\/lesson\.md:11: the YAML does not parse: /),
    ]);
    expect(problemsOf(oneStep('id: a\nid: b'))).toEqual([
      expect.stringMatching(
        /^content\/03-forward-pass\/lesson\.md:11: the YAML does not parse: .*unique/i,
      ),
    ]);
  });
});
