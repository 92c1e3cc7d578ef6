import { expect, test } from '@playwright/test';
import { ARTICLE_MODEL } from '../app/engine/model';
import { NOTATIONS } from '../app/engine/notation';
import { computeTrace } from '../app/engine/trace';
import {
  allValues,
  expectExplorerMatches,
  expectGradients,
  field,
  modelWith,
  slideElsewhere,
  slider,
  toolAlerts,
  toolbarButton,
  tools,
} from './explorer-edit';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await field(page, 'w5').waitFor();
});

test('every parameter has a labelled field, grouped, showing the article’s numbers', async ({
  page,
}) => {
  for (const [id, value] of Object.entries(ARTICLE_MODEL.params)) {
    await expect(field(page, id)).toHaveValue(String(value));
    await expect(field(page, id)).toHaveAttribute('aria-valuenow', String(value));
  }
  await expect(
    tools(page).getByRole('group', { name: 'Weights' }).getByRole('spinbutton'),
  ).toHaveCount(8);
  await expect(field(page, 'w5')).toHaveAccessibleName(/^w5 — weight h1 → o1/);
  await expect(slider(page, 'w5')).toHaveCount(1);
});

test('typing w5 = 0.3 and Enter changes every gradient as the engine says', async ({ page }) => {
  const w5 = field(page, 'w5');
  await w5.fill('0.3');
  await w5.press('Enter');
  await expect(w5).toHaveValue('0.3');
  await expect(w5).not.toHaveAttribute('aria-invalid', 'true');
  await expectExplorerMatches(page, modelWith({ w5: 0.3 }));
  await expectGradients(page, modelWith({ w5: 0.3 }));
});

test('a decimal comma is read as a point, and leaving the field commits', async ({ page }) => {
  const w5 = field(page, 'w5');
  await w5.fill('0,3');
  await w5.press('Tab');
  await expect(w5).toHaveValue('0.3');
  await expectGradients(page, modelWith({ w5: 0.3 }));
});

for (const bad of ['abc', '', '1e400', 'NaN', '1e9']) {
  test(`"${bad}" is refused with a message and changes nothing`, async ({ page }) => {
    const before = await allValues(page);
    const w5 = field(page, 'w5');
    await w5.fill(bad);
    await w5.press('Enter');
    await expect(w5).toHaveAttribute('aria-invalid', 'true');
    const message = page.locator(`#${await w5.getAttribute('aria-describedby')}`);
    await expect(message).toBeVisible();
    await expect(message).toContainText(/^⚠?\s*w5 /);
    await expect(w5).toHaveAttribute('aria-valuenow', '0.4');
    await expect(w5).toHaveValue(bad); // the text stays, to be corrected
    await expect(toolbarButton(page, 'Undo')).toBeDisabled();
    expect(await allValues(page)).toEqual(before);
    // Escape puts back the value in force; then a good value clears the message.
    await w5.fill(bad);
    await w5.press('Enter');
    await w5.press('Escape');
    await expect(w5).toHaveValue('0.4');
    await w5.fill('0.3');
    await w5.press('Enter');
    await expect(w5).not.toHaveAttribute('aria-invalid', 'true');
    await expect(toolAlerts(page)).toHaveCount(0);
  });
}

test('a value put in force elsewhere replaces a refused entry and its message', async ({
  page,
}) => {
  const w5 = field(page, 'w5');
  await w5.fill('0.3');
  await w5.press('Enter');
  await w5.fill('abc');
  await w5.press('Tab');
  await expect(toolAlerts(page)).toHaveCount(1);
  await expect(w5).toHaveValue('abc');
  await page
    .getByRole('toolbar', { name: 'Network edits' })
    .getByRole('button', { name: /^Reset to the article/ })
    .click();
  await expect(w5).toHaveValue('0.4');
  await expect(toolAlerts(page)).toHaveCount(0);
  await expect(w5).not.toHaveAttribute('aria-invalid', 'true');
});

test('↑/↓ nudge by 0.01, Shift by 0.1, Alt by 0.001, and commit at once', async ({ page }) => {
  const w5 = field(page, 'w5');
  await w5.press('ArrowUp');
  await expect(w5).toHaveValue('0.41');
  await expect(w5).toHaveAttribute('aria-valuenow', '0.41');
  await w5.press('ArrowDown');
  await expect(w5).toHaveValue('0.4');
  await w5.press('Shift+ArrowUp');
  await expect(w5).toHaveValue('0.5');
  await w5.press('Alt+ArrowDown');
  await expect(w5).toHaveValue('0.499');
  await expectGradients(page, modelWith({ w5: 0.499 }));
});

