import { expect, test, type Page } from '@playwright/test';
import { ARTICLE_MODEL } from '../app/engine/model';
import { computeTrace } from '../app/engine/trace';
import { formatDisplayNumber } from '../app/engine/format';
import { reference } from './reference';

/**
 * The build draws each entry page's default state into its HTML (app/prerender/):
 * the explorer, the embed, and the views with files of their own (sheet.html,
 * lessons.html). With JavaScript off they read as pages; with it, the page takes
 * that markup over as it stands (hydration): nothing is replaced, nothing moves,
 * and the result is the page the app draws afresh.
 */

const trace = computeTrace(ARTICLE_MODEL);
/** The numbers the network is given: inputs, weights, biases, targets (not the learning rate). */
const PARAMS = Object.entries(reference.params).filter(([id]) => id !== 'learning_rate');

/** Matches a figure to the last bits a float64 printed and read back can differ by. */
const sameFigure = (shown: string | null, exact: number) =>
  Math.abs(Number(shown) - exact) <= 1e-12 * Math.max(1, Math.abs(exact));

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the explorer shows the network with every given number, and the first step’s formula', async ({
    page,
  }) => {
    await page.goto('/');
    const graph = page.getByRole('group', { name: 'Network diagram' });
    await expect(graph).toBeVisible();
    for (const [id, value] of PARAMS) {
      const shown = graph.locator(`[data-param="${id}"]`).first();
      await expect(shown, id).toHaveText(formatDisplayNumber(value, 4));
    }
    const net = graph.locator('[data-quantity="net_h1"]');
    expect(sameFigure(await net.getAttribute('data-value'), reference.exact.net_h1!)).toBe(true);
    await expect(net).toHaveText('0.3775');

    const formula = page.getByRole('region', { name: 'Current step' });
    await expect(formula.locator('.formula-symbolic .katex')).toBeVisible();
    // The numbers in place, as the page writes them once running: w1 · i1 + w2 · i2 + b1 · 1.
    const inPlace = formula.locator('.formula-substituted [data-live]');
    await expect(inPlace).toHaveText(['0.15', '0.05', '0.2', '0.1', '0.35']);
    await expect(formula.locator('.formula-result [data-quantity="net_h1"]')).toHaveText(
      formatDisplayNumber(trace.quantities.net_h1!, 9),
    );
    await expect(
      page.getByRole('heading', { name: /^Step 1 of \d+ · Forward pass/ }),
    ).toBeVisible();
  });

  test('the worked example reads and prints from its own file, reached from the header', async ({
    page,
  }) => {
    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('link', { name: 'Worked example' })
      .click();
    await expect(page).toHaveURL(/\/sheet\.html$/);
    await expect(page).toHaveTitle('The worked example · Backprop Lab');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'The worked example, every step',
    );
    // Every quantity of the article, to the last digit of the independent reference.
    const figures = Object.entries(reference.exact).filter(([id]) => id in trace.quantities);
    expect(figures.length).toBeGreaterThanOrEqual(30);
    for (const [id, exact] of figures) {
      const shown = page.locator(`.sheet [data-quantity="${id}"]`).first();
      await expect(shown, id).toBeVisible();
      expect(sameFigure(await shown.getAttribute('data-value'), exact), id).toBe(true);
    }
    await expect(page.locator('[data-tex-loading]')).toHaveCount(0);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.locator('.sheet [data-quantity="E_total"]').first()).toBeVisible();
  });

  test('the lessons and the widget read without it too', async ({ page }) => {
    await page.goto('/lessons.html');
    await expect(page.getByRole('heading', { level: 1, name: 'Lessons' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'The chain rule on a graph' })).toBeVisible();
    await page.goto('/embed.html');
    await expect(page.getByRole('group', { name: 'Network diagram' })).toBeVisible();
    await expect(page.locator('[data-param="w5"]').first()).toHaveText('0.4');
    await expect(page.locator('.formula-symbolic .katex')).toBeVisible();
  });
});

/**
 * Watches the page from its first byte: the element the build put first in the root,
 * whether anything removed it, and every layout shift.
 */
async function watchTakeover(page: Page) {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    const w = window as unknown as { built?: Node; removed: number; shift: number };
    w.removed = 0;
    w.shift = 0;
    new MutationObserver((records) => {
      for (const record of records) {
        const target = record.target as Element;
        if (target.id !== 'root') continue;
        for (const node of record.addedNodes) w.built ??= node;
        w.removed += record.removedNodes.length;
      }
    }).observe(document, { childList: true, subtree: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number }[])
        w.shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return {
    errors,
    async settled() {
      await page.waitForLoadState('networkidle');
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      return page.evaluate(() => {
        const w = window as unknown as { built?: Node; removed: number; shift: number };
        const root = document.getElementById('root')!;
        return {
          kept: w.built !== undefined && root.firstChild === w.built,
          removed: w.removed,
          shift: w.shift,
          marked: root.hasAttribute('data-prerendered'),
        };
      });
    },
  };
}

