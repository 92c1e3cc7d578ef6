import { describe, expect, test } from 'vitest';
import { renderMarkdown } from './markdown';
import { formatProblem, ProblemList } from './problems';
import { oneStep, problemsOf } from './test-lessons';

/** Renders `text` as if it started on line 20 of a lesson. */
function render(text: string) {
  const problems = new ProblemList('content/01-x/lesson.md');
  const html = renderMarkdown({ text, firstLine: 20 }, problems);
  return { html, problems: problems.problems.map(formatProblem) };
}

describe('math', () => {
  test('$…$ is inline and $$…$$ is display, inline in a paragraph or on lines of its own', () => {
    const inline = render('Say $x^2$.').html;
    expect(inline).toMatch(/^<p>Say <span class="katex">.*<\/span>\.<\/p>$/s);
    expect(inline).not.toContain('katex-display');
    expect(render('Then:\n$$x^2$$').html).toContain('<span class="katex-display">');
    expect(render('$$\nx^2\n$$').html).toContain('<span class="katex-display">');
  });

  test('the HTML is KaTeX markup with its MathML, and no script', () => {
    const { html } = render('$\\frac{\\partial E}{\\partial w_5}$');
    expect(html).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML">');
    expect(html).toContain('class="katex-html" aria-hidden="true"');
    expect(html).not.toMatch(/<script|language-math/);
  });

  test('links, images and HTML inside math are refused', () => {
    expect(render('See $\\href{https://example.org}{x}$.').problems).toEqual([
      'content/01-x/lesson.md:20: the math \\href{https://example.org}{x} does not render: \\href is not allowed in lesson math (no links, images or HTML)',
    ]);
    expect(render('\n$\\includegraphics{https://example.org/a.png}$').problems[0]).toMatch(
      /^content\/01-x\/lesson\.md:21: .*\\includegraphics is not allowed in lesson math/,
    );
  });

  test('a plain dollar sign is escaped', () => {
    expect(render('It costs \\$5 and \\$6.')).toEqual({
      html: '<p>It costs $5 and $6.</p>',
      problems: [],
    });
  });
});

describe('HTML safety', () => {
  test('raw HTML is an error and never reaches the page', () => {
    const { html, problems } = render(
      'Hello <b onclick="x()">there</b>.\n\n<script>alert(1)</script>',
    );
    expect(problems).toEqual([
      'content/01-x/lesson.md:20: raw HTML (<b onclick="x()">) is not allowed in a lesson; write it in Markdown',
      'content/01-x/lesson.md:20: raw HTML (</b>) is not allowed in a lesson; write it in Markdown',
      'content/01-x/lesson.md:22: raw HTML (<script>alert(1)</script>) is not allowed in a lesson; write it in Markdown',
    ]);
    expect(html).toBe('<p>Hello there.</p>');
  });

  test('images must be relative', () => {
    expect(render('![net](lessons/net.svg)')).toEqual({
      html: '<p><img src="lessons/net.svg" alt="net"></p>',
      problems: [],
    });
    for (const url of [
      'https://example.org/a.png',
      '//example.org/a.png',
      'data:image/png;base64,AAAA',
    ]) {
      expect(render(`\n![a](${url})`).problems).toEqual([
        `content/01-x/lesson.md:21: the image "${url}" is not a relative URL; a lesson loads nothing from other sites: put the file under public/ and write a relative path such as "lessons/figure.svg"`,
      ]);
    }
    expect(render('![a][pic]\n\n[pic]: https://example.org/a.png').problems).toHaveLength(1);
  });

  test('links may leave the app, but only by http, https or mailto', () => {
    const ok = render(
      '[article](https://example.org/x) [mail](mailto:a@b.org) [next](?lesson=sigmoid)',
    );
    expect(ok.problems).toEqual([]);
    expect(ok.html).toContain('<a href="https://example.org/x">article</a>');
    expect(render('[x](javascript:alert(1))').problems).toEqual([
      'content/01-x/lesson.md:20: the link "javascript:alert(1)" uses javascript:, which a lesson may not; links may be relative or start with http: https: mailto:',
    ]);
    expect(render('[x][bad]\n\n[bad]: javascript:alert(1)').problems[0]).toMatch(
      /:22: the link "javascript:alert\(1\)"/,
    );
  });

  test('a reference needs its definition in the same step', () => {
    const text =
      oneStep('id: a', 'See [the article][mazur].') +
      '\n```step\nid: b\n```\n\n[mazur]: https://example.org\n';
    expect(problemsOf(text)).toEqual([
      'content/03-forward-pass/lesson.md:13: the reference [mazur] has no definition ([mazur]: url) in this step',
    ]);
  });

  test('tables (GFM) render', () => {
    expect(render('| a | b |\n| - | - |\n| 1 | $x$ |').html).toMatch(
      /^<table>.*<td><span class="katex">/s,
    );
  });
});
