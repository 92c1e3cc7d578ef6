import { describe, expect, it } from 'vitest';
import { ARTICLE_MODEL, type Model } from '../engine/model';
import { divergenceLimit, train } from '../engine/train';
import { computeTrace } from '../engine/trace';
import { createAppStore } from '../store/app-store';
import {
  createTrainingRunner,
  divergenceMessage,
  readStepCount,
  RUN_DURATION_MS,
  stepsDue,
  type RunnerClock,
} from './training-runner';

/** Frames on demand: `frame()` runs the pending callback after `ms` of fake time. */
function fakeClock() {
  let time = 0;
  let pending: (() => void) | null = null;
  const clock: RunnerClock = {
    requestFrame(callback) {
      pending = callback;
      return 1;
    },
    cancelFrame() {
      pending = null;
    },
    now: () => time,
  };
  const frame = (ms = 16) => {
    time += ms;
    const run = pending;
    pending = null;
    run?.();
  };
  const runOut = (limit = 10_000) => {
    for (let i = 0; i < limit && pending; i++) frame();
  };
  return { clock, frame, runOut, pending: () => pending !== null };
}

const setup = (model: Model = ARTICLE_MODEL) => {
  const store = createAppStore({ model });
  const time = fakeClock();
  return { store, time, runner: createTrainingRunner(store, time.clock) };
};

describe('a training run', () => {
  it('reaches exactly what the engine reaches in one go, frame by frame', () => {
    const { store, time, runner } = setup();
    runner.start(10_000);
    time.frame();
    const { training } = store.getState();
    expect(training.status).toBe('running');
    expect(training.done).toBeGreaterThan(0);
    expect(training.done).toBeLessThan(10_000);
    time.runOut();
    const expected = train(ARTICLE_MODEL, 10_000);
    const state = store.getState();
    expect(state.training).toMatchObject({ status: 'done', done: 10_000, total: 10_000 });
    expect(state.model.params).toEqual(expected.params);
    expect(state.trace.quantities.E_total).toBe(expected.losses[9_999]);
    expect(state.lossHistory).toHaveLength(10_001);
    expect(state.lossHistory[10_000]).toBe(expected.losses[9_999]);
  });

  it('is spread over about a second of frames', () => {
    const { time, runner } = setup();
    runner.start(10_000);
    let frames = 0;
    while (time.pending()) {
      time.frame(16);
      frames += 1;
    }
    expect(frames).toBeGreaterThanOrEqual(Math.floor(RUN_DURATION_MS / 16) - 1);
    expect(frames).toBeLessThanOrEqual(Math.ceil(RUN_DURATION_MS / 16) + 1);
    expect(stepsDue(10, 100)).toBe(1);
    expect(stepsDue(10_000, 5_000)).toBe(10_000);
  });

  it('is one undo step', () => {
    const { store, time, runner } = setup();
    runner.start(100);
    time.runOut();
    expect(store.getState().past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().model.params).toEqual(ARTICLE_MODEL.params);
  });

  it('pauses, resumes and stops where it stands', () => {
    const { store, time, runner } = setup();
    runner.start(10_000);
    time.frame();
    runner.pause();
    const paused = store.getState().training.done;
    expect(store.getState().training.status).toBe('paused');
    time.frame(500);
    expect(store.getState().training.done).toBe(paused);
    runner.resume();
    time.frame();
    expect(store.getState().training.done).toBeGreaterThan(paused);
    runner.stop();
    const stopped = store.getState().training;
    expect(stopped.status).toBe('stopped');
    expect(time.pending()).toBe(false);
    expect(store.getState().model.params).toEqual(train(ARTICLE_MODEL, stopped.done).params);
    expect(store.getState().past).toHaveLength(1);
  });

  it('stops a diverging run, keeping the last state the page can show', () => {
    const model: Model = {
      ...ARTICLE_MODEL,
      params: { ...ARTICLE_MODEL.params, lr: 11 },
      settings: { ...ARTICLE_MODEL.settings, act_h: 'linear', act_o: 'linear' },
    };
    const { store, time, runner } = setup(model);
    runner.start(1_000);
    time.runOut();
    const state = store.getState();
    expect(state.training.status).toBe('diverged');
    // The engine, asked for the same run, stops at the same step for the same reason.
    const expected = train(model, 1_000, {
      errorLimit: divergenceLimit(computeTrace(model).quantities.E_total!),
    });
    expect(expected.divergence).not.toBeNull();
    expect(state.training.done).toBe(expected.steps);
    expect(state.training.message).toBe(divergenceMessage(expected.steps, expected.divergence!));
    expect(state.training.message).toContain(`after ${state.training.done} steps: `);
    expect(state.training.message).toContain(`step ${state.training.done + 1} `);
    expect(state.training.done).toBeLessThan(10);
    expect(Object.values(state.trace.quantities).every(Number.isFinite)).toBe(true);
    expect(state.fieldErrors).toEqual({});
    state.undo();
    expect(store.getState().model.params).toEqual(model.params);
  });

  it('reads typed step counts', () => {
    expect(readStepCount('2500')).toBe(2500);
    expect(readStepCount(' 10,000 ')).toBe(10_000);
    expect(readStepCount('100000')).toBe(100_000);
    for (const bad of ['', '0', '100001', '10,5', '2.5', 'abc', '-3']) {
      expect(typeof readStepCount(bad), bad).toBe('string');
    }
  });
});
