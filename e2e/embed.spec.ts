import { expect, test, type Frame, type Page } from '@playwright/test';
import fc from 'fast-check';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseIncoming } from '../app/embed/protocol';
import { ARTICLE_MODEL } from '../app/engine/model';
import { NOTATIONS } from '../app/engine/notation';
import { computeTrace } from '../app/engine/trace';

/**
 * The widget in a host page on ANOTHER origin: the demo host is served by a tiny
 * static server started here; the widget comes from the app's preview server.
 */
const appOrigin = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173)}`;
const HOST_FILES: Record<string, string> = {
  '/embed-demo.html': 'text/html',
  '/embed-demo.js': 'text/javascript',
  '/embed-demo.css': 'text/css',
  '/backprop-lab-embed.js': 'text/javascript',
  '/favicon.svg': 'image/svg+xml',
};

let server: Server;
let hostOrigin: string;
let port: number;

test.beforeAll(async () => {
  server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    // The host page's own strict policy: its scripts only, frames only from the widget's origin.
    res.setHeader(
      'Content-Security-Policy',
      `default-src 'self'; script-src 'self'; style-src 'self'; frame-src ${appOrigin}`,
    );
    if (path === '/lesson.html') {
      // A lesson in the widget, heard like any other: parentOrigin is this host.
      res.setHeader('Content-Type', 'text/html');
      res.end(
        `<!doctype html><title>lesson</title><iframe title="lesson" width="800" height="700" src="${appOrigin}/embed.html?lesson=forward-pass&lstep=2&parentOrigin=${hostOrigin}"></iframe>`,
      );
      return;
    }
    if (path === '/foreign.html') {
      // Another site framing the widget with a parentOrigin that is not its own.
      res.setHeader('Content-Type', 'text/html');
      res.end(
        `<!doctype html><title>foreign</title><iframe title="widget" src="${appOrigin}/embed.html?parentOrigin=${hostOrigin}"></iframe>`,
      );
      return;
    }
    if (path === '/frame.html') {
      // One widget in a host page, its query passed through (e.g. ?edit=0).
      const query = new URL(req.url ?? '/', 'http://x').search;
      res.setHeader('Content-Type', 'text/html');
      res.end(
        `<!doctype html><title>frame</title><iframe title="widget" src="${appOrigin}/embed.html${query}"></iframe>`,
      );
      return;
    }
    const type = HOST_FILES[path];
    if (!type) {
      res.statusCode = 404;
      res.end();
      return;
    }
    res.setHeader('Content-Type', type);
    res.end(await readFile(`public${path}`));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  hostOrigin = `http://127.0.0.1:${port}`;
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

interface Received {
  frame: number;
  origin: string;
  data: { type: string; [key: string]: unknown };
}

/** Records every message the host page receives, with the index of the iframe that sent it. */
async function recordMessages(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __received: unknown[]; __violations: string[] };
    w.__received = [];
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
    window.addEventListener('message', (event) => {
      const frames = [...document.querySelectorAll('iframe')].map((f) => f.contentWindow);
      w.__received.push({
        frame: frames.indexOf(event.source as Window),
        origin: event.origin,
        data: event.data,
      });
    });
  });
}

async function openDemo(page: Page) {
  await recordMessages(page);
  await page.goto(`${hostOrigin}/embed-demo.html?widget=${appOrigin}`);
  // One per widget.
  await expect.poll(async () => (await received(page, 'ready', 0)).length).toBe(1);
  await expect.poll(async () => (await received(page, 'ready', 1)).length).toBe(1);
}

async function received(page: Page, type?: string, frame = 0): Promise<Received[]> {
  const all = await page.evaluate(
    () => (window as unknown as { __received: Received[] }).__received,
  );
  return all.filter((m) => m.frame === frame && (type === undefined || m.data.type === type));
}

