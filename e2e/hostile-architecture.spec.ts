import { expect, test, type Page } from '@playwright/test';
import fc from 'fast-check';
import { networkNames } from '../app/engine/architecture';
import { ARTICLE_MODEL, checkParam, paramIds, parseNumber, type Model } from '../app/engine/model';
import { modelFromQuery } from '../app/engine/query';
import { resizeModel, resizeRefusal, type ArchitectureChange } from '../app/engine/resize';
import { computeTrace } from '../app/engine/trace';
import { field, toolbarButton } from './explorer-edit';
import { expectSound, runs, sameFigure, watchErrors } from './hostile';
import { StepperPage } from './stepper-page';

/**
 * Random sequences of architecture changes (at limits too), edits of whichever
 * parameters the network has at that moment, undo, redo and reset. A model of the
 * explorer follows along, its new weights drawn as the page draws them (seeds 1,
 * 2, … by the engine's resizeModel); after each sequence the page reports that
 * model in its URL (layers= included), and every figure on screen is the
 * engine's for it, all finite.
 */

type Op =
  | { op: 'add-neuron' | 'remove-neuron'; layer: number }
  | { op: 'add-layer' | 'remove-layer' | 'undo' | 'redo' | 'reset' | 'next' }
  | { op: 'field'; pick: number; text: string };

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      op: fc.constantFrom('add-neuron' as const, 'remove-neuron' as const),
      layer: fc.nat(4),
    }),
  },
  {
    weight: 3,
    arbitrary: fc
      .constantFrom('add-layer', 'remove-layer', 'undo', 'redo', 'reset', 'next')
      .map((name) => ({ op: name }) as Op),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('field' as const),
      pick: fc.nat(200),
      text: fc.oneof(
        fc.double({ min: -3, max: 3, noNaN: true }).map((x) => String(Number(x.toPrecision(4)))),
        fc.constantFrom('abc', '', '1e7', 'NaN', '0,5'),
      ),
    }),
  },
);

interface Sim {
  model: Model;
  past: Model[];
  future: Model[];
  seed: number;
}

function commit(sim: Sim, model: Model) {
  sim.past.push(sim.model);
  sim.future = [];
  sim.model = model;
}

const shape = (page: Page) => page.getByRole('group', { name: /^Network shape / });

const BUTTON_NAMES: Record<string, (layer: string) => string> = {
  'add-neuron': (layer) => `Add a neuron to ${layer}`,
  'remove-neuron': (layer) => `Remove a neuron from ${layer}`,
};

function layerWords(sizes: readonly number[], layer: number): string {
  if (layer === 0) return 'the inputs';
  if (layer === sizes.length - 1) return 'the outputs';
  return `hidden layer ${layer}`;
}

async function run(page: Page, sim: Sim, o: Op) {
  const sizes = sim.model.sizes;
  switch (o.op) {
    case 'add-neuron':
    case 'remove-neuron':
    case 'add-layer':
    case 'remove-layer': {
      let change: ArchitectureChange;
      let name: string;
      if (o.op === 'add-layer' || o.op === 'remove-layer') {
        change = { kind: o.op };
        name = o.op === 'add-layer' ? 'Add a hidden layer' : 'Remove the last hidden layer';
      } else {
        const layer = ('layer' in o ? o.layer : 0) % sizes.length;
        change = { kind: o.op, layer };
        name = BUTTON_NAMES[o.op]!(layerWords(sizes, layer));
      }
      // By the keyboard: a button at its limit is aria-disabled, and pressing it must change nothing.
      await shape(page).getByRole('button', { name, exact: true }).focus();
      await page.keyboard.press('Enter');
      if (resizeRefusal(sizes, change) === null) {
        commit(sim, resizeModel(sim.model, change, sim.seed).model);
        sim.seed += 1;
      }
      await expect(shape(page)).toHaveAccessibleName(`Network shape ${sim.model.sizes.join('-')}`);
      return;
    }
    case 'field': {
      const ids = paramIds(networkNames(sizes));
      const id = ids[o.pick % ids.length]!;
      const tab = page.getByRole('tab', { name: 'Numbers', exact: true });
      if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
      const input = field(page, id);
      await input.fill(o.text);
      await input.press('Enter');
      await input.press('Escape');
      try {
        const value = checkParam(networkNames(sizes), id, parseNumber(id, o.text));
        if (value !== sim.model.params[id]) {
          commit(sim, { ...sim.model, params: { ...sim.model.params, [id]: value } });
        }
      } catch {
        // Refused: the model stays.
      }
      return;
    }
    case 'reset':
      await toolbarButton(page, 'Reset to the article').click();
      commit(sim, ARTICLE_MODEL);
      return;
    case 'next':
      await new StepperPage(page)
        .steps()
        .getByRole('group', { name: 'Step controls' })
        .getByRole('button', { name: /^Next/ })
        .click();
      return;
    case 'undo':
    case 'redo': {
      const button = toolbarButton(page, o.op === 'undo' ? 'Undo' : 'Redo');
      const from = o.op === 'undo' ? sim.past : sim.future;
      if (from.length === 0) {
        await expect(button).toBeDisabled();
        return;
      }
      await button.click();
      if (o.op === 'undo') {
        sim.future.unshift(sim.model);
        sim.model = sim.past.pop()!;
      } else {
        sim.past.push(sim.model);
        sim.model = sim.future.shift()!;
      }
    }
  }
}

test('random architecture changes among edits: the figures stay the engine’s, all finite', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  await fc.assert(
    fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 10 }), async (ops) => {
      await page.goto('/');
      await shape(page).waitFor();
      const sim: Sim = { model: ARTICLE_MODEL, past: [], future: [], seed: 1 };
      for (const o of ops) await run(page, sim, o);
      // The address reports the model: its architecture and every parameter.
      await expect
        .poll(() => {
          const { model, notices } = modelFromQuery(new URL(page.url()).searchParams);
          const ids = paramIds(networkNames(sim.model.sizes));
          return {
            notices,
            sizes: model.sizes.join('-'),
            off: ids.filter((id) => !sameFigure(model.params[id] ?? NaN, sim.model.params[id]!)),
          };
        })
        .toEqual({ notices: [], sizes: sim.model.sizes.join('-'), off: [] });
      await new StepperPage(page).showAll().click();
      const expected = computeTrace(sim.model).quantities;
      await expect
        .poll(() =>
          page
            .locator('[data-quantity][data-value], [data-param][data-value]')
            .evaluateAll((elements) =>
              elements.map(
                (e) =>
                  [
                    e.getAttribute('data-quantity') ?? `param:${e.getAttribute('data-param')}`,
                    e.getAttribute('data-value'),
                  ] as const,
              ),
            )
            .then((pairs) =>
              pairs.filter(([key, value]) => {
                const want = key.startsWith('param:')
                  ? sim.model.params[key.slice(6)]
                  : expected[key];
                return want === undefined || !sameFigure(Number(value), want);
              }),
            ),
        )
        .toEqual([]);
      await expect(new StepperPage(page).status()).toHaveText(
        new RegExp(`^Step \\d+ of ${computeTrace(sim.model).entries.length}\\b`),
      );
      await expectSound(page, errors.take());
    }),
    runs(6),
  );
});
