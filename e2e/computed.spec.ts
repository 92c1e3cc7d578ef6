// The explorer shows what it has computed: every quantity of the trace once the step-through
// reaches it (the diagram's numbers, the Computed tab's list), none before, each equal to the
// engine's; and at E_total⁺ the article's printed figure with the reason it differs.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { formatDisplayNumber } from '../app/engine/format';
import { ARTICLE_MODEL } from '../app/engine/model';
import { computeTrace } from '../app/engine/trace';
import { printed } from '../app/reference/reference';
import { modelWith } from './explorer-edit';
import { StepperPage } from './stepper-page';

const trace = computeTrace(ARTICLE_MODEL);
const ids = trace.entries.map((e) => e.id);
const diagram = (page: Page) => page.locator('svg[data-graph-svg]');
const computedTab = (page: Page) => page.getByRole('tabpanel', { name: 'Computed' });

async function openComputed(page: Page) {
  await page.getByRole('tab', { name: 'Computed', exact: true }).click();
  await expect(computedTab(page).locator('.values-row').first()).toBeVisible();
}

/** The elements showing a quantity that a reader can see. */
const seen = (scope: Locator, id: string) =>
  scope.locator(`[data-quantity="${id}"]`).filter({ visible: true });

/** Every quantity a reader can see on the page now, with the values it is shown with. */
function visibleQuantities(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const found: Record<string, string[]> = {};
    for (const element of document.querySelectorAll<HTMLElement>('[data-quantity]')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (!element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      (found[element.dataset.quantity!] ??= []).push(element.dataset.value ?? '');
    }
    return found;
  });
}

/** The diagram's number for a quantity: 4 significant digits, the engine's value behind it. */
async function expectDrawn(page: Page, selector: string, id: string) {
  const number = diagram(page).locator(`${selector} [data-quantity="${id}"]`);
  await expect(number, id).toBeVisible();
  await expect(number, id).toHaveAttribute('data-value', String(trace.quantities[id]));
  await expect(number, id).toHaveText(formatDisplayNumber(trace.quantities[id]!, 4));
}

test('at the last step every quantity of the trace is on the page, equal to the engine’s', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const steps = new StepperPage(page);
  await steps.open();
  await steps.button(/^Last/).click();
  await expect(steps.status()).toContainText(`Step ${ids.length} of ${ids.length}`);

  // The diagram: each neuron's net, out, ∂E/∂out and δ; each target's error; the total error
  // before and after the update; each weight's value after the update beside its label.
  for (const node of ['h1', 'h2', 'o1', 'o2']) {
    for (const kind of ['net', 'out', 'dE_dout', 'delta']) {
      await expectDrawn(page, `[data-values-of="${node}"]`, `${kind}_${node}`);
    }
  }
  for (const output of ['o1', 'o2']) {
    const target = `t${output.slice(1)}`;
    await expectDrawn(page, `[data-values-of="${target}"]`, `E_${output}`);
  }
  await expectDrawn(page, '[data-total]', 'E_total');
  await expectDrawn(page, '[data-total]', 'E_total_new');
  for (const w of ['w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7', 'w8']) {
    await expectDrawn(page, `[data-next-of="${w}"]`, `${w}_new`);
  }
  // 0.4 → 0.358916480: the label shows 0.3589, its name the engine's figure in full.
  await expect(diagram(page).locator('[data-next-of="w5"]')).toHaveText('→ 0.3589');
  await expect(diagram(page).getByRole('button', { name: /^w5 / })).toHaveAccessibleName(
    new RegExp(`, after the update ${formatDisplayNumber(trace.quantities.w5_new!, 9)}$`),
  );

  // And every quantity of the trace, the factors the diagram has no room for included, in the
  // Computed tab at full precision: all on the page at once, each as the engine computes it.
  await openComputed(page);
  await expect(computedTab(page).locator('.values-row')).toHaveCount(ids.length);
  const visible = await visibleQuantities(page);
  for (const id of ids) {
    expect(visible[id], `${id} is shown`).toBeDefined();
    for (const value of visible[id]!) expect(value, id).toBe(String(trace.quantities[id]));
  }
  const rows = await computedTab(page)
    .locator('.values-row dd [data-quantity]')
    .evaluateAll((cells) => cells.map((c) => [c.getAttribute('data-quantity'), c.textContent]));
  expect(rows).toEqual(ids.map((id) => [id, formatDisplayNumber(trace.quantities[id]!, 9)]));
});

