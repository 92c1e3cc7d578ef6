/**
 * KaTeX at build time, and only what the page uses of it at run time:
 * - `virtual:tex-catalog`: the explorer's formulas for the default network,
 *   pre-rendered (tex-catalog.ts), loaded as data in place of KaTeX;
 * - KaTeX's style sheet with woff2 fonts only (every browser the build targets
 *   reads woff2; the woff and ttf copies only made the sheet longer);
 * - a preload for the two fonts every formula uses, so the first formula does
 *   not wait for its fonts after its style sheet.
 */
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import type * as Catalog from './tex-catalog';

const CATALOG_MODULE = 'virtual:tex-catalog';
const RESOLVED_CATALOG = `\0${CATALOG_MODULE}`;
// Loaded through Vite's module runner, as the lessons pipeline is: this file imports no app module.
const CATALOG_FILE = fileURLToPath(new URL('./tex-catalog.ts', import.meta.url));
const PRELOADED_FONTS = /KaTeX_(?:Main-Regular|Math-Italic)-[\w-]+\.woff2$/;

/** KaTeX's @font-face sources without the woff and ttf fallbacks. */
export const woff2Only = (css: string): string =>
  css.replace(/,\s*url\([^)]*\.(?:woff|ttf)\)\s*format\("(?:woff|truetype)"\)/g, '');

export function texPlugin(): Plugin {
  let root = process.cwd();
  let base = '/';
  let module: Promise<string> | undefined;
  return {
    name: 'backprop-lab:tex',
    // Before Vite's own CSS handling, which turns the style sheet into a module.
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    resolveId(id) {
      return id === CATALOG_MODULE ? RESOLVED_CATALOG : undefined;
    },
    load(id) {
      if (id !== RESOLVED_CATALOG) return undefined;
      return (module ??= runnerImport<typeof Catalog>(CATALOG_FILE, {
        root,
        logLevel: 'warn',
      }).then(({ module: catalog }) => catalog.texCatalogModule(catalog.buildTexCatalog())));
    },
    transform(code, id) {
      if (!id.replace(/\?.*$/, '').endsWith('katex/dist/katex.min.css')) return undefined;
      return { code: woff2Only(code), map: null };
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        if (!context.bundle) return undefined;
        return Object.keys(context.bundle)
          .filter((file) => PRELOADED_FONTS.test(file))
          .sort()
          .map((file) => ({
            tag: 'link',
            attrs: {
              rel: 'preload',
              href: `${base}${file}`,
              as: 'font',
              type: 'font/woff2',
              crossorigin: '',
            },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}
