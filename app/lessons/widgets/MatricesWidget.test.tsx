// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { setUpAppDom } from '../../test/app-dom';
import { ARTICLE_MODEL } from '../../engine/model';
import { REFERENCE } from '../../reference/reference';
import { computeTrace } from '../../engine/trace';
import { createAppStore, type AppStore } from '../../store/app-store';
import { LessonWidget } from './LessonWidget';

const dom = setUpAppDom();

function mount(store: AppStore, layer: 1 | 2) {
  const reports: Record<string, number>[] = [];
  const container = dom.mount(
    store,
    <LessonWidget spec={{ type: 'matrices', layer }} onValues={(v) => reports.push(v)} />,
    { live: true },
  );
  return { container, reports };
}

/** A matrix's cells, by its accessible name ("W2, 2 by 2"), as ids and as values. */
function matrix(container: HTMLElement, name: string) {
  const tables = [...container.querySelectorAll('table')].filter(
    (t) => t.getAttribute('aria-label') === name,
  );
  expect(tables.length, name).toBeGreaterThan(0);
  const rows = [...tables[0]!.querySelectorAll('tr')].map((tr) => [
    ...tr.querySelectorAll<HTMLElement>('[data-live]'),
  ]);
  return {
    ids: rows.map((row) => row.map((cell) => cell.dataset.quantity ?? cell.dataset.param)),
    values: rows.map((row) => row.map((cell) => Number(cell.dataset.value))),
    cells: rows.flat(),
  };
}

describe('matrices widget', () => {
  it('lays out layer 2 as W·A + b, with dW = dZ·Aᵀ equal to ∂E/∂w5…w8', () => {
    const store = createAppStore({ model: ARTICLE_MODEL, step: 'E_total_new' });
    const { container, reports } = mount(store, 2);
    expect(reports).toEqual([{}]);
    expect(matrix(container, 'W2, 2 by 2').ids).toEqual([
      ['w5', 'w6'],
      ['w7', 'w8'],
    ]);
    expect(matrix(container, 'A1, 2 by 1').ids).toEqual([['out_h1'], ['out_h2']]);
    expect(matrix(container, 'b2, 2 by 1').ids).toEqual([['b2'], ['b2']]);
    expect(matrix(container, 'Z2, 2 by 1').ids).toEqual([['net_o1'], ['net_o2']]);
    expect(matrix(container, 'dZ2, 2 by 1').ids).toEqual([['delta_o1'], ['delta_o2']]);
    expect(matrix(container, 'A1 transposed, 1 by 2').ids).toEqual([['out_h1', 'out_h2']]);
    expect(matrix(container, 'db2, 1 by 1').ids).toEqual([['dE_db2']]);
    const dW = matrix(container, 'dW2, 2 by 2');
    expect(dW.ids).toEqual([
      ['dE_dw5', 'dE_dw6'],
      ['dE_dw7', 'dE_dw8'],
    ]);

    const check = () => {
      const dZ = matrix(container, 'dZ2, 2 by 1').values.map((row) => row[0]!);
      const aT = matrix(container, 'A1 transposed, 1 by 2').values[0]!;
      const shown = matrix(container, 'dW2, 2 by 2').values;
      dZ.forEach((d, r) => aT.forEach((a, c) => expect(shown[r]![c]).toBeCloseTo(d * a, 15)));
      const [db] = matrix(container, 'db2, 1 by 1').values[0]!;
      expect(db).toBeCloseTo(dZ[0]! + dZ[1]!, 15);
      const q = store.getState().trace.quantities;
      const net = matrix(container, 'Z2, 2 by 1').values.map((row) => row[0]);
      expect(net).toEqual([q.net_o1, q.net_o2]);
    };
    check();

    // An edit elsewhere reaches the same cells, patched in place.
    const firstCell = dW.cells[0]!;
    act(() => store.getState().setParam('w5', 0.9, 'preview'));
    const moved = computeTrace({ ...ARTICLE_MODEL, params: { ...ARTICLE_MODEL.params, w5: 0.9 } });
    expect(matrix(container, 'dW2, 2 by 2').cells[0]).toBe(firstCell);
    expect(firstCell.dataset.value).toBe(String(moved.quantities.dE_dw5));
    expect(matrix(container, 'W2, 2 by 2').values[0]).toEqual([0.9, 0.45]);
    check();
  });

  it('shows layer 1 with X, and dA1 = W2ᵀ·dZ2 equal to ∂E/∂out_h', () => {
    const store = createAppStore({ model: ARTICLE_MODEL, step: 'E_total_new' });
    const { container } = mount(store, 1);
    expect(matrix(container, 'X, 2 by 1').ids).toEqual([['i1'], ['i2']]);
    expect(matrix(container, 'W1, 2 by 2').ids).toEqual([
      ['w1', 'w2'],
      ['w3', 'w4'],
    ]);
    expect(matrix(container, 'W2 transposed, 2 by 2').ids).toEqual([
      ['w5', 'w7'],
      ['w6', 'w8'],
    ]);
    const dA = matrix(container, 'dA1, 2 by 1');
    expect(dA.ids).toEqual([['dE_dout_h1'], ['dE_dout_h2']]);
    const wT = matrix(container, 'W2 transposed, 2 by 2').values;
    const dZ2 = matrix(container, 'dZ2, 2 by 1').values.map((row) => row[0]!);
    wT.forEach((row, r) =>
      expect(dA.values[r]![0]).toBeCloseTo(row[0]! * dZ2[0]! + row[1]! * dZ2[1]!, 15),
    );
    expect(matrix(container, 'dW1, 2 by 2').ids).toEqual([
      ['dE_dw1', 'dE_dw2'],
      ['dE_dw3', 'dE_dw4'],
    ]);
    // The reference's float64 values of the worked example.
    const exact = ['dE_dw1', 'dE_dw2', 'dE_dw3', 'dE_dw4'].map((id) => REFERENCE.exact[id]!);
    matrix(container, 'dW1, 2 by 2').cells.forEach((cell, k) =>
      expect(Number(cell.dataset.value)).toBeCloseTo(exact[k]!, 15),
    );
  });

  it('hides values the step-through has not reached', () => {
    const store = createAppStore({ model: ARTICLE_MODEL, step: 'out_o2' });
    const { container } = mount(store, 2);
    const z = matrix(container, 'Z2, 2 by 1').cells;
    const dZ = matrix(container, 'dZ2, 2 by 1').cells;
    expect(z.every((c) => !c.hasAttribute('data-unrevealed'))).toBe(true);
    expect(dZ.every((c) => c.hasAttribute('data-unrevealed'))).toBe(true);
    act(() => store.getState().goTo('delta_o2'));
    expect(dZ.every((c) => !c.hasAttribute('data-unrevealed'))).toBe(true);
  });
});
