import { afterEach, describe, expect, it, vi } from 'vitest';
import { ARTICLE_MODEL } from '../engine/model';
import { computeTrace } from '../engine/trace';
import { createAppStore, type AppStore, type InitialState } from '../store/app-store';
import { linkPlayground } from '../playground/playground-link';
import { startStore } from '../playground/start-store';
import { attachPresentSync, SYNC_NOTICE } from './attach-present-sync';
import { sharedOf, sharedToWire } from './present-state';

// Node has BroadcastChannel and MessageChannel: two stores here are two windows.
let channel = 0;
let detachers: (() => void)[] = [];
afterEach(() => {
  detachers.forEach((detach) => detach());
  detachers = [];
});

/** A presenter window: a store joined to the others on this test's channel. */
function openWindow(initial: Partial<InitialState> = {}): AppStore {
  const store = createAppStore({ model: ARTICLE_MODEL, present: 'audience', ...initial });
  detachers.push(attachPresentSync(store, { fresh: true, channelName: `test-present-${channel}` }));
  return store;
}
const nextChannel = () => (channel += 1);

const withW5 = (w5: number) => ({ ...ARTICLE_MODEL, params: { ...ARTICLE_MODEL.params, w5 } });
const settle = (check: () => void) => vi.waitFor(check, { timeout: 2000, interval: 5 });

/** An audience and a speaker window that have found each other: a change has gone across. */
async function openPair(initial: Partial<InitialState> = {}): Promise<[AppStore, AppStore]> {
  const audience = openWindow(initial);
  const speaker = openWindow({ ...initial, present: 'speaker' });
  audience.getState().setValuesHidden(true);
  await settle(() => expect(speaker.getState().valuesHidden).toBe(true));
  audience.getState().setValuesHidden(false);
  await settle(() => expect(speaker.getState().valuesHidden).toBe(false));
  return [audience, speaker];
}

