import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations, useTheme, type Theme } from './a11y-audit';

/**
 * Axe on every view, in light and dark: WCAG 2.2 A/AA and best practices, no exceptions.
 * Each test walks one page through several states, so the page loads once.
 */

async function openTab(page: Page, name: 'Numbers' | 'Computed' | 'Settings' | 'Train' | 'Check') {
  await page.getByRole('tab', { name, exact: true }).click();
  await expect(page.getByRole('tabpanel', { name })).toBeVisible();
}

// Axe takes seconds on a page this size (the sheet: a minute on a loaded machine).
test.describe.configure({ timeout: 240_000 });

for (const theme of ['light', 'dark'] as const satisfies readonly Theme[]) {
  test.describe(`axe, ${theme}`, () => {
    test.beforeEach(async ({ page }) => {
      await useTheme(page, theme);
    });

    test('explorer: first step, a backward step, show all', async ({ page }) => {
      await page.goto('/');
      await expect(page.getByRole('region', { name: 'Current step' })).toBeVisible();
      await expectNoViolations(page, `explorer, ${theme}`);
      await page.goto('/?step=dE_dw5');
      await expect(page.locator('.formula-result [data-quantity="dE_dw5"]')).toBeVisible();
      await expectNoViolations(page, `explorer at dE_dw5, ${theme}`, { only: 'main' });
      await page.getByRole('switch', { name: /show all/i }).click();
      await expectNoViolations(page, `explorer, show all, ${theme}`, { only: 'main' });
      // The last step: every number drawn, the note on the article's figure.
      await page.goto('/?step=E_total_new');
      await expect(page.getByRole('note')).toBeVisible();
      await expectNoViolations(page, `explorer at E_total_new, ${theme}`, { only: 'main' });
    });

    test('explorer: each tools tab, and after training', async ({ page }) => {
      await page.goto('/');
      for (const tab of ['Numbers', 'Computed', 'Settings', 'Check'] as const) {
        await openTab(page, tab);
        await expectNoViolations(page, `explorer, ${tab} tab, ${theme}`, {
          only: '.explorer-tools',
        });
      }
      await openTab(page, 'Train');
      await expectNoViolations(page, `explorer, Train tab, ${theme}`, { only: '.explorer-tools' });
      const train = page.getByRole('tabpanel', { name: 'Train' });
      await train.getByRole('button', { name: 'Train 1,000 steps' }).click();
      await expect(train.locator('.train-count')).toHaveText(/1,000/);
      await expect(train.getByRole('img', { name: /^Error from/ })).toBeVisible();
      await expectNoViolations(page, `explorer after training, ${theme}`, {
        only: '.explorer-tools',
      });
    });

    test('explorer: help and share dialogs', async ({ page }) => {
      await page.goto('/');
      await page.getByRole('button', { name: 'Keys' }).click();
      await expect(page.getByRole('dialog', { name: 'Keyboard' })).toBeVisible();
      await expectNoViolations(page, `help dialog, ${theme}`, { only: 'dialog' });
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Share / embed' }).click();
      await expect(page.getByRole('dialog', { name: 'Embed this network' })).toBeVisible();
      await expectNoViolations(page, `share dialog, ${theme}`, { only: 'dialog' });
    });

    test('sheet', async ({ page }) => {
      await page.goto('/?view=sheet');
      await expect(page.locator('[data-quantity="w1_new"]').first()).toBeVisible();
      await expectNoViolations(page, `sheet, ${theme}`);
    });

    test('sheet: the exercise, of the mistaken method', async ({ page }) => {
      await page.goto('/?view=sheet&answers=0&hidden_deltas=updated');
      await expect(page.locator('[data-blank="w1_new"]')).toBeVisible();
      await expect(page.locator('[data-method="mistaken"]')).toBeVisible();
      await expectNoViolations(page, `sheet exercise, ${theme}`);
    });

    test('lessons index and lessons', async ({ page }) => {
      await page.goto('/?view=lessons');
      await expect(page.getByRole('heading', { level: 1, name: 'Lessons' })).toBeVisible();
      await expectNoViolations(page, `lessons index, ${theme}`);
      for (const [slug, lstep] of [
        ['chain-rule', 1],
        ['forward-pass', 2],
        ['vectorised', 3],
      ] as const) {
        await page.goto(`/?lesson=${slug}&lstep=${lstep}`);
        await expect(page.getByRole('article').getByText(/^Step \d+ of \d+$/)).toBeVisible();
        await expectNoViolations(page, `lesson ${slug} step ${lstep}, ${theme}`);
      }
      // The predict-the-value check after a wrong answer, and after the value is revealed.
      await page.goto('/?lesson=forward-pass&lstep=2');
      const check = page.getByRole('region', { name: 'Predict, then reveal' });
      await check.getByLabel(/^Your answer for /).fill('12');
      await check.getByRole('button', { name: 'Check', exact: true }).click();
      await expect(check.getByRole('status')).toContainText('Not quite');
      await expectNoViolations(page, `lesson check, wrong answer, ${theme}`, { only: 'article' });
      await check.getByRole('button', { name: 'Reveal the value' }).click();
      await expect(check.locator('.check-number')).toBeVisible();
      await expectNoViolations(page, `lesson check, revealed, ${theme}`, { only: 'main' });
    });

    test('embed, alone, with a lesson, and on the demo host page', async ({ page }) => {
      await page.goto(
        `/embed.html?theme=${theme}&panels=graph,formula,steps,params,values,settings,train,chart,check`,
      );
      await expect(page.getByRole('region', { name: 'Network' })).toBeVisible();
      await expectNoViolations(page, `embed, ${theme}`);
      await page.goto(`/embed.html?theme=${theme}&lesson=forward-pass&lstep=2`);
      await expect(page.getByText(/^Step \d+ of \d+$/)).toBeVisible();
      await expectNoViolations(page, `embed with a lesson, ${theme}`);
      await page.goto('/embed-demo.html');
      await expect(
        page.frameLocator('iframe').first().getByRole('region', { name: 'Network' }),
      ).toBeVisible();
      await expect(
        page.frameLocator('iframe').last().getByRole('region', { name: 'Current step' }),
      ).toBeVisible();
      await expectNoViolations(page, `embed demo page, ${theme}`);
    });
    // Presenter mode has its own theme (black on white) whatever the system's; AAA contrast is required there.
    test('presenter mode and speaker view (AAA contrast)', async ({ page }) => {
      const aaa = { enhancedContrast: true };
      await page.goto('/?present=1&step=dE_dw5');
      await expect(page.getByRole('region', { name: 'Current step' })).toBeVisible();
      await expectNoViolations(page, `presenter, ${theme}`, aaa);
      await page.getByRole('button', { name: 'Tools' }).click();
      await expectNoViolations(page, `presenter with tools, ${theme}`, {
        ...aaa,
        only: '.explorer-tools',
      });
      await page.goto('/?present=1&lesson=forward-pass&lstep=2');
      await expect(page.getByRole('article').getByText(/^Step \d+ of \d+$/)).toBeVisible();
      await expectNoViolations(page, `presenter lesson, ${theme}`, aaa);
      await page.goto('/?present=1&lesson=forward-pass&lstep=5');
      await expect(page.locator('.check-card')).toBeVisible();
      await expectNoViolations(page, `presenter lesson with a check, ${theme}`, aaa);
      await page.goto('/?present=speaker&step=dE_dw5');
      await expect(page.getByRole('button', { name: 'Next →' })).toBeVisible();
      await expectNoViolations(page, `speaker view, ${theme}`, aaa);
      await page.getByText('Numbers and settings').click();
      await expect(page.getByRole('combobox', { name: /Hidden activation/ })).toBeVisible();
      await expectNoViolations(page, `speaker view with its numbers, ${theme}`, aaa);
    });
  });
}
