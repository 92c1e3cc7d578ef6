import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { weightEdge, weightLabel } from '../engine/architecture';
import { texOperand } from '../engine/template';
import { ARTICLE_MODEL, type Model, type Settings } from '../engine/model';
import { computeTrace, type Trace } from '../engine/trace';
import { REFERENCE } from '../reference/reference';
import {
  BLANK_TEX,
  exerciseChain,
  mistakenMethodNote,
  mistakenSteps,
  stepWeightLabel,
} from './handout';

const withSettings = (settings: Partial<Settings>, params: Record<string, number> = {}): Model => ({
  ...ARTICLE_MODEL,
  params: { ...ARTICLE_MODEL.params, ...params },
  settings: { ...ARTICLE_MODEL.settings, ...settings },
});

const article = computeTrace(ARTICLE_MODEL);

describe('weights named by their edges', () => {
  it('follow the article’s figure', () => {
    const edges = Object.entries(REFERENCE.weightEdges);
    expect(edges).toHaveLength(article.names.weights.length);
    for (const [id, edge] of edges) {
      expect(weightEdge(article.names, id)).toEqual(edge);
      expect(weightLabel(article.names, id)).toBe(`${id}: ${edge.from} → ${edge.to}`);
    }
    expect(weightEdge(article.names, 'w9')).toBeUndefined();
    expect(weightEdge(article.names, 'b1')).toBeUndefined();
  });

  it('label the three steps about each weight, and no other step', () => {
    const labelled = article.entries.filter((entry) => stepWeightLabel(article, entry));
    expect(labelled).toHaveLength(3 * article.names.weights.length);
    for (const [id, { from, to }] of Object.entries(REFERENCE.weightEdges)) {
      for (const step of [`dnet_${to}_d${id}`, `dE_d${id}`, `${id}_new`]) {
        const entry = article.entries.find((e) => e.id === step);
        expect(entry, step).toBeDefined();
        expect(stepWeightLabel(article, entry!)).toBe(`${id}: ${from} → ${to}`);
      }
    }
  });
});

/** The steps whose value differs between the two methods: an independent account of the mistake. */
function changedByTheMistake(model: Model): string[] {
  const right = computeTrace({
    ...model,
    settings: { ...model.settings, hidden_deltas: 'original' },
  });
  const wrong = computeTrace({
    ...model,
    settings: { ...model.settings, hidden_deltas: 'updated' },
  });
  return wrong.entries.filter((e) => e.value !== right.quantities[e.id]).map((e) => e.id);
}

describe('the mistaken method', () => {
  it.each<[string, Model]>([
    ['the article', ARTICLE_MODEL],
    ['tanh hidden units, learned biases', withSettings({ act_h: 'tanh', biases: 'learned' })],
    ['cross-entropy, w5 = -2', withSettings({ loss: 'ce' }, { w5: -2, t1: 0, t2: 1 })],
  ])('marks exactly the steps it changes, for %s', (_, model) => {
    const updated = computeTrace({
      ...model,
      settings: { ...model.settings, hidden_deltas: 'updated' },
    });
    const marked = [...mistakenSteps(updated)].sort();
    expect(marked).toEqual(changedByTheMistake(model).sort());
    expect(marked).toContain('w1_new');
    expect(marked).toContain('E_total_new');
    expect(marked).not.toContain('w5_new');
    expect(mistakenSteps(computeTrace(model)).size).toBe(0);
  });

  it('is said in words under hidden_deltas = updated, and only then', () => {
    expect(mistakenMethodNote(article)).toBeUndefined();
    const note = mistakenMethodNote(computeTrace(withSettings({ hidden_deltas: 'updated' })));
    expect(note).toMatch(/^This sheet shows the mistaken method \(hidden_deltas = updated\)/);
    expect(note).toContain('already-updated w5…w8');
    expect(note).toContain('hidden_deltas = original gives the correct method');
  });
});

/**
 * Every computed value as a formula would show it, except those equal to a given
 * number, and short ones (1, 0 of a ReLU's slope), which any formula's digits contain.
 */
function answers(trace: Trace, digits: number): string[] {
  const given = new Set(Object.values(trace.model.params));
  return trace.entries
    .filter((entry) => !given.has(entry.value))
    .map((entry) => texOperand(entry.value, digits))
    .filter((text) => text.length >= 4);
}

describe('the exercise', () => {
  it.each<Partial<Settings>>([
    {},
    { act_h: 'relu', act_o: 'tanh', biases: 'learned' },
    { act_h: 'linear', loss: 'ce', hidden_deltas: 'updated' },
  ])('leaves a blank for every computed number and no answer anywhere, for %j', (settings) => {
    const trace = computeTrace(withSettings(settings, settings.loss ? { t1: 0, t2: 1 } : {}));
    const hidden = answers(trace, 9);
    for (const entry of trace.entries) {
      const chain = exerciseChain(trace, entry, 9);
      const text = chain.join(' = ');
      for (const answer of hidden)
        expect(text, `${entry.id} shows ${answer}`).not.toContain(answer);
      expect(chain[0]).toBe(entry.symbol);
      expect(chain[1]).toBe(entry.formula);
      // A step that only restates a given number keeps it; every other one ends in a blank.
      const restated = entry.deps.length === 1 && entry.template === `@[${entry.deps[0]}]`;
      const given = restated && !(entry.deps[0]! in trace.quantities);
      expect(chain.at(-1) === BLANK_TEX, entry.id).toBe(!given);
      expect(() => katex.renderToString(text, { throwOnError: true })).not.toThrow();
    }
  });

  it('keeps the given numbers in place', () => {
    const chain = (id: string) =>
      exerciseChain(
        article,
        article.entries.find((e) => e.id === id)!,
        9,
      );
    expect(chain('net_h1')).toEqual([
      'net_{h1}',
      'w_{1}\\cdot i_{1}+w_{2}\\cdot i_{2}+b_{1}\\cdot 1',
      '0.15\\cdot 0.05+0.2\\cdot 0.1+0.35\\cdot 1',
      BLANK_TEX,
    ]);
    expect(chain('net_o1')[2]).toBe(`0.4\\cdot ${BLANK_TEX}+0.45\\cdot ${BLANK_TEX}+0.6\\cdot 1`);
    expect(chain('dnet_h1_dw1')).toEqual([
      '\\frac{\\partial net_{h1}}{\\partial w_{1}}',
      'i_{1}',
      '0.05',
    ]);
    expect(chain('dnet_o1_dw5')).toEqual([
      '\\frac{\\partial net_{o1}}{\\partial w_{5}}',
      'out_{h1}',
      BLANK_TEX,
    ]);
  });
});
