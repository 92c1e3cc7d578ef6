/**
 * The entry pages with their default state already in the HTML: the build renders
 * the explorer and the embed (app/prerender/render-pages.tsx) through Vite's module
 * runner and writes the markup into each page's root, with the formulas it drew.
 * A first visit then shows the network, every number and the first formula before
 * any JavaScript has run, and the client hydrates that markup (app/prerender/hydrate.ts).
 */
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin, type Rollup } from 'vite';
import { criticalCss, rebaseUrls } from './critical-css.ts';
import { PAGE_FILES } from '../../store/page-files.ts';
import { PRERENDERED_MARK, PRERENDERED_TEX_ID } from '../../ui/prerendered-marks.ts';
import { FIRST_PAINT_SCRIPT } from '../../embed/build/security-headers.ts';
import { lessonsPlugin } from '../../lessons/build/vite-plugin-lessons.ts';
import { texPlugin } from '../../formulas/build/vite-plugin-tex.ts';
// Types only: the config that loads this plugin must not bundle the app (it imports style sheets).
import type * as Rendered from '../rendered-pages';
import type { PrerenderedPage } from '../render-pages';

const RENDERED_FILE = fileURLToPath(new URL('../rendered-pages.ts', import.meta.url));
const EMPTY_ROOT = '<div id="root"></div>';

/** Style sheets mean nothing to a render in Node: each import of one is an empty module. */
const NO_CSS = '\0prerender-no-css';
const noStyleSheets: Plugin = {
  name: 'backprop-lab:prerender-no-css',
  enforce: 'pre',
  resolveId: (id) => (/\.css(?:\?|$)/.test(id) ? NO_CSS : undefined),
  load: (id) => (id === NO_CSS ? 'export default ""' : undefined),
};

/** JSON safe inside a script element: no `</script>` or `<!--` can end it early. */
export const scriptSafeJson = (value: unknown): string =>
  JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * The page's HTML with the prerendered markup in its root; beside it, the formulas
 * it draws in a JSON script element with the id the client reads; and in its head,
 * the rules it needs from the style sheets of lazy parts (lazyPartsStyle below).
 */
export function withPrerendered(html: string, page: PrerenderedPage, lazyStyle: string): string {
  if (!html.includes(EMPTY_ROOT)) throw new Error(`prerender: no ${EMPTY_ROOT} in the page`);
  if (!html.includes('</head>')) throw new Error('prerender: no </head> in the page');
  const tex = `<script type="application/json" id="${PRERENDERED_TEX_ID}">${scriptSafeJson(page.tex)}</script>`;
  const style = lazyStyle && `<style data-lazy-parts>${lazyStyle}</style>`;
  // An address with a query asks for another page than this markup: it stays hidden until
  // the page's script has drawn that one (app/ui/mount-page.tsx lifts the mark).
  const hideForQuery = `<script>${FIRST_PAINT_SCRIPT}</script><style>html[data-query] #root[${PRERENDERED_MARK}]{visibility:hidden}</style>`;
  return html
    .replace('</head>', () => `${hideForQuery}${style}</head>`)
    .replace(EMPTY_ROOT, () => `<div id="root" ${PRERENDERED_MARK}>${page.html}</div>${tex}`);
}

/**
 * The rules the markup needs from the style sheets the page does not link: those
 * that load with a lazy part (KaTeX's with the formulas, the sheet's with the sheet
 * page). Inlined, they draw the prerendered page as it will look once those parts
 * have loaded, so nothing moves when they arrive.
 */
function lazyPartsStyle(
  html: string,
  markup: string,
  bundle: Rollup.OutputBundle | undefined,
): string {
  return Object.values(bundle ?? {})
    .filter(
      (file): file is Rollup.OutputAsset =>
        file.type === 'asset' && file.fileName.endsWith('.css') && !html.includes(file.fileName),
    )
    .sort((a, b) => a.fileName.localeCompare(b.fileName))
    .map((asset) => {
      const css =
        typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
      const folder = posix.dirname(asset.fileName).replace(/^\.$/, '');
      return rebaseUrls(criticalCss(css, markup), folder);
    })
    .join('');
}

/** The page with its prerendered markup, and the lazy style sheets' rules for it. */
const pageHtml = (html: string, page: PrerenderedPage, bundle: Rollup.OutputBundle | undefined) =>
  withPrerendered(html, page, lazyPartsStyle(html, page.html, bundle));

/** The page's title led by a view's name: "Lessons · Backprop Lab". */
export const withTitle = (html: string, title: string): string =>
  html.replace(/<title>([^<]*)<\/title>/, (_, app: string) => `<title>${title} · ${app}</title>`);

export function prerenderPlugin(): Plugin {
  let root = process.cwd();
  let base = '/';
  let rendered: Promise<typeof Rendered> | undefined;
  const render = () =>
    (rendered ??= runnerImport<typeof Rendered>(RENDERED_FILE, {
      root,
      // As the page's own build: the markup's URLs (the logo) must be the ones the page makes.
      base,
      configFile: false,
      logLevel: 'warn',
      plugins: [noStyleSheets, lessonsPlugin(), texPlugin()],
    }).then(({ module }) => module));
  // index.html as the build wrote it, before the explorer's markup: the views' own files
  // (store/page-files.ts) are the same page with another view drawn in it.
  let appPage: string | undefined;
  return {
    name: 'backprop-lab:prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    transformIndexHtml: {
      // After the build has written its assets: the page needs KaTeX's sheet as written.
      order: 'post',
      async handler(html, context) {
        const embed = context.filename.endsWith('embed.html');
        if (!embed && !context.filename.endsWith('index.html')) return undefined;
        if (!embed) appPage = html;
        const pages = await render();
        return pageHtml(html, embed ? pages.embed : pages.explorer, context.bundle);
      },
    },
    generateBundle: {
      // After index.html is written (transformIndexHtml above).
      order: 'post',
      async handler(_options, bundle) {
        if (appPage === undefined) return;
        const pages = await render();
        for (const [view, { file, title }] of Object.entries(PAGE_FILES)) {
          const page = pages.views[view as keyof typeof pages.views];
          this.emitFile({
            type: 'asset',
            fileName: file,
            source: pageHtml(withTitle(appPage, title), page, bundle),
          });
        }
      },
    },
  };
}

/**
 * The dev server has no build to draw the views' own files (store/page-files.ts):
 * it answers for them with the app's page, which then takes the view's address.
 */
export function pageFilesInDevPlugin(): Plugin {
  const files = new Set(Object.values(PAGE_FILES).map(({ file }) => `/${file}`));
  return {
    name: 'backprop-lab:page-files-in-dev',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((request, _response, next) => {
        const url = new URL(request.url ?? '/', 'http://localhost');
        if (files.has(url.pathname)) request.url = `/index.html${url.search}`;
        next();
      });
    },
  };
}
