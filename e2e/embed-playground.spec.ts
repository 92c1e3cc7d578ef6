import { expect, test, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { traceFormula } from '../app/engine/expr-trace';
import { expectNoViolations } from './a11y-audit';

/**
 * The playground in another site's iframe (embed.html?view=playground&f=…): the
 * host page is served from a second origin by a tiny server started here.
 */
const appOrigin = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173)}`;
let server: Server;
let hostOrigin: string;

test.describe.configure({ timeout: 90_000 });

test.beforeAll(async () => {
  server = createServer((req, res) => {
    const query = new URL(req.url ?? '/', 'http://x').search;
    res.setHeader('Content-Type', 'text/html');
    res.end(
      `<!doctype html><title>host</title><iframe title="playground" width="900" height="800" src="${appOrigin}/embed.html${query}"></iframe>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

interface PlaygroundMessage {
  formula: string;
  leaves: Record<string, number>;
  value: number;
  values: Record<string, number>;
  gradients: Record<string, number>;
  step: string;
  mode: string;
}
type State = { type: string; playground?: PlaygroundMessage; refused?: { key: string }[] };

async function openHost(page: Page, query: string) {
  await page.addInitScript(() => {
    const w = window as unknown as { __states: unknown[] };
    w.__states = [];
    window.addEventListener('message', (event) => {
      if ((event.data as { type?: string }).type === 'state') w.__states.push(event.data);
    });
  });
  await page.goto(`${hostOrigin}/?${query}&parentOrigin=${encodeURIComponent(hostOrigin)}`);
}

const lastState = (page: Page) =>
  page.evaluate(() => (window as unknown as { __states: State[] }).__states.at(-1));

const post = (page: Page, data: object) =>
  page.evaluate(
    ([data, origin]) =>
      document
        .querySelector('iframe')!
        .contentWindow!.postMessage({ source: 'backprop-lab', v: 1, ...data }, origin),
    [data, appOrigin] as const,
  );

test('embed.html?view=playground: the state carries the formula, values and gradients; the host drives it', async ({
  page,
}) => {
  await openHost(page, 'view=playground&f=a*b%2Ba&a=3&b=-2');
  const widget = page.frameLocator('iframe');
  await expect(widget.getByRole('heading', { name: 'Autodiff playground' })).toBeVisible();
  await expect(widget.getByRole('banner')).toHaveCount(0);
  const expected = traceFormula('a*b + a', { a: 3, b: -2 });
  await expect
    .poll(async () => (await lastState(page))?.playground)
    .toMatchObject({
      formula: 'a*b + a',
      leaves: { a: 3, b: -2 },
      value: expected.values.f,
      values: { a: 3, b: -2, v1: expected.values.v1, f: expected.values.f },
      gradients: expected.gradients,
      step: 'v1',
      mode: 'reverse',
    });

  await post(page, { type: 'setParams', params: { a: 1.5, q: 2 } });
  const moved = traceFormula('a*b + a', { a: 1.5, b: -2 });
  await expect
    .poll(async () => (await lastState(page))?.playground?.gradients)
    .toEqual(moved.gradients);
  expect((await lastState(page))?.refused).toEqual([
    { key: 'q', message: 'q is not a leaf of a*b + a.' },
  ]);

  await post(page, { type: 'setFormula', formula: 'sigmoid(w*x)', values: { w: 2, x: -1 } });
  const neuron = traceFormula('sigmoid(w*x)', { w: 2, x: -1 });
  await expect
    .poll(async () => (await lastState(page))?.playground)
    .toMatchObject({
      formula: 'sigmoid(w*x)',
      value: neuron.values.f,
      gradients: neuron.gradients,
    });
  await expect(widget.getByRole('textbox', { name: /^Formula/ })).toHaveValue('sigmoid(w*x)');

  await post(page, { type: 'goToStep', id: 'df_dw' });
  await expect.poll(async () => (await lastState(page))?.playground?.step).toBe('df_dw');
  await post(page, { type: 'setFormula', formula: 'x +' });
  await expect
    .poll(async () => (await lastState(page))?.refused)
    .toEqual([{ key: 'f', message: "expected a value after '+' at 3" }]);
  await expectNoViolations(page, 'the playground in an embed', { only: 'iframe' });
});

test('embed.html?view=playground with edit=0: the numbers show, the reader cannot change them', async ({
  page,
}) => {
  await openHost(page, 'view=playground&f=x*y&x=2&y=3&edit=0');
  const widget = page.frameLocator('iframe');
  await expect(widget.getByRole('textbox', { name: /^Formula/ })).toHaveAttribute('readonly', '');
  await expect(widget.getByRole('spinbutton')).toHaveCount(0);
  await expect(widget.locator('[data-scrub-leaf]')).toHaveCount(0);
  await post(page, { type: 'setParams', params: { x: 4 } });
  await expect.poll(async () => (await lastState(page))?.playground?.value).toBe(12);
});
