import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSizes, chunkSizes, entryAssets, gzipSize, staticImports } from './bundle-size';

describe('entryAssets', () => {
  it('finds module scripts, preloads and style sheets, once each', () => {
    const html = `<head>
      <link rel="icon" href="/favicon.svg">
      <script type="module" crossorigin src="/assets/main-a1.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/vendor-b2.js">
      <link rel="stylesheet" crossorigin href="/assets/main-c3.css">
      <link rel=stylesheet href='/assets/main-c3.css'>
      <script>inline()</script>
    </head>`;
    expect(entryAssets(html)).toEqual({
      scripts: ['/assets/main-a1.js', '/assets/vendor-b2.js'],
      styles: ['/assets/main-c3.css'],
    });
  });
});

describe('staticImports', () => {
  it('keeps static imports and re-exports, not dynamic import()', () => {
    const code =
      'import{a as b,c}from"./chunk-1.js";import"./side-2.js";export*from"./re-3.js";' +
      'const l=()=>import("./lazy-4.js");import x from "../up-5.js";const s="import \'./no.js\'"';
    expect(staticImports(code)).toEqual(['./chunk-1.js', './side-2.js', './re-3.js', '../up-5.js']);
  });
});

describe('buildSizes', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('sums gzip sizes of the entry chunk, its static imports and its CSS', () => {
    dir = mkdtempSync(join(tmpdir(), 'bundle-size-'));
    mkdirSync(join(dir, 'assets'));
    const files: Record<string, string> = {
      'assets/main.js': 'import{x}from"./shared.js";const l=()=>import("./lazy.js");x(l);',
      'assets/shared.js': 'export const x=(f)=>f;'.repeat(20),
      'assets/lazy.js': 'export default 1;'.repeat(50),
      'assets/embed.js': 'import{x}from"./shared.js";x(1);',
      'assets/main.css': 'body{margin:0}',
    };
    for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
    writeFileSync(
      join(dir, 'index.html'),
      '<script type="module" src="/assets/main.js"></script><link rel="stylesheet" href="/assets/main.css">',
    );
    writeFileSync(
      join(dir, 'embed.html'),
      '<script type="module" src="./assets/embed.js"></script>',
    );
    const gz = (path: string) => gzipSync(files[path]!, { level: 9 }).length;

    const [main, embed] = buildSizes(dir);
    expect(main).toEqual({
      entry: 'index.html',
      entryJs: gz('assets/main.js'),
      initialJs: gz('assets/main.js') + gz('assets/shared.js'),
      initialChunks: ['/assets/main.js', '/assets/shared.js'],
      css: gz('assets/main.css'),
    });
    expect(embed?.entry).toBe('embed.html');
    expect(embed?.initialJs).toBe(gz('assets/embed.js') + gz('assets/shared.js'));
    expect(embed?.css).toBe(0);
    // Biggest first.
    expect(chunkSizes(dir, main!.initialChunks)).toEqual(
      [
        { path: '/assets/main.js', gzip: gz('assets/main.js') },
        { path: '/assets/shared.js', gzip: gz('assets/shared.js') },
      ].sort((a, b) => b.gzip - a.gzip),
    );
  });

  it('measures gzip at level 9', () => {
    const text = 'abc'.repeat(1000);
    expect(gzipSize(text)).toBe(gzipSync(text, { level: 9 }).length);
    expect(gzipSize(text)).toBeLessThan(text.length / 10);
  });
});
