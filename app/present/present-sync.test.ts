import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARTICLE_MODEL, defaultParams } from '../engine/model';
import { createAppStore } from '../store/app-store';
import { sharedOf, sameShared, type SharedState } from './present-state';
import {
  helloMessage,
  readPresentMessage,
  stateMessage,
  toWire,
  type PresentMessage,
} from './present-sync';

const base = ARTICLE_MODEL;
const shared: SharedState = sharedOf(
  createAppStore({ model: ARTICLE_MODEL, step: 'dE_dw5' }).getState(),
);
const message = stateMessage('abc', { revision: 3, joined: true, preview: false, state: shared });
/** A message as it arrives: structured-cloned plain data. */
const wire = (m: PresentMessage) => structuredClone(toWire(m)) as Record<string, unknown>;
const wireState = () => wire(message).state as Record<string, unknown>;
/** The message with one field of its state replaced. */
const withState = (changes: Record<string, unknown>) => ({
  ...wire(message),
  state: { ...wireState(), ...changes },
});
const withParams = (changes: Record<string, unknown>) =>
  withState({ params: { ...(wireState().params as object), ...changes } });

const PLAYGROUND = { formula: 'x*2', leaves: { x: 2 }, step: 'v1', mode: 'reverse', seed: null };
/** The message on the playground, with fields of its playground replaced. */
const withPlayground = (changes: Record<string, unknown>, view = 'playground') =>
  withState({ view, playground: { ...PLAYGROUND, ...changes } });

const refusal = (data: unknown) => {
  const read = readPresentMessage(data, base);
  return read.kind === 'refused' ? read.reason : `not refused: ${read.kind}`;
};

