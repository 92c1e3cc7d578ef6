// The explorer's edit controls as a test sees them, and the engine's answers to compare with.
import { expect, type Page } from '@playwright/test';
import { ARTICLE_MODEL, type Model, type Settings } from '../app/engine/model';
import { computeTrace } from '../app/engine/trace';

/** The article's model with some numbers or settings changed. */
export const modelWith = (
  params: Record<string, number>,
  settings: Partial<Settings> = {},
): Model => ({
  ...ARTICLE_MODEL,
  params: { ...ARTICLE_MODEL.params, ...params },
  settings: { ...ARTICLE_MODEL.settings, ...settings },
});

export const GRADIENTS = ['w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7', 'w8'].map((w) => `dE_d${w}`);

/** The tools panel: the graph has its own spinbuttons named after the parameters too. */
export const tools = (page: Page) => page.getByRole('complementary', { name: 'Tools' });

/** The graph's toolbar: Undo, Redo, Reset, Keys. */
export const toolbarButton = (page: Page, name: string) =>
  page.getByRole('toolbar', { name: 'Network edits' }).getByRole('button', { name, exact: true });

export const toolAlerts = (page: Page) => tools(page).getByRole('alert');

export const field = (page: Page, id: string) =>
  tools(page).getByRole('spinbutton', { name: new RegExp(`^${id}\\b`) });

export const slider = (page: Page, id: string) =>
  tools(page).getByRole('slider', { name: `${id} slider`, exact: true });

/** Every number the current view carries: quantities by id, parameters as 'param:w5'. */
export async function pageValues(page: Page): Promise<Record<string, string>> {
  return page.locator('[data-quantity], [data-param]').evaluateAll((elements) => {
    const values: Record<string, string> = {};
    for (const e of elements) {
      const key = e.getAttribute('data-quantity') ?? `param:${e.getAttribute('data-param')}`;
      const value = e.getAttribute('data-value');
      // The same quantity may be shown in several places: they must agree.
      if (key in values && values[key] !== value) values[key] = 'DISAGREE';
      else if (value !== null) values[key] = value;
    }
    return values;
  });
}

/**
 * Every quantity and parameter, read from the worked-example view (which shows the
 * whole trace) and back: the header's links switch views without reloading, so
 * the edits stay.
 */
export async function allValues(page: Page): Promise<Record<string, string>> {
  await page.getByRole('navigation', { name: 'Views' }).getByText('Worked example').click();
  await page.locator('[data-quantity="E_total_new"]').waitFor();
  const values = await pageValues(page);
  await page.getByRole('navigation', { name: 'Views' }).getByText('Explorer').click();
  await field(page, 'w5').waitFor();
  return values;
}

/** The explorer's own numbers agree with the engine wherever they are shown. */
export async function expectExplorerMatches(page: Page, model: Model) {
  const expected = computeTrace(model).quantities;
  for (const [key, value] of Object.entries(await pageValues(page))) {
    if (key.startsWith('param:')) expect(Number(value), key).toBe(model.params[key.slice(6)]);
    else expect(Number(value), key).toBe(expected[key]);
  }
}

export async function expectGradients(page: Page, model: Model) {
  const expected = computeTrace(model).quantities;
  const values = await allValues(page);
  for (const id of GRADIENTS) expect(Number(values[id]), id).toBe(expected[id]);
  expect(Number(values['param:w5'])).toBe(model.params.w5);
}

/** Moves w5's slider without taking the focus from where it is, as a drag on the graph would. */
export async function slideElsewhere(page: Page, id: string, value: number) {
  await slider(page, id).evaluate((element, v) => {
    const input = element as HTMLInputElement;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, v);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, String(value));
}
