// The network diagram without a mouse: one Tab stop, arrow keys, editing in place, and what a
// screen reader hears. Every name and number is compared with the engine's.
import { expect, test, type Page } from '@playwright/test';
import { networkNames } from '../app/engine/architecture';
import { formatDisplayNumber } from '../app/engine/format';
import { ARTICLE_MODEL, checkParam, parseNumber, type Model } from '../app/engine/model';
import { computeTrace, type Trace } from '../app/engine/trace';
import { DIAGRAM_KEYS } from '../app/graph/graph-nav';
import { GRADIENTS, modelWith } from './explorer-edit';

const graph = (page: Page) => page.getByRole('group', { name: 'Network diagram' });
/** w5's value as the diagram shows it, to full precision. */
const w5Value = (page: Page) => graph(page).locator('[data-param-label="w5"] [data-param="w5"]');
const focused = (page: Page) => page.locator(':focus');
const stepInUrl = (page: Page) => () => new URL(page.url()).searchParams.get('step');
const insideDiagram = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('svg[data-graph-svg]') !== null);
/** The polite region that says the current step. */
const announcement = (page: Page) =>
  page.getByRole('region', { name: 'Current step' }).locator('[aria-live="polite"]');

/** Numbers as the app writes them at its default 9 significant digits. */
const n = (value: number | undefined) => formatDisplayNumber(value!, 9);

/** What the step-through has reached at `step`: names say "not reached yet" for the rest. */
function shownAt(trace: Trace, step: string) {
  const index = trace.entries.findIndex((e) => e.id === step);
  const reached = (id: string) => {
    const at = trace.entries.findIndex((e) => e.id === id);
    return at >= 0 && at <= index;
  };
  return {
    shown: (id: string) => (reached(id) ? n(trace.quantities[id]) : 'not reached yet'),
    /** ", ∂E/∂out 0.741365070" once reached, else nothing */
    once: (label: string, id: string) =>
      reached(id) ? `, ${label} ${n(trace.quantities[id])}` : '',
  };
}

/** The accessible names the diagram should give, from the engine's numbers. */
function expectedNames(model: Model, step: string) {
  const trace = computeTrace(model);
  const { shown, once } = shownAt(trace, step);
  const p = (id: string) => n(model.params[id]);
  // A value's name begins with what its label shows (4 digits), then says the rest.
  const value = (id: string, what: string, gradient = true) => {
    const drawn = formatDisplayNumber(model.params[id]!, 4);
    const exact = drawn === p(id) ? '' : `, exactly ${p(id)}`;
    const grad = gradient ? `, gradient ${shown(`dE_d${id}`)}` : '';
    return `${id} ${drawn}, ${what}${exact}${grad}${once('after the update', `${id}_new`)}`;
  };
  const neuron = (id: string, what: string) =>
    `${id}, ${what}, net ${shown(`net_${id}`)}, out ${shown(`out_${id}`)}` +
    `${once('∂E/∂out', `dE_dout_${id}`)}${once('δ', `delta_${id}`)}: show step out_${id}`;
  return {
    i1: `i1, input, ${p('i1')}: show step net_h1`,
    w1: value('w1', 'weight from i1 to h1'),
    h1: neuron('h1', 'hidden neuron'),
    w5: value('w5', 'weight from h1 to o1'),
    w6: value('w6', 'weight from h2 to o1'),
    h2: neuron('h2', 'hidden neuron'),
    o1: neuron('o1', 'output neuron'),
    t1: `t1, target of o1, ${p('t1')}${once('E_o1', 'E_o1')}: show step E_o1`,
    t2value: value('t2', 'target of o2', false),
  };
}

/** Tabs from the control just before the diagram into it: the last of the architecture buttons. */
async function tabIntoDiagram(page: Page) {
  await page.getByRole('button', { name: 'Add a hidden layer', exact: true }).focus();
  await page.keyboard.press('Tab');
  expect(await insideDiagram(page)).toBe(true);
}

async function press(page: Page, keys: string[]) {
  for (const key of keys) await page.keyboard.press(key);
}

/** Every part of the diagram is a button: the arrows move between them (a spin button's would change it). */
async function expectFocus(page: Page, name: string) {
  await expect(focused(page)).toHaveAccessibleName(name);
  await expect(focused(page)).toHaveRole('button');
}

/** The editor Enter opens on a value: a spin button, whose ↑/↓ change the value. */
const editorOf = (page: Page, id: string) => page.getByRole('spinbutton', { name: `${id} value` });