describe('readPresentMessage', () => {
  it('reads a hello and a whole state as they were sent', () => {
    expect(readPresentMessage(wire(helloMessage('x1')), base)).toEqual({
      kind: 'message',
      message: helloMessage('x1'),
    });
    const read = readPresentMessage(wire(message), base);
    expect(read.kind).toBe('message');
    if (read.kind !== 'message' || read.message.type !== 'state') return;
    expect(read.message).toMatchObject({
      sender: 'abc',
      revision: 3,
      joined: true,
      preview: false,
    });
    expect(sameShared(read.message.state, shared)).toBe(true);
    expect(read.message.state.model.params).toEqual(ARTICLE_MODEL.params);
  });

  it('carries the architecture: a window follows the other to 2-3-2 and to 6-6-6-6-6', () => {
    for (const changes of [[{ kind: 'add-neuron', layer: 1 }], [{ kind: 'add-layer' }]] as const) {
      const store = createAppStore({ model: ARTICLE_MODEL });
      for (const change of changes) store.getState().changeArchitecture(change);
      const sent = sharedOf(store.getState());
      const read = readPresentMessage(
        wire(stateMessage('abc', { revision: 1, joined: true, preview: false, state: sent })),
        base,
      );
      expect(read.kind).toBe('message');
      if (read.kind !== 'message' || read.message.type !== 'state') return;
      expect(read.message.state.model).toEqual(sent.model);
    }
    const sizes = [6, 6, 6, 6, 6];
    const large = { sizes, params: defaultParams(sizes), settings: ARTICLE_MODEL.settings };
    const state = { ...shared, model: large, step: 'net_h1_1' };
    const read = readPresentMessage(
      wire(stateMessage('abc', { revision: 1, joined: true, preview: false, state })),
      base,
    );
    expect(
      read.kind === 'message' && read.message.type === 'state' && read.message.state.model,
    ).toEqual(large);
  });

  it('refuses an architecture it cannot read, naming layers', () => {
    expect(refusal(withState({ layers: '2-9-2' }))).toMatch(/layers/);
    expect(refusal(withState({ layers: 7 }))).toMatch(/layers/);
    // A 2-3-2 needs w9…w12: the article's parameters alone are refused, naming what is missing.
    expect(refusal(withState({ layers: '2-3-2' }))).toMatch(/w9/);
  });

  it('reads a lesson page with its practice seed', () => {
    const lesson = { slug: 'forward-pass', step: 4, practice: 77 };
    const read = readPresentMessage(withState({ view: 'lesson', lesson }), base);
    expect(
      read.kind === 'message' && read.message.type === 'state' && read.message.state.lesson,
    ).toEqual(lesson);
  });

  it('reads the playground by shape: its formula, leaves, step, mode and seed', () => {
    const read = readPresentMessage(withPlayground({ mode: 'forward', seed: 'x' }), base);
    expect(
      read.kind === 'message' && read.message.type === 'state' && read.message.state.playground,
    ).toEqual({ ...PLAYGROUND, mode: 'forward', seed: 'x' });
  });

  it('ignores, without a word, what no presenter window sent', () => {
    for (const data of [null, undefined, 'E_total', 42, [], { source: 'other', v: 2 }]) {
      expect(readPresentMessage(data, base)).toEqual({ kind: 'ignored' });
    }
  });

  it.each<[string, unknown, RegExp]>([
    ['an older version', { ...wire(message), v: 1 }, /another version/],
    ['no sender', { ...wire(message), sender: '' }, /sender/],
    ['a sender with spaces', { ...wire(message), sender: 'a b' }, /sender/],
    ['an unknown type', { ...wire(message), type: 'jump' }, /type/],
    ['a negative revision', { ...wire(message), revision: -1 }, /revision/],
    ['a fractional revision', { ...wire(message), revision: 1.5 }, /revision/],
    ['joined as text', { ...wire(message), joined: 'yes' }, /joined/],
    ['no state', { ...wire(message), state: null }, /state must be an object/],
    ['w5 as text', withParams({ w5: '0.3' }), /w5 must be a number/],
    ['w5 = NaN', withParams({ w5: NaN }), /w5 must be a finite number/],
    ['w5 out of range', withParams({ w5: 1e9 }), /w5 must lie between/],
    ['an unknown parameter', withParams({ w9: 0.1 }), /w9 is not a parameter/],
    ['a missing parameter', withState({ params: { w5: 0.3 } }), /params lacks i1/],
    [
      'an unknown activation',
      withState({ settings: { ...base.settings, act_h: 'gelu' } }),
      /act_h must be one of/,
    ],
    [
      'an unknown setting',
      withState({ settings: { ...base.settings, dropout: 'on' } }),
      /dropout is not a setting/,
    ],
    [
      'cross-entropy with a linear output',
      withState({ settings: { ...base.settings, loss: 'ce', act_o: 'linear' } }),
      /Cross-entropy/,
    ],
    ['an unknown notation', withState({ notation: 'greek' }), /notation must be one of/],
    ['digits = 0', withState({ digits: 0 }), /digits must be a whole number from 1 to 17/],
    ['an unknown view', withState({ view: 'slides' }), /view must be one of/],
    [
      'a step that is no quantity',
      withState({ step: 'dE_dw9' }),
      /step = dE_dw9 is not a quantity/,
    ],
    ['a step that is a path', withState({ step: '../x' }), /step must be a quantity id/],
    ['a step on the prototype', withState({ step: 'constructor' }), /not a quantity/],
    ['blank as a number', withState({ blank: 1 }), /blank must be true or false/],
    [
      'a lesson outside the lesson view',
      withState({ lesson: { slug: 'forward-pass', step: 0, practice: null } }),
      /exactly when view is lesson/,
    ],
    [
      'a lesson view without a lesson',
      withState({ view: 'lesson' }),
      /exactly when view is lesson/,
    ],
    [
      'a lesson slug with a slash',
      withState({ view: 'lesson', lesson: { slug: 'a/b', step: 0, practice: null } }),
      /lesson.slug/,
    ],
    [
      'a negative lesson page',
      withState({ view: 'lesson', lesson: { slug: 'a', step: -1, practice: null } }),
      /lesson.step/,
    ],
    [
      'a practice seed of 0',
      withState({ view: 'lesson', lesson: { slug: 'a', step: 0, practice: 0 } }),
      /lesson.practice/,
    ],
    [
      'a playground on the explorer',
      withPlayground({}, 'explorer'),
      /only when view is playground/,
    ],
    ['a playground leaf as text', withPlayground({ leaves: { x: '2' } }), /x must be a finite/],
    ['a playground leaf of NaN', withPlayground({ leaves: { x: NaN } }), /x must be a finite/],
    ['a playground leaf named 1x', withPlayground({ leaves: { '1x': 2 } }), /1x is not a name/],
    ['a playground formula as a number', withPlayground({ formula: 7 }), /playground.formula/],
    ['a playground step with a dot', withPlayground({ step: 'a.b' }), /playground.step/],
    ['a playground mode of sideways', withPlayground({ mode: 'sideways' }), /playground.mode/],
  ])('refuses %s, saying what', (_, data, reason) => {
    expect(refusal(data)).toMatch(reason);
  });

  it('refuses a getter instead of running it', () => {
    let ran = false;
    const state = Object.defineProperty({ ...wireState() }, 'step', {
      enumerable: true,
      get() {
        ran = true;
        return 'dE_dw5';
      },
    });
    expect(refusal({ ...wire(message), state })).toMatch(/state.step is not a plain value/);
    expect(ran).toBe(false);
  });

  it('survives a message whose fields throw when read', () => {
    const hostile = Object.defineProperty({}, 'source', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(readPresentMessage(hostile, base).kind).toBe('refused');
  });

  it('never throws on random payloads, and reads none of them as a message', () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true }), (data) => {
        expect(readPresentMessage(data, base).kind).not.toBe('message');
      }),
    );
  });

  it('reads exactly the states whose every value the engine accepts', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.double(), fc.double({ min: -2, max: 2, noNaN: true }), fc.string()),
        fc.oneof(fc.integer({ min: -3, max: 20 }), fc.double()),
        (w5, digits) => {
          const read = readPresentMessage(
            withState({ digits, params: { ...base.params, w5 } }),
            base,
          );
          const valid =
            typeof w5 === 'number' &&
            Number.isFinite(w5) &&
            Math.abs(w5) <= 1e6 &&
            Number.isInteger(digits) &&
            digits >= 1 &&
            digits <= 17;
          expect(read.kind).toBe(valid ? 'message' : 'refused');
        },
      ),
    );
  });
});
