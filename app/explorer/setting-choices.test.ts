import { describe, expect, it } from 'vitest';
import { networkNames } from '../engine/architecture';
import { checkCompatibility, DEFAULT_SETTINGS, ARTICLE_PARAMS, paramIds } from '../engine/model';
import { ACTIVATION_IDS } from '../engine/activations';
import { readUrlState } from '../store/url-state';
import { digitChoices, incompatibility, optionText } from './setting-choices';
import { paramHint } from './param-hints';

const names = networkNames([2, 2, 2]);

describe('incompatibility', () => {
  it('foresees exactly what the engine refuses', () => {
    for (const act_o of ACTIVATION_IDS) {
      for (const loss of ['mse', 'ce'] as const) {
        const settings = { ...DEFAULT_SETTINGS, act_o, loss };
        let refused = false;
        try {
          checkCompatibility(names, ARTICLE_PARAMS, settings);
        } catch {
          refused = true;
        }
        // Choosing this loss while act_o is in force, and this act_o while the loss is.
        const viaLoss = incompatibility('loss', loss, { ...DEFAULT_SETTINGS, act_o });
        const viaAct = incompatibility('act_o', act_o, { ...DEFAULT_SETTINGS, loss });
        expect(viaLoss !== undefined, `${act_o}/${loss}`).toBe(refused);
        expect(viaAct !== undefined, `${act_o}/${loss}`).toBe(refused);
      }
    }
  });

  it('annotates an option with its reason', () => {
    expect(optionText('cross-entropy (ce)', 'needs a sigmoid output')).toBe(
      'cross-entropy (ce) — needs a sigmoid output',
    );
    expect(optionText('tanh', undefined)).toBe('tanh');
  });
});

describe('digitChoices', () => {
  it('offers 1 to 17, the counts a link may give', () => {
    expect(digitChoices()).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]);
    // The URL's reader takes exactly these and refuses the next ones out.
    for (const digits of digitChoices()) {
      expect(readUrlState(`?digits=${digits}`).digits, String(digits)).toBe(digits);
    }
    for (const bad of [0, 18]) {
      expect((readUrlState(`?digits=${bad}`).notices ?? []).map((n) => n.key)).toContain('digits');
    }
  });
});

describe('paramHint', () => {
  it('says what each parameter of the article’s network connects', () => {
    const hints = Object.fromEntries(paramIds(names).map((id) => [id, paramHint(names, id)]));
    expect(hints).toMatchObject({
      i1: 'input',
      t2: 'target of o2',
      w1: 'i1 → h1',
      w2: 'i2 → h1',
      w3: 'i1 → h2',
      w5: 'h1 → o1',
      w6: 'h2 → o1',
      w7: 'h1 → o2',
      w8: 'h2 → o2',
      b1: '→ h1, h2',
      b2: '→ o1, o2',
      lr: 'learning rate',
    });
  });
});