test('Tab enters the diagram once, the arrows visit named parts, Tab leaves', async ({ page }) => {
  await page.goto('/?step=dE_dw5');
  const names = expectedNames(ARTICLE_MODEL, 'dE_dw5');
  await tabIntoDiagram(page);
  await expectFocus(page, names.i1);
  // → follows the connections: i1, its first weight w1, the neuron it feeds, …
  await page.keyboard.press('ArrowRight');
  await expectFocus(page, names.w1);
  await page.keyboard.press('ArrowRight');
  await expectFocus(page, names.h1);
  await page.keyboard.press('ArrowRight');
  await expectFocus(page, names.w5);
  // ↓ moves within the column of weights into the outputs.
  await page.keyboard.press('ArrowDown');
  await expectFocus(page, names.w6);
  await page.keyboard.press('ArrowLeft');
  await expectFocus(page, names.h2);
  await page.keyboard.press('ArrowUp');
  await expectFocus(page, names.h1);
  await press(page, ['ArrowRight', 'ArrowRight']);
  await expectFocus(page, names.o1);
  await page.keyboard.press('ArrowRight');
  await expectFocus(page, names.t1);
  await page.keyboard.press('End');
  await expectFocus(page, names.t2value);
  await page.keyboard.press('Home');
  await expectFocus(page, names.i1);
  // The step-through stayed where it was: the diagram owned ←, →, Home and End.
  expect(stepInUrl(page)()).toBe('dE_dw5');

  // One Tab stop: Tab leaves, Shift+Tab comes back to the part last visited.
  await press(page, ['ArrowRight', 'ArrowRight']);
  await page.keyboard.press('Tab');
  expect(await insideDiagram(page)).toBe(false);
  await page.keyboard.press('Shift+Tab');
  await expectFocus(page, names.h1);
  // Enter on a neuron does what a click does: shows its step.
  await page.keyboard.press('Enter');
  await expect.poll(stepInUrl(page)).toBe('out_h1');
  await expect(focused(page)).toHaveAccessibleName(/^h1, hidden neuron/);
  // Escape leaves the diagram; outside it the arrows step again.
  await page.keyboard.press('Escape');
  expect(await insideDiagram(page)).toBe(false);
  await page.keyboard.press('ArrowRight');
  await expect.poll(stepInUrl(page)).toBe('net_h2');
});

