/**
 * The security headers every page gets from the preview server (and, through
 * public/_headers, from a static host). Only the widget may be framed by other
 * sites. style-src keeps 'unsafe-inline' because the formulas are KaTeX markup
 * with inline style attributes; scripts stay 'self' (and one inline script, by
 * its hash), with no eval. The host
 * helper is the one file other sites load as a script: a module imported from
 * another origin is fetched with CORS, so it is served to every origin.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * The one inline script the pages run, first in the head of a page the build drew
 * (app/prerender/). That markup is the page with no query; an address with one
 * (a lesson, a link to a step, a widget's settings) shows something else, so the
 * markup is kept hidden (a rule beside the script) until the page's own script
 * has drawn what was asked. The policy allows this script by its hash alone.
 */
export const FIRST_PAINT_SCRIPT =
  "if(location.search)document.documentElement.setAttribute('data-query','')";
const FIRST_PAINT_HASH = `'sha256-${createHash('sha256').update(FIRST_PAINT_SCRIPT).digest('base64')}'`;

const policy = (frameAncestors: string) =>
  [
    "default-src 'self'",
    `script-src 'self' ${FIRST_PAINT_HASH}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    // The build inlines KaTeX's smallest fonts as data: URLs (Vite's asset inline limit).
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');

export const PAGE_CSP = policy("'self'");
export const EMBED_CSP = policy('*');

export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/** The widget's paths: the file, and the name without extension that static hosts also serve. */
export const isEmbedPath = (pathname: string) =>
  pathname === '/embed.html' || pathname === '/embed';

/** The helper other sites import: `import { mount } from 'https://<site>/backprop-lab-embed.js'`. */
export const HOST_HELPER_PATH = '/backprop-lab-embed.js';

export function headersFor(url: string): Record<string, string> {
  const pathname = new URL(url, 'http://localhost').pathname;
  return {
    ...COMMON_HEADERS,
    'Content-Security-Policy': isEmbedPath(pathname) ? EMBED_CSP : PAGE_CSP,
    // It holds nothing private and reads no cookie: any site may load it.
    ...(pathname === HOST_HELPER_PATH && { 'Access-Control-Allow-Origin': '*' }),
  };
}

/**
 * Per-path headers for `vite preview` (its `preview.headers` option is one set
 * for all paths). The dev server is left alone: its hot reload injects an
 * inline script that this policy would block. These run after Vite's own CORS
 * middleware, so the helper's `*` replaces the echo Vite gives local origins only.
 */
export function securityHeadersPlugin(): Plugin {
  return {
    name: 'backprop-lab-security-headers',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        for (const [name, value] of Object.entries(headersFor(req.url ?? '/'))) {
          res.setHeader(name, value);
        }
        next();
      });
    },
  };
}