test('Escape puts back the value from when the field got the focus, nudges included', async ({
  page,
}) => {
  const w5 = field(page, 'w5');
  await w5.fill('0.3');
  await w5.press('Enter');
  await w5.press('Tab');
  await w5.focus();
  await w5.press('ArrowUp');
  await w5.press('ArrowUp');
  await w5.press('Shift+ArrowUp');
  await expect(w5).toHaveValue('0.42');
  await expect(w5).toHaveAttribute('aria-valuenow', '0.42');
  await w5.press('Escape');
  await expect(w5).toHaveValue('0.3');
  await expect(w5).toHaveAttribute('aria-valuenow', '0.3');
  // The nudges are undone, not stacked on: Undo goes back past the typed 0.3, Redo forward again.
  await toolbarButton(page, 'Undo').click();
  await expect(w5).toHaveValue('0.4');
  await toolbarButton(page, 'Redo').click();
  await expect(w5).toHaveValue('0.3');
  // With nothing changed, Escape changes nothing.
  await w5.focus();
  await w5.press('Escape');
  await expect(w5).toHaveValue('0.3');
  await expectGradients(page, modelWith({ w5: 0.3 }));
});

test('the digits menu offers 1 to 17, the counts a link may give', async ({ page }) => {
  await page.getByRole('tab', { name: 'Settings' }).click();
  const menu = tools(page).getByRole('combobox', { name: /^Significant digits/ });
  await expect(menu.locator('option')).toHaveCount(17);
  const offered = await menu
    .locator('option')
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  expect(offered).toEqual(Array.from({ length: 17 }, (_, k) => String(k + 1)));
  await menu.selectOption('1');
  await expect.poll(() => page.url()).toContain('digits=1');
  await page.goto('/?digits=2');
  await page.getByRole('tab', { name: 'Settings' }).click();
  await expect(tools(page).getByRole('combobox', { name: /^Significant digits/ })).toHaveValue('2');
});

test('arrow keys in a field do not step the explorer', async ({ page }) => {
  const w5 = field(page, 'w5');
  await w5.press('ArrowRight');
  await w5.press('ArrowLeft');
  await w5.press('ArrowRight');
  await w5.press('ArrowUp'); // an edit, so the URL is written
  await expect.poll(() => page.url()).toContain('w5=0.41');
  expect(page.url()).not.toContain('step=');
  // The same key outside a field does step (so the check above can fail).
  await toolbarButton(page, 'Keys').focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => page.url()).toContain('step=');
});

test('undo and redo, by the buttons and by the keys, reach the fields', async ({ page }) => {
  const w5 = field(page, 'w5');
  await w5.fill('0.3');
  await w5.press('Enter');
  await toolbarButton(page, 'Undo').click();
  await expect(w5).toHaveValue('0.4');
  await toolbarButton(page, 'Redo').click();
  await expect(w5).toHaveValue('0.3');

  // Ctrl+Z in a field is the browser's text undo, not the app's.
  const w6 = field(page, 'w6');
  await w6.click();
  await page.keyboard.type('9');
  await page.keyboard.press('Control+z');
  await expect(w5).toHaveValue('0.3');
  await w6.press('Escape');
  await expect(w6).toHaveValue('0.45');

  // Focus outside any field: the keys undo and redo the edit.
  await toolbarButton(page, 'Keys').focus();
  await page.keyboard.press('Control+z');
  await expect(w5).toHaveValue('0.4');
  await page.keyboard.press('Control+Shift+z');
  await expect(w5).toHaveValue('0.3');
  await expectGradients(page, modelWith({ w5: 0.3 }));
});

test('a slider moves the value, the field follows, and undo takes the move back', async ({
  page,
}) => {
  await slider(page, 'w5').fill('0.8');
  await expect(field(page, 'w5')).toHaveValue('0.8');
  await toolbarButton(page, 'Undo').click();
  await expect(field(page, 'w5')).toHaveValue('0.4');
  await expect(toolbarButton(page, 'Undo')).toBeDisabled();
});

test('a field follows changes made elsewhere, but not over what is being typed', async ({
  page,
}) => {
  const w5 = field(page, 'w5');
  await w5.focus();
  await slideElsewhere(page, 'w5', 0.9);
  await expect(w5).toHaveValue('0.9'); // focused but untouched: it follows
  await w5.fill('0.25');
  await slideElsewhere(page, 'w5', 0.7);
  await expect(w5).toHaveValue('0.25'); // being typed: left alone
  await expect(w5).toHaveAttribute('aria-valuenow', '0.7');
  await w5.press('Escape');
  await expect(w5).toHaveValue('0.7');
  await w5.fill('0.25');
  await w5.press('Enter');
  await expectGradients(page, modelWith({ w5: 0.25 }));
});