test('Enter edits w5: the typed value is put in force, Escape cancels, refusals keep it', async ({
  page,
}) => {
  await page.goto('/?step=E_total_new');
  await tabIntoDiagram(page);
  await press(page, ['ArrowRight', 'ArrowRight', 'ArrowRight']);
  await expectFocus(page, expectedNames(ARTICLE_MODEL, 'E_total_new').w5);

  await page.keyboard.press('Enter');
  const editor = editorOf(page, 'w5');
  await expect(editor).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('0.3');
  // Typing: the step keys stay with the field.
  await press(page, ['ArrowLeft', 'ArrowRight', 'Home', 'End']);
  expect(stepInUrl(page)()).toBe('E_total_new');
  await page.keyboard.press('Enter');
  await expect(editor).toBeHidden();

  const model = modelWith({ w5: 0.3 });
  const expected = computeTrace(model).quantities;
  await expectFocus(page, expectedNames(model, 'E_total_new').w5);
  // Downstream: every gradient on the page and the output it feeds.
  for (const id of [...GRADIENTS, 'out_o1', 'E_total']) {
    const shown = page.locator(`[data-quantity="${id}"][data-value]`);
    const count = await shown.count();
    for (let k = 0; k < count; k++) {
      await expect(shown.nth(k), id).toHaveAttribute('data-value', String(expected[id]));
    }
  }
  await expect(graph(page).locator('[data-nav="node:o1"]')).toHaveAccessibleName(
    expectedNames(model, 'E_total_new').o1,
  );
  // The edit is announced with the step's new value.
  const { entries } = computeTrace(model);
  await expect(announcement(page)).toHaveText(
    new RegExp(
      `^Step ${entries.length} of ${entries.length}: .* = ${formatDisplayNumber(expected.E_total_new!, 4)}$`,
    ),
  );

  // Escape cancels and gives the focus back to w5.
  await page.keyboard.press('Enter');
  await expect(editor).toBeFocused();
  await page.keyboard.type('0.9');
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();
  await expectFocus(page, expectedNames(model, 'E_total_new').w5);

  // Refused entries: the engine's reason, the old value kept, the editor still open.
  const message = page.locator('.network-graph [role="alert"]');
  const reason = (typed: string) => {
    try {
      checkParam(networkNames([2, 2, 2]), 'w5', parseNumber('w5', typed));
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error(`${typed} was expected to be refused`);
  };
  for (const typed of ['abc', '2e6']) {
    await page.keyboard.press('Enter');
    await expect(editor).toBeFocused();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(typed);
    await page.keyboard.press('Enter');
    await expect(message).toHaveText(reason(typed));
    await expect(editor).toBeFocused();
    await expect(editor).toHaveAttribute('aria-invalid', 'true');
    await expect(w5Value(page)).toHaveAttribute('data-value', '0.3');
    await page.keyboard.press('Escape');
    await expect(message).toBeEmpty();
    await expectFocus(page, expectedNames(model, 'E_total_new').w5);
  }
  // Escape again leaves the diagram; Page Up nudged nothing meanwhile.
  await page.keyboard.press('Escape');
  expect(await insideDiagram(page)).toBe(false);
  await expect(w5Value(page)).toHaveAttribute('data-value', '0.3');
});

test('the editor Enter opens is a spin button: ↑ and ↓ change the value, not the focus', async ({
  page,
}) => {
  await page.goto('/?step=dE_dw5');
  await tabIntoDiagram(page);
  await press(page, ['ArrowRight', 'ArrowRight', 'ArrowRight']);
  await expectFocus(page, expectedNames(ARTICLE_MODEL, 'dE_dw5').w5);
  await page.keyboard.press('Enter');
  const editor = editorOf(page, 'w5');
  await expect(editor).toBeFocused();
  await expect(editor).toHaveAttribute('aria-valuenow', '0.4');
  await page.keyboard.press('ArrowUp');
  await expect(editor).toHaveValue('0.41');
  await expect(editor).toHaveAttribute('aria-valuenow', '0.41');
  await expect(editor).toBeFocused();
  await expect(w5Value(page)).toHaveAttribute('data-value', '0.41');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(editor).toHaveValue('0.31');
  await expect(w5Value(page)).toHaveAttribute('data-value', '0.31');
  // The gradient the step shows follows, as the engine computes it.
  await expect(
    page.getByRole('region', { name: 'Current step' }).locator('.formula-result [data-quantity]'),
  ).toHaveAttribute('data-value', String(computeTrace(modelWith({ w5: 0.31 })).quantities.dE_dw5));
  await page.keyboard.press('Enter');
  await expectFocus(page, expectedNames(modelWith({ w5: 0.31 }), 'dE_dw5').w5);
});

test('Page Up nudges the focused value; Ctrl+Z and P still work in the diagram', async ({
  page,
}) => {
  await page.goto('/?step=dE_dw5');
  await tabIntoDiagram(page);
  await press(page, ['ArrowRight', 'ArrowRight', 'ArrowRight']);
  await page.keyboard.press('PageUp');
  await expect(w5Value(page)).toHaveAttribute('data-value', '0.41');
  await expect(focused(page)).toHaveAccessibleName(
    expectedNames(modelWith({ w5: 0.41 }), 'dE_dw5').w5,
  );
  await page.keyboard.press('ControlOrMeta+z');
  await expect(w5Value(page)).toHaveAttribute('data-value', '0.4');
  await page.keyboard.press('p');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.keyboard.press('p');
  expect(await insideDiagram(page)).toBe(true);
});

test('the live region says the step, and a drag at most about once a second', async ({ page }) => {
  await page.goto('/?step=dE_dw5');
  const trace = computeTrace(ARTICLE_MODEL);
  const at = (id: string) => trace.entries.findIndex((e) => e.id === id);
  const region = announcement(page);
  await expect(region).toHaveText(
    `Step ${at('dE_dw5') + 1} of ${trace.entries.length}: ∂E_total/∂w5 = ${formatDisplayNumber(trace.quantities.dE_dw5!, 4)}`,
  );
  await page.getByRole('region', { name: 'Step-through' }).click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('ArrowRight');
  const next = trace.entries[at('dE_dw5') + 1]!;
  await expect(region).toHaveText(
    new RegExp(
      `^Step ${at(next.id) + 1} of ${trace.entries.length}: .* = ${formatDisplayNumber(next.value, 4)}$`,
    ),
  );
  await page.keyboard.press('ArrowLeft');
  await expect(region).toContainText(`Step ${at('dE_dw5') + 1} of`);

  // Count what the region says while w5 is dragged for a few seconds.
  await region.evaluate((element) => {
    const writes: string[] = [];
    (window as unknown as { writes: string[] }).writes = writes;
    new MutationObserver(() => writes.push(element.textContent ?? '')).observe(element, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  const label = graph(page).locator('[data-param-label="w5"]');
  // Its drag behaviour loads after the first paint.
  await expect(label).toHaveAttribute('data-scrub', 'ready');
  const box = (await label.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  const started = Date.now();
  let moves = 0;
  // At least three seconds and more than 40 moves, however busy the machine: many more
  // moves than the region may speak.
  for (let dy = 5; Date.now() - started < 3000 || moves <= 40; dy += 1) {
    await page.mouse.move(x, y - (dy % 80));
    moves++;
  }
  await page.mouse.move(x, y - 30); // end away from where it started
  const during = await page.evaluate(() => (window as unknown as { writes: string[] }).writes);
  const seconds = (Date.now() - started) / 1000;
  await page.mouse.up();
  expect(during.length).toBeGreaterThanOrEqual(1);
  expect(during.length).toBeLessThanOrEqual(Math.ceil(seconds) + 1);
  // The last value is always said: the one the drag ended on, as the engine computes it.
  const w5 = Number(await w5Value(page).getAttribute('data-value'));
  expect(w5).not.toBe(0.4);
  const final = computeTrace(modelWith({ w5 })).quantities.dE_dw5!;
  await expect(region).toHaveText(new RegExp(`= ${formatDisplayNumber(final, 4)}$`));
  // And the weight's name follows the drag, though nothing re-rendered it.
  await expect(label).toHaveAccessibleName(expectedNames(modelWith({ w5 }), 'dE_dw5').w5);
});

test('the help overlay lists the diagram’s keys, and ? opens it from the diagram', async ({
  page,
}) => {
  await page.goto('/');
  await tabIntoDiagram(page);
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard' });
  await expect(dialog).toBeVisible();
  const diagramKeys = dialog.getByRole('table', { name: 'Network diagram' });
  for (const { keys, description } of DIAGRAM_KEYS) {
    const row = diagramKeys
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: keys, exact: true }) });
    await expect(row).toContainText(description);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await insideDiagram(page)).toBe(true);
});

test('zoomed in, the view pans to follow the keyboard’s focus', async ({ page }) => {
  await page.goto('/');
  for (let k = 0; k < 3; k++) await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page.getByRole('button', { name: 'Reset view' })).toBeEnabled();
  /** Whether the focused part lies within the drawing's box on screen. */
  const focusInSight = () =>
    page.evaluate(() => {
      const part = document.activeElement!.getBoundingClientRect();
      const svg = document.querySelector('svg[data-graph-svg]')!.getBoundingClientRect();
      return (
        part.left >= svg.left - 1 &&
        part.right <= svg.right + 1 &&
        part.top >= svg.top - 1 &&
        part.bottom <= svg.bottom + 1
      );
    });
  await tabIntoDiagram(page);
  await expect.poll(focusInSight).toBe(true);
  await page.keyboard.press('End');
  await expect(focused(page)).toHaveAccessibleName(/^t2 0\.99, target of o2/);
  await expect.poll(focusInSight).toBe(true);
  await page.keyboard.press('Home');
  await expect.poll(focusInSight).toBe(true);
});

