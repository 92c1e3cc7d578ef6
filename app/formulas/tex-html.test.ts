import { describe, expect, it } from 'vitest';
import { ARTICLE_MODEL } from '../engine/model';
import { NOTATION_IDS, NOTATIONS } from '../engine/notation';
import { computeTrace } from '../engine/trace';
import { buildTexCatalog } from './build/tex-catalog';
import { woff2Only } from './build/vite-plugin-tex';
import { explorerTexRequests, inlineTex, slottedLine, texKey } from './formula-tex';
import { renderTex } from './render-tex';
import { preloadTex, texHtml, texHtmlNow } from './tex-html';

describe('the build-time formula catalog', () => {
  const catalog = buildTexCatalog();

  it('holds every formula the explorer draws for the default network, in each notation', () => {
    for (const id of NOTATION_IDS) {
      const requests = explorerTexRequests(
        computeTrace(ARTICLE_MODEL, NOTATIONS[id]),
        NOTATIONS[id],
      );
      expect(requests.length).toBeGreaterThan(100);
      for (const request of requests) expect(catalog[texKey(request)]).toBeDefined();
    }
  });

  it('holds exactly what KaTeX draws at run time', () => {
    const requests = explorerTexRequests(computeTrace(ARTICLE_MODEL), NOTATIONS.article);
    for (const request of requests.slice(0, 40)) {
      expect(catalog[texKey(request)]).toBe(renderTex(request.tex, request));
    }
  });

  it('keys the numbers line by structure alone: a new value is the same formula', () => {
    const before = computeTrace(ARTICLE_MODEL);
    const after = computeTrace({ ...ARTICLE_MODEL, params: { ...ARTICLE_MODEL.params, w5: -3 } });
    const line = (trace: typeof before) =>
      slottedLine(
        trace.entries.find((entry) => entry.id === 'dE_dw5')!,
        (id) => id in trace.quantities,
      );
    expect(line(after)).toEqual(line(before));
  });
});

describe('texHtml', () => {
  it('answers from the catalog, and from KaTeX for a formula the build did not foresee', async () => {
    const request = inlineTex('\\sigma(x)=\\frac{1}{1+e^{-x}}');
    expect(await texHtml(request)).toBe(renderTex(request.tex, request));
    await preloadTex();
    expect(texHtmlNow(inlineTex('x^{2}'))).toContain('katex');
  });
});

describe('woff2Only', () => {
  it('keeps the woff2 source and drops the woff and ttf fallbacks', () => {
    const face =
      '@font-face{font-family:K;src:url(fonts/K.woff2) format("woff2"),url(fonts/K.woff) format("woff"),url(fonts/K.ttf) format("truetype")}';
    expect(woff2Only(face)).toBe(
      '@font-face{font-family:K;src:url(fonts/K.woff2) format("woff2")}',
    );
  });
});
