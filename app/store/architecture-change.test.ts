import { describe, expect, it } from 'vitest';
import { ARTICLE_MODEL, type Model } from '../engine/model';
import { resizeModel, type ArchitectureChange } from '../engine/resize';
import { computeTrace } from '../engine/trace';
import { createAppStore } from './app-store';

const fresh = (step?: string) =>
  createAppStore({ model: ARTICLE_MODEL, ...(step !== undefined && { step }) });

const addHidden: ArchitectureChange = { kind: 'add-neuron', layer: 1 };

describe('changing the architecture', () => {
  it('applies the engine’s resize with seeds 1, 2, … and installs its trace', () => {
    const store = fresh();
    const s = () => store.getState();
    expect(s().changeArchitecture(addHidden)).toBe(true);
    expect(s().changeArchitecture({ kind: 'add-layer' })).toBe(true);
    const first = resizeModel(ARTICLE_MODEL, addHidden, 1);
    const second = resizeModel(first.model, { kind: 'add-layer' }, 2);
    expect(s().model).toEqual(second.model);
    expect(s().freshParams).toEqual(second.fresh);
    expect(s().architectureSeed).toBe(3);
    expect(s().trace.quantities).toEqual(computeTrace(second.model).quantities);
  });

  it('keeps a value in its place: h1→o1 is w7 in 2-3-2, still the article’s 0.4', () => {
    const store = fresh();
    store.getState().changeArchitecture(addHidden);
    expect(store.getState().model.sizes).toEqual([2, 3, 2]);
    expect(store.getState().model.params.w7).toBe(ARTICLE_MODEL.params.w5);
  });

  it('refuses a change at a limit, keeps the model and says why under layers', () => {
    const store = fresh();
    const before = store.getState().model;
    expect(store.getState().changeArchitecture({ kind: 'remove-layer' })).toBe(false);
    expect(store.getState().model).toBe(before);
    expect(store.getState().past).toHaveLength(0);
    expect(store.getState().fieldErrors.layers).toMatch(/at least 1 hidden layer/);
    expect(store.getState().architectureSeed).toBe(1);
    // A change that is made clears the refusal.
    store.getState().changeArchitecture(addHidden);
    expect(store.getState().fieldErrors.layers).toBeUndefined();
  });

  it('is one undo point each; undo and redo restore the shapes, and clear the marks', () => {
    const store = fresh();
    const s = () => store.getState();
    s().setParam('w5', 0.3);
    s().changeArchitecture(addHidden);
    s().changeArchitecture({ kind: 'remove-neuron', layer: 0 });
    expect(s().model.sizes).toEqual([1, 3, 2]);
    s().undo();
    expect(s().model.sizes).toEqual([2, 3, 2]);
    expect(s().freshParams).toEqual([]);
    s().undo();
    expect(s().model.sizes).toEqual([2, 2, 2]);
    expect(s().model.params.w5).toBe(0.3);
    s().redo();
    expect(s().model.sizes).toEqual([2, 3, 2]);
    expect(s().trace.quantities).toEqual(computeTrace(s().model).quantities);
  });

  it('waits while a drag is under way: the gesture commits a model of one shape', () => {
    const store = fresh();
    store.getState().setParam('w5', 0.31, 'preview');
    expect(store.getState().changeArchitecture(addHidden)).toBe(false);
    expect(store.getState().model.sizes).toEqual([2, 2, 2]);
  });

  it('keeps the step where it is, or goes to an entry of the same kind', () => {
    const store = fresh('delta_o1');
    store.getState().changeArchitecture(addHidden);
    expect(store.getState().step).toBe('delta_o1');
    // A second hidden layer renames h1 to h1_1: δ of h1 becomes δ of a neuron of the same layer.
    store.getState().goTo('delta_h1');
    store.getState().changeArchitecture({ kind: 'add-layer' });
    const { step, trace } = store.getState();
    const entry = trace.entries.find((e) => e.id === step);
    expect(entry?.kind).toBe('delta');
    expect(entry?.layer).toBe(1);
  });

  it('starts a new loss curve: the old one was another network’s', () => {
    const store = fresh();
    store.getState().applyUpdate();
    expect(store.getState().lossHistory.length).toBeGreaterThan(0);
    store.getState().changeArchitecture(addHidden);
    expect(store.getState().lossHistory).toEqual([]);
  });

  it('reset returns the article’s 2-2-2 exactly, from any architecture', () => {
    const store = fresh();
    store.getState().changeArchitecture(addHidden);
    store.getState().changeArchitecture({ kind: 'add-layer' });
    store.getState().reset();
    expect(store.getState().model).toEqual(ARTICLE_MODEL);
    expect(store.getState().trace.quantities).toEqual(computeTrace(ARTICLE_MODEL).quantities);
  });
});

describe('a lesson beside the explorer', () => {
  const grown = (): Model => resizeModel(ARTICLE_MODEL, addHidden, 1).model;

  it('leaving a lesson gives the explorer back its own network and undo history', () => {
    const store = fresh();
    const s = () => store.getState();
    s().changeArchitecture(addHidden);
    const mine = s().model;
    s().openLesson('chain-rule');
    // The lesson installs its own model (as its steps do).
    s().setModel(ARTICLE_MODEL);
    s().openLesson('hidden-layer', 2);
    s().setView('lessons');
    expect(s().model).toBe(mine);
    expect(s().model).toEqual(grown());
    expect(s().past).toHaveLength(1);
    expect(s().trace.quantities).toEqual(computeTrace(mine).quantities);
    s().undo();
    expect(s().model).toEqual(ARTICLE_MODEL);
  });

  it('a page opened on a lesson comes back to the address’s own network', () => {
    const store = createAppStore({ model: grown(), view: 'lesson', lesson: 'chain-rule' });
    store.getState().setModel(ARTICLE_MODEL);
    store.getState().setView('explorer');
    expect(store.getState().model).toEqual(grown());
  });
});