test('nothing is shown before the step-through reaches it', async ({ page }) => {
  test.setTimeout(90_000);
  const steps = new StepperPage(page);
  await steps.open();
  await openComputed(page);
  // A step of each phase, and the one before the update of w5.
  for (const step of ['net_h1', 'out_o2', 'E_total', 'delta_o1', 'dE_dw5', 'dE_db1', 'w5_new']) {
    await steps.timelineStep(step).click();
    await expect(steps.status()).toContainText(`Step ${ids.indexOf(step) + 1} of`);
    const reached = ids.slice(0, ids.indexOf(step) + 1);
    await expect(computedTab(page).locator('.values-row')).toHaveCount(reached.length);
    const visible = Object.keys(await visibleQuantities(page));
    expect(
      visible.filter((id) => !reached.includes(id)),
      `shown before ${step}`,
    ).toEqual([]);
    // The Computed tab lists exactly what is reached, in order.
    const listed = await computedTab(page)
      .locator('.values-row dd [data-quantity]')
      .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-quantity')));
    expect(listed).toEqual(reached);
    // Nor do the diagram's names tell what is not reached.
    const names = await diagram(page)
      .locator('[aria-label]')
      .evaluateAll((parts) => parts.map((p) => p.getAttribute('aria-label') ?? ''));
    // A later quantity can equal a number already known (∂net_o1/∂w5 is out_h1, ∂net_h1/∂w1
    // is i1): only a figure not known yet would spoil.
    const known = new Set([
      ...reached.map((r) => formatDisplayNumber(trace.quantities[r]!, 9)),
      ...Object.values(ARTICLE_MODEL.params).map((v) => formatDisplayNumber(v, 9)),
    ]);
    for (const id of ids.slice(reached.length)) {
      const figure = formatDisplayNumber(trace.quantities[id]!, 9);
      if (known.has(figure)) continue;
      expect(
        names.find((name) => name.includes(figure)),
        `${id} told at ${step}`,
      ).toBeUndefined();
    }
  }
  // "Show all values" shows everything at once.
  await steps.showAll().click();
  await expect(computedTab(page).locator('.values-row')).toHaveCount(ids.length);
  await expect(seen(diagram(page), 'w5_new')).toHaveCount(1);
});

test('the numbers follow an edit live, without a new render of the diagram', async ({ page }) => {
  await page.goto('/?step=E_total_new');
  const delta = diagram(page).locator('[data-quantity="delta_h1"]');
  await expect(delta).toBeVisible();
  const before = await delta.elementHandle();
  const w5 = page.getByRole('complementary', { name: 'Tools' }).getByRole('spinbutton', {
    name: /^w5\b/,
  });
  await w5.fill('0.3');
  await w5.press('Enter');
  const expected = computeTrace(modelWith({ w5: 0.3 })).quantities;
  for (const id of ['delta_h1', 'dE_dout_h1', 'E_o1', 'E_total', 'E_total_new', 'w5_new']) {
    await expect(diagram(page).locator(`[data-quantity="${id}"]`), id).toHaveAttribute(
      'data-value',
      String(expected[id]),
    );
  }
  // The same element, patched in place.
  expect(await page.evaluate((element) => element!.isConnected, before)).toBe(true);
  expect(await delta.evaluate((element, old) => element === old, before)).toBe(true);
});

