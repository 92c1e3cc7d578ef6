import { expect, test, type Page } from '@playwright/test';

/**
 * prefers-reduced-motion: nothing moves. CSS transitions and animations are cut to
 * nothing, the changed-value flash does not play, scrolling is not smooth, and
 * autoplay steps without animating. The same checks without the preference show
 * the motion is really there (so the test can fail).
 */

/** The longest CSS transition or animation any element of the page declares, in ms. */
function longestCssMotion(page: Page): Promise<number> {
  return page.evaluate(() => {
    const ms = (list: string) =>
      Math.max(
        ...list.split(',').map((t) => {
          const value = parseFloat(t);
          return t.trim().endsWith('ms') ? value : value * 1000;
        }),
      );
    let longest = 0;
    for (const element of document.querySelectorAll('*')) {
      const style = getComputedStyle(element);
      longest = Math.max(longest, ms(style.transitionDuration), ms(style.animationDuration));
    }
    return longest;
  });
}

/** Animations running now that last longer than a millisecond (Web Animations and CSS alike). */
function runningAnimations(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      document
        .getAnimations()
        .filter((a) => a.playState === 'running' && Number(a.effect?.getTiming().duration ?? 0) > 1)
        .length,
  );
}

async function changeW5(page: Page, value: string) {
  await page.getByRole('tab', { name: 'Numbers', exact: true }).click();
  const field = page.getByRole('tabpanel', { name: 'Numbers' }).getByLabel(/^w5/).first();
  await field.fill(value);
  await field.press('Enter');
  await expect(page.locator('.formula-result [data-quantity="dE_dw5"]')).not.toHaveAttribute(
    'data-value',
    '0.08216704056423078',
  );
}

test.describe.configure({ timeout: 60_000 });

test('with reduced motion nothing animates: transitions, value flashes, autoplay', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/?step=dE_dw5');
  await expect(page.locator('.formula-result [data-quantity="dE_dw5"]')).toBeVisible();
  expect(await longestCssMotion(page)).toBeLessThanOrEqual(0.01);
  expect(
    await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior),
  ).not.toBe('smooth');

  await changeW5(page, '0.3');
  expect(await runningAnimations(page)).toBe(0);

  // Autoplay: the steps advance, and nothing moves between them.
  const heading = page.getByRole('heading', { name: /^Step \d+ of \d+/ });
  const before = await heading.textContent();
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(heading).not.toHaveText(before ?? '');
  expect(await runningAnimations(page)).toBe(0);
  await page.getByRole('button', { name: 'Pause' }).click();

  // Dialogs open without motion too.
  await page.getByRole('button', { name: 'Keys' }).click();
  await expect(page.getByRole('dialog', { name: 'Keyboard' })).toBeVisible();
  expect(await runningAnimations(page)).toBe(0);
  expect(await longestCssMotion(page)).toBeLessThanOrEqual(0.01);
});

test('without the preference, the same page does move (the check above can fail)', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto('/?step=dE_dw5');
  await expect(page.locator('.formula-result [data-quantity="dE_dw5"]')).toBeVisible();
  expect(await longestCssMotion(page)).toBeGreaterThan(100);
  await changeW5(page, '0.3');
  expect(await runningAnimations(page)).toBeGreaterThan(0);
});
