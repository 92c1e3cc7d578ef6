/**
 * The formulas a first visit to the explorer shows, rendered by KaTeX at build
 * time: every request formula-tex.ts makes for the default network, in each
 * notation. Keyed by texKey, so the page finds a formula by the very TeX it
 * would otherwise hand to KaTeX.
 */
import { ARTICLE_MODEL, type Model } from '../../engine/model';
import { NOTATION_IDS, NOTATIONS } from '../../engine/notation';
import { computeTrace } from '../../engine/trace';
import { explorerTexRequests, texKey } from '../formula-tex';
import { renderTex } from '../render-tex';

export type TexCatalog = Record<string, string>;

export function buildTexCatalog(models: readonly Model[] = [ARTICLE_MODEL]): TexCatalog {
  const catalog: TexCatalog = {};
  for (const model of models) {
    for (const id of NOTATION_IDS) {
      const notation = NOTATIONS[id];
      for (const request of explorerTexRequests(computeTrace(model, notation), notation)) {
        const key = texKey(request);
        catalog[key] ??= renderTex(request.tex, request);
      }
    }
  }
  return catalog;
}

/** The catalog as an ES module; the style sheet travels with it, as the HTML needs it. */
export function texCatalogModule(catalog: TexCatalog): string {
  return [
    `import ${JSON.stringify(new URL('../katex-style.ts', import.meta.url).pathname)};`,
    // JSON.parse of a string literal parses faster than the same object literal.
    `export default JSON.parse(${JSON.stringify(JSON.stringify(catalog))});`,
  ].join('\n');
}
