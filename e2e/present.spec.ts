import { expect, test, type Page } from '@playwright/test';
import { computeTrace } from '../app/engine/trace';
import { ARTICLE_MODEL } from '../app/engine/model';
import { NOTATIONS } from '../app/engine/notation';

const trace = computeTrace(ARTICLE_MODEL, NOTATIONS.article);
const ids = trace.entries.map((e) => e.id);
const after = (id: string) => ids[ids.indexOf(id) + 1]!;

/** The lesson player's "Step n of N" line. */
const lessonCount = (page: Page) => page.locator('.lesson-count');

test.describe('presenter mode in a lesson', () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/?present=1&lesson=forward-pass');
    await expect(lessonCount(page)).toHaveText(/^Step 1 of \d+$/);
    // The keys go to the page, not to a field.
    await page.locator('body').click({ position: { x: 5, y: 700 } });
  });

  test('clicker keys step through the lesson', async ({ page }) => {
    const total = Number((await lessonCount(page).textContent())!.match(/of (\d+)/)![1]);
    expect(total).toBeGreaterThanOrEqual(3);
    const at = (n: number) => expect(lessonCount(page)).toHaveText(`Step ${n} of ${total}`);
    await page.keyboard.press('PageDown');
    await at(2);
    await page.keyboard.press('Space');
    await at(3);
    await page.keyboard.press('ArrowLeft');
    await at(2);
    await page.keyboard.press('ArrowRight');
    await at(3);
    await page.keyboard.press('PageUp');
    await at(2);
    await page.keyboard.press('End');
    await at(total);
    await page.keyboard.press('Home');
    await at(1);
    await expect(page).toHaveURL(/present=1/);
  });

  test('H hides every number and shows them again; B blanks until a key', async ({ page }) => {
    // A number the lesson shows at step 1 (a weight): computed values wait for the step that asks.
    const value = page.locator('.lesson-stage [data-live]:not([data-unrevealed])').first();
    await expect(value).toBeVisible();
    await page.keyboard.press('h');
    await expect(value).toBeHidden();
    await page.keyboard.press('h');
    await expect(value).toBeVisible();

    const blank = page.getByRole('button', { name: /screen blanked/i });
    await page.keyboard.press('b');
    await expect(blank).toBeVisible();
    await page.keyboard.press('x');
    await expect(blank).toBeHidden();
    // The key that lifts the blank screen does nothing else.
    await expect(lessonCount(page)).toHaveText(/^Step 1 of/);
  });

  test('the lesson text is at 7:1 contrast or more', async ({ page }) => {
    for (const selector of ['body', '.lesson-prose p', '.lesson-step-title']) {
      expect(await contrast(page, selector), selector).toBeGreaterThanOrEqual(7);
    }
  });
});

test.describe('presenter mode in the explorer', () => {
  test('formula digits are large and every text colour is 7:1 or more', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/?present=1&step=dE_dw5');
    const result = page.locator('.formula-result [data-quantity="dE_dw5"]');
    await expect(result).toHaveAttribute('data-value', String(trace.quantities.dE_dw5));
    for (const selector of ['.formula-result [data-quantity]', '.formula-substituted .mord']) {
      const size = await page
        .locator(selector)
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(size, selector).toBeGreaterThanOrEqual(0.03 * 720);
    }
    for (const selector of ['body', '.formula-describe', '.stepper-status', '.present-bar']) {
      expect(await contrast(page, selector), selector).toBeGreaterThanOrEqual(7);
    }
    // The editing tools wait behind a button.
    await expect(page.getByRole('tab', { name: 'Numbers' })).toBeHidden();
    await page.getByRole('button', { name: 'Tools' }).click();
    await expect(page.getByRole('tab', { name: 'Numbers' })).toBeVisible();
  });

  test('the speaker view and the audience stay in step, both ways', async ({ page }) => {
    await page.goto('/?present=1&step=net_h1');
    // The audience's page is running (its keys are heard) before the speaker's opens.
    await expect(page.getByRole('button', { name: 'Exit presenter mode' })).toBeVisible();
    const speaker = await page.context().newPage();
    await speaker.goto('/?present=speaker&step=net_h1');
    const current = speaker.locator('[data-speaker-step]');
    await expect(current).toHaveAttribute('data-speaker-step', 'net_h1');
    await expect(speaker.locator('[data-speaker-next]')).toHaveAttribute(
      'data-speaker-next',
      after('net_h1'),
    );
    await expect(speaker.getByText('Elapsed')).toBeVisible();

    await page.bringToFront();
    await page.keyboard.press('PageDown');
    await expect(page.locator('.formula-panel')).toHaveAttribute('data-step', after('net_h1'));
    await expect(current).toHaveAttribute('data-speaker-step', after('net_h1'));

    await speaker.getByRole('button', { name: 'Next →' }).click();
    const third = after(after('net_h1'));
    await expect(current).toHaveAttribute('data-speaker-step', third);
    await expect(page.locator('.formula-panel')).toHaveAttribute('data-step', third);

    await speaker.keyboard.press('Home');
    await expect(page.locator('.formula-panel')).toHaveAttribute('data-step', ids[0]!);
    // A stray message on the channel is ignored, not obeyed or crashed on.
    await speaker.evaluate(() => {
      const channel = new BroadcastChannel('backprop-lab-present');
      channel.postMessage({ source: 'backprop-lab-present', v: 1, type: 'position', sender: 'x' });
      channel.postMessage('E_total');
      channel.close();
    });
    await page.keyboard.press('End');
    await expect(current).toHaveAttribute('data-speaker-step', ids[ids.length - 1]!);

    // The speaker blanks the audience's screen and hides their numbers; a key there lifts the blank.
    const blankButton = speaker.getByRole('button', { name: 'Blank the audience' });
    await speaker.keyboard.press('b');
    await expect(page.getByRole('button', { name: /screen blanked/i })).toBeVisible();
    await expect(blankButton).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: /screen blanked/i })).toBeHidden();
    await expect(blankButton).toHaveAttribute('aria-pressed', 'false');
    await speaker.getByRole('button', { name: 'Hide their numbers' }).click();
    await expect(page.locator('.formula-result [data-quantity]')).toBeHidden();
    await expect(speaker.locator('.speaker-value [data-quantity]')).toBeVisible();
  });
});

/** The contrast ratio of an element's text against the background behind it (WCAG 2). */
function contrast(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const rgb = (text: string) => (text.match(/[\d.]+/g) ?? []).map(Number);
      const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
        const channel = (c: number) => {
          const v = c / 255;
          return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
      };
      let back: Element | null = element;
      let background = [255, 255, 255];
      while (back) {
        const parts = rgb(getComputedStyle(back).backgroundColor);
        if (parts.length === 3 || (parts[3] ?? 0) > 0) {
          background = parts.slice(0, 3);
          break;
        }
        back = back.parentElement;
      }
      const a = luminance(rgb(getComputedStyle(element).color));
      const b = luminance(background);
      return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    });
}
