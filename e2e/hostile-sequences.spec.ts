import { expect, test, type Page } from '@playwright/test';
import fc from 'fast-check';
import { ARTICLE_ARCHITECTURE, networkNames } from '../app/engine/architecture';
import { ARTICLE_MODEL, checkParam, paramIds, parseNumber, type Model } from '../app/engine/model';
import { modelFromQuery } from '../app/engine/query';
import { computeTrace } from '../app/engine/trace';
import { field, toolbarButton } from './explorer-edit';
import { expectSound, runs, sameFigure, watchErrors } from './hostile';
import { StepperPage } from './stepper-page';

/**
 * Random sequences of edits (good and junk text, in the Numbers tab and on the
 * diagram) and steps (next, previous, first, last, a jump, show all, one update,
 * undo, redo). A model of the explorer follows along; after each sequence the
 * page reports that model in its URL, and every figure on screen is the engine's
 * for it, all finite.
 */

const NAMES = networkNames(ARTICLE_ARCHITECTURE);
const PARAMS = paramIds(NAMES);
const WEIGHTS = NAMES.weights.map((w) => w.id);
const IDS = computeTrace(ARTICLE_MODEL).entries.map((e) => e.id);

type Op =
  | { op: 'field' | 'graph'; id: string; text: string }
  | { op: 'next' | 'previous' | 'first' | 'last' | 'showAll' | 'apply' | 'undo' | 'redo' }
  | { op: 'goTo'; id: string };

const text = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .double({ min: -4, max: 4, noNaN: true })
      .map((x) => String(Number(x.toPrecision(6)))),
  },
  { weight: 1, arbitrary: fc.constantFrom('0,5', ' 2 ', '-0', '1e-3', '999', '1e6') },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'abc',
      '',
      '  ',
      '1e400',
      'NaN',
      '-Infinity',
      '1e7',
      '-2e6',
      '0x1',
      '1.2.3',
      '١',
      '1e',
      '9'.repeat(5000),
    ),
  },
);

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('field' as const),
      id: fc.constantFrom(...PARAMS),
      text,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('graph' as const),
      id: fc.constantFrom(...WEIGHTS),
      text,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('goTo' as const), id: fc.constantFrom(...IDS) }),
  },
  {
    weight: 4,
    arbitrary: fc
      .constantFrom('next', 'previous', 'first', 'last', 'showAll', 'apply', 'undo', 'redo')
      .map((name) => ({ op: name }) as Op),
  },
);

interface Sim {
  model: Model;
  past: Model[];
  future: Model[];
  step: string;
}

/** Installs a model as the app does: only if the engine accepts it, pushing the old one for undo. */
function commit(sim: Sim, model: Model) {
  try {
    computeTrace(model);
  } catch {
    return;
  }
  sim.past.push(sim.model);
  sim.future = [];
  sim.model = model;
}

function typed(sim: Sim, id: string, text: string) {
  let value: number;
  try {
    value = checkParam(NAMES, id, parseNumber(id, text));
  } catch {
    return;
  }
  if (value !== sim.model.params[id])
    commit(sim, { ...sim.model, params: { ...sim.model.params, [id]: value } });
}

const graph = (page: Page) => page.locator('svg[data-graph-svg]');
const steps = (page: Page) => new StepperPage(page);

async function tab(page: Page, name: 'Numbers' | 'Train') {
  const t = page.getByRole('tab', { name, exact: true });
  if ((await t.getAttribute('aria-selected')) !== 'true') await t.click();
}

async function run(page: Page, sim: Sim, o: Op) {
  const index = IDS.indexOf(sim.step);
  switch (o.op) {
    case 'field': {
      await tab(page, 'Numbers');
      const input = field(page, o.id);
      await input.fill(o.text);
      await input.press('Enter');
      typed(sim, o.id, o.text);
      // A refused text stays in the field, to be corrected; Escape puts back the value in force.
      await input.press('Escape');
      return;
    }
    case 'graph': {
      // The diagram's value is a button that opens its editor, a spin button.
      await graph(page)
        .getByRole('button', { name: new RegExp(`^${o.id} `) })
        .click();
      const editor = page.getByRole('spinbutton', { name: `${o.id} value` });
      await editor.fill(o.text);
      await editor.press('Enter');
      typed(sim, o.id, o.text);
      if (await editor.isVisible()) await editor.press('Escape');
      await expect(editor).toBeHidden();
      return;
    }
    case 'next':
    case 'previous':
    case 'first':
    case 'last': {
      const name = { next: 'Next', previous: 'Previous', first: 'First', last: 'Last' }[o.op];
      await steps(page)
        .steps()
        .getByRole('group', { name: 'Step controls' })
        .getByRole('button', { name: new RegExp(`^(← )?${name}`) })
        .click();
      const to = { next: index + 1, previous: index - 1, first: 0, last: IDS.length - 1 }[o.op];
      sim.step = IDS[Math.min(IDS.length - 1, Math.max(0, to))]!;
      return;
    }
    case 'goTo':
      await steps(page).timelineStep(o.id).click();
      sim.step = o.id;
      return;
    case 'showAll':
      await steps(page).showAll().click();
      return;
    case 'apply': {
      await tab(page, 'Train');
      await page
        .getByRole('tabpanel', { name: 'Train' })
        .getByRole('button', { name: /^Apply one update/ })
        .click();
      const quantities = computeTrace(sim.model).quantities;
      const params = { ...sim.model.params };
      for (const id of Object.keys(params)) params[id] = quantities[`${id}_new`] ?? params[id]!;
      commit(sim, { ...sim.model, params });
      return;
    }
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
      return;
    }
  }
}

test('random sequences of edits and steps: the figures stay the engine’s, all finite', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await fc.assert(
    fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 10 }), async (ops) => {
      await page.goto('/');
      await field(page, 'w5').waitFor();
      const sim: Sim = { model: ARTICLE_MODEL, past: [], future: [], step: IDS[0]! };
      for (const o of ops) await run(page, sim, o);
      // The page reports its model in the URL: it must be the one these edits make (to the
      // last bits of an update, which Chromium's Math.exp may round otherwise than Node's).
      const reported = () => {
        const query = new URL(page.url()).searchParams;
        const { model, notices } = modelFromQuery(query);
        expect(notices).toEqual([]);
        return { model, step: query.get('step') ?? IDS[0] };
      };
      await expect
        .poll(() => {
          const { model, step } = reported();
          const off = PARAMS.filter((id) => !sameFigure(model.params[id]!, sim.model.params[id]!));
          return { off, step };
        })
        .toEqual({ off: [], step: sim.step });
      const { model } = reported();
      const expected = computeTrace(model).quantities;
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
                const want = key.startsWith('param:') ? model.params[key.slice(6)] : expected[key];
                return want === undefined || !sameFigure(Number(value), want);
              }),
            ),
        )
        .toEqual([]);
      await expect(steps(page).status()).toHaveText(
        new RegExp(`^Step ${IDS.indexOf(sim.step) + 1} of ${IDS.length}`),
      );
      await expectSound(page, errors.take());
    }),
    runs(5),
  );
});
