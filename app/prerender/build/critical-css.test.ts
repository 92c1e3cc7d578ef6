import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classesIn, criticalCss, rebaseUrls, topLevelRules } from './critical-css';

const SHEET =
  '@font-face{font-family:KaTeX_Main;src:url(./Main.woff2)format("woff2")}' +
  '@font-face{font-family:KaTeX_Size4;src:url(./Size4.woff2)format("woff2")}' +
  '.katex{font:normal 1.21em KaTeX_Main,Times New Roman,serif}' +
  '.katex .mord{color:inherit}' +
  '.katex .sizing.reset-size1.size4{font-size:1.2em}' +
  '.katex .delimsizing.size4{font-family:KaTeX_Size4}' +
  '.katex .x:not(.mord),.katex .mbin{margin:0}' +
  '@media print{.katex{color:black}}';

describe('the part of a style sheet a page needs', () => {
  it('splits a minified sheet into its top-level rules, nested blocks whole', () => {
    const rules = topLevelRules(SHEET);
    expect(rules.map((r) => r.prelude)).toEqual([
      '@font-face',
      '@font-face',
      '.katex',
      '.katex .mord',
      '.katex .sizing.reset-size1.size4',
      '.katex .delimsizing.size4',
      '.katex .x:not(.mord),.katex .mbin',
      '@media print',
    ]);
    expect(rules.at(-1)?.text).toBe('@media print{.katex{color:black}}');
  });

  it('reads the classes of every class attribute', () => {
    expect([
      ...classesIn('<span class="katex  mord"><b class="mbin"></b><i class=""></i>'),
    ]).toEqual(['katex', 'mord', 'mbin']);
  });

  it('keeps the rules the markup can match, and the fonts those rules name', () => {
    const css = criticalCss(
      SHEET,
      '<span class="katex"><span class="mord">1</span><span class="mbin">+</span></span>',
    );
    expect(css).toContain('.katex{font:normal');
    expect(css).toContain('.katex .mord{');
    // One selector of the list matches: the rule stays whole.
    expect(css).toContain('.katex .x:not(.mord),.katex .mbin{');
    // Needs classes the markup does not use.
    expect(css).not.toContain('reset-size1');
    expect(css).not.toContain('delimsizing');
    // KaTeX_Main is named by a kept rule; KaTeX_Size4 only by a dropped one.
    expect(css).toContain('font-family:KaTeX_Main;src');
    expect(css).not.toContain('Size4.woff2');
    // An at-rule with a block of rules is kept whole rather than read.
    expect(css).toContain('@media print');
  });

  it('keeps what KaTeX’s own sheet needs for a rendered formula, and much less than all of it', () => {
    const sheet = readFileSync('node_modules/katex/dist/katex.min.css', 'utf8');
    const markup =
      '<span class="katex"><span class="katex-html" aria-hidden="true"><span class="base">' +
      '<span class="strut"></span><span class="mord mathnormal">w</span></span></span></span>';
    const css = criticalCss(sheet, markup);
    expect(css).toMatch(/\.katex \.mathnormal\{font-family:KaTeX_Math/);
    expect(css).toMatch(/@font-face\{[^}]*font-family:KaTeX_Math;/);
    expect(css).not.toMatch(/font-family:KaTeX_Fraktur/);
    expect(css.length).toBeLessThan(sheet.length / 4);
  });

  it('rewrites relative urls for a page one folder up, and leaves others alone', () => {
    expect(rebaseUrls('a{src:url(./f.woff2)}b{src:url(g.woff2)}', 'assets')).toBe(
      'a{src:url(./assets/f.woff2)}b{src:url(./assets/g.woff2)}',
    );
    expect(rebaseUrls('a{src:url("./f.woff2")}', 'assets')).toBe('a{src:url("./assets/f.woff2")}');
    const absolute = 'a{src:url(data:font/woff2;base64,AA)}b{src:url(https://x/y)}c{src:url(/z)}';
    expect(rebaseUrls(absolute, 'assets')).toBe(absolute);
    expect(rebaseUrls('a{src:url(./f.woff2)}', '')).toBe('a{src:url(./f.woff2)}');
  });
});
