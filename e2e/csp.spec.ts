import { expect, test, type Page } from '@playwright/test';
import { ARTICLE_MODEL } from '../app/engine/model';
import { computeTrace } from '../app/engine/trace';
import { EMBED_CSP, PAGE_CSP } from '../app/embed/build/security-headers';

/**
 * The built pages under the Content-Security-Policy the preview server sends
 * (app/embed/build/security-headers.ts; public/_headers is compared with it by a
 * unit test): each response carries the policy, only the widget may be framed by
 * other sites, and using each page a little — a step, a tab, a formula, a lesson
 * widget — triggers no violation in the page or its frames.
 */

interface Entry {
  readonly name: string;
  readonly path: string;
  readonly use: (page: Page) => Promise<void>;
}

const IDS = computeTrace(ARTICLE_MODEL).entries.map((e) => e.id);
const AFTER_OUT_O1 = IDS[IDS.indexOf('out_o1') + 1]!;

const katex = (page: Page) => page.locator('.katex').first();
const nextStep = (page: Page) =>
  page.getByRole('group', { name: 'Step controls' }).getByRole('button', { name: /Next/ }).click();

const ENTRIES: readonly Entry[] = [
  {
    name: 'explorer',
    path: '/?step=dE_dw5',
    async use(page) {
      await nextStep(page);
      await expect(katex(page)).toBeVisible();
      await page.getByRole('tab', { name: 'Train', exact: true }).click();
      await page.getByRole('button', { name: /^Apply one update/ }).click();
      await page.getByRole('tab', { name: 'Check', exact: true }).click();
      await expect(page.getByRole('tabpanel', { name: 'Check' })).toBeVisible();
    },
  },
  {
    name: 'sheet',
    path: '/?view=sheet&w5=0.3',
    async use(page) {
      await expect(page.locator('[data-quantity="E_total_new"]').first()).toBeAttached();
      await expect(katex(page)).toBeVisible();
    },
  },
  {
    name: 'a lesson with a widget',
    path: '/?lesson=chain-rule&lstep=2',
    async use(page) {
      await expect(page.getByText(/^Step 2 of \d+$/)).toBeVisible();
      await expect(katex(page)).toBeVisible();
      // A few steps on, through the lesson's own widgets.
      const next = page
        .getByRole('navigation', { name: 'Lesson steps' })
        .getByRole('button', { name: 'Next' });
      await next.click();
      await next.click();
      await expect(page.getByText(/^Step 4 of \d+$/)).toBeVisible();
    },
  },
  {
    name: 'presenter',
    path: '/?present=1&step=out_o1',
    async use(page) {
      await page.locator('body').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('ArrowRight');
      await expect(page).toHaveURL(new RegExp(`step=${AFTER_OUT_O1}`));
      await expect(katex(page)).toBeVisible();
    },
  },
  {
    name: 'speaker view',
    path: '/?present=speaker&step=out_o1',
    async use(page) {
      await page.getByRole('button', { name: 'Next →' }).click();
      await expect(page).toHaveURL(new RegExp(`step=${AFTER_OUT_O1}`));
    },
  },
  {
    name: 'embed',
    path: '/embed.html?panels=graph,formula,steps,params,values,settings,train,chart,check',
    async use(page) {
      await nextStep(page);
      await expect(katex(page)).toBeVisible();
      await page
        .getByRole('region', { name: 'Settings' })
        .getByRole('combobox')
        .first()
        .selectOption('tanh');
    },
  },
  {
    name: 'embed demo host page',
    path: '/embed-demo.html',
    async use(page) {
      const a = page.getByRole('group', { name: 'Widget A' });
      await a.getByRole('button', { name: 'Set w5 = 0.3' }).click();
      const model = { ...ARTICLE_MODEL, params: { ...ARTICLE_MODEL.params, w5: 0.3 } };
      await expect(page.getByLabel('Widget A E_total')).toHaveText(
        `E_total: ${computeTrace(model).quantities.E_total!.toPrecision(9)}`,
      );
      await expect(page.frameLocator('iframe').first().locator('.katex').first()).toBeVisible();
    },
  },
];

for (const entry of ENTRIES) {
  test(`CSP: the ${entry.name} carries the policy and never violates it`, async ({ page }) => {
    const path = new URL(entry.path, 'http://x').pathname;
    const response = await page.request.get(entry.path);
    expect(response.status()).toBe(200);
    const csp = response.headers()['content-security-policy'];
    expect(csp).toBe(path === '/embed.html' ? EMBED_CSP : PAGE_CSP);
    // Only the widget may be framed by other sites.
    expect(csp).toContain(path === '/embed.html' ? 'frame-ancestors *' : "frame-ancestors 'self'");
    expect(response.headers()['x-content-type-options']).toBe('nosniff');

    const cspConsole: string[] = [];
    page.on('console', (message) => {
      if (/Content[- ]Security[- ]Policy|Refused to/i.test(message.text()))
        cspConsole.push(message.text());
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__violations.push(
          `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
        ),
      );
    });
    const loaded = await page.goto(entry.path);
    expect(loaded?.headers()['content-security-policy']).toBe(csp);
    await entry.use(page);
    // Every frame's own record (the demo's widgets are frames of the same origin).
    for (const frame of page.frames()) {
      const violations = await frame.evaluate(
        () => (window as unknown as { __violations?: string[] }).__violations ?? [],
      );
      expect(violations, `violations in ${frame.url()}`).toEqual([]);
    }
    expect(cspConsole).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test('CSP: a script injected inline is blocked, so the listener above does hear violations', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__violations.push(e.violatedDirective),
    );
  });
  await page.goto('/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__ran = true';
    document.body.append(script);
  });
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations))
    .toContainEqual(expect.stringMatching(/^script-src/));
  expect(
    await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran),
  ).toBeUndefined();
});
