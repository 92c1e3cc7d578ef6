// Small things in the explorer, where the user sees them: the notation is named as it is
// written, the gradient tip hides no number, the Keys dialog opens at its top, and each
// timeline group fits one row on a 1280 px screen.
import { expect, test, type Page } from '@playwright/test';
import { formatDisplayNumber } from '../app/engine/format';
import { ARTICLE_MODEL } from '../app/engine/model';
import { COURSE_NOTATION } from '../app/engine/notation';
import { computeTrace } from '../app/engine/trace';
import { StepperPage } from './stepper-page';

const diagram = (page: Page) => page.locator('svg[data-graph-svg]');

test('the course notation is named by the symbols it writes: dz, not δ', async ({ page }) => {
  const steps = new StepperPage(page);
  await steps.open('step=delta_o1');
  await page.getByRole('tab', { name: 'Settings', exact: true }).click();
  const course = page.getByRole('radio', { name: /course/ });
  await expect(course).toHaveAccessibleName(/z, a, dz, dW, db/);
  await expect(course).not.toHaveAccessibleName(/δ/);
  await course.check();
  // What it announced is what it writes: the step's symbol, the diagram's key, the name.
  const delta = computeTrace(ARTICLE_MODEL, COURSE_NOTATION).quantities.delta_o1!;
  await expect(steps.timelineStep('delta_o1')).toHaveAccessibleName(/^dz_o1 \(delta_o1\)/);
  const line = diagram(page).locator('.graph-node-value', {
    has: page.locator('[data-quantity="delta_o1"]'),
  });
  await expect(line).toHaveText(`dz ${formatDisplayNumber(delta, 4)}`);
  await expect(diagram(page).getByRole('button', { name: /^o1,/ })).toHaveAccessibleName(
    new RegExp(`, dz ${formatDisplayNumber(delta, 9)}: show step out_o1$`),
  );
});

/** The screen boxes of every number and label the diagram shows now, by what they show. */
function shownBoxes(page: Page) {
  return page.evaluate(() => {
    const svg = document.querySelector('svg[data-graph-svg]')!;
    const parts: { id: string; box: { l: number; t: number; r: number; b: number } }[] = [];
    for (const text of svg.querySelectorAll('.graph-node-value, .param-label')) {
      if (getComputedStyle(text).visibility === 'hidden') continue;
      const rect = text.getBoundingClientRect();
      const next = text.getAttribute('data-next-of');
      const id =
        text.getAttribute('data-param-label') ??
        (next !== null ? `${next} after the update` : null) ??
        `${text.closest('[data-values-of], [data-total]')?.getAttribute('data-values-of') ?? 'total'} ${text.textContent ?? ''}`;
      parts.push({ id, box: { l: rect.left, t: rect.top, r: rect.right, b: rect.bottom } });
    }
    return parts;
  });
}

for (const [label, viewport] of [
  ['1280×800', { width: 1280, height: 800 }],
  ['375 px', { width: 375, height: 812 }],
] as const) {
  test(`at ${label} the gradient tip of each weight covers no other number`, async ({ page }) => {
    await page.setViewportSize(viewport);
    // The last step: every number the diagram can show is drawn.
    await page.goto('/?step=E_total_new');
    await expect(diagram(page).locator('[data-quantity="E_total_new"]')).toBeVisible();
    const parts = await shownBoxes(page);
    // h1's net, which a tip used to cover, is among them.
    expect(parts.some((p) => p.id.startsWith('h1 net'))).toBe(true);
    const quantities = computeTrace(ARTICLE_MODEL).quantities;
    for (const w of ['w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7', 'w8']) {
      await diagram(page)
        .getByRole('button', { name: new RegExp(`^${w} `) })
        .hover();
      const tip = diagram(page).locator(`[data-tip-for="${w}"]`);
      await expect(tip).toBeVisible();
      await expect(tip).toContainText(
        `∂E/∂${w} = ${formatDisplayNumber(quantities[`dE_d${w}`]!, 4)}`,
      );
      const rect = (await tip.locator('rect').boundingBox())!;
      const covered = parts
        .filter(({ id, box }) => {
          if (id === w || id.startsWith(`${w} `)) return false;
          return (
            box.l < rect.x + rect.width &&
            rect.x < box.r &&
            box.t < rect.y + rect.height &&
            rect.y < box.b
          );
        })
        .map(({ id }) => id);
      expect(covered, `${w}'s tip covers`).toEqual([]);
    }
  });
}

test('the Keys dialog opens at its top, on its title', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Keys', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Keyboard' });
  await expect(dialog).toBeVisible();
  // Longer than the window: it scrolls, and starts at the top.
  const scroll = () =>
    dialog.evaluate((d) => ({ top: d.scrollTop, height: d.scrollHeight, room: d.clientHeight }));
  expect((await scroll()).height).toBeGreaterThan((await scroll()).room);
  expect((await scroll()).top).toBe(0);
  const title = dialog.getByRole('heading', { name: 'Keyboard' });
  await expect(title).toBeFocused();
  await expect(title).toBeInViewport();
  // Opened again with ?, the same.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('?');
  await expect(title).toBeFocused();
  expect((await scroll()).top).toBe(0);
});

/** For each timeline group, how many rows its steps take. */
function rowsPerGroup(page: Page) {
  return page
    .locator('.timeline-steps')
    .evaluateAll((lists) =>
      lists.map(
        (list) => new Set([...list.children].map((item) => (item as HTMLElement).offsetTop)).size,
      ),
    );
}

test('at 1280 px each timeline group fits one row; on a phone it wraps inside the page', async ({
  page,
}) => {
  for (const height of [800, 720]) {
    await page.setViewportSize({ width: 1280, height });
    await page.goto('/?step=dE_dw1');
    await expect(page.locator('.timeline-steps').first()).toBeVisible();
    expect(await rowsPerGroup(page)).toEqual([1, 1, 1, 1, 1]);
  }
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/?step=dE_dw1');
  const timeline = page.getByRole('group', { name: 'Timeline' });
  await expect(timeline).toBeVisible();
  expect(
    await timeline.evaluate(
      (t) => t.scrollWidth <= t.clientWidth && document.documentElement.scrollWidth <= 375,
    ),
  ).toBe(true);
  // Steps stay at least 24 px apart, centre to centre, for a finger or a pointer.
  const centres = await page
    .locator('.timeline-steps')
    .first()
    .locator('button')
    .evaluateAll((buttons) =>
      buttons.map((b) => b.getBoundingClientRect().left + b.getBoundingClientRect().width / 2),
    );
  for (let k = 1; k < centres.length; k++) {
    expect(centres[k]! - centres[k - 1]!).toBeGreaterThanOrEqual(24);
  }
});
