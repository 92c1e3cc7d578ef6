import { expect, test, type Page } from '@playwright/test';
import { computeTrace } from '../app/engine/trace';
import { DEFAULT_PANELS } from '../app/lessons/schema';
import { stepModel } from '../app/lessons/step-state';
import { modelWith, pageValues } from './explorer-edit';
import { contentLessons } from './lesson-page';
import { reference } from './reference';
import { openBoth } from './present-windows';

/**
 * The speaker view and the audience's window share one state: numbers, settings,
 * step, lesson page, blank screen and hidden numbers. Each test opens both in one
 * browser context, as a second screen or a second tab would be.
 */

const speakerStep = (speaker: Page) => speaker.locator('[data-speaker-step]');
const speakerValue = (speaker: Page) => speaker.locator('.speaker-value [data-quantity]');
const numbersLine = (speaker: Page) => speaker.locator('.speaker-numbers [data-quantity]');
const audienceStep = (page: Page) => page.locator('.formula-panel');
const article = computeTrace(modelWith({}));
const after = (id: string) =>
  article.entries[article.entries.findIndex((e) => e.id === id) + 1]!.id;
/** A figure at the 9 significant digits the page shows, from the reference's exact value. */
const shown = (id: string) => Number(reference.exact[id]!.toPrecision(9));

/** The Numbers field of a parameter: the audience's behind Tools, the speaker's behind its disclosure. */
async function audienceField(page: Page, id: string) {
  const tools = page.getByRole('complementary', { name: 'Tools' });
  if (!(await tools.isVisible())) await page.getByRole('button', { name: 'Tools' }).click();
  return tools.getByRole('spinbutton', { name: new RegExp(`^${id}\\b`) });
}
async function speakerField(speaker: Page, id: string) {
  const numbers = speaker.getByRole('region', { name: 'Numbers' });
  if (!(await numbers.isVisible())) await speaker.getByText('Numbers and settings').click();
  return numbers.getByRole('spinbutton', { name: new RegExp(`^${id}\\b`) });
}

/** Every figure a page carries equals the engine's for this model; there is at least one. */
async function expectFigures(page: Page, model: ReturnType<typeof modelWith>) {
  const trace = computeTrace(model);
  await expect
    .poll(async () => {
      const values = await pageValues(page);
      const wrong = Object.entries(values).filter(([key, value]) => {
        const expected = key.startsWith('param:')
          ? model.params[key.slice(6)]
          : trace.quantities[key];
        return String(expected) !== value;
      });
      return Object.keys(values).length > 0 ? wrong : 'no figures';
    })
    .toEqual([]);
}

test('after Next, Next, Previous the speaker view shows the value and the numbers line', async ({
  page,
}) => {
  const speaker = await openBoth(page, 'step=dnet_o1_dw5');
  await speaker.getByRole('button', { name: 'Next →' }).click();
  await speaker.getByRole('button', { name: 'Next →' }).click();
  await expect(speakerStep(speaker)).toHaveAttribute('data-speaker-step', 'dnet_o1_dw6');
  await speaker.getByRole('button', { name: '← Previous' }).click();
  await expect(speakerStep(speaker)).toHaveAttribute('data-speaker-step', 'dE_dw5');
  await expect(audienceStep(page)).toHaveAttribute('data-step', 'dE_dw5');

  const value = speakerValue(speaker);
  await expect(value).toBeVisible();
  // The engine's float64 (which may differ from the reference's in the last bit), written as
  // the reference's exact figure at 9 significant digits.
  await expect(value).toHaveAttribute('data-value', String(article.quantities.dE_dw5));
  expect(Number(await value.textContent())).toBe(shown('dE_dw5'));
  // ∂E/∂w5 = ∂E/∂out_o1 · ∂out_o1/∂net_o1 · ∂net_o1/∂w5, each number in place and visible.
  const slots = numbersLine(speaker);
  await expect(slots).toHaveCount(3);
  for (const [k, id] of ['dE_dout_o1', 'dout_o1_dnet_o1', 'dnet_o1_dw5'].entries()) {
    await expect(slots.nth(k)).toHaveAttribute('data-quantity', id);
    await expect(slots.nth(k)).toBeVisible();
    await expect(slots.nth(k)).toHaveAttribute('data-value', String(article.quantities[id]));
    expect(Number(await slots.nth(k).textContent()), id).toBe(shown(id));
  }
});

