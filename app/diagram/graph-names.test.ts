// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { formatDisplayNumber } from '../engine/format';
import { ARTICLE_MODEL } from '../engine/model';
import { computeTrace } from '../engine/trace';
import { createAppStore } from '../store/app-store';
import { attachGraphNames, elementName } from './graph-names';

const q = computeTrace(ARTICLE_MODEL).quantities;
const f = (v: number | undefined, digits = 9) => formatDisplayNumber(v!, digits);

describe('elementName', () => {
  it('states what a part is and its values, as far as the step-through has reached', () => {
    const state = createAppStore({ model: ARTICLE_MODEL, step: 'dE_dw5' }).getState();
    const { names } = state.trace;
    // A value control's name begins with the text it shows: "w5 0.4", "0.1" beside i2.
    expect(elementName(state, names, 'param:w5')).toBe(
      `w5 0.4, weight from h1 to o1, gradient ${f(q.dE_dw5)}`,
    );
    expect(elementName(state, names, 'param:w1')).toBe(
      'w1 0.15, weight from i1 to h1, gradient not reached yet',
    );
    expect(elementName(state, names, 'node:h1')).toBe(
      `h1, hidden neuron, net ${f(q.net_h1)}, out ${f(q.out_h1)}: show step out_h1`,
    );
    // o1's ∂E/∂out and δ are reached by dE_dw5; its E_o1 too, t1's error.
    expect(elementName(state, names, 'node:o1')).toBe(
      `o1, output neuron, net ${f(q.net_o1)}, out ${f(q.out_o1)}, ∂E/∂out ${f(q.dE_dout_o1)}, δ ${f(q.delta_o1)}: show step out_o1`,
    );
    expect(elementName(state, names, 'node:t1')).toBe(
      `t1, target of o1, 0.01, E_o1 ${f(q.E_o1)}: show step E_o1`,
    );
    expect(elementName(state, names, 'param:i2')).toBe('i2 0.1, input');
    expect(elementName(state, names, 'param:b2')).toMatch(
      /^b2 0\.6, bias into o1 and o2, gradient /,
    );
  });

  it('adds the value after the update once reached, and the exact value the label rounds', () => {
    const model = { ...ARTICLE_MODEL, params: { ...ARTICLE_MODEL.params, w5: 0.412345678 } };
    const trace = computeTrace(model).quantities;
    const state = createAppStore({ model, step: 'E_total_new' }).getState();
    expect(elementName(state, state.trace.names, 'param:w5')).toBe(
      `w5 0.4123, weight from h1 to o1, exactly 0.412345678, gradient ${f(trace.dE_dw5)}, after the update ${f(trace.w5_new)}`,
    );
    const before = createAppStore({ model, step: 'dE_db1' }).getState();
    expect(elementName(before, before.trace.names, 'param:w5')).not.toContain('after the update');
  });

  it('follows the digits and the notation', () => {
    const store = createAppStore({ model: ARTICLE_MODEL, step: 'E_total' });
    store.getState().setDigits(4);
    store.getState().setNotation('course');
    const state = store.getState();
    expect(elementName(state, state.trace.names, 'node:o1')).toBe(
      `o1, output neuron, z ${f(q.net_o1, 4)}, a ${f(q.out_o1, 4)}: show step out_o1`,
    );
    store.getState().goTo('delta_o1');
    const later = store.getState();
    expect(elementName(later, later.trace.names, 'node:o1')).toBe(
      `o1, output neuron, z ${f(q.net_o1, 4)}, a ${f(q.out_o1, 4)}, da ${f(q.dE_dout_o1, 4)}, dz ${f(q.delta_o1, 4)}: show step out_o1`,
    );
  });
});

describe('attachGraphNames', () => {
  it('patches the names in place: at once for an edit, a few times a second in a drag', async () => {
    const store = createAppStore({ model: ARTICLE_MODEL, step: 'E_total_new' });
    const root = document.createElement('svg');
    root.innerHTML = '<g data-nav="param:w5" aria-label="w5"></g><g data-nav="node:o1"></g>';
    const w5 = root.querySelector('[data-nav="param:w5"]')!;
    const detach = attachGraphNames(store, root);
    expect(w5.getAttribute('aria-label')).toMatch(/^w5 0\.4, weight from h1 to o1, gradient /);

    store.getState().setParam('w5', 0.3, 'commit');
    const q3 = computeTrace({ ...ARTICLE_MODEL, params: { ...ARTICLE_MODEL.params, w5: 0.3 } });
    expect(w5.getAttribute('aria-label')).toBe(
      `w5 0.3, weight from h1 to o1, gradient ${f(q3.quantities.dE_dw5)}, after the update ${f(q3.quantities.w5_new)}`,
    );

    // A drag frame waits; its end writes the value it ends on.
    store.getState().setParam('w5', 0.5, 'preview');
    expect(w5.getAttribute('aria-label')).toMatch(/^w5 0\.3, /);
    store.getState().setParam('w5', 0.6, 'commit');
    expect(w5.getAttribute('aria-label')).toMatch(/^w5 0\.6, /);
    detach();
  });
});
