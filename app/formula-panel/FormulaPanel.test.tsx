// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { setUpAppDom } from '../test/app-dom';
import { formatDisplayNumber } from '../engine/format';
import { ARTICLE_MODEL } from '../engine/model';
import { computeTrace } from '../engine/trace';
import { createAppStore, type AppStore } from '../store/app-store';
import { liveText } from '../store/live-values';
import { FormulaPanel } from './FormulaPanel';
import { SUMMARY_INTERVAL_MS } from './LiveSummary';

const dom = setUpAppDom();

const mount = (store: AppStore) => dom.mount(store, <FormulaPanel />, { live: true });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('FormulaPanel', () => {
  it('patches the numbers of a drag into the same KaTeX nodes', () => {
    const store = createAppStore({ model: ARTICLE_MODEL, step: 'dE_dw5' });
    const panel = mount(store);
    const symbolic = panel.querySelector('.formula-symbolic .katex');
    const substituted = panel.querySelector('.formula-substituted .katex');
    const slot = () =>
      panel.querySelector<HTMLElement>('.formula-substituted [data-quantity="dE_dout_o1"]')!;
    expect(symbolic?.querySelector('math')).not.toBeNull();
    expect(substituted?.querySelector('math')).toBeNull();
    const firstSlot = slot();

    for (const w5 of [0.5, 0.6, -1.5]) {
      act(() => store.getState().setParam('w5', w5, 'preview'));
      const expected = computeTrace({
        ...ARTICLE_MODEL,
        params: { ...ARTICLE_MODEL.params, w5 },
      }).quantities;
      expect(slot().textContent).toBe(liveText(expected.dE_dout_o1!, 9, 'operand'));
      expect(
        panel.querySelector('.formula-result [data-quantity="dE_dw5"]')?.getAttribute('data-value'),
      ).toBe(String(expected.dE_dw5));
    }
    expect(panel.querySelector('.formula-symbolic .katex')).toBe(symbolic);
    expect(panel.querySelector('.formula-substituted .katex')).toBe(substituted);
    expect(slot()).toBe(firstSlot);

    // A new step is a new structure: KaTeX draws it afresh.
    act(() => store.getState().next());
    expect(panel.querySelector('.formula-symbolic .katex')).not.toBe(symbolic);
    expect(
      panel.querySelector('.formula-result [data-quantity]')?.getAttribute('data-quantity'),
    ).toBe('dnet_o1_dw6');
  });

  it('fills a new formula’s slots in the form later patches write', () => {
    const store = createAppStore({
      model: { ...ARTICLE_MODEL, params: { ...ARTICLE_MODEL.params, t1: 0.9 } },
      step: 'delta_o1',
    });
    const panel = mount(store);
    const slot = panel.querySelector('.formula-substituted [data-quantity="dE_dout_o1"]')!;
    expect(slot.textContent).toMatch(/^\(−0\.1486\d+\)$/);
  });

  it('announces the value at most once an interval while a weight is dragged', async () => {
    const store = createAppStore({ model: ARTICLE_MODEL, step: 'dE_dw5' });
    const panel = mount(store);
    const summary = panel.querySelector('[aria-live="polite"]')!;
    const step = `Step ${store.getState().trace.entries.findIndex((e) => e.id === 'dE_dw5') + 1} of ${store.getState().trace.entries.length}`;
    expect(summary.textContent).toBe(`${step}: ∂E_total/∂w5 = 0.08217`);
    const writes: string[] = [];
    new MutationObserver(() => writes.push(summary.textContent ?? '')).observe(summary, {
      childList: true,
      characterData: true,
      subtree: true,
    });
    await sleep(SUMMARY_INTERVAL_MS + 50);
    const started = performance.now();
    let w5 = 0.4;
    while (performance.now() - started < 1.5 * SUMMARY_INTERVAL_MS) {
      w5 += 0.01;
      act(() => store.getState().setParam('w5', w5, 'preview'));
      await sleep(10);
    }
    await sleep(SUMMARY_INTERVAL_MS + 50);
    // ~75 changes; announced on the first, once per interval, and once at the end.
    expect(writes.length).toBeGreaterThanOrEqual(2);
    expect(writes.length).toBeLessThanOrEqual(5);
    expect(writes.at(-1)).toBe(
      `${step}: ∂E_total/∂w5 = ${formatDisplayNumber(store.getState().trace.quantities.dE_dw5!, 4)}`,
    );
    // Letting go commits the value: announced at once, not an interval later.
    writes.length = 0;
    act(() => store.getState().setParam('w5', 0.7, 'commit'));
    await sleep(0); // the observer reports in a microtask
    expect(writes).toHaveLength(1);
    expect(summary.textContent).toBe(
      `${step}: ∂E_total/∂w5 = ${formatDisplayNumber(store.getState().trace.quantities.dE_dw5!, 4)}`,
    );
  });

  it('announces a new step at once', () => {
    const store = createAppStore({ model: ARTICLE_MODEL, step: 'dE_dw5' });
    const panel = mount(store);
    const summary = panel.querySelector('[aria-live="polite"]')!;
    act(() => store.getState().next());
    const { entries } = store.getState().trace;
    const index = entries.findIndex((e) => e.id === 'dnet_o1_dw6');
    expect(summary.textContent).toMatch(
      new RegExp(`^Step ${index + 1} of ${entries.length}: ∂net_o1/∂w6 = `),
    );
  });
});
