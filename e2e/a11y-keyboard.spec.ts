import { expect, test, type Page } from '@playwright/test';

/**
 * The keyboard: every stop in the Tab order shows where focus is, Tab comes back
 * round (no trap), and a dialog closes on Escape and hands focus back to its opener.
 */

interface Stop {
  readonly what: string;
  readonly indicator: string;
}

/**
 * The focused element and how it shows focus: an outline, a box-shadow, or, for the
 * network diagram's SVG parts (where outlines are not drawn), its shape stroked in
 * the focus colour. '' when nothing marks it.
 */
function focusedStop(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const what =
      `${element.tagName.toLowerCase()}` +
      `${element.id ? `#${element.id}` : ''}` +
      ` "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40)}"`;
    const style = getComputedStyle(element);
    if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) {
      return { what, indicator: `outline ${style.outlineWidth} ${style.outlineColor}` };
    }
    if (style.boxShadow !== 'none') return { what, indicator: `box-shadow ${style.boxShadow}` };
    const probe = document.createElement('span');
    probe.style.color = 'var(--focus)';
    document.body.append(probe);
    const focus = getComputedStyle(probe).color;
    probe.remove();
    const shape = element.querySelector('circle, rect');
    if (shape && getComputedStyle(shape).stroke === focus) {
      return { what, indicator: `stroke ${getComputedStyle(shape).strokeWidth}` };
    }
    return { what, indicator: '' };
  });
}

/**
 * Tabs from the top of the page until focus comes back to where it started, checking
 * every stop. Fails on a stop without an indicator, or when focus never comes back.
 */
async function tabAround(page: Page, limit: number): Promise<string[]> {
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  await page.keyboard.press('Tab');
  const first = await focusedStop(page);
  expect(first, 'Tab focuses something').not.toBeNull();
  const seen = [first!.what];
  const bare: string[] = first!.indicator ? [] : [first!.what];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const stop = await focusedStop(page);
    // Past the last stop focus leaves the page for the browser's own controls, then returns.
    if (stop === null) continue;
    if (stop.what === first!.what && seen.length > 1) {
      expect(bare, 'stops with no visible focus indicator').toEqual([]);
      return seen;
    }
    seen.push(stop.what);
    if (!stop.indicator) bare.push(stop.what);
  }
  throw new Error(`Tab did not come back round in ${limit} presses: ${seen.slice(-5).join(', ')}`);
}

test.describe.configure({ timeout: 90_000 });

test('every Tab stop of the explorer shows focus, and Tab comes back round', async ({ page }) => {
  await page.goto('/?step=dE_dw5');
  await expect(page.getByRole('region', { name: 'Current step' })).toBeVisible();
  const stops = await tabAround(page, 400);
  // The page's controls are all on the way: the stepper, the diagram's weights, the tools.
  expect(stops.some((s) => s.includes('Next'))).toBe(true);
  expect(stops.length).toBeGreaterThan(20);
});

test('every Tab stop of a lesson shows focus, and Tab comes back round', async ({ page }) => {
  await page.goto('/?lesson=forward-pass&lstep=2');
  await expect(page.getByRole('article').getByText(/^Step \d+ of \d+$/)).toBeVisible();
  const stops = await tabAround(page, 400);
  expect(stops.some((s) => s.includes('Next'))).toBe(true);
});

for (const [opener, dialogName] of [
  ['Keys', 'Keyboard'],
  ['Share / embed', 'Embed this network'],
] as const) {
  test(`the ${dialogName} dialog keeps Tab inside, closes on Escape, and returns focus`, async ({
    page,
  }) => {
    await page.goto('/');
    const button = page.getByRole('button', { name: opener, exact: true });
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: dialogName });
    await expect(dialog).toBeVisible();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const inside = await page.evaluate(
        () =>
          document.activeElement === document.body || !!document.activeElement?.closest('dialog'),
      );
      expect(inside, 'focus stays in the modal dialog').toBe(true);
      const stop = await focusedStop(page);
      if (stop) expect(stop.indicator, `${stop.what} shows focus`).not.toBe('');
    }
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
  });
}

test.describe('at 200 % zoom', () => {
  test.use({ viewport: { width: 640, height: 360 } });

  test('no Tab stop of a lesson hides under its sticky navigation bar', async ({ page }) => {
    await page.goto('/?lesson=forward-pass&lstep=2');
    await expect(page.getByRole('article').getByText(/^Step \d+ of \d+$/)).toBeVisible();
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    const hidden: string[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const element = document.activeElement;
        const nav = document.querySelector('.lesson-nav');
        if (!element || element === document.body || !nav || nav.contains(element)) return null;
        const box = element.getBoundingClientRect();
        const bar = nav.getBoundingClientRect();
        const under = box.top >= bar.top - 1 && box.bottom <= bar.bottom + 1;
        const outside = box.bottom <= 0 || box.top >= window.innerHeight;
        return under || outside ? `${element.tagName} ${element.textContent?.slice(0, 30)}` : null;
      });
      if (stop) hidden.push(stop);
    }
    expect(hidden, 'focused controls out of sight (WCAG 2.4.11)').toEqual([]);
  });
});