async function post(page: Page, data: unknown, frame = 0) {
  await page.evaluate(
    ([data, frame, origin]) => {
      const frames = document.querySelectorAll('iframe');
      frames[frame]!.contentWindow!.postMessage(data, origin);
    },
    [data, frame, appOrigin] as const,
  );
}

/**
 * Resolves once the widget has handled every message posted to it so far, and drawn the result:
 * a message the frame posts to itself is queued behind them, and two animation frames cover an
 * update that waits for the next frame.
 */
async function messagesHandled(frame: Frame) {
  await frame.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const probe = `probe-${Math.random()}`;
        const onMessage = (event: MessageEvent) => {
          if (event.data !== probe) return;
          removeEventListener('message', onMessage);
          requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
        };
        addEventListener('message', onMessage);
        postMessage(probe, '*');
      }),
  );
}

const msg = (type: string, body: object = {}) => ({ source: 'backprop-lab', v: 1, type, ...body });
const withW5 = (w5: number) =>
  computeTrace({ ...ARTICLE_MODEL, params: { ...ARTICLE_MODEL.params, w5 } }, NOTATIONS.article)
    .quantities;

test('the host drives the widget: ready once, setParams, refusals, getState after 200 malformed messages', async ({
  page,
}) => {
  await openDemo(page);
  expect(await received(page, 'ready', 0)).toHaveLength(1);
  expect(await received(page, 'ready', 1)).toHaveLength(1);
  expect((await received(page, 'ready', 0))[0]!.origin).toBe(appOrigin);

  await post(page, msg('setParams', { params: { w5: 0.3 } }));
  await expect
    .poll(async () => (await received(page, 'state')).at(-1)?.data.params)
    .toMatchObject({ w5: 0.3 });
  expect((await received(page, 'state')).at(-1)!.data.quantities).toEqual(withW5(0.3));
  // The widget shows it too.
  const widget = page.frameLocator('iframe').first();
  await expect(widget.locator('[data-param="w5"][data-value]').first()).toHaveAttribute(
    'data-value',
    '0.3',
  );

  await post(page, msg('setParams', { params: { w6: 'abc', zz: 1 } }));
  await expect
    .poll(async () =>
      ((await received(page, 'state')).at(-1)?.data.refused as { key: string }[] | undefined)?.map(
        (r) => r.key,
      ),
    )
    .toEqual(['w6', 'zz']);

  // Malformed and unknown messages: ignored, and the widget keeps working.
  const bad = fc
    .sample(
      fc.oneof(
        fc.jsonValue(),
        fc.record({
          source: fc.constantFrom('backprop-lab', 'other'),
          v: fc.constantFrom(0, 1, 2),
          type: fc.constantFrom('setParams', 'goToStep', 'getState', 'reset', 'ready', 'x'),
          id: fc.jsonValue(),
          params: fc.jsonValue(),
          extra: fc.jsonValue(),
        }),
      ),
      { numRuns: 400, seed: 20261128 },
    )
    .filter((data) => parseIncoming(data) === null)
    .slice(0, 200);
  expect(bad).toHaveLength(200);
  const before = (await received(page, 'state')).length;
  await page.evaluate(
    ([items, origin]) => {
      const target = document.querySelector('iframe')!.contentWindow!;
      for (const item of JSON.parse(items) as unknown[]) target.postMessage(item, origin);
    },
    [JSON.stringify(bad), appOrigin] as const,
  );
  await post(page, { source: 'someone-else', v: 1, type: 'getState' });
  // Messages from one window arrive in order: the answer to this getState comes after every
  // message above was handled, and carries the model they left.
  await post(page, msg('getState'));
  await expect.poll(async () => (await received(page, 'state')).length).toBe(before + 1);
  expect((await received(page, 'state')).at(-1)!.data.quantities).toEqual(withW5(0.3));
  expect(await received(page, 'ready', 0)).toHaveLength(1);

  // The demo's own buttons, through the helper: widget B.
  const second = page.getByRole('group', { name: 'Widget B' });
  await second.getByRole('button', { name: 'Set w5 = 0.3' }).click();
  await expect(second.getByRole('status').or(page.getByLabel('Widget B E_total'))).toHaveText(
    `E_total: ${withW5(0.3).E_total!.toPrecision(9)}`,
  );
  await second.getByRole('button', { name: 'Go to dE_dw5' }).click();
  await expect
    .poll(async () => (await received(page, 'state', 1)).at(-1)?.data.step)
    .toBe('dE_dw5');
  await second.getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByLabel('Widget B E_total')).toHaveText(
    `E_total: ${computeTrace(ARTICLE_MODEL, NOTATIONS.article).quantities.E_total!.toPrecision(9)}`,
  );
});

