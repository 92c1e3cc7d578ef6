import { expect, test, type Page } from '@playwright/test';
import { ARTICLE_MODEL } from '../app/engine/model';
import { computeTrace } from '../app/engine/trace';

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

/**
 * Counts every motion the page starts from now on that lasts longer than a millisecond: Web
 * Animations (the value flash) and CSS transitions and animations. Counting starts rather than
 * sampling what runs at one moment makes the check independent of how fast the machine is.
 */
async function countMotions(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const started: string[] = [];
    const seconds = (text: string) =>
      Math.max(...text.split(',').map((t) => parseFloat(t) * (t.trim().endsWith('ms') ? 1e-3 : 1)));
    const animate = Element.prototype.animate;
    Element.prototype.animate = function (this: Element, ...args: Parameters<typeof animate>) {
      const animation = animate.apply(this, args);
      if (Number(animation.effect?.getTiming().duration ?? 0) > 1) started.push('animate');
      return animation;
    };
    const onCss = (event: Event) => {
      const style = getComputedStyle(event.target as Element);
      const duration =
        event.type === 'transitionrun' ? style.transitionDuration : style.animationDuration;
      if (seconds(duration) > 1e-3) started.push(event.type);
    };
    document.addEventListener('transitionrun', onCss, true);
    document.addEventListener('animationstart', onCss, true);
    Object.assign(window, { motionsStarted: () => started.length });
  });
}

const motionsStarted = (page: Page) =>
  page.evaluate(() => (window as unknown as { motionsStarted(): number }).motionsStarted());

/** Two animation frames: whatever a change starts has started by then. */
const twoFrames = (page: Page) =>
  page.evaluate(
    () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
  );

async function changeW5(page: Page, value: string) {
  await page.getByRole('tab', { name: 'Numbers', exact: true }).click();
  const field = page.getByRole('tabpanel', { name: 'Numbers' }).getByLabel(/^w5/).first();
  await field.fill(value);
  await field.press('Enter');
  const params = { ...ARTICLE_MODEL.params, w5: Number(value) };
  const expected = computeTrace({ ...ARTICLE_MODEL, params }).quantities.dE_dw5;
  await expect(page.locator('.formula-result [data-quantity="dE_dw5"]')).toHaveAttribute(
    'data-value',
    String(expected),
  );
}

test.describe.configure({ timeout: 60_000 });

test('with reduced motion nothing animates: transitions, value flashes, autoplay', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await countMotions(page);
  await page.goto('/?step=dE_dw5');
  await expect(page.locator('.formula-result [data-quantity="dE_dw5"]')).toBeVisible();
  expect(await longestCssMotion(page)).toBeLessThanOrEqual(0.01);
  expect(
    await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior),
  ).not.toBe('smooth');

  await changeW5(page, '0.3');
  await twoFrames(page);
  expect(await motionsStarted(page)).toBe(0);

  // Autoplay: the steps advance, and nothing moves between them.
  const heading = page.getByRole('heading', { name: /^Step \d+ of \d+/ });
  const before = await heading.textContent();
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(heading).not.toHaveText(before ?? '');
  await twoFrames(page);
  expect(await motionsStarted(page)).toBe(0);
  await page.getByRole('button', { name: 'Pause' }).click();

  // Dialogs open without motion too.
  await page.getByRole('button', { name: 'Keys' }).click();
  await expect(page.getByRole('dialog', { name: 'Keyboard' })).toBeVisible();
  await twoFrames(page);
  expect(await motionsStarted(page)).toBe(0);
  expect(await longestCssMotion(page)).toBeLessThanOrEqual(0.01);
});

test('without the preference, the same page does move (the check above can fail)', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await countMotions(page);
  await page.goto('/?step=dE_dw5');
  await expect(page.locator('.formula-result [data-quantity="dE_dw5"]')).toBeVisible();
  expect(await longestCssMotion(page)).toBeGreaterThan(100);
  const before = await motionsStarted(page);
  await changeW5(page, '0.3');
  await twoFrames(page);
  expect(await motionsStarted(page)).toBeGreaterThan(before);
});