test('an edit in either window reaches the other, and the speaker view keeps it through a reload', async ({
  page,
}) => {
  const speaker = await openBoth(page, 'step=dE_dw1');
  const w5 = await audienceField(page, 'w5');
  await w5.fill('0.3');
  await w5.press('Enter');
  // ∂E/∂w1 depends on w5: every figure of the speaker view is the engine's for w5 = 0.3.
  await expectFigures(speaker, modelWith({ w5: 0.3 }));
  await expectFigures(page, modelWith({ w5: 0.3 }));

  await speaker.reload();
  await expect(speakerStep(speaker)).toHaveAttribute('data-speaker-step', 'dE_dw1');
  await expectFigures(speaker, modelWith({ w5: 0.3 }));

  const w7 = await speakerField(speaker, 'w7');
  await w7.fill('-0.25');
  await w7.press('Enter');
  await expectFigures(page, modelWith({ w5: 0.3, w7: -0.25 }));
  await speaker.getByRole('combobox', { name: /Hidden activation/ }).selectOption('tanh');
  await expectFigures(page, modelWith({ w5: 0.3, w7: -0.25 }, { act_h: 'tanh' }));

  // With the audience's window closed, the speaker's own address still holds the state.
  await expect(speaker).toHaveURL(/act_h=tanh/);
  await page.close();
  await speaker.reload();
  await expectFigures(speaker, modelWith({ w5: 0.3, w7: -0.25 }, { act_h: 'tanh' }));
});

test('a window opened later takes the state of the one already presenting', async ({ page }) => {
  await page.goto('/?present=1&step=dE_dw1&w5=0.3');
  await expect(audienceStep(page)).toHaveAttribute('data-step', 'dE_dw1');
  const speaker = await page.context().newPage();
  await speaker.goto('/?present=speaker');
  await expect(speakerStep(speaker)).toHaveAttribute('data-speaker-step', 'dE_dw1');
  await expectFigures(speaker, modelWith({ w5: 0.3 }));
});

test('blank screen and hidden numbers are shared, whichever window sets them', async ({ page }) => {
  const speaker = await openBoth(page, 'step=net_h1');
  const blank = page.getByRole('button', { name: /screen blanked/i });
  const blankButton = speaker.getByRole('button', { name: 'Blank the audience' });
  const hideButton = speaker.getByRole('button', { name: 'Hide their numbers' });
  await blankButton.click();
  await expect(blank).toBeVisible();
  await page.bringToFront();
  await page.keyboard.press('Enter');
  await expect(blank).toBeHidden();
  await expect(blankButton).toHaveAttribute('aria-pressed', 'false');

  await page.locator('body').click({ position: { x: 5, y: 700 } });
  await page.keyboard.press('h');
  await expect(page.locator('.formula-result [data-quantity]')).toBeHidden();
  await expect(hideButton).toHaveAttribute('aria-pressed', 'true');
  // The speaker still reads every number.
  await expect(speakerValue(speaker)).toBeVisible();
  await hideButton.click();
  await expect(page.locator('.formula-result [data-quantity]')).toBeVisible();
});

test('a malformed message is refused with a notice in both windows, and changes nothing', async ({
  page,
}) => {
  const speaker = await openBoth(page, 'step=dE_dw5&w5=0.3');
  await speaker.evaluate(() => {
    const channel = new BroadcastChannel('backprop-lab-present');
    channel.postMessage('E_total');
    channel.postMessage({
      source: 'backprop-lab-present',
      v: 3,
      sender: 'stray',
      type: 'state',
      revision: 1e6,
      joined: true,
      preview: false,
      state: { params: { w5: 'NaN' } },
    });
    channel.close();
  });
  for (const window of [page, speaker]) {
    await expect(window.locator('[data-notice="other window"]')).toContainText(
      'w5 must be a number',
    );
    await expectFigures(window, modelWith({ w5: 0.3 }));
  }
  // Still in step afterwards.
  await speaker.getByRole('button', { name: 'Next →' }).click();
  await expect(audienceStep(page)).toHaveAttribute('data-step', after('dE_dw5'));
});

/** A lesson whose third page shows the network beside its text (no widget in its place). */
const lesson = [...contentLessons()].find(
  (l) =>
    l.steps.length >= 3 &&
    !l.steps[2]!.widget &&
    (l.steps[2]!.panels ?? DEFAULT_PANELS).includes('graph'),
)!;

test('in a lesson, either window turns the pages and both show the page’s numbers', async ({
  page,
}) => {
  const { slug } = lesson.meta;
  const speaker = await openBoth(page, `lesson=${slug}`);
  const count = page.locator('.lesson-count');
  await expect(speakerStep(speaker)).toHaveAttribute('data-speaker-step', lesson.steps[0]!.id);

  await speaker.getByRole('button', { name: 'Next →' }).click();
  await expect(count).toHaveText(`Step 2 of ${lesson.steps.length}`);
  await page.bringToFront();
  await page.locator('body').click({ position: { x: 5, y: 700 } });
  await page.keyboard.press('PageDown');
  await expect(speakerStep(speaker)).toHaveAttribute('data-speaker-step', lesson.steps[2]!.id);
  await expect(count).toHaveText(`Step 3 of ${lesson.steps.length}`);
  const third = stepModel(lesson.steps[2]!, null);
  await expectFigures(page, third);
  await expectFigures(speaker, third);

  // An edit from the lectern reaches the lesson's explorer.
  const w5 = await speakerField(speaker, 'w5');
  await w5.fill('0.3');
  await w5.press('Enter');
  await expectFigures(page, { ...third, params: { ...third.params, w5: 0.3 } });
  await expect(count).toHaveText(`Step 3 of ${lesson.steps.length}`);
});