test('the demo page links an icon that exists', async ({ page }) => {
  await page.goto('/embed-demo.html');
  const icon = page.locator('link[rel="icon"]');
  await expect(icon).toHaveAttribute('type', 'image/svg+xml');
  const href = await icon.evaluate((link) => (link as HTMLLinkElement).href);
  const response = await page.request.get(href);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('image/svg+xml');
  expect(await response.text()).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
});

test('the iframe follows the content height', async ({ page }) => {
  await openDemo(page);
  const iframe = page.locator('iframe').first();
  await expect.poll(async () => (await received(page, 'resize')).length).toBeGreaterThan(0);
  const wide = (await received(page, 'resize')).at(-1)!.data.height as number;
  await expect.poll(() => iframe.evaluate((f) => f.clientHeight)).toBeCloseTo(wide, 0);
  // Narrower: the panels stack and the content grows; the helper resizes the iframe to match.
  await iframe.evaluate((f) => ((f as HTMLElement).style.width = '340px'));
  await expect
    .poll(async () => (await received(page, 'resize')).at(-1)!.data.height)
    .toBeGreaterThan(wide);
  const narrow = (await received(page, 'resize')).at(-1)!.data.height as number;
  await expect.poll(() => iframe.evaluate((f) => f.clientHeight)).toBeCloseTo(narrow, 0);
});

test('requests stay on their own origin; CSP present and never violated', async ({ page }) => {
  const strays: string[] = [];
  const cspErrors: string[] = [];
  page.on('request', (request) => {
    const origin = new URL(request.url()).origin;
    const frameOrigin = request.isNavigationRequest()
      ? null
      : new URL(request.frame().url()).origin;
    if (
      ![appOrigin, hostOrigin].includes(origin) ||
      (frameOrigin !== null && frameOrigin !== origin)
    ) {
      strays.push(request.url());
    }
  });
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) cspErrors.push(message.text());
  });
  await openDemo(page);
  await post(page, msg('goToStep', { id: 'dE_dw5' }));
  await expect.poll(async () => (await received(page, 'state')).at(-1)?.data.step).toBe('dE_dw5');
  const widget = page.frames().find((f) => f.url().startsWith(`${appOrigin}/embed.html`))!;
  expect(
    await widget.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
  ).toEqual([]);
  expect(
    await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
  ).toEqual([]);
  expect(strays).toEqual([]);
  expect(cspErrors).toEqual([]);

  const embed = await page.request.get(`${appOrigin}/embed.html`);
  expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
  expect(embed.headers()['content-security-policy']).not.toContain('unsafe-eval');
  expect(embed.headers()['x-content-type-options']).toBe('nosniff');
  const main = await page.request.get(`${appOrigin}/`);
  expect(main.headers()['content-security-policy']).toContain("frame-ancestors 'self'");
});

test('a page on another origin than parentOrigin is not heard', async ({ page }) => {
  await page.goto(`http://localhost:${port}/foreign.html`);
  const widget = page.frameLocator('iframe');
  await expect(widget.locator('[data-param="w5"][data-value]').first()).toHaveAttribute(
    'data-value',
    '0.4',
  );
  await page.evaluate(
    ([data, origin]) =>
      document.querySelector('iframe')!.contentWindow!.postMessage(data, origin as string),
    [msg('setParams', { params: { w5: 0.3 } }), appOrigin] as const,
  );
  await messagesHandled(page.frames()[1]!);
  await expect(widget.locator('[data-param="w5"][data-value]').first()).toHaveAttribute(
    'data-value',
    '0.4',
  );
});

