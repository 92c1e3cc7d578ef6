import { expect, test, type Page } from '@playwright/test';
import fc from 'fast-check';
import { forwardMode } from '../app/engine/expr-forward-mode';
import { traceFormula } from '../app/engine/expr-trace';
import { formatDisplayNumber } from '../app/engine/format';
import { expectNoViolations } from './a11y-audit';
import { expectSound, mainReady, runs, watchErrors } from './hostile';
import { PlaygroundPage } from './playground-page';

// The machine that runs these may be busy: a page that does everything a learner does takes time.
test.describe.configure({ timeout: 90_000 });

const NEURON = 'sigmoid(w0*x0 + w1*x1 + w2)';
const NEURON_LEAVES = { w0: 2, x0: -1, w1: -3, x1: -2, w2: -3 };
const NEURON_QUERY = new URLSearchParams([
  ['f', NEURON],
  ...Object.entries(NEURON_LEAVES).map(([leaf, value]) => [leaf, String(value)]),
]).toString();

test('a typed formula becomes its graph, with the engine’s values and gradients', async ({
  page,
}) => {
  const pg = new PlaygroundPage(page);
  await pg.open();
  await pg.formulaField().fill('a*b + a');
  // The engine, for the values the page starts new leaves at.
  const trace = traceFormula('a*b + a', { a: 3, b: -2 });
  await expect(pg.node('v1')).toBeVisible();
  await expect(pg.node('f')).toContainText('f = +');
  await expect(pg.leafField('a')).toHaveValue('3');
  await page.getByRole('checkbox', { name: 'Show all values' }).check();
  await expect(pg.quantity('f')).toHaveAttribute('data-value', String(trace.values.f));
  await expect(pg.quantity('f')).toHaveText(formatDisplayNumber(trace.values.f!, 9));
  for (const leaf of ['a', 'b']) {
    await expect(pg.quantity(`df_d${leaf}`)).toHaveAttribute(
      'data-value',
      String(trace.gradients[leaf]),
    );
  }
  // a is used twice: each use's contribution on its edge, and their sum in a's box.
  const labels = pg.graph().locator('[data-edge-labels="a>v1"]');
  await expect(labels.locator('[data-quantity="df_da_via_v1"]')).toHaveText('−2');
  await expect(
    pg.graph().locator('[data-edge-labels="a>f"] [data-quantity="df_da_via_f"]'),
  ).toHaveText('1');
  await expect(pg.node('a').locator('[data-quantity="df_da"]')).toHaveText('−1');
  // The address carries it.
  await expect.poll(() => new URL(page.url()).searchParams.get('f')).toBe('a*b + a');
});

test('stepping through by keyboard: forward, then backward from ∂f/∂f = 1, each formula the engine’s', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const pg = new PlaygroundPage(page);
  await pg.open(NEURON_QUERY);
  const trace = traceFormula(NEURON, NEURON_LEAVES);
  const total = trace.entries.length;
  await page.getByRole('heading', { name: 'Autodiff playground' }).click();
  for (const [index, entry] of trace.entries.entries()) {
    await expect(pg.status()).toContainText(
      `Step ${index + 1} of ${total} · ${entry.phase === 'forward' ? 'Forward' : 'Backward'} pass`,
    );
    await expect(pg.formulaValue()).toHaveAttribute('data-quantity', entry.id);
    await expect(pg.formulaValue()).toHaveAttribute('data-value', String(entry.value));
    await expect(pg.currentTimelineStep()).toHaveAccessibleName(new RegExp(`\\(${entry.id}\\)`));
    // The graph lights what the step is about.
    for (const node of entry.touches.filter((t) => !t.includes('>'))) {
      await expect(pg.node(node)).toHaveAttribute('data-state', 'current');
    }
    await page.keyboard.press('ArrowRight');
  }
  await expect(pg.status()).toContainText(`Step ${total} of ${total}`);
  // Every gradient reached: the table shows them all.
  for (const leaf of Object.keys(NEURON_LEAVES)) {
    await expect(pg.quantity(`df_d${leaf}`)).toHaveText(
      formatDisplayNumber(trace.gradients[leaf]!, 9),
    );
  }
  await page.keyboard.press('Home');
  await expect(pg.formulaValue()).toHaveAttribute('data-quantity', 'v1');
  // Before the backward pass reaches it, a gradient is a question mark.
  await expect(pg.quantity('df_dw0')).toHaveText('?');
  await page.keyboard.press('End');
  await expect(pg.formulaValue()).toHaveAttribute('data-quantity', trace.entries.at(-1)!.id);
});