test('at E_total⁺ the explorer says what the article prints there, and why', async ({ page }) => {
  test.setTimeout(90_000);
  const steps = new StepperPage(page);
  await steps.open('step=E_total_new');
  const note = steps.formula().getByRole('note');
  const figure = printed('E_total_after_1_update');
  await expect(note).toContainText(`The article prints ${figure} here`);
  await expect(note).toContainText('w5…w8 already updated');
  await expect(note).toContainText('hidden_deltas=updated');
  await expect(steps.formulaValue()).toHaveAttribute(
    'data-value',
    String(trace.quantities.E_total_new),
  );
  // The article's order reproduces its figure to every printed digit.
  await note.getByRole('button', { name: 'Use the article’s order' }).click();
  await expect(page).toHaveURL(/hidden_deltas=updated/);
  const mistaken = computeTrace(modelWith({}, { hidden_deltas: 'updated' })).quantities;
  await expect(steps.formulaValue()).toHaveAttribute('data-value', String(mistaken.E_total_new));
  await expect(steps.formulaValue()).toHaveText(figure);
  await expect(note).toContainText(`this gives the article’s ${figure}`);
  await note.getByRole('button', { name: 'Back to the correct order' }).click();
  await expect(steps.formulaValue()).toHaveAttribute(
    'data-value',
    String(trace.quantities.E_total_new),
  );
  // Not the article's network, no comparison with it; nor at another step.
  await steps.open('step=E_total_new&w5=0.3');
  await expect(steps.formula().getByRole('note')).toHaveCount(0);
  await steps.open('step=w8_new');
  await expect(steps.formula().getByRole('note')).toHaveCount(0);
});

/** Every number the diagram draws, and every label: its rendered size and its box on screen. */
function drawnText(page: Page) {
  return page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('svg[data-graph-svg]')!;
    const scale = svg.getScreenCTM()!.a;
    const parts: { id: string; px: number; box: DOMRect }[] = [];
    const selector = '.graph-node-value, .param-label-text, .graph-node-name';
    for (const text of svg.querySelectorAll<SVGTextElement>(selector)) {
      if (getComputedStyle(text).visibility === 'hidden') continue;
      const owner = text.closest('[data-values-of], [data-param-label], [data-node]');
      const id = `${owner?.getAttribute('data-values-of') ?? owner?.getAttribute('data-param-label') ?? owner?.getAttribute('data-node') ?? ''} ${text.textContent ?? ''}`;
      parts.push({
        id,
        px: parseFloat(getComputedStyle(text).fontSize) * scale,
        box: text.getBoundingClientRect(),
      });
    }
    const overlapping: string[] = [];
    parts.forEach((a, k) => {
      for (const b of parts.slice(k + 1)) {
        const [p, q] = [a.box, b.box];
        if (p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom) {
          overlapping.push(`${a.id} / ${b.id}`);
        }
      }
    });
    return { smallest: Math.min(...parts.map((p) => p.px)), count: parts.length, overlapping };
  });
}

for (const [label, viewport, present, smallest] of [
  ['1280×800', { width: 1280, height: 800 }, false, 14],
  ['1280×720', { width: 1280, height: 720 }, false, 14],
  ['1280×720, presenter mode', { width: 1280, height: 720 }, true, 18],
  ['375 px', { width: 375, height: 812 }, false, 13],
] as const) {
  test.describe(`at ${label}`, () => {
    test.use({ viewport });

    test('every number of the last step is legible, none over another', async ({ page }) => {
      await page.goto(`/?step=E_total_new${present ? '&present=1' : ''}`);
      await expect(diagram(page).locator('[data-quantity="E_total_new"]')).toBeVisible();
      // The drawing takes its final size once the panels beside it have their content.
      await expect
        .poll(async () => (await drawnText(page)).smallest, { message: 'smallest text, px' })
        .toBeGreaterThanOrEqual(smallest);
      const text = await drawnText(page);
      // 10 names, 14 value labels, 4 lines for each of 4 neurons, 2 errors, 2 totals, 8 new weights.
      expect(text.count).toBe(10 + 14 + 16 + 2 + 2 + 8);
      expect(text.overlapping).toEqual([]);
    });
  });
}