test('the URL follows the edits and a reload restores them', async ({ page }) => {
  const w5 = field(page, 'w5');
  await w5.fill('0.3');
  await w5.press('Enter');
  await expect.poll(() => page.url(), { timeout: 2000 }).toContain('w5=0.3');
  await page.reload();
  await expect(field(page, 'w5')).toHaveValue('0.3');
  await expectGradients(page, modelWith({ w5: 0.3 }));
});

test.describe('settings', () => {
  test.beforeEach(async ({ page }) => {
    await page.getByRole('tab', { name: 'Settings' }).click();
  });

  test('tanh in the hidden layer changes the gradients as the engine says', async ({ page }) => {
    await tools(page)
      .getByRole('combobox', { name: /^Hidden activation \(act_h\)/ })
      .selectOption('tanh');
    await expectGradients(page, modelWith({}, { act_h: 'tanh' }));
    await expect.poll(() => page.url()).toContain('act_h=tanh');
  });

  test('cross-entropy with a linear output is refused with the reason', async ({ page }) => {
    const actO = tools(page).getByRole('combobox', { name: /^Output activation \(act_o\)/ });
    const loss = tools(page).getByRole('combobox', { name: /^Loss/ });
    await actO.selectOption('linear');
    await expect(loss.locator('option[value="ce"]')).toContainText('needs a sigmoid output');
    const before = await allValues(page);
    await page.getByRole('tab', { name: 'Settings' }).click();
    await loss.selectOption('ce');
    await expect(loss).toHaveValue('mse');
    await expect(loss).toHaveAttribute('aria-invalid', 'true');
    await expect(toolAlerts(page)).toContainText('Cross-entropy needs outputs in (0, 1)');
    expect(await allValues(page)).toEqual(before);
    await page.getByRole('tab', { name: 'Settings' }).click();
    // With a sigmoid output, cross-entropy is accepted and the message goes.
    await actO.selectOption('sigmoid');
    await loss.selectOption('ce');
    await expect(loss).toHaveValue('ce');
    await expect(toolAlerts(page)).toHaveCount(0);
    await expectGradients(page, modelWith({}, { loss: 'ce' }));
  });

  test('biases and hidden deltas are radio choices that change the trace', async ({ page }) => {
    await tools(page)
      .getByRole('radio', { name: /^learned/ })
      .check();
    await tools(page)
      .getByRole('radio', { name: /^updated/ })
      .check();
    await expect(page.getByText(/Updated reproduces a common ordering mistake/)).toBeVisible();
    const model = modelWith({}, { biases: 'learned', hidden_deltas: 'updated' });
    const expected = computeTrace(model).quantities;
    const values = await allValues(page);
    expect(Number(values.b1_new)).toBe(expected.b1_new);
    expect(Number(values.w1_new)).toBe(expected.w1_new);
  });

  test('the course notation changes the symbols', async ({ page }) => {
    const course = computeTrace(ARTICLE_MODEL, NOTATIONS.course).entries[0]!.symbol;
    expect(course).toContain('z_{');
    await tools(page)
      .getByRole('radio', { name: /course/ })
      .check();
    await expect.poll(() => page.url()).toContain('notation=course');
    await page.getByRole('navigation', { name: 'Views' }).getByText('Worked example').click();
    const tex = page.locator('annotation[encoding="application/x-tex"]');
    await expect(tex.filter({ hasText: 'z_{h1}' }).first()).toBeAttached();
    await expect(tex.filter({ hasText: 'net_{h1}' })).toHaveCount(0);
  });

  test('4 digits shows 4 significant digits', async ({ page }) => {
    await tools(page)
      .getByRole('combobox', { name: /^Significant digits/ })
      .selectOption('4');
    await page.getByRole('tab', { name: 'Numbers' }).click();
    const w5 = field(page, 'w5');
    await w5.fill('0.123456');
    await w5.press('Enter');
    await expect(w5).toHaveValue('0.1235');
    await expect(w5).toHaveAttribute('aria-valuenow', '0.123456');
    // Every live number the explorer shows follows the setting.
    const live = await page
      .locator('[data-live]:visible')
      .evaluateAll((elements) => elements.map((e) => e.textContent ?? ''));
    expect(live.length).toBeGreaterThan(0);
    for (const text of live) {
      const significant = text
        .replace(/e.*$/, '')
        .replace(/[^0-9]/g, '')
        .replace(/^0+/, '');
      expect(significant.length, text).toBeLessThanOrEqual(4);
    }
    expect(live).toContain('0.1235');
    await page.getByRole('navigation', { name: 'Views' }).getByText('Worked example').click();
    await expect(page.locator('[data-quantity="out_h1"]').first()).toHaveText('0.5933');
    await expect.poll(() => page.url()).toContain('digits=4');
  });
});
