/** Citations of the recurrent unit on a bptt step: the unit's numbers, kept as built. */
import { describe, expect, test } from 'vitest';
import { compileLesson } from './compile';
import { at, FILE, FOLDER, oneStep, problemsOf } from './test-lessons';

const UNIT = 'id: a\nwidget: { type: bptt, T: 3, w: 0.5, x: 0.5 }\npanels: []';
const html = (yaml: string, prose: string) =>
  compileLesson(FILE, FOLDER, oneStep(yaml, prose)).lesson?.steps[0]?.html ?? '';
/** The data-value of the first cited number. */
const cited = (yaml: string, prose: string) =>
  Number(/data-value="([^"]+)"/.exec(html(yaml, prose))?.[1]);

describe('a citation of the recurrent unit', () => {
  test('is the unit’s number, in a slot the page leaves as it is', () => {
    // h1 = tanh(w·h0 + u·x1 + b) = tanh(0.5·0 + 1·0.5 + 0), written out.
    expect(html(UNIT, 'It is @[h1].')).toBe(
      `<p>It is <span class="cite" data-widget-cite="h1" data-value="${String(Math.tanh(0.5))}">${Math.tanh(0.5).toPrecision(9)}</span>.</p>`,
    );
  });

  test('with the unit’s settings changed: T, w, x and the switches', () => {
    // The quiet sequence: every h_t = 0, so ∂L/∂h_1 = (0 − 1)·w^(T−1).
    expect(cited(UNIT, '@[dL_dh1; T=20; w=1.5; x=0]')).toBe(-(1.5 ** 19));
    // Truncated to the last 5 of 20 steps, b's gradient sums −(1 + 1.5 + … + 1.5⁴).
    const kept = -[0, 1, 2, 3, 4].reduce((sum, k) => sum + 1.5 ** k, 0);
    expect(cited(UNIT, '@[dL_db_used; T=20; w=1.5; x=0; truncate=1]')).toBeCloseTo(kept, 12);
    // Arithmetic on its names: the factor of a step back.
    const h3 = cited(UNIT, '@[h3]');
    expect(cited(UNIT, '@[w*(1-h3^2)]')).toBe(0.5 * (1 - h3 ** 2));
  });

  test('a mistake names the citation and why', () => {
    expect(problemsOf(oneStep(UNIT, 'It is @[dL_dh4].'))).toEqual([
      at(
        15,
        '@[dL_dh4]: "dL_dh4" is not a number of the recurrent unit with T = 3 (did you mean "dL_dh3"?)',
      ),
    ]);
    expect(problemsOf(oneStep(UNIT, 'It is @[h1; T=30].'))).toEqual([
      at(15, '@[h1; T=30]: T must be a whole number of time steps from 1 to 20; got 30.'),
    ]);
    expect(problemsOf(oneStep(UNIT, 'It is @[h1; clip=2].'))).toEqual([
      at(15, '@[h1; clip=2]: clip must be 0 (off) or 1 (on)'),
    ]);
    expect(problemsOf(oneStep(UNIT, 'It is @[h1; steps=3].'))).toEqual([
      at(15, '@[h1; steps=3]: steps= trains the network; the recurrent unit is not trained'),
    ]);
  });

  test('the text may not quote what the step’s check asks for', () => {
    const asking = `${UNIT}\ncheck: { quantity: dL_dw, prompt: 'Sum them.', tolerance: 0.001 }`;
    expect(problemsOf(oneStep(asking, 'It is @[dL_dw].'))).toEqual([
      at(
        16,
        "@[dL_dw]: @[dL_dw] quotes dL_dw, the value this step's check asks for: the text would give the answer away",
      ),
    ]);
  });
});