test('a number not reached yet is a question mark with no exact value behind it', async ({
  page,
}) => {
  const pg = new PlaygroundPage(page);
  await pg.open(NEURON_QUERY);
  const trace = traceFormula(NEURON, NEURON_LEAVES);
  // The first step computes v1: f and every gradient are still to come.
  await expect(pg.formulaValue()).toHaveAttribute('data-quantity', 'v1');
  const fInGraph = pg.node('f').locator('[data-quantity="f"]');
  const gradientInGraph = pg.node('w0').locator('[data-quantity="df_dw0"]');
  for (const hidden of [fInGraph, gradientInGraph, pg.quantity('f'), pg.quantity('df_dw0')]) {
    await expect(hidden).toHaveText('?');
    await expect(hidden).not.toHaveAttribute('data-value');
  }
  // data-value is what is shown, everywhere on the page: no hidden answer to read.
  await expect(page.locator('.playground [data-unrevealed][data-value]')).toHaveCount(0);
  await expect(pg.node('v1').locator('[data-quantity="v1"]')).toHaveAttribute(
    'data-value',
    String(trace.values.v1),
  );
  // Reached, each shows its number and carries it exactly.
  await pg.status().click();
  await page.keyboard.press('End');
  await expect(fInGraph).toHaveAttribute('data-value', String(trace.values.f));
  await expect(fInGraph).not.toHaveText('?');
  await expect(gradientInGraph).toHaveAttribute('data-value', String(trace.gradients.w0));
  await expect(pg.quantity('df_dw0')).toHaveAttribute('data-value', String(trace.gradients.w0));
  // Back to the start: hidden again, the exact values gone with the numbers.
  await page.keyboard.press('Home');
  await expect(fInGraph).toHaveText('?');
  await expect(fInGraph).not.toHaveAttribute('data-value');
  await expect(page.locator('.playground [data-unrevealed][data-value]')).toHaveCount(0);
});

test.describe('on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  /** Each text of the drawing: its size on screen (CSS size times the drawing's scale) and whether it fits its box. */
  const drawnText = (page: Page) =>
    page.locator('.pg-svg').evaluate((svg) =>
      [...svg.querySelectorAll<SVGTextElement>('.pg-node text')].map((text) => {
        const box = text.closest('.pg-node')!.querySelector('rect')!.getBoundingClientRect();
        const drawn = text.getBoundingClientRect();
        const scale = Math.hypot(text.getScreenCTM()!.a, text.getScreenCTM()!.b);
        return {
          text: `${text.closest('[data-node]')!.getAttribute('data-node')}: ${text.textContent}`,
          px: parseFloat(getComputedStyle(text).fontSize) * scale,
          inside: drawn.left >= box.left && drawn.right <= box.right + 0.5,
        };
      }),
    );

  for (const preset of ['neuron', 'cross-entropy']) {
    test(`the ${preset} preset's whole graph fits the width, output included, its text legible`, async ({
      page,
    }) => {
      const pg = new PlaygroundPage(page);
      await pg.open();
      await page.getByRole('combobox', { name: /Preset/ }).selectOption(preset);
      await pg.status().click();
      await page.keyboard.press('End');
      const box = page.locator('.pg-graph-scroll');
      await expect(box).toHaveAttribute('data-orientation', 'portrait');
      // Nothing hides sideways, in the graph's box or the page.
      const [scrollWidth, clientWidth] = await box.evaluate((e) => [e.scrollWidth, e.clientWidth]);
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        375,
      );
      // The graph's box does not scroll by itself: the page brings every node into view.
      const [boxHeight, drawingHeight] = await box.evaluate((e) => [
        e.clientHeight,
        e.querySelector('svg')!.getBoundingClientRect().height,
      ]);
      expect(boxHeight).toBeGreaterThanOrEqual(drawingHeight);
      const output = pg.node('f');
      await output.scrollIntoViewIfNeeded();
      await expect(output).toBeInViewport({ ratio: 1 });
      const outputBox = (await output.boundingBox())!;
      expect(outputBox.x).toBeGreaterThanOrEqual(0);
      expect(outputBox.x + outputBox.width).toBeLessThanOrEqual(375);
      // Every value and gradient is drawn at 13 px or more, inside its box.
      const texts = await drawnText(page);
      expect(texts.length).toBeGreaterThan(0);
      for (const text of texts) {
        expect(text.px, text.text).toBeGreaterThanOrEqual(13);
        expect(text.inside, `${text.text} overflows its box`).toBe(true);
      }
      // Lower in the graph means later in the computation: f is below every input.
      const [outputTop, leafBottoms] = await page
        .locator('.pg-svg')
        .evaluate((svg) => [
          svg.querySelector('[data-node="f"]')!.getBoundingClientRect().top,
          [...svg.querySelectorAll('.pg-leaf')].map((leaf) => leaf.getBoundingClientRect().bottom),
        ]);
      expect(leafBottoms.length).toBeGreaterThan(0);
      for (const bottom of leafBottoms) expect(bottom).toBeLessThan(outputTop);
    });
  }
});

