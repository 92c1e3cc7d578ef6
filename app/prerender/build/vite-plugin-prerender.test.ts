import { describe, expect, it } from 'vitest';
import { scriptSafeJson, withPrerendered } from './vite-plugin-prerender';

const PAGE =
  '<!doctype html><html><head><title>t</title></head><body><div id="root"></div></body></html>';

describe('a page with its prerendered markup', () => {
  const html = withPrerendered(
    PAGE,
    { html: '<main>net = 0.3775</main>', tex: { 'k|a': '<span class="katex">a</span>' } },
    '.katex{color:red}',
  );

  it('puts the markup in the root, marked, and the formulas beside it as JSON', () => {
    expect(html).toContain('<div id="root" data-prerendered><main>net = 0.3775</main></div>');
    const json = /<script type="application\/json" id="prerendered-tex">(.*?)<\/script>/.exec(html);
    expect(JSON.parse(json![1]!)).toEqual({ 'k|a': '<span class="katex">a</span>' });
  });

  it('hides the markup under an address with a query, and styles its formulas, in the head', () => {
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain(
      "<script>if(location.search)document.documentElement.setAttribute('data-query','')</script>",
    );
    expect(head).toContain('html[data-query] #root[data-prerendered]{visibility:hidden}');
    expect(head).toContain('<style data-lazy-parts>.katex{color:red}</style>');
  });

  it('refuses a page without an empty root to fill', () => {
    expect(() =>
      withPrerendered(
        PAGE.replace('<div id="root"></div>', '<div id="app"></div>'),
        { html: '', tex: {} },
        '',
      ),
    ).toThrow(/no <div id="root"><\/div>/);
  });

  it('writes JSON that no markup inside can end early', () => {
    const json = scriptSafeJson({ a: '</script><script>alert(1)</script>', b: '<!--' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ a: '</script><script>alert(1)</script>', b: '<!--' });
  });
});
