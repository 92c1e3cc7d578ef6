// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { setUpAppDom } from '../../test/app-dom';
import { ACTIVATIONS } from '../../engine/activations';
import { computeExpressionTrace, EXPRESSION_GRAPH_IDS } from '../../engine/expression';
import { ARTICLE_MODEL } from '../../engine/model';
import { isTypingTarget } from '../../explorer/shortcuts';
import { createAppStore } from '../../store/app-store';
import { EXPRESSION_GRAPHS, WIDGET_QUANTITIES, type WidgetSpec } from '../schema';
import { LessonWidget } from './LessonWidget';

const dom = setUpAppDom();

/** Mounts the widget inside an app store, as the lesson player does; returns what it reported. */
function mount(spec: WidgetSpec, conceal: string | null = null) {
  const reports: Record<string, number>[] = [];
  const container = dom.mount(
    createAppStore({ model: ARTICLE_MODEL }),
    <LessonWidget spec={spec} onValues={(values) => reports.push(values)} conceal={conceal} />,
  );
  return { container, reports, last: () => reports.at(-1)! };
}

/** The input whose accessible name (its label) begins with `name`. */
function field(container: HTMLElement, name: string): HTMLInputElement {
  const label = [...container.querySelectorAll('label')].find((l) =>
    l.textContent?.startsWith(name),
  )!;
  return document.getElementById(label.htmlFor) as HTMLInputElement;
}

function type(input: HTMLInputElement, text: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  act(() => {
    input.focus();
    setter.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function key(target: Element, name: string, init: KeyboardEventInit = {}) {
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, ...init }));
  });
}

const button = (container: HTMLElement, text: string) =>
  [...container.querySelectorAll('button')].find((b) => b.textContent === text)!;

describe('the widget contract', () => {
  it('knows the schema’s graphs, and reports exactly the quantities a check may ask for', () => {
    expect([...EXPRESSION_GRAPH_IDS]).toEqual([...EXPRESSION_GRAPHS]);
    const samples = {
      'a+b': { a: 3, b: -2 },
      'a*b': { a: 3, b: -2 },
      '(x+y)*z': { x: -2, y: 5, z: -4 },
    } as const;
    for (const graph of EXPRESSION_GRAPHS) {
      const { last } = mount({ type: 'expression', graph, values: samples[graph] });
      const expected = computeExpressionTrace(graph, samples[graph]).quantities;
      const ids = WIDGET_QUANTITIES.expression[graph];
      expect(last()).toEqual(Object.fromEntries(ids.map((id) => [id, expected[id]])));
      dom.unmount();
    }
  });
});

describe('expression widget', () => {
  it('reports exactly its quantities, and follows an edited leaf', () => {
    const { container, reports, last } = mount({
      type: 'expression',
      graph: '(x+y)*z',
      values: { x: -2, y: 5, z: -4 },
    });
    expect(Object.keys(last()).sort()).toEqual([...WIDGET_QUANTITIES.expression['(x+y)*z']].sort());
    expect(last()).toEqual({ q: 3, f: -12, df_dq: -4, df_dz: 3, df_dx: -4, df_dy: -4 });

    type(field(container, 'x'), '1,5'); // a decimal comma
    const expected = computeExpressionTrace('(x+y)*z', { x: 1.5, y: 5, z: -4 }).quantities;
    expect(last()).toMatchObject({ q: expected.q, f: expected.f, df_dz: expected.df_dz });
    expect(
      container
        .querySelector('.expr-forward[data-widget-quantity="q"]')
        ?.getAttribute('data-value'),
    ).toBe('6.5');

    const count = reports.length;
    const x = field(container, 'x');
    type(x, 'abc');
    act(() => x.blur());
    expect(reports.length).toBe(count); // the last good value stays
    expect(x.getAttribute('aria-invalid')).toBe('true');
    const alert = document.getElementById(x.getAttribute('aria-describedby')!);
    expect(alert?.textContent).toBe('x must be a number; "abc" is not one.');
    expect(alert?.getAttribute('role')).toBe('alert');

    type(x, '2e6');
    act(() => x.blur());
    expect(x.getAttribute('aria-invalid')).toBe('true');
    expect(container.textContent).toContain('x must lie between -1000000 and 1000000');
    expect(last().q).toBe(6.5);

    key(field(container, 'y'), 'ArrowUp');
    expect(field(container, 'y').value).toBe('5.1');
    expect(last().q).toBeCloseTo(6.6, 12);
    expect(x.getAttribute('aria-invalid')).toBe('true'); // x's refusal is x's own
    key(x, 'Escape');
    expect(x.getAttribute('aria-invalid')).toBe('false');
    expect(x.value).toBe('1.5');
  });

  it('nudges a leaf and compares the change with the gradient', () => {
    const { container, last } = mount({
      type: 'expression',
      graph: 'a*b',
      values: { a: 3, b: -2 },
    });
    act(() => button(container, 'Nudge a by +0.01').click());
    expect(field(container, 'a').value).toBe('3.01');
    expect(last().c).toBeCloseTo(-6.02, 12);
    const result = container.querySelector('.expr-nudge-result')!;
    expect(result.textContent).toContain('a: 3 → 3.01; c: −6 → −6.02.');
    expect(result.textContent).toContain('c changed by −0.02, about −2 times the nudge');
    expect(container.querySelector('.expr-gradient')).toBeNull();

    const toggle = [...container.querySelectorAll('label')].find(
      (l) => l.textContent === 'Show gradients',
    )!;
    act(() => toggle.click());
    expect(result.textContent).toContain('c changed by −0.02 ≈ ∂c/∂a · 0.01 = −0.02');
    const gradient = container.querySelector('.expr-gradient[data-widget-quantity="dc_da"]');
    expect(gradient?.textContent).toBe('∂c/∂a = −2');

    // The chain rule for the chosen edge, rendered by KaTeX.
    const select = container.querySelector<HTMLSelectElement>('.expr-rule select')!;
    expect([...select.options].map((o) => o.textContent)).toEqual(['c → output', 'a → ×', 'b → ×']);
    expect(select.value).toBe('a>c');
    expect(container.querySelector('.expr-rule-math .katex')?.textContent).toContain('upstream');

    act(() => button(container, 'Reset values').click());
    expect(field(container, 'a').value).toBe('3');
    expect(last().c).toBe(-6);
    expect(result.textContent).toBe('');
  });
});