for (const [name, viewport] of [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 375, height: 812 }],
] as const) {
  test.describe(`on a ${name}`, () => {
    test.use({ viewport });
    for (const path of ['/', '/embed.html', '/sheet.html', '/lessons.html']) {
      test(`${path} takes the build’s markup over: nothing replaced, nothing moved, no error`, async ({
        page,
      }) => {
        const watch = await watchTakeover(page);
        await page.goto(path);
        const state = await watch.settled();
        expect(state).toEqual({ kept: true, removed: 0, shift: expect.any(Number), marked: false });
        // Fonts settling inside a formula may move a glyph by a fraction of a pixel.
        expect(state.shift).toBeLessThan(0.001);
        expect(watch.errors).toEqual([]);
      });
    }
  });
}

/**
 * The root's elements and text as a tree, to compare two renders: attributes in
 * order of name (a parser and a script add them in different orders), the ids React
 * makes named by first use (server and client spell them differently), and without
 * the resource hints a server render puts first.
 */
const rootTree = (page: Page) =>
  page.locator('#root').evaluate((root) => {
    const ids = new Map<string, string>();
    const id = (text: string) =>
      text.replace(/_[Rr]_[\w-]*_/g, (made) => {
        if (!ids.has(made)) ids.set(made, `id${ids.size}`);
        return ids.get(made)!;
      });
    const lines: string[] = [];
    const walk = (node: Node, depth: number) => {
      if (node.nodeType === Node.TEXT_NODE) {
        if (node.textContent) lines.push(`${' '.repeat(depth)}"${node.textContent}"`);
        return;
      }
      if (!(node instanceof Element) || node.matches('link[rel=preload]')) return;
      // A style written by a script reads `a: 1;`, by a parser `a:1`; an option chosen by a
      // script is the select's value, by a parser its `selected`.
      const attributes = [...node.attributes]
        .filter((a) => a.name !== 'selected')
        .map((a) => {
          const value =
            a.name === 'style' ? a.value.replace(/([:;])\s+/g, '$1').replace(/;$/, '') : a.value;
          return `${a.name}="${id(value)}"`;
        })
        .concat(node instanceof HTMLSelectElement ? [`value="${node.value}"`] : [])
        .sort()
        .join(' ');
      lines.push(`${' '.repeat(depth)}<${node.localName} ${attributes}>`);
      for (const child of node.childNodes) walk(child, depth + 1);
    };
    for (const child of root.childNodes) walk(child, 0);
    return lines;
  });

for (const [built, fresh] of [
  ['/', '/?view=explorer'],
  ['/sheet.html', '/?view=sheet'],
  ['/lessons.html', '/?view=lessons'],
] as const) {
  test(`${built} taken over is the page drawn afresh (${fresh}), element for element`, async ({
    page,
    context,
  }) => {
    test.setTimeout(90_000);
    await page.goto(built);
    await expect(page.locator('#root')).not.toHaveAttribute('data-prerendered');
    await page.waitForLoadState('networkidle');
    const hydrated = await rootTree(page);
    // The same state by another address, which the page draws afresh.
    const other = await context.newPage();
    await other.goto(fresh);
    await expect(other.locator('#root')).not.toHaveAttribute('data-prerendered');
    await other.waitForLoadState('networkidle');
    await expect(other.locator('[data-tex-loading]')).toHaveCount(0, { timeout: 60_000 });
    expect(await rootTree(other)).toEqual(hydrated);
  });
}

test('an address with a query keeps the build’s markup hidden until its own page is drawn', async ({
  page,
}) => {
  // The page's script never arrives: what shows is the HTML alone.
  await page.route(/\/assets\/main-[\w-]+\.js$/, (route) => route.abort());
  await page.goto('/?lesson=chain-rule');
  await expect(page.locator('#root')).toBeAttached();
  await expect(page.locator('#root')).toBeHidden();
  await page.goto('/');
  await expect(page.getByRole('group', { name: 'Network diagram' })).toBeVisible();
});

test('a view’s own file becomes the app’s address for that view, keeping its settings', async ({
  page,
}) => {
  await page.goto('/sheet.html?answers=0');
  await expect(page).toHaveURL(/\/\?view=sheet&answers=0$/);
  await expect(page.getByRole('radio', { name: /^Exercise/ })).toBeChecked();
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'Explorer' })
    .click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('group', { name: 'Network diagram' })).toBeVisible();
});