test('editing a leaf by typing, ↑/↓ and dragging: every value and gradient follows', async ({
  page,
}) => {
  const pg = new PlaygroundPage(page);
  await pg.open('f=(x%2By)*z&x=-2&y=5&z=-4&step=df_dx');
  const at = (x: number) => traceFormula('(x + y)*z', { x, y: 5, z: -4 });
  await pg.leafField('z').fill('2.5');
  const typed = traceFormula('(x + y)*z', { x: -2, y: 5, z: 2.5 });
  await expect(pg.quantity('f')).toHaveAttribute('data-value', String(typed.values.f));
  await expect(pg.quantity('df_dx')).toHaveAttribute('data-value', String(typed.gradients.x));
  await pg.leafField('z').fill('-4');
  await pg.leafField('x').press('ArrowUp');
  await expect(pg.leafField('x')).toHaveValue('-1.9');
  await expect(pg.quantity('f')).toHaveAttribute('data-value', String(at(-1.9).values.f));
  // Drag x's value in the graph up: x grows, f follows.
  const handle = pg.node('x').locator('[data-scrub-leaf]');
  const box = (await handle.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 - 100, { steps: 10 });
  await page.mouse.up();
  const dragged = Number(await pg.leafField('x').inputValue());
  expect(dragged).toBeGreaterThan(-1.9);
  await expect(pg.quantity('f')).toHaveAttribute('data-value', String(at(dragged).values.f));
  // A value outside a function's domain is refused by name; the last good values stay.
  await pg.formulaField().fill('log(x)*y');
  await pg.leafField('x').fill('-3');
  await expect(pg.values().getByRole('alert')).toContainText('log needs a positive argument');
  await expect(pg.node('x').locator('[data-leaf="x"]')).not.toHaveAttribute('data-value', '-3');
});

test('a malformed formula: what was expected and where; the last good graph stays', async ({
  page,
}) => {
  const pg = new PlaygroundPage(page);
  await pg.open();
  await pg.formulaField().fill('(x + y) * ');
  await pg.formulaField().press('Enter');
  await expect(pg.formulaError()).toContainText("expected a value after '*' at 9");
  await expect(pg.formulaField()).toHaveAttribute('aria-invalid', 'true');
  await expect(pg.node('v1')).toContainText('v1 = +');
  await expect(pg.node('f')).toContainText('f = ×');
  await pg.formulaField().fill('x + step');
  await pg.formulaField().press('Enter');
  await expect(pg.formulaError()).toContainText("'step' at 5 is one of the page's own parameters");
  await pg.formulaField().fill(`${'x+'.repeat(260)}x`);
  await pg.formulaField().press('Enter');
  await expect(pg.formulaError()).toContainText(
    'the formula is 521 characters long; the limit is 500',
  );
  await pg.formulaField().press('Escape');
  await expect(pg.formulaField()).toHaveValue('(x + y)*z');
  await expect(pg.formulaError()).toHaveCount(0);
});

