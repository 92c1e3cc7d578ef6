import { describe, expect, it } from 'vitest';
import { ARTICLE_MODEL } from '../engine/model';
import { createAppStore } from './app-store';
import { applyDataQuery } from './read-data';
import { linkNamesData, readUrlState, urlSearchFor } from './url-state';

const storeFor = (search: string) => {
  const store = createAppStore(readUrlState(search));
  applyDataQuery(store, search);
  return store;
};

describe('a dataset in the store', () => {
  it('comes from the address and shows its first row', () => {
    const store = storeFor('?layers=2-2-1&data=0.5,1:1;2,3:0&batch=1');
    const { data, model, trace } = store.getState();
    expect(data!.dataset.examples).toHaveLength(2);
    expect(data!.batch.size).toBe(1);
    expect([model.params.i1, model.params.i2, model.params.t1]).toEqual([0.5, 1, 1]);
    expect(trace.quantities.E_total).toBeGreaterThan(0);
  });

  it('goes back into the address without the row’s own numbers', () => {
    const state = storeFor('?layers=2-2-1&data=0.5,1:1;2,3:0&batch=1&w1=0.3').getState();
    const search = urlSearchFor(state);
    expect(search).toBe('?layers=2-2-1&w1=0.3&data=0.5%2C1%3A1%3B2%2C3%3A0&batch=1');
    expect(storeFor(search).getState().data).toEqual(state.data);
    expect(linkNamesData(search)).toBe(true);
    expect(linkNamesData('?layers=2-2-1&w1=0.3')).toBe(false);
    expect(linkNamesData('?view=playground&f=x&seed=3')).toBe(false);
  });

  it('puts a selected row into the network', () => {
    const store = storeFor('?layers=2-2-1&data=xor');
    expect(store.getState().selectExample(3)).toBe(true);
    expect(store.getState().example).toBe(3);
    expect(store.getState().model.params).toMatchObject({ i1: 1, i2: 1, t1: 0 });
    expect(store.getState().selectExample(4)).toBe(false);
    expect(store.getState().example).toBe(3);
  });

  it('refuses a dataset the network cannot take, keeping what it had', () => {
    const store = createAppStore({ model: ARTICLE_MODEL });
    const xor = storeFor('?layers=2-2-1&data=xor').getState().data!;
    expect(store.getState().setData(xor)).toBe(false);
    expect(store.getState().data).toBeNull();
    expect(store.getState().fieldErrors.data).toBe(
      "The dataset's rows have 2 inputs and 1 target; the network has 2 inputs and 2 outputs.",
    );
    expect(store.getState().model).toBe(ARTICLE_MODEL);
  });

  it('says why a bad dataset in the address is left out', () => {
    const state = storeFor('?layers=2-2-1&data=0,1:1;1:0').getState();
    expect(state.data).toBeNull();
    expect(state.notices.find((n) => n.key === 'data')?.message).toContain('data row 2 ("1:0")');
  });

  it('is left by Reset to the article: the article’s network and its one example', () => {
    const store = storeFor('?layers=2-2-1&data=xor&batch=2');
    store.getState().selectExample(2);
    store.getState().reset();
    expect(store.getState()).toMatchObject({ data: null, example: 0, model: ARTICLE_MODEL });
    expect(urlSearchFor(store.getState())).toBe('');
  });

  it('starts from the link’s data with nothing to undo', () => {
    expect(storeFor('?layers=2-2-1&data=xor').getState().past).toEqual([]);
  });
});