describe('predict, then reveal', () => {
  it('shows a concealed quantity as "?" everywhere it would be read, and still reports it', () => {
    const { container, last } = mount(
      { type: 'expression', graph: 'a*b', values: { a: 3, b: -2 } },
      'dc_da',
    );
    expect(last().dc_da).toBe(-2);
    act(() =>
      [...container.querySelectorAll('label')]
        .find((l) => l.textContent === 'Show gradients')!
        .click(),
    );
    expect(container.querySelector('[data-widget-quantity="dc_da"]')?.textContent).toBe(
      '∂c/∂a = ?',
    );
    // What is shown is what data-value says: no answer to read behind the question mark.
    expect(
      container.querySelector('[data-widget-quantity="dc_da"]')?.hasAttribute('data-value'),
    ).toBe(false);
    expect(
      container.querySelector('[data-widget-quantity="dc_db"]')?.getAttribute('data-value'),
    ).toBe('3');
    expect(container.querySelector('[data-widget-quantity="dc_db"]')?.textContent).toBe(
      '∂c/∂b = 3',
    );
    expect(container.querySelector('svg[role="img"]')?.getAttribute('aria-label')).toContain(
      '∂c/∂a = unknown',
    );
    // The rule on the edge a → × keeps its symbols and drops its numbers.
    expect(container.querySelectorAll('.expr-rule-math .katex')).toHaveLength(1);
    act(() => button(container, 'Nudge a by +0.01').click());
    expect(container.querySelector('.expr-nudge-compare')?.textContent).toContain('= ?');

    dom.unmount();
    const plot = mount({ type: 'activation-plot', activation: 'sigmoid', x: 0 }, 'df');
    expect(plot.last()).toEqual({ f: 0.5, df: 0.25 });
    expect(plot.container.querySelector('[data-widget-quantity="df"]')?.textContent).toBe('?');
    expect(
      plot.container.querySelector('[data-widget-quantity="df"]')?.hasAttribute('data-value'),
    ).toBe(false);
    expect(plot.container.querySelector('[data-widget-quantity="f"]')?.textContent).toBe('0.5');
    expect(plot.container.querySelector('[role="slider"]')?.getAttribute('aria-valuetext')).toBe(
      'x = 0, σ(x) = 0.5, σ′(x) = ?',
    );
    expect(plot.container.querySelectorAll('.act-derivative .katex')).toHaveLength(1);
  });
});

describe('activation plot', () => {
  it('moves the point by keys and reports f and df as the engine computes them', () => {
    const { container, last } = mount({
      type: 'activation-plot',
      activation: 'sigmoid',
      x: 0.3775,
    });
    const expectAt = (x: number) => {
      const f = ACTIVATIONS.sigmoid.f(x);
      expect(last()).toEqual({ f, df: ACTIVATIONS.sigmoid.df(f, x) });
      expect(Object.keys(last()).sort()).toEqual([...WIDGET_QUANTITIES['activation-plot']].sort());
      expect(slider.getAttribute('aria-valuenow')).toBe(String(x));
    };
    const slider = container.querySelector<HTMLElement>('[role="slider"]')!;
    expect(slider.hasAttribute('data-own-keys')).toBe(true);
    expect(isTypingTarget(slider, 'ArrowRight')).toBe(true); // the explorer's keys stand aside
    expect(slider.getAttribute('aria-valuetext')).toBe('x = 0.3775, σ(x) = 0.5933, σ′(x) = 0.2413');
    expectAt(0.3775);
    key(slider, 'ArrowRight');
    expectAt(0.4775);
    key(slider, 'ArrowRight', { shiftKey: true });
    expectAt(1.4775);
    key(slider, 'ArrowLeft');
    expectAt(1.3775);
    key(slider, 'Home');
    expectAt(-6);
    key(slider, 'ArrowLeft');
    expectAt(-6);
    expect(container.querySelector('[role="img"]')?.getAttribute('aria-label')).toMatch(
      /^Plot of σ\(x\), solid line, and its derivative σ′\(x\), dashed line/,
    );
    // σ'(x) = σ(x)(1 − σ(x)) with the numbers in, through KaTeX.
    expect(container.querySelector('.act-derivative .katex')).not.toBeNull();
  });

  it('uses the engine’s ReLU, whose slope is 0 left of the kink', () => {
    const { container, last } = mount({ type: 'activation-plot', activation: 'relu', x: 0.05 });
    expect(last()).toEqual({ f: 0.05, df: 1 });
    key(container.querySelector('[role="slider"]')!, 'ArrowLeft');
    expect(last()).toEqual({ f: 0, df: 0 });
  });
});
