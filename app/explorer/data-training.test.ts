import { describe, expect, it } from 'vitest';
import { trainBatches } from '../engine/batch';
import { createAppStore } from '../store/app-store';
import { applyDataQuery } from '../store/read-data';
import { readUrlState } from '../store/url-state';
import { trainEpochs } from './data-training';

const storeFor = (search: string) => {
  const store = createAppStore(readUrlState(search));
  applyDataQuery(store, search);
  return store;
};

describe('training on the dataset', () => {
  it('trains whole epochs as one edit, the error per epoch in the history', () => {
    const store = storeFor('?layers=2-2-1&data=xor&batch=2&lr=2');
    const before = store.getState().model;
    const result = trainEpochs(store, 50)!;
    const expected = trainBatches(
      before,
      store.getState().data!.dataset,
      store.getState().data!.batch,
      50,
    );
    expect(store.getState().model.params).toEqual(expected.params);
    expect(result.updates).toBe(100);
    expect(store.getState().lossHistory).toEqual([...expected.lossPerEpoch]);
    store.getState().undo();
    expect(store.getState().model).toEqual(before);
  });
});
