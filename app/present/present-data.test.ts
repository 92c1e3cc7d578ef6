import { afterEach, describe, expect, it, vi } from 'vitest';
import { readDataset } from '../engine/dataset';
import { createAppStore, type AppStore } from '../store/app-store';
import { applyDataQuery } from '../store/read-data';
import { readUrlState } from '../store/url-state';
import { attachPresentSync } from './attach-present-sync';
import { sameShared, sharedOf } from './present-state';
import { readPresentMessage, stateMessage, toWire } from './present-sync';

const LINK = '?layers=2-2-1&data=xor&batch=2&reduce=sum&shuffle=1&seed=7&present=1';
const storeFor = (search: string) => {
  const store = createAppStore(readUrlState(search));
  applyDataQuery(store, search);
  return store;
};

/** The whole state of a window with a dataset, as it arrives in the other window. */
function sent(store: AppStore) {
  const state = sharedOf(store.getState());
  const message = stateMessage('abc', { revision: 1, joined: true, preview: false, state });
  return structuredClone(toWire(message)) as Record<string, unknown>;
}
const withData = (store: AppStore, changes: Record<string, unknown>) => {
  const wire = sent(store);
  const state = wire.state as Record<string, unknown>;
  return { ...wire, state: { ...state, data: { ...(state.data as object), ...changes } } };
};
const read = (store: AppStore, data: unknown) => readPresentMessage(data, store.getState().model);
const refusal = (store: AppStore, data: unknown) => {
  const result = read(store, data);
  return result.kind === 'refused' ? result.reason : `not refused: ${result.kind}`;
};

describe('the dataset presenter windows share', () => {
  it('travels whole: rows, batch size, reduce, shuffle, seed and the row shown', () => {
    const store = storeFor(LINK);
    expect(store.getState().selectExample(2)).toBe(true);
    const result = read(store, sent(store));
    if (result.kind !== 'message' || result.message.type !== 'state') throw new Error(result.kind);
    const { data } = result.message.state;
    expect(data?.example).toBe(2);
    expect(data?.setup.batch).toEqual({ size: 2, reduce: 'sum', shuffle: true, seed: 7 });
    expect(data?.setup.fullBatch).toBe(false);
    // The rows are XOR's own, as the datasets' code makes them.
    expect(data?.setup.dataset).toEqual(readDataset('xor', [2, 2, 1]));
    expect(sameShared(result.message.state, sharedOf(store.getState()))).toBe(true);
  });

  it('tells a change of row or of batching from no change', () => {
    const store = storeFor(LINK);
    const before = sharedOf(store.getState());
    store.getState().selectExample(1);
    expect(sameShared(before, sharedOf(store.getState()))).toBe(false);
    const row = sharedOf(store.getState());
    const setup = store.getState().data!;
    store.setState({ data: { ...setup, batch: { ...setup.batch, size: 4 }, fullBatch: true } });
    expect(sameShared(row, sharedOf(store.getState()))).toBe(false);
    store.getState().setData(null);
    expect(sharedOf(store.getState()).data).toBeNull();
  });

  it.each([
    [
      'a row of the wrong length',
      { examples: [{ inputs: [0], targets: [1] }] },
      /inputs must have 2/,
    ],
    [
      'a value that is not a number',
      { examples: [{ inputs: [0, NaN], targets: [1] }] },
      /inputs\[1\]/,
    ],
    ['an input out of range', { examples: [{ inputs: [0, 1e7], targets: [1] }] }, /inputs\[1\]/],
    ['no rows', { examples: [] }, /at least one row/],
    ['rows that are not a list', { examples: { 0: 1 } }, /data.examples must be a list/],
    ['too many rows', { examples: Array(1001).fill({ inputs: [0, 0], targets: [0] }) }, /1001/],
    ['a set not known', { name: 'moons' }, /data.name/],
    [
      'a row shown past the last',
      { example: 4 },
      /data.example must be a whole number from 0 to 3/,
    ],
    [
      'a batch larger than the rows',
      { batch: { size: 5, reduce: 'mean', shuffle: false, seed: 1 } },
      /data.batch.size/,
    ],
    [
      'a reduce not known',
      { batch: { size: 2, reduce: 'max', shuffle: false, seed: 1 } },
      /reduce/,
    ],
    ['a seed of 0', { batch: { size: 2, reduce: 'mean', shuffle: false, seed: 0 } }, /seed/],
    ['the whole set said of a part', { fullBatch: true }, /fullBatch/],
  ])('refuses %s, saying which field', (_, changes, reason) => {
    const store = storeFor(LINK);
    expect(refusal(store, withData(store, changes))).toMatch(reason);
  });
});

// Two stores on one BroadcastChannel are two windows (Node has both channels).
let detachers: (() => void)[] = [];
afterEach(() => {
  detachers.forEach((detach) => detach());
  detachers = [];
});
const settle = (check: () => void) => vi.waitFor(check, { timeout: 2000, interval: 5 });

describe('presenter windows follow each other’s dataset', () => {
  it('the row shown, the batching and the clearing of the set cross both ways', async () => {
    const channelName = 'test-present-data';
    const audience = storeFor(LINK);
    detachers.push(attachPresentSync(audience, { fresh: true, channelName }));
    const speaker = createAppStore(readUrlState('?layers=2-2-1&present=speaker'));
    detachers.push(attachPresentSync(speaker, { fresh: true, channelName }));
    // The speaker's window opened on no dataset takes the talk's.
    await settle(() => expect(speaker.getState().data?.batch.size).toBe(2));

    audience.getState().selectExample(3);
    await settle(() => expect(speaker.getState().example).toBe(3));
    expect(speaker.getState().model.params).toEqual(audience.getState().model.params);
    expect(speaker.getState().trace.quantities).toEqual(audience.getState().trace.quantities);

    const setup = speaker.getState().data!;
    speaker.getState().setData({ ...setup, batch: { ...setup.batch, size: 1 } });
    await settle(() => expect(audience.getState().data?.batch.size).toBe(1));
    // setData shows the first row: so does the other window.
    expect(audience.getState().example).toBe(0);

    audience.getState().setData(null);
    await settle(() => expect(speaker.getState().data).toBeNull());
  });
});
