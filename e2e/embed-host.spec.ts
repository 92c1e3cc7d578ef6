import { expect, test, type Frame, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A host page on another site, as an embedder writes it: it imports the helper
 * from the app's origin (`import { mount } from 'https://<site>/backprop-lab-embed.js'`)
 * and lets it size the iframe. The host is served from 127.0.0.2, which Vite's
 * preview server does not count as a local origin of its own, so the import
 * works only if the helper is served with CORS to every origin.
 */
const appOrigin = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173)}`;

let server: Server;
let hostOrigin: string;

// A widget loads its formulas and fonts after its first paint; on a busy machine that takes seconds.
test.describe.configure({ timeout: 90_000 });
const LOADED = { timeout: 45_000 } as const;

/** The host's script: mounts one widget, made after the helper is in place so no message is missed. */
const hostScript = (query: string) => `
import { mount } from '${appOrigin}/backprop-lab-embed.js';
window.__resizes = [];
window.__states = [];
const iframe = document.createElement('iframe');
iframe.title = 'Backprop Lab';
const widget = mount(iframe, { origin: '${appOrigin}' });
widget.on('resize', (message) => window.__resizes.push(message.height));
widget.on('state', (message) => window.__states.push(message));
widget.on('ready', () => widget.setParams({ params: { w5: 0.3 } }));
window.__widget = widget;
iframe.src = '${appOrigin}/embed.html?${query}&parentOrigin=' + encodeURIComponent(location.origin);
document.body.append(iframe);
`;

test.beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const query = url.searchParams.get('widget') ?? 'panels=graph,formula,steps';
    res.setHeader(
      'Content-Security-Policy',
      `default-src 'self'; script-src 'self' ${appOrigin}; style-src 'self' 'unsafe-inline'; img-src data:; frame-src ${appOrigin}`,
    );
    if (url.pathname === '/host.html') {
      res.setHeader('Content-Type', 'text/html');
      res.end(
        // An icon of its own, so the browser does not ask this tiny server for /favicon.ico.
        `<!doctype html><html lang="en"><title>host</title><link rel="icon" href="data:,">` +
          `<style>body { margin: 0 } iframe { display: block; width: 100%; border: 0 }</style>` +
          `<body><script type="module" src="/host.js?${url.searchParams}"></script></body></html>`,
      );
      return;
    }
    if (url.pathname === '/host.js') {
      res.setHeader('Content-Type', 'text/javascript');
      res.end(hostScript(query));
      return;
    }
    res.statusCode = 404;
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.2', resolve));
  hostOrigin = `http://127.0.0.2:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const resizes = (page: Page) =>
  page.evaluate(() => (window as unknown as { __resizes: number[] }).__resizes);

const findWidget = (page: Page) =>
  page.frames().find((f) => f.url().startsWith(`${appOrigin}/embed.html`));

async function widgetFrame(page: Page): Promise<Frame> {
  await expect.poll(() => findWidget(page) !== undefined, LOADED).toBe(true);
  return findWidget(page)!;
}

/**
 * Waits until the widget has nothing left to load, then until every message it
 * could send about that has arrived: three frames of its own (layout, the
 * ResizeObserver, the report's frame), then a getState answered, which the host
 * receives after anything the widget posted before it.
 */
async function settle(page: Page) {
  const frame = await widgetFrame(page);
  await expect
    .poll(
      () =>
        frame.evaluate(
          () =>
            document.querySelector('[data-tex-loading], [aria-busy="true"]') === null &&
            document.fonts.status === 'loaded',
        ),
      LOADED,
    )
    .toBe(true);
  await expect.poll(async () => (await resizes(page)).length, LOADED).toBeGreaterThan(0);
  await frame.evaluate(async () => {
    for (let k = 0; k < 3; k++) await new Promise(requestAnimationFrame);
  });
  const answered = await page.evaluate(() => {
    const w = window as unknown as { __states: unknown[]; __widget: { getState(): void } };
    w.__widget.getState();
    return w.__states.length + 1;
  });
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __states: unknown[] }).__states.length))
    .toBeGreaterThanOrEqual(answered);
}

test('another site imports the helper across origins and mounts a widget', async ({ page }) => {
  const scriptErrors: string[] = [];
  page.on('pageerror', (error) => scriptErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') scriptErrors.push(message.text());
  });
  await page.goto(`${hostOrigin}/host.html`);
  // The helper ran (it made the iframe) and drives the widget: the host's w5 = 0.3 is in force.
  const widget = page.frameLocator('iframe');
  await expect(widget.locator('[data-param-label="w5"]')).toContainText('0.3', LOADED);
  await expect
    .poll(() =>
      page.evaluate(() => {
        const states = (window as unknown as { __states: { params: { w5: number } }[] }).__states;
        return states.at(-1)?.params.w5;
      }),
    )
    .toBe(0.3);
  expect(scriptErrors).toEqual([]);

  // The header itself, as any site's browser asks for the module.
  const response = await page.request.get(`${appOrigin}/backprop-lab-embed.js`, {
    headers: { Origin: 'https://example.org' },
  });
  expect(response.headers()['access-control-allow-origin']).toBe('*');
  const page_ = await page.request.get(`${appOrigin}/`, {
    headers: { Origin: 'https://example.org' },
  });
  expect(page_.headers()['access-control-allow-origin']).toBeUndefined();
});

for (const [width, height] of [
  [1920, 1080],
  [375, 812],
] as const) {
  test(`auto-size settles at once in a ${width} px host, and shows the whole widget`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto(`${hostOrigin}/host.html`);
    await settle(page);
    const reported = await resizes(page);
    expect(reported.length, `resize messages: ${reported.join(', ')}`).toBeLessThanOrEqual(2);

    // The iframe is as tall as the last report, and the widget inside it does not scroll.
    const last = reported.at(-1)!;
    const iframe = page.locator('iframe');
    expect(await iframe.evaluate((f) => f.clientHeight)).toBe(last);
    const frame = await widgetFrame(page);
    const inside = await frame.evaluate(() => ({
      scrollHeight: document.documentElement.scrollHeight,
      viewport: window.innerHeight,
      graphBottom: document.querySelector('.graph-svg')!.getBoundingClientRect().bottom,
      graphHeight: document.querySelector('.graph-svg')!.getBoundingClientRect().height,
    }));
    expect(inside.scrollHeight).toBeLessThanOrEqual(inside.viewport);
    expect(inside.graphBottom).toBeLessThanOrEqual(inside.viewport);

    // The cause, checked directly: a taller iframe does not make a taller widget.
    await iframe.evaluate(
      (f) => ((f as HTMLElement).style.height = `${2 * (f.clientHeight + 500)}px`),
    );
    await settle(page);
    expect(await resizes(page)).toEqual(reported);
    const graphHeight = await frame.evaluate(
      () => document.querySelector('.graph-svg')!.getBoundingClientRect().height,
    );
    expect(graphHeight).toBe(inside.graphHeight);
  });
}