test('a link opens as itself: formula, leaves, mode and step', async ({ page }) => {
  const pg = new PlaygroundPage(page);
  await pg.open('f=a*b%2Ba&a=1.5&b=-0.25&step=df_da');
  await expect(pg.formulaField()).toHaveValue('a*b + a');
  await expect(pg.leafField('b')).toHaveValue('-0.25');
  await expect(pg.formulaValue()).toHaveAttribute('data-quantity', 'df_da');
  await page.keyboard.press('ArrowLeft');
  await page.getByRole('radio', { name: /Forward mode/ }).check();
  await page.getByRole('combobox', { name: /Pass seeded at/ }).selectOption('b');
  await page.getByRole('heading', { name: 'Autodiff playground' }).click();
  await page.keyboard.press('End');
  await expect
    .poll(() => {
      const query = new URL(page.url()).searchParams;
      return [query.get('mode'), query.get('seed'), query.get('step')];
    })
    .toEqual(['forward', 'b', 'tan_f']);
  const link = page.url();
  await page.goto('about:blank');
  await page.goto(link);
  await pg.settled();
  await expect(pg.formulaField()).toHaveValue('a*b + a');
  await expect(page.getByRole('radio', { name: /Forward mode/ })).toBeChecked();
  await expect(pg.formulaValue()).toHaveAttribute('data-quantity', 'tan_f');
  // ḟ in the pass seeded at b is ∂f/∂b = a.
  await expect(pg.formulaValue()).toHaveAttribute('data-value', '1.5');
  expect(new URL(page.url()).search).toBe(new URL(link).search);
});

test('forward mode beside reverse mode: passes and operations as the engine counts them', async ({
  page,
}) => {
  const pg = new PlaygroundPage(page);
  await pg.open(NEURON_QUERY);
  const trace = traceFormula(NEURON, NEURON_LEAVES);
  const forward = forwardMode(trace);
  const costs = page.locator('.pg-costs');
  await expect(costs.locator('[data-cost="reverse"]')).toHaveAttribute(
    'data-operations',
    String(trace.cost.operations),
  );
  await expect(costs.locator('[data-cost="forward"]')).toHaveAttribute('data-passes', '5');
  await expect(costs.locator('[data-cost="forward"]')).toHaveAttribute(
    'data-operations',
    String(forward.cost.operations),
  );
  await page.getByRole('radio', { name: /Forward mode/ }).check();
  await expect(pg.status()).toContainText('Forward mode, pass seeded at w0');
  await page.getByRole('heading', { name: 'Autodiff playground' }).click();
  await page.keyboard.press('End');
  await expect(pg.formulaValue()).toHaveAttribute('data-quantity', 'tan_f');
  await expect(pg.formulaValue()).toHaveAttribute('data-value', String(forward.gradients.w0));
  await expect(pg.node('f').locator('[data-quantity="tan_f"]')).toBeVisible();
});

test('the checks: central differences beside the backward pass, and why they differ', async ({
  page,
}) => {
  const pg = new PlaygroundPage(page);
  await pg.open('f=relu(x)*y&x=0&y=2');
  const row = (leaf: string) => pg.checks().locator(`[data-check="${leaf}"]`);
  await expect(row('x')).toHaveAttribute('data-cause', 'kink');
  await expect(row('x')).toContainText('there is no derivative here');
  // f = relu(0)·y is 0 for every y: the two numbers are the same, and the check says so.
  await expect(row('y')).toContainText('exact: the two are the same float64 number');
  await pg.formulaField().fill('exp(x)*1000');
  await pg.checks().getByRole('combobox', { name: 'ε' }).selectOption('0.1');
  await expect(row('x')).toHaveAttribute('data-cause', 'curvature');
  await pg.checks().getByRole('combobox', { name: 'ε' }).selectOption('1e-12');
  await expect(row('x')).toHaveAttribute('data-cause', 'rounding');
  await pg.checks().getByRole('button', { name: 'Nudge x by +0.01' }).click();
  const why = pg.checks().locator('.expr-nudge-why');
  await expect(why).toHaveAttribute('data-cause', 'curvature');
  await expect(why).toContainText('The curve of f bends over ε');
});

test('the playground passes axe in both themes, and is reached from the header', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'Playground' })
    .click();
  const pg = new PlaygroundPage(page);
  await pg.status().waitFor();
  await pg.settled();
  await expectNoViolations(page, 'playground, light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByRole('checkbox', { name: 'Show all values' }).check();
  await expectNoViolations(page, 'playground, dark, every value shown');
});

test('presenter mode: large type, and a clicker’s keys step the playground', async ({ page }) => {
  test.setTimeout(120_000);
  const pg = new PlaygroundPage(page);
  await pg.open('f=a*b&a=3&b=-2&present=1');
  await expect(page.getByRole('banner', { name: 'Presenter' })).toBeVisible();
  await expect(pg.formulaValue()).toHaveAttribute('data-quantity', 'f');
  await page.keyboard.press('PageDown');
  await expect(pg.formulaValue()).toHaveAttribute('data-quantity', 'df_df');
  await page.keyboard.press('PageUp');
  await expect(pg.formulaValue()).toHaveAttribute('data-quantity', 'f');
  await expectNoViolations(page, 'playground in presenter mode', { enhancedContrast: true });
});