test.describe('on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('the layers are stacked: ↓ goes across them, → along one; w5 is edited by keys', async ({
    page,
  }) => {
    await page.goto('/?step=dE_dw5');
    await expect(page.locator('svg[data-graph-svg]')).toHaveAttribute(
      'data-orientation',
      'portrait',
    );
    const names = expectedNames(ARTICLE_MODEL, 'dE_dw5');
    await tabIntoDiagram(page);
    await expectFocus(page, names.i1);
    await press(page, ['ArrowDown', 'ArrowDown']);
    await expectFocus(page, names.h1);
    await page.keyboard.press('ArrowRight');
    await expectFocus(page, names.h2);
    await press(page, ['ArrowLeft', 'ArrowDown']);
    await expectFocus(page, names.w5);
    await expect(focused(page)).toBeInViewport();
    // The focus ring is drawn: an outline in the focus colour.
    expect(await focused(page).evaluate((e) => getComputedStyle(e).outlineStyle)).toBe('solid');
    expect(stepInUrl(page)()).toBe('dE_dw5');

    await page.keyboard.press('Enter');
    const editor = editorOf(page, 'w5');
    await expect(editor).toBeFocused();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('0.3');
    await page.keyboard.press('Enter');
    const model = modelWith({ w5: 0.3 });
    await expectFocus(page, expectedNames(model, 'dE_dw5').w5);
    await expect(
      page.getByRole('region', { name: 'Current step' }).locator('[data-quantity="dE_dw5"]'),
    ).toHaveAttribute('data-value', String(computeTrace(model).quantities.dE_dw5));
    await page.keyboard.press('Tab');
    expect(await insideDiagram(page)).toBe(false);
  });
});
