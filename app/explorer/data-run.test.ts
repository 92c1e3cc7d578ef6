import { describe, expect, it } from 'vitest';
import { trainBatches, trainUpdates } from '../engine/batch-run';
import { createAppStore } from '../store/app-store';
import { applyDataQuery } from '../store/read-data';
import { readUrlState } from '../store/url-state';
import { dataCurves, epochStatus, epochWork, readEpochCount } from './data-run';
import { createTrainingRunner, type RunnerClock } from './training-runner';

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
  const runOut = () => {
    for (let i = 0; i < 10_000 && pending; i++) frame();
  };
  return { clock, frame, runOut, pending: () => pending !== null };
}

const setup = (search: string) => {
  const store = createAppStore(readUrlState(search));
  applyDataQuery(store, search);
  const time = fakeClock();
  return { store, time, runner: createTrainingRunner(store, time.clock) };
};

const XOR = '?layers=2-2-1&data=xor&batch=3&lr=2&biases=learned';

describe('training on the dataset, animated', () => {
  it('reaches, frame by frame, what the engine reaches in one go; one undo step', () => {
    const { store, time, runner } = setup(XOR);
    const before = store.getState().model;
    const { dataset, batch } = store.getState().data!;
    runner.run(epochWork(store, 50)!);
    time.frame();
    expect(store.getState().training).toMatchObject({ status: 'running', unit: 'update' });
    expect(store.getState().training.done).toBeLessThan(100);
    time.runOut();
    const expected = trainBatches(before, dataset, batch, 50);
    const state = store.getState();
    expect(state.training).toMatchObject({ status: 'done', done: 100, total: 100 });
    expect(state.model.params).toEqual(expected.params);
    const curves = dataCurves(store).getState();
    expect(curves.perEpoch.values).toEqual([...expected.lossPerEpoch]);
    expect(curves.perUpdate.values).toEqual([...expected.lossPerUpdate]);
    expect(curves.paramHistory[curves.params.indexOf('w5')]!.values.at(-1)).toBe(
      expected.params.w5,
    );
    expect(state.past).toHaveLength(1);
    state.undo();
    expect(store.getState().model).toEqual(before);
  });

  it('a second run continues the curves and the epochs where the first left them', () => {
    const { store, time, runner } = setup(`${XOR}&shuffle=1&seed=4`);
    const before = store.getState().model;
    const { dataset, batch } = store.getState().data!;
    runner.run(epochWork(store, 5)!);
    time.runOut();
    runner.run(epochWork(store, 5)!);
    time.runOut();
    const expected = trainBatches(before, dataset, batch, 10);
    expect(store.getState().model.params).toEqual(expected.params);
    expect(dataCurves(store).getState().perEpoch.values).toEqual([...expected.lossPerEpoch]);
  });

  it('pauses, resumes and stops; a stopped run keeps its updates', () => {
    const { store, time, runner } = setup(XOR);
    const before = store.getState().model;
    const { dataset, batch } = store.getState().data!;
    runner.run(epochWork(store, 1000)!);
    time.frame();
    runner.pause();
    const paused = store.getState().training.done;
    expect(epochStatus(store.getState().training, 2)).toMatch(/^Paused after \d+ epochs?/);
    time.frame(500);
    expect(store.getState().training.done).toBe(paused);
    runner.resume();
    time.frame();
    runner.stop();
    const { done } = store.getState().training;
    expect(done).toBeGreaterThan(paused);
    expect(store.getState().model.params).toEqual(
      trainUpdates(before, dataset, batch, 0, done).params,
    );
    expect(store.getState().past).toHaveLength(1);
  });

  it('stops a diverging run with the update counted, the last good state kept', () => {
    const search = '?layers=2-2-1&data=circle&batch=10&lr=50&act_h=linear&act_o=linear';
    const { store, time, runner } = setup(search);
    runner.run(epochWork(store, 20)!);
    time.runOut();
    const state = store.getState();
    expect(state.training.status).toBe('diverged');
    expect(state.training.message).toMatch(/^Training stopped after [\d,]+ updates?: /);
    expect(state.training.message).toContain(`update ${state.training.done + 1}`);
    expect(Object.values(state.trace.quantities).every(Number.isFinite)).toBe(true);
  });

  it('says where it stands in epochs, and reads typed counts', () => {
    const run = { status: 'running', total: 100, done: 5, message: '', unit: 'update' } as const;
    expect(epochStatus(run, 2)).toBe('Training: epoch 3 of 50.');
    expect(epochStatus({ ...run, status: 'stopped' }, 2)).toBe(
      'Stopped after 2 epochs and 1 update of the next; the network keeps what it learned.',
    );
    expect(epochStatus({ ...run, status: 'done', done: 100 }, 2)).toBe(
      'Done: 50 epochs, 100 updates.',
    );
    expect(readEpochCount(' 1,000 ')).toBe(1000);
    for (const bad of ['', '0', '10001', '2.5', 'x', '-1']) {
      expect(typeof readEpochCount(bad), bad).toBe('string');
    }
  });
});