test('the Share dialog writes a snippet the widget reads back', async ({ page, context }) => {
  await page.goto('/?w5=0.3&step=dE_dw5');
  await page.getByRole('button', { name: 'Share / embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this network' });
  await dialog.getByRole('checkbox', { name: 'Step buttons' }).uncheck();
  await dialog.getByRole('checkbox', { name: 'Settings' }).check();
  await dialog.getByRole('radio', { name: 'dark' }).check();
  const snippet = await dialog.getByLabel('HTML to paste into your page').inputValue();
  const src = /src="([^"]+)"/.exec(snippet)![1]!.replace(/&amp;/g, '&');
  expect(new URL(src).searchParams.get('controls')).toBe('0');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  const widget = await context.newPage();
  await widget.goto(src);
  await expect(widget.locator('[data-param="w5"][data-value]').first()).toHaveAttribute(
    'data-value',
    '0.3',
  );
  await expect(widget.getByRole('region', { name: 'Settings' })).toBeVisible();
  await expect(widget.getByRole('group', { name: 'Step controls' })).toBeHidden();
  await expect(widget.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(widget.getByRole('heading', { name: /Step \d+ of/ })).toContainText(
    `Step ${computeTrace({ ...ARTICLE_MODEL, params: { ...ARTICLE_MODEL.params, w5: 0.3 } }, NOTATIONS.article).entries.findIndex((e) => e.id === 'dE_dw5') + 1} of`,
  );
});

test('bad widget options fall back with a notice', async ({ page }) => {
  await page.goto('/embed.html?panels=nope&theme=pink&w5=abc');
  await expect(page.getByRole('region', { name: 'Network' })).toBeVisible();
  for (const key of ['panels', 'theme', 'w5']) {
    await expect(page.locator(`[data-notice="${key}"]`)).toBeVisible();
  }
});

