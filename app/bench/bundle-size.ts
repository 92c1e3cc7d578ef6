/**
 * What a first visit downloads, by entry page: the gzip size of each HTML entry's
 * JavaScript (the entry chunk and every chunk it imports statically, which the
 * browser fetches before anything runs) and of its style sheets. Lazily loaded
 * chunks (dynamic import()) are left out: they cost nothing until used.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface EntryAssets {
  /** module scripts and modulepreload links, as URL paths ('/assets/main-x.js') */
  readonly scripts: readonly string[];
  readonly styles: readonly string[];
}

const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];

/** The script and style sheet URLs an HTML page loads, in document order, without repeats. */
export function entryAssets(html: string): EntryAssets {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    if (/^<script/i.test(tag)) {
      const src = attribute(tag, 'src');
      if (src) scripts.add(src);
      continue;
    }
    const rel = attribute(tag, 'rel')?.toLowerCase();
    const href = attribute(tag, 'href');
    if (!href) continue;
    if (rel === 'stylesheet') styles.add(href);
    else if (rel === 'modulepreload') scripts.add(href);
  }
  return { scripts: [...scripts], styles: [...styles] };
}

/**
 * The relative specifiers a (minified) module imports statically: `import"./a.js"`,
 * `import{x as y}from"./b.js"`, `export*from"./c.js"`. Not `import("./d.js")`.
 */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  const pattern =
    /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
  for (const match of code.matchAll(pattern)) found.add(match[1]!);
  return [...found];
}

export const gzipSize = (content: string | Buffer): number =>
  gzipSync(content, { level: 9 }).length;

export interface EntrySize {
  /** the HTML file, relative to the build folder: 'index.html' */
  readonly entry: string;
  /** gzip bytes of the entry's own chunk(s), as named in the HTML */
  readonly entryJs: number;
  /** gzip bytes of all JavaScript loaded before the page runs */
  readonly initialJs: number;
  readonly initialChunks: readonly string[];
  readonly css: number;
}

/** Reads a file of the build by its URL path ('/assets/x.js' or 'assets/x.js'). */
type ReadAsset = (path: string) => Buffer;

/** Sizes of one entry page, reading the build through `read` (paths relative to its root). */
export function entrySize(entry: string, read: ReadAsset): EntrySize {
  const html = read(entry).toString('utf8');
  const base = posix.dirname(`/${entry}`);
  const resolve = (url: string, from: string) =>
    posix.normalize(url.startsWith('/') ? url : posix.join(from, url));
  const { scripts, styles } = entryAssets(html);
  const roots = scripts.map((s) => resolve(s, base)).filter((s) => !/^\/\/|:/.test(s));
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const code = read(path).toString('utf8');
    for (const spec of staticImports(code)) queue.push(resolve(spec, posix.dirname(path)));
  }
  const total = (paths: Iterable<string>) =>
    [...paths].reduce((sum, path) => sum + gzipSize(read(path)), 0);
  return {
    entry,
    entryJs: total(roots),
    initialJs: total(seen),
    initialChunks: [...seen],
    css: total(styles.map((s) => resolve(s, base))),
  };
}

/** Sizes of every HTML entry at the top of a build folder. */
export function buildSizes(dir: string): EntrySize[] {
  const read: ReadAsset = (path) => readFileSync(join(dir, path.replace(/^\/+/, '')));
  return readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .sort((a, b) => (a === 'index.html' ? -1 : b === 'index.html' ? 1 : a.localeCompare(b)))
    .map((name) => entrySize(name, read));
}

/** Gzip bytes of each chunk (URL paths, as in EntrySize.initialChunks), biggest first. */
export function chunkSizes(
  dir: string,
  paths: readonly string[],
): { path: string; gzip: number }[] {
  return paths
    .map((path) => ({ path, gzip: gzipSize(readFileSync(join(dir, path.replace(/^\/+/, '')))) }))
    .sort((a, b) => b.gzip - a.gzip);
}
