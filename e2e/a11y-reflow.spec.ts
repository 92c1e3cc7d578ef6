import { expect, test, type Page } from '@playwright/test';

/**
 * Reflow (WCAG 1.4.10): at 320 CSS px wide, and at 200 % zoom of a 1280×720 screen
 * (640×360 CSS px), no page scrolls sideways, no control sits outside the screen's
 * width, and display math fits its line instead of scrolling inside it.
 */

const SCREENS = [
  { name: '320 px phone', viewport: { width: 320, height: 640 }, deviceScaleFactor: 2 },
  { name: '200 % zoom', viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 },
] as const;

const PAGES = [
  { name: 'explorer', url: '/?step=dE_dw1', ready: /^Next/ },
  { name: 'lesson', url: '/?lesson=forward-pass&lstep=2', ready: /^Next/ },
  { name: 'lesson 9 (matrices)', url: '/?lesson=vectorised&lstep=3', ready: /^Next/ },
  { name: 'sheet', url: '/?view=sheet', ready: /^Explorer$/ },
  { name: 'presenter', url: '/?present=1&step=dE_dw5', ready: /^Exit presenter mode$/ },
  { name: 'speaker view', url: '/?present=speaker&step=dE_dw5', ready: /^Reset timer$/ },
  { name: 'embed', url: '/embed.html?step=dE_dw5', ready: /^Next/ },
] as const;

interface Reflow {
  readonly pageWidth: number;
  readonly screenWidth: number;
  /** controls whose box leaves the screen's width */
  readonly outside: string[];
  /** boxes that scroll sideways inside the page */
  readonly scrollers: string[];
}

function measure(page: Page): Promise<Reflow> {
  return page.evaluate(() => {
    const screenWidth = document.documentElement.clientWidth;
    const describe = (e: Element) =>
      `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} "${(e.getAttribute('aria-label') ?? e.textContent ?? '').trim().slice(0, 30)}"`;
    const outside: string[] = [];
    const controls = 'a[href], button, input, select, textarea, [tabindex="0"], [role="slider"]';
    for (const control of document.querySelectorAll(controls)) {
      const box = control.getBoundingClientRect();
      if (box.width === 0 || getComputedStyle(control).visibility === 'hidden') continue;
      if (control.closest('.skip-link, .visually-hidden')) continue;
      if (box.left < -1 || box.right > screenWidth + 1) outside.push(describe(control));
    }
    const scrollers: string[] = [];
    for (const element of document.querySelectorAll('body *')) {
      const overflow = getComputedStyle(element).overflowX;
      if (
        (overflow === 'auto' || overflow === 'scroll') &&
        element.scrollWidth > element.clientWidth + 1
      ) {
        scrollers.push(describe(element));
      }
    }
    return {
      pageWidth: document.documentElement.scrollWidth,
      screenWidth,
      outside,
      scrollers,
    };
  });
}

test.describe.configure({ timeout: 60_000 });

for (const screen of SCREENS) {
  test.describe(screen.name, () => {
    test.use({ viewport: screen.viewport, deviceScaleFactor: screen.deviceScaleFactor });
    for (const view of PAGES) {
      test(`${view.name}: no sideways scroll, every control within the width`, async ({ page }) => {
        await page.goto(view.url);
        const ready = page.getByRole(view.name === 'sheet' ? 'link' : 'button', {
          name: view.ready,
        });
        await expect(ready.first()).toBeVisible();
        await page.evaluate(() => document.fonts.ready);
        // Fitting math waits for a frame of layout after the fonts.
        await expect.poll(async () => (await measure(page)).scrollers).toEqual([]);
        const reflow = await measure(page);
        expect(reflow.pageWidth, 'page width').toBeLessThanOrEqual(reflow.screenWidth);
        expect(reflow.outside, 'controls outside the screen').toEqual([]);
        const box = await ready.first().boundingBox();
        expect(box!.x + box!.width).toBeLessThanOrEqual(screen.viewport.width);
      });
    }

    test("the explorer's dialogs fit the width", async ({ page }) => {
      await page.goto('/');
      for (const [opener, name] of [
        ['Keys', 'Keyboard'],
        ['Share / embed', 'Embed this network'],
      ] as const) {
        await page.getByRole('button', { name: opener, exact: true }).click();
        const dialog = page.getByRole('dialog', { name });
        await expect(dialog).toBeVisible();
        const fit = await dialog.evaluate((d) => ({
          inside: d.scrollWidth <= d.clientWidth + 1,
          right: d.getBoundingClientRect().right,
        }));
        expect(fit.inside, `${name}: nothing wider than the dialog`).toBe(true);
        expect(fit.right).toBeLessThanOrEqual(screen.viewport.width);
        await page.keyboard.press('Escape');
        await expect(dialog).toBeHidden();
      }
    });
  });
}

test.describe('375 px phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2 });

  test('the header is one row, and Present stays reachable by its name', async ({ page }) => {
    await page.goto('/?step=dE_dw5');
    const header = page.getByRole('banner');
    const present = header.getByRole('button', { name: 'Present', exact: true });
    await expect(present).toBeVisible();
    // Every visible part of the header shares one row: each starts above where any other ends.
    const rows = await header.evaluate((element) => {
      const parts = [...element.querySelectorAll('.brand, nav a, button')]
        .map((part) => part.getBoundingClientRect())
        .filter((box) => box.width > 1);
      return {
        lowestTop: Math.max(...parts.map((b) => b.top)),
        highestBottom: Math.min(...parts.map((b) => b.bottom)),
        parts: parts.length,
      };
    });
    // The mark, the four views, Present.
    expect(rows.parts).toBe(6);
    expect(rows.lowestTop).toBeLessThan(rows.highestBottom);
    expect((await header.boundingBox())!.height).toBeLessThan(64);
    // Reached from the keyboard, and it does what it says.
    await page.keyboard.press('Tab');
    for (let k = 0; k < 6 && !(await present.evaluate((b) => b === document.activeElement)); k++) {
      await page.keyboard.press('Tab');
    }
    await expect(present).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Exit presenter mode' })).toBeVisible();
  });
});
