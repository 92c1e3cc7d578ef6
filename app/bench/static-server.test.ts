import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveRequest, serveStatic, type StaticServer } from './static-server';

describe('resolveRequest', () => {
  it('maps paths into the folder, index.html for a folder, the query ignored', () => {
    expect(resolveRequest('/srv/dist', '/')).toBe('/srv/dist/index.html');
    expect(resolveRequest('/srv/dist', '/?step=dE_dw5')).toBe('/srv/dist/index.html');
    expect(resolveRequest('/srv/dist', '/assets/main%20x.js')).toBe('/srv/dist/assets/main x.js');
  });

  it('refuses paths that leave the folder', () => {
    // URL parsing already resolves plain and encoded dot segments at the root …
    expect(resolveRequest('/srv/dist', '/../%2e%2e/secret')).toBe('/srv/dist/secret');
    // … but an encoded slash survives it, to be caught after decoding.
    expect(resolveRequest('/srv/dist', '/..%2f..%2fetc/passwd')).toBeNull();
    expect(resolveRequest('/srv/dist', '/%E0%A4%A')).toBeNull();
  });
});

describe('serveStatic', () => {
  let dir: string;
  let server: StaticServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'static-server-'));
    writeFileSync(join(dir, 'index.html'), '<p>hello</p>');
    writeFileSync(join(dir, 'app.js'), 'export {};');
    server = await serveStatic(dir);
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves files with their type, on a free loopback port', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const page = await fetch(`${server.url}/?view=sheet`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toBe('<p>hello</p>');
    const script = await fetch(`${server.url}/app.js`);
    expect(script.headers.get('content-type')).toContain('text/javascript');
  });

  it('answers 404 for what is not there', async () => {
    expect((await fetch(`${server.url}/missing.js`)).status).toBe(404);
  });
});
