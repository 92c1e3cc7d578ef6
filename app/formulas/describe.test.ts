import { describe as group, expect, it } from 'vitest';
import { ARTICLE_MODEL, DEFAULT_SETTINGS, defaultParams } from '../engine/model';
import { computeTrace } from '../engine/trace';
import { describe } from './describe';

const entryOf = (id: string, trace = computeTrace(ARTICLE_MODEL)) => {
  const entry = trace.entries.find((e) => e.id === id);
  if (!entry) throw new Error(id);
  return entry;
};

group('describe', () => {
  it('says what each kind of step means', () => {
    const s = DEFAULT_SETTINGS;
    expect(describe(entryOf('dE_dw5'), s)).toBe(
      'How much the total error changes when w5 changes: three factors by the chain rule.',
    );
    expect(describe(entryOf('delta_o1'), s)).toContain('error signal at o1’s net input');
    expect(describe(entryOf('dE_dout_h1_via_o1'), s)).toMatch(
      /^o1’s share of the error that reaches h1/,
    );
    expect(describe(entryOf('w5_new'), s)).toContain('one step against the gradient');
    expect(describe(entryOf('out_h1'), s)).toContain('sigmoid');
    expect(describe(entryOf('dE_db2'), s)).toContain('b2');
    expect(describe(entryOf('dE_dout_h1'), s)).toContain('added');
    expect(describe(entryOf('dE_dout_o1'), s)).not.toContain('added');
    expect(describe(entryOf('E_total_new'), s)).toContain('updated weights');
  });

  it('names a weight by its edge too outside the article’s network, where names shift', () => {
    const model = { ...ARTICLE_MODEL, sizes: [2, 3, 2], params: defaultParams([2, 3, 2]) };
    const trace = computeTrace(model);
    // In 2-3-2, w7 is h1→o1 (weights are numbered layer by layer, target by target, source by source).
    expect(describe(entryOf('dE_dw7', trace), DEFAULT_SETTINGS, trace.names)).toBe(
      'How much the total error changes when w7 (h1→o1) changes: three factors by the chain rule.',
    );
    expect(describe(entryOf('w7_new', trace), DEFAULT_SETTINGS, trace.names)).toBe(
      'w7 (h1→o1) after one step against the gradient: w7 − η · ∂E/∂w7.',
    );
    // The article's network keeps its own words.
    const article = computeTrace(ARTICLE_MODEL);
    expect(describe(entryOf('dE_dw5', article), DEFAULT_SETTINGS, article.names)).toBe(
      'How much the total error changes when w5 changes: three factors by the chain rule.',
    );
  });

  it('follows the settings', () => {
    const settings = { ...DEFAULT_SETTINGS, loss: 'ce', act_h: 'tanh' } as const;
    const trace = computeTrace({ ...ARTICLE_MODEL, settings });
    expect(describe(entryOf('E_o1', trace), settings)).toContain('cross-entropy');
    expect(describe(entryOf('delta_o1', trace), settings)).toContain('out − target');
    expect(describe(entryOf('out_h1', trace), settings)).toContain('tanh');
    expect(describe(entryOf('out_o1', trace), settings)).toContain('sigmoid');
  });

  it('has a sentence for every entry, also of a deeper network with learned biases', () => {
    const settings = { ...DEFAULT_SETTINGS, biases: 'learned', hidden_deltas: 'updated' } as const;
    for (const trace of [
      computeTrace(ARTICLE_MODEL),
      computeTrace({ ...ARTICLE_MODEL, settings }),
      computeTrace({ sizes: [2, 3, 2, 2], params: defaultParams([2, 3, 2, 2]), settings }),
    ]) {
      for (const entry of trace.entries) expect(describe(entry, settings), entry.id).not.toBe('');
    }
    const deep = computeTrace({
      sizes: [2, 3, 2, 2],
      params: defaultParams([2, 3, 2, 2]),
      settings,
    });
    expect(describe(entryOf('dE_dout_h1_2_via_h2_1', deep), settings)).toMatch(
      /^h2,1’s share of the error that reaches h1,2/,
    );
  });
});