describe('presenter windows share one state', () => {
  it('a window that opens takes the state of the one already open', async () => {
    nextChannel();
    const audience = openWindow({ model: withW5(0.3), step: 'dE_dw1' });
    audience.getState().setValuesHidden(true);
    const speaker = openWindow({ present: 'speaker' });
    await settle(() => {
      expect(speaker.getState().model.params.w5).toBe(0.3);
      expect(speaker.getState().step).toBe('dE_dw1');
      expect(speaker.getState().valuesHidden).toBe(true);
    });
    expect(speaker.getState().trace.quantities).toEqual(computeTrace(withW5(0.3)).quantities);
    // The window already open kept its own state.
    expect(audience.getState().model.params.w5).toBe(0.3);
  });

  it('either window drives: numbers, settings, step, digits, blank and hidden numbers', async () => {
    nextChannel();
    const [audience, speaker] = await openPair();

    audience.getState().setParam('w5', 0.3);
    await settle(() => expect(speaker.getState().model.params.w5).toBe(0.3));
    speaker.getState().setSetting('act_h', 'tanh');
    speaker.getState().goTo('dE_dw2');
    speaker.getState().setDigits(5);
    await settle(() => {
      expect(audience.getState().model.settings.act_h).toBe('tanh');
      expect(audience.getState().step).toBe('dE_dw2');
      expect(audience.getState().digits).toBe(5);
    });
    speaker.getState().setBlank(true);
    await settle(() => expect(audience.getState().blank).toBe(true));
    audience.getState().setBlank(false);
    audience.getState().setValuesHidden(true);
    await settle(() =>
      expect(speaker.getState()).toMatchObject({ blank: false, valuesHidden: true }),
    );
    expect(speaker.getState().trace.quantities).toEqual(audience.getState().trace.quantities);
  });

  it('a drag in one window is one undo point in the other', async () => {
    nextChannel();
    const [audience, speaker] = await openPair();
    for (const w5 of [0.41, 0.42, 0.43]) {
      audience.getState().setParam('w5', w5, 'preview');
      await settle(() => expect(speaker.getState().model.params.w5).toBe(w5));
      expect(speaker.getState().gestureStart).not.toBeNull();
    }
    audience.getState().setParam('w5', 0.43);
    await settle(() => expect(speaker.getState().gestureStart).toBeNull());
    expect(speaker.getState().past.map((m) => m.params.w5)).toEqual([0.4]);
    speaker.getState().undo();
    await settle(() => expect(audience.getState().model.params.w5).toBe(0.4));
  });

  it('a change made while a window is still joining is kept, not undone by the answer', async () => {
    nextChannel();
    const speaker = openWindow({ present: 'speaker', step: 'net_h1' });
    const audience = openWindow({ step: 'net_h1' });
    // Before the speaker's answer to its hello arrives, the audience steps on.
    audience.getState().next();
    const second = audience.getState().trace.entries[1]!.id;
    await settle(() => expect(speaker.getState().step).toBe(second));
    expect(audience.getState().step).toBe(second);
    speaker.getState().next();
    await settle(() => expect(audience.getState().step).toBe(speaker.getState().step));
  });

  it('a window that enters presenter mode with work of its own leads the windows already open', async () => {
    const name = `test-present-${nextChannel()}`;
    const speaker = openWindow({ present: 'speaker', step: 'net_h1' });
    speaker.getState().goTo('E_total');
    const explorer = createAppStore({ model: withW5(0.3), step: 'dE_dw1' });
    detachers.push(attachPresentSync(explorer, { fresh: false, channelName: name }));
    await settle(() => {
      expect(speaker.getState().model.params.w5).toBe(0.3);
      expect(speaker.getState().step).toBe('dE_dw1');
    });
    expect(explorer.getState().step).toBe('dE_dw1');
  });

  it('two windows that open at once settle on one of their states', async () => {
    nextChannel();
    const one = openWindow({ model: withW5(0.1) });
    const two = openWindow({ model: withW5(0.2) });
    await settle(() => {
      expect(one.getState().model.params.w5).toBe(two.getState().model.params.w5);
    });
    expect([0.1, 0.2]).toContain(one.getState().model.params.w5);
  });

  it('fast page turns in a lesson are not pulled back by what a page sets', async () => {
    nextChannel();
    const lesson = { view: 'lesson', lesson: 'forward-pass', lessonStep: 0 } as const;
    const [audience, speaker] = await openPair(lesson);
    for (const store of [audience, speaker]) store.getState().setLessonStepCount(10);
    // What a page sets (here: w1 = the page number), as the player and the speaker's moves do.
    const enter = (store: AppStore) => {
      const page = store.getState().lessonStep;
      store.getState().setParam('w1', page);
    };
    audience.subscribe((state, previous) => {
      if (state.lessonStep !== previous.lessonStep) queueMicrotask(() => enter(audience));
    });
    // One turn per task, as a clicker's presses come, so the audience's answers arrive between them.
    for (let k = 0; k < 4; k++) {
      speaker.getState().nextLessonStep();
      enter(speaker);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await settle(() => {
      expect(audience.getState().lessonStep).toBe(4);
      expect(audience.getState().model.params.w1).toBe(4);
    });
    expect(speaker.getState().lessonStep).toBe(4);
    expect(speaker.getState().model.params.w1).toBe(4);
  });

  it('refuses a malformed message with a notice and keeps its state', async () => {
    const name = `test-present-${nextChannel()}`;
    const audience = openWindow({ model: withW5(0.3) });
    const stray = new BroadcastChannel(name);
    stray.postMessage({ source: 'backprop-lab-present', v: 3, sender: 'x', type: 'state' });
    stray.postMessage('E_total');
    await settle(() =>
      expect(audience.getState().notices.find((n) => n.key === SYNC_NOTICE)?.message).toMatch(
        /refused: revision must be a whole number/,
      ),
    );
    stray.close();
    expect(audience.getState().model.params.w5).toBe(0.3);
  });

  it('on the playground either window drives: the formula, the leaves, the mode and the step', async () => {
    nextChannel();
    const query: [string, string][] = [
      ['view', 'playground'],
      ['f', 'a*b + a'],
      ['a', '3'],
      ['b', '-2'],
    ];
    const audience = openWindow({ view: 'playground', playgroundQuery: query });
    const shown = startStore(audience);
    detachers.push(linkPlayground(audience, shown));
    shown.getState().setLeaf('a', 4);
    // The speaker's window opens on another formula; its playground has not loaded yet.
    const speaker = openWindow({ view: 'playground', present: 'speaker', playgroundQuery: [] });
    await settle(() =>
      expect(new Map(speaker.getState().playgroundQuery).get('f')).toBe('a*b + a'),
    );
    // Its playground starts where the audience's stands, and says nothing is new.
    const notes = startStore(speaker);
    detachers.push(linkPlayground(speaker, notes));
    expect(notes.getState().trace.leaves).toEqual({ a: 4, b: -2 });

    notes.getState().next();
    notes.getState().next();
    await settle(() => expect(shown.getState().step).toBe(notes.getState().step));
    shown.getState().setLeaf('b', 0.5);
    await settle(() => expect(notes.getState().trace.leaves.b).toBe(0.5));
    speaker.getState().playgroundControl!.setFormula('(x+y)*z', { x: -2, y: 5, z: -4 });
    notes.getState().setMode('forward');
    notes.getState().setSeed('y');
    await settle(() => {
      expect(shown.getState().trace.graph.formula).toBe('(x + y)*z');
      expect(shown.getState()).toMatchObject({ mode: 'forward', seed: 'y' });
    });
    expect(shown.getState().trace.gradients).toEqual(notes.getState().trace.gradients);
    expect(shown.getState().trace.gradients).toEqual({ x: -4, y: -4, z: 3 });
    expect(audience.getState().notices).toEqual([]);
  });

  it('a formula or a leaf the playground refuses stays out, with a notice, and the last good one stays', async () => {
    const name = `test-present-${nextChannel()}`;
    const audience = openWindow({ view: 'playground', playgroundQuery: [['f', 'a*b']] });
    const shown = startStore(audience);
    detachers.push(linkPlayground(audience, shown));
    const state = {
      ...sharedToWire(sharedOf(audience.getState())),
      playground: { formula: 'a +', leaves: { a: 1 }, step: 'v1', mode: 'reverse', seed: null },
    };
    const outOfRange = {
      ...state,
      playground: {
        formula: 'a*b',
        leaves: { a: 1e9, b: 2 },
        step: 'v1',
        mode: 'reverse',
        seed: null,
      },
    };
    const stray = new BroadcastChannel(name);
    stray.postMessage({
      source: 'backprop-lab-present',
      v: 3,
      sender: 'zz',
      type: 'state',
      revision: 50,
      joined: true,
      preview: false,
      state,
    });
    await settle(() =>
      expect(audience.getState().notices.find((n) => n.key === SYNC_NOTICE)?.message).toMatch(
        /the other presenter window's f was refused: expected a value after '\+' at 3\. This window keeps its own\./,
      ),
    );
    expect(shown.getState().trace.graph.formula).toBe('a*b');
    const a = shown.getState().trace.leaves.a;
    stray.postMessage({
      source: 'backprop-lab-present',
      v: 3,
      sender: 'zz',
      type: 'state',
      revision: 60,
      joined: true,
      preview: false,
      state: outOfRange,
    });
    await settle(() =>
      expect(audience.getState().notices.find((n) => n.key === SYNC_NOTICE)?.message).toMatch(
        /^the other presenter window's a was refused: a = 1e9 is refused: a must lie between -1000000 and 1000000; got 1000000000\. the other presenter window's step was refused: v1 is not a step of this formula\. This window keeps its own\.$/,
      ),
    );
    stray.close();
    // Each leaf is taken or refused on its own: a keeps its value, b takes the new one.
    expect(shown.getState().trace.leaves).toEqual({ a, b: 2 });
  });
});