test('the widget fits 320 px without sideways scroll', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/embed.html?panels=graph,formula,steps,settings,train,chart');
  await expect(page.getByRole('region', { name: 'Training' })).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('a lesson in the widget: deep link to a step, Next and the arrow keys, reported in state', async ({
  page,
}) => {
  const source = await readFile('content/03-forward-pass/lesson.md', 'utf8');
  const count = source.match(/^```step$/gm)!.length;
  await recordMessages(page);
  await page.goto(`${hostOrigin}/lesson.html`);
  const widget = page.frameLocator('iframe');
  await expect(widget.getByText(`Step 2 of ${count}`, { exact: true })).toBeVisible();
  // The player, not the site: no header, no way out to the list of lessons.
  await expect(widget.getByRole('banner')).toHaveCount(0);
  await expect(widget.getByRole('link', { name: /All lessons/ })).toBeHidden();
  const lessonState = async () =>
    (await received(page, 'state')).at(-1)?.data.lesson as { slug: string; step: number };
  await expect.poll(lessonState).toEqual({ slug: 'forward-pass', step: 2 });

  await widget
    .getByRole('navigation', { name: 'Lesson steps' })
    .getByRole('button', { name: 'Next' })
    .click();
  await expect(widget.getByText(`Step 3 of ${count}`, { exact: true })).toBeVisible();
  await expect.poll(lessonState).toEqual({ slug: 'forward-pass', step: 3 });

  await widget.getByRole('heading', { level: 2 }).first().click();
  await page.keyboard.press('ArrowRight');
  await expect(widget.getByText(`Step 4 of ${count}`, { exact: true })).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(widget.getByText(`Step 2 of ${count}`, { exact: true })).toBeVisible();
  await expect.poll(lessonState).toEqual({ slug: 'forward-pass', step: 2 });
  // The explorer beside the text is live: its numbers are the engine's.
  const trace = computeTrace(ARTICLE_MODEL, NOTATIONS.article);
  await expect(widget.locator('[data-quantity="net_h1"][data-value]').first()).toHaveAttribute(
    'data-value',
    String(trace.quantities.net_h1),
  );
});

test('a lesson the widget cannot show: a notice and the panels', async ({ page }) => {
  await page.goto('/embed.html?lesson=no-such-lesson&lstep=2');
  await expect(page.locator('[data-notice="lesson"]')).toContainText('showing the explorer');
  await expect(page.getByRole('region', { name: 'Network' })).toBeVisible();
  await expect(page.getByText(/^Step \d+ of \d+$/)).toHaveCount(0);
  await page.goto('/embed.html?lesson=Not_A_Slug');
  await expect(page.locator('[data-notice="lesson"]')).toContainText('showing the explorer');
  await expect(page.getByRole('region', { name: 'Network' })).toBeVisible();
});

test('edit=0 locks the reader out, but the host still sets values', async ({ page }) => {
  await page.goto(`${hostOrigin}/frame.html?panels=graph,settings,train&edit=0`);
  const widget = page.frameLocator('iframe');
  const graph = widget.getByRole('group', { name: 'Network diagram' });
  const w5 = widget.locator('[data-param-label="w5"]');
  const gradient = widget.locator('[data-quantity="dE_dw5"][data-value]').first();
  await expect(w5).toBeVisible();
  const before = await gradient.getAttribute('data-value');
  expect(Number(before)).toBeCloseTo(withW5(ARTICLE_MODEL.params.w5!).dE_dw5!, 12);

  // No control on the graph: no button for the value, no editor on click, no drag, no nudge.
  await expect(graph.getByRole('button', { name: /^w5 / })).toHaveCount(0);
  await expect(graph.getByRole('spinbutton')).toHaveCount(0);
  await w5.click();
  await expect(widget.getByRole('spinbutton', { name: /^w5/ })).toHaveCount(0);
  const box = (await w5.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y - 60, { steps: 8 });
  await page.mouse.up();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Control+z');
  await expect(gradient).toHaveAttribute('data-value', before!);

  // Settings and training: shown, not usable.
  const settings = widget.getByRole('region', { name: 'Settings' });
  await expect(settings.getByRole('combobox').first()).toBeVisible();
  for (const select of await settings.getByRole('combobox').all())
    await expect(select).toBeDisabled();
  for (const radio of await settings.getByRole('radio').all()) await expect(radio).toBeDisabled();
  const training = widget.getByRole('region', { name: 'Training' });
  await expect(training.getByRole('button', { name: /Apply one update/ })).toBeDisabled();
  await expect(
    training.getByRole('button', { name: /^Train 100 steps|^Train/ }).first(),
  ).toBeDisabled();

  // The host's messages still apply.
  await post(page, msg('setParams', { params: { w5: 0.3 } }));
  await expect(gradient).toHaveAttribute('data-value', String(withW5(0.3).dE_dw5));
  await expect(widget.locator('[data-param="w5"][data-value]').first()).toHaveAttribute(
    'data-value',
    '0.3',
  );
});

test('edit=1 (the default) keeps the graph values editable', async ({ page }) => {
  for (const query of ['edit=1', '']) {
    await page.goto(`/embed.html?panels=graph,settings&${query}`);
    const graph = page.getByRole('group', { name: 'Network diagram' });
    await expect(graph.getByRole('button', { name: /^w5 / })).toHaveCount(1);
    await expect(
      page.getByRole('region', { name: 'Settings' }).getByRole('combobox').first(),
    ).toBeEnabled();
  }
});

test('a dataset in the widget: state.batch is the Data tab’s batch row; setParams reads the data keys', async ({
  page,
  context,
}) => {
  const query = 'layers=2-2-1&data=xor&batch=3&parentOrigin=';
  await recordMessages(page);
  await page.goto(`${hostOrigin}/frame.html?${query}${hostOrigin}`);
  type Batch = {
    size: number;
    reduce: string;
    examples: number[];
    E_total: number;
    gradients: Record<string, number>;
    updated: Record<string, number>;
  };
  const lastState = async () =>
    (await received(page, 'state')).at(-1)?.data as
      | {
          batch?: Batch;
          examples?: { quantities: Record<string, number> }[];
          refused?: { key: string; message: string }[];
        }
      | undefined;
  await expect.poll(async () => (await lastState())?.batch?.size).toBe(3);
  const state = (await lastState())!;
  // The explorer's own batch row, read off its Data tab, number for number.
  const explorer = await context.newPage();
  await explorer.goto('/?layers=2-2-1&data=xor&batch=3');
  await explorer
    .getByRole('complementary', { name: 'Tools' })
    .getByRole('tab', { name: 'Data' })
    .click();
  const row = explorer.locator('.data-table [data-example="batch"][data-quantity]');
  await expect(row.first()).toBeVisible();
  const shown: Record<string, number> = {};
  for (const cell of await row.all()) {
    shown[(await cell.getAttribute('data-quantity'))!] = Number(
      await cell.getAttribute('data-value'),
    );
  }
  expect(Object.keys(state.batch!.gradients).length).toBeGreaterThan(5);
  for (const [id, value] of Object.entries(state.batch!.gradients))
    expect(shown[id], id).toBe(value);
  for (const [id, value] of Object.entries(state.batch!.updated)) expect(shown[id], id).toBe(value);
  expect(shown.E_total).toBe(state.batch!.E_total);
  expect(state.batch!.examples).toEqual([1, 2, 3]);
  expect(state.examples).toHaveLength(4);
  const third = explorer.locator('.data-table [data-example="3"][data-quantity="dE_dw1"]');
  await expect(third).toHaveAttribute('data-value', String(state.examples![2]!.quantities.dE_dw1));
  await explorer.close();

  await post(page, msg('setParams', { settings: { batch: '2', reduce: 'sum' } }));
  await expect.poll(async () => (await lastState())?.batch?.examples).toEqual([1, 2]);
  expect((await lastState())!.batch!.reduce).toBe('sum');

  await post(page, msg('setParams', { settings: { data: 'nope' } }));
  await expect
    .poll(async () => (await lastState())?.refused)
    .toEqual([
      {
        key: 'data',
        message:
          'data = "nope" is not a set: the sets are xor, and, or, circle, blobs, spiral; or write rows like 0,1:1;1,0:1.',
      },
    ]);
  await post(page, msg('setParams', { params: { seed: 0 } }));
  await expect.poll(async () => (await lastState())?.refused?.map((r) => r.key)).toEqual(['seed']);
  // The last good dataset and batching stay.
  expect((await lastState())!.batch).toMatchObject({ size: 2, reduce: 'sum', examples: [1, 2] });

  // data '' asks for no dataset: with a batch beside it, the batch is refused by name.
  await post(page, msg('setParams', { settings: { data: '', batch: '1' } }));
  await expect.poll(async () => (await lastState())?.refused?.map((r) => r.key)).toEqual(['batch']);
  expect((await lastState())!.batch).toMatchObject({ size: 2, reduce: 'sum', examples: [1, 2] });
  await post(page, msg('setParams', { settings: { data: '' } }));
  await expect.poll(async () => (await lastState())?.examples).toBeUndefined();
  const cleared = (await lastState())!;
  expect(cleared.batch).toBeUndefined();
  expect(cleared.refused).toBeUndefined();

  // reset gives the article's network and its one example, even from a dataset.
  await post(page, msg('setParams', { settings: { data: 'xor' } }));
  await expect.poll(async () => (await lastState())?.batch?.size).toBe(4);
  await post(page, msg('reset'));
  await expect.poll(async () => (await lastState())?.examples).toBeUndefined();
  expect((await lastState()) as unknown).toMatchObject({
    layers: '2-2-2',
    params: ARTICLE_MODEL.params,
  });
});