test('presenter windows on the playground: a speaker window joins the formula, and either drives', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const pg = new PlaygroundPage(page);
  await pg.open('f=a*b%2Ba&a=3&b=-2&present=1');
  // Opened on nothing in particular, the speaker's window takes the talk where it stands.
  const speaker = await page.context().newPage();
  await speaker.goto('/?present=speaker');
  const speakerStep = speaker.locator('[data-speaker-step]');
  const atThree = traceFormula('a*b + a', { a: 3, b: -2 });
  await expect(speakerStep).toHaveAttribute('data-speaker-step', atThree.entries[0]!.id);
  await expect(speaker.getByText('f = a*b + a · current step 1')).toBeVisible();

  await speaker.getByRole('button', { name: 'Next →' }).click();
  await speaker.getByRole('button', { name: 'Next →' }).click();
  const second = await speakerStep.getAttribute('data-speaker-step');
  await expect(pg.formulaValue()).toHaveAttribute('data-quantity', second!);
  await page.keyboard.press('ArrowLeft');
  await expect(speakerStep).not.toHaveAttribute('data-speaker-step', second!);
  await expect(pg.formulaValue()).toHaveAttribute(
    'data-quantity',
    (await speakerStep.getAttribute('data-speaker-step'))!,
  );

  // A leaf typed in the audience's window: the speaker's numbers are the engine's for it.
  await pg.leafField('a').fill('4');
  await pg.leafField('a').press('Enter');
  await speaker.getByText('Formula and leaves').click();
  const tools = speaker.locator('.pg-speaker-tools');
  const atFour = traceFormula('a*b + a', { a: 4, b: -2 });
  await expect(tools.locator('[data-quantity="f"]')).toHaveAttribute(
    'data-value',
    String(atFour.values.f),
  );
  // A formula typed at the lectern: the audience's graph and gradients follow.
  await tools.getByRole('textbox', { name: /^Formula/ }).fill('(x+y)*z');
  const chain = traceFormula('(x+y)*z', { x: -2, y: 5, z: -4 });
  // End, pressed in the audience's window (outside the leaf's field, where End moves the caret).
  await pg.status().click();
  await page.keyboard.press('End');
  for (const leaf of ['x', 'y', 'z']) {
    await expect(pg.quantity(`df_d${leaf}`)).toHaveAttribute(
      'data-value',
      String(chain.gradients[leaf]),
    );
  }
  await expect(speakerStep).toHaveAttribute('data-speaker-step', chain.entries.at(-1)!.id);
});

test('random addresses: no crash, no NaN, and a notice for every leaf value refused', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  const formulas = fc.constantFrom(
    'a*b + a',
    '(x+y)*z',
    'log(x)*y',
    'x^y',
    'sqrt(x - 1)',
    '1/x',
    'x +',
    'step*2',
    '',
  );
  const value = fc.oneof(
    fc.constantFrom('3', '-2', '0', '0,5', '1e7', 'abc', '', 'NaN', '-1e-320', 'Infinity'),
    fc.double({ min: -1e6, max: 1e6, noNaN: true }).map(String),
  );
  const BAD = ['abc', '', 'NaN', '1e7', 'Infinity'];
  const LEAVES: Record<string, string[]> = { 'a*b + a': ['a', 'b'], '(x+y)*z': ['x', 'y', 'z'] };
  const leafEntry = fc.tuple(
    fc.constantFrom('a', 'b', 'x', 'y', 'z', 'q', 'step', 'mode', 'seed'),
    value,
  );
  await fc.assert(
    fc.asyncProperty(formulas, fc.array(leafEntry, { maxLength: 5 }), async (f, leaves) => {
      const query = new URLSearchParams([['view', 'playground'], ['f', f], ...leaves]);
      await page.goto(`/?${query.toString()}`);
      await mainReady(page);
      await new PlaygroundPage(page).status().waitFor();
      const report = await expectSound(page, errors.take());
      // Every bad value of a leaf the formula has is named by a notice.
      for (const [key, text] of new Map(leaves)) {
        if (BAD.includes(text) && (LEAVES[f] ?? []).includes(key)) {
          expect(report.notices, `notice for ${key}=${text}`).toContain(key);
        }
      }
    }),
    runs(6),
  );
});
