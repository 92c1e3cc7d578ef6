import { describe, expect, it } from 'vitest';
import { ARTICLE_MODEL } from '../engine/model';
import { computeTrace } from '../engine/trace';
import { createAppStore } from '../store/app-store';
import { createStructureSelector, partsLabel, spokenSummary } from './formula-structure';

const entryOf = (id: string) => computeTrace(ARTICLE_MODEL).entries.find((e) => e.id === id)!;

describe('the formula structure', () => {
  it('stays the same object when only values change, so KaTeX does not run on a drag', () => {
    const store = createAppStore({ model: ARTICLE_MODEL, step: 'dE_dw5' });
    const select = createStructureSelector();
    const before = select(store.getState());
    expect(before?.entry.id).toBe('dE_dw5');
    for (const w5 of [0.41, 0.42, -3, 0.3]) {
      expect(store.getState().setParam('w5', w5, 'preview')).toBe(true);
      expect(select(store.getState())).toBe(before);
    }
    store.getState().setDigits(4);
    store.getState().setShowAll(true);
    expect(select(store.getState())).toBe(before);
  });

  it('changes with the step, the notation and the settings', () => {
    const store = createAppStore({ model: ARTICLE_MODEL, step: 'out_h1' });
    const select = createStructureSelector();
    const seen = [select(store.getState())];
    store.getState().next();
    seen.push(select(store.getState()));
    store.getState().setNotation('course');
    seen.push(select(store.getState()));
    store.getState().previous();
    seen.push(select(store.getState()));
    store.getState().setSetting('act_h', 'tanh');
    seen.push(select(store.getState()));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.at(-1)?.entry.template).toContain('\\tanh');
    expect(seen.at(-1)?.notation).toBe('course');
  });

  it('lists what the formula uses, quantities and parameters, with what a hover lights', () => {
    const store = createAppStore({ model: ARTICLE_MODEL, step: 'w5_new' });
    const parts = createStructureSelector()(store.getState())!.parts;
    expect(parts.map((p) => [p.id, p.kind])).toEqual([
      ['w5', 'param'],
      ['lr', 'param'],
      ['dE_dw5', 'quantity'],
    ]);
    expect(parts[0]).toMatchObject({ symbol: 'w_{5}', touches: ['w5'] });
    expect(parts[1]).toMatchObject({ symbol: '\\eta', touches: [] });
    expect(parts[2]!.touches).toEqual(entryOf('dE_dw5').touches);
  });
});

describe('partsLabel', () => {
  it('names products, sums and the rest', () => {
    expect(partsLabel(entryOf('dE_dw5'))).toBe('Factors');
    expect(partsLabel(entryOf('delta_o1'))).toBe('Factors');
    expect(partsLabel(entryOf('dE_dout_h1'))).toBe('Terms');
    expect(partsLabel(entryOf('net_h1'))).toBe('Uses');
    expect(partsLabel(entryOf('w5_new'))).toBe('Uses');
  });
});

describe('spokenSummary', () => {
  it('reads the symbol and a short value', () => {
    const store = createAppStore({ model: ARTICLE_MODEL, step: 'dE_dw5' });
    expect(spokenSummary(store.getState())).toBe('∂E_total/∂w5 = 0.08217');
    store.getState().goTo('dE_dout_o1');
    store.getState().setParam('t1', 0.9);
    expect(spokenSummary(store.getState())).toMatch(/^∂E_total\/∂out_o1 = −0\.14/);
  });
});
