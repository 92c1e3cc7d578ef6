import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARTICLE_MODEL } from '../engine/model';
import { modelFromQuery } from '../engine/query';
import { createAppStore } from '../store/app-store';
import { stateMessage } from './bridge';
import { parseIncoming } from './protocol';

const head = { source: 'backprop-lab', v: 1 } as const;

describe('parseIncoming', () => {
  it('reads each incoming shape', () => {
    expect(parseIncoming({ ...head, type: 'getState' })).toEqual({ ...head, type: 'getState' });
    expect(parseIncoming({ ...head, type: 'reset' })).toEqual({ ...head, type: 'reset' });
    expect(parseIncoming({ ...head, type: 'goToStep', id: 'dE_dw5' })).toEqual({
      ...head,
      type: 'goToStep',
      id: 'dE_dw5',
    });
    const set = {
      ...head,
      type: 'setParams',
      params: { w5: 0.3, w6: '0,5' },
      settings: { loss: 'ce' },
    };
    expect(parseIncoming(set)).toEqual(set);
    expect(parseIncoming({ ...head, type: 'setParams' })).toEqual({ ...head, type: 'setParams' });
    const formula = { ...head, type: 'setFormula', formula: '(x+y)*z', values: { x: -2, y: '5' } };
    expect(parseIncoming(formula)).toEqual(formula);
    expect(parseIncoming({ ...head, type: 'setFormula', formula: 'x*2' })).toEqual({
      ...head,
      type: 'setFormula',
      formula: 'x*2',
    });
    // Beyond what the playground reads, or not text: not a request at all.
    expect(parseIncoming({ ...head, type: 'setFormula', formula: 'x'.repeat(2001) })).toBeNull();
    expect(parseIncoming({ ...head, type: 'setFormula', formula: 3 })).toBeNull();
    expect(parseIncoming({ ...head, type: 'setFormula', formula: 'x', values: [1] })).toBeNull();
  });

  it('refuses wrong envelopes, unknown types and extra or ill-typed fields', () => {
    const bad: unknown[] = [
      null,
      undefined,
      'getState',
      42,
      [],
      { type: 'getState' },
      { ...head, v: 2, type: 'getState' },
      { ...head, source: 'other', type: 'getState' },
      { ...head, type: 'nope' },
      { ...head, type: 'getState', extra: 1 },
      { ...head, type: 'goToStep' },
      { ...head, type: 'goToStep', id: 5 },
      { ...head, type: 'goToStep', id: '<img src=x>' },
      { ...head, type: 'setParams', params: { w5: {} } },
      { ...head, type: 'setParams', params: [1, 2] },
      { ...head, type: 'setParams', settings: { loss: 3 } },
      { ...head, type: 'setParams', params: { 'bad key': 1 } },
      { ...head, type: 'setParams', params: { w5: 'x'.repeat(1000) } },
      Object.assign(Object.create({ polluted: true }), head, { type: 'getState' }),
    ];
    for (const data of bad) expect(parseIncoming(data)).toBeNull();
  });

  it('passes a number that is not finite on, so the widget refuses it by name', () => {
    const parsed = parseIncoming({
      ...head,
      type: 'setParams',
      params: { w5: NaN, w6: -Infinity },
    });
    expect(parsed).toEqual({ ...head, type: 'setParams', params: { w5: NaN, w6: -Infinity } });
  });

  it('keeps a "__proto__" key as a name, so the widget can refuse it by name', () => {
    const data: unknown = JSON.parse(
      '{"source":"backprop-lab","v":1,"type":"setParams","params":{"__proto__":1,"w5":0.3}}',
    );
    const parsed = parseIncoming(data);
    expect(parsed?.type).toBe('setParams');
    const params = parsed?.type === 'setParams' ? parsed.params : undefined;
    expect(Object.entries(params ?? {})).toEqual([
      ['__proto__', 1],
      ['w5', 0.3],
    ]);
    expect(Object.getPrototypeOf(params)).toBe(Object.prototype);
  });

  it('does not run getters or throw on proxies', () => {
    let touched = false;
    const withGetter = {
      ...head,
      type: 'goToStep',
      get id() {
        touched = true;
        return 'dE_dw5';
      },
    };
    expect(parseIncoming(withGetter)).toBeNull();
    expect(touched).toBe(false);
    const trap = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('trap');
        },
      },
    );
    expect(parseIncoming(trap)).toBeNull();
  });

  it('never throws on random payloads, and what it accepts is well formed', () => {
    const envelope = fc.record(
      {
        source: fc.constantFrom('backprop-lab', 'other'),
        v: fc.constantFrom(1, 2, '1'),
        type: fc.constantFrom('setParams', 'goToStep', 'getState', 'reset', 'state', 'x'),
        id: fc.anything(),
        params: fc.oneof(
          fc.anything(),
          fc.dictionary(fc.string(), fc.oneof(fc.double(), fc.string())),
        ),
        settings: fc.anything(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.anything(), envelope), (data) => {
        const parsed = parseIncoming(data);
        if (parsed === null) return;
        expect(parsed.source).toBe('backprop-lab');
        expect(parsed.v).toBe(1);
        if (parsed.type === 'setParams') {
          for (const value of Object.values(parsed.params ?? {})) {
            expect(typeof value === 'string' || Number.isFinite(value)).toBe(true);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the state message', () => {
  it('carries the network as layers, which setParams reads back among the settings', () => {
    const article = stateMessage(createAppStore({ model: ARTICLE_MODEL }).getState(), []);
    expect(article).toHaveProperty('layers', '2-2-2');
    const { model } = modelFromQuery([
      ['layers', '2-3-2'],
      ['w7', '0.3'],
    ]);
    const grown = stateMessage(createAppStore({ model }).getState(), []);
    if (grown.type !== 'state') throw new Error('not a state message');
    expect(grown.layers).toBe('2-3-2');
    expect(grown.settings).toEqual(model.settings);
    expect(grown.params).toEqual(model.params);
    expect(grown.quantities).toHaveProperty('dE_dw12');
    // Echoed back as setParams would send them, layers among the settings, they give the same model.
    const echoed = modelFromQuery([
      ['layers', grown.layers],
      ...Object.entries(grown.settings),
      ...Object.entries(grown.params).map(([k, v]): [string, string] => [k, String(v)]),
    ]);
    expect(echoed.notices).toEqual([]);
    expect(echoed.model).toEqual(model);
  });

  it('carries the open lesson once loaded, its step counted from 1; none outside a lesson', () => {
    const explorer = stateMessage(createAppStore({ model: ARTICLE_MODEL }).getState(), []);
    expect(explorer).toMatchObject({ ...head, type: 'state', step: 'net_h1' });
    expect(explorer).not.toHaveProperty('lesson');

    const store = createAppStore({
      model: ARTICLE_MODEL,
      view: 'lesson',
      lesson: 'forward-pass',
      lessonStep: 1,
    });
    // Not yet loaded, so not yet known to exist.
    expect(stateMessage(store.getState(), [])).not.toHaveProperty('lesson');
    store.getState().setLessonStepCount(5);
    expect(stateMessage(store.getState(), [])).toHaveProperty('lesson', {
      slug: 'forward-pass',
      step: 2,
    });
    store.getState().nextLessonStep();
    expect(stateMessage(store.getState(), [])).toHaveProperty('lesson.step', 3);
    store.getState().setView('explorer');
    expect(stateMessage(store.getState(), [])).not.toHaveProperty('lesson');
  });
});
