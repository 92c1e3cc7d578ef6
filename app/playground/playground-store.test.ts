import { describe, expect, it } from 'vitest';
import { readPlaygroundQuery } from '../engine/expr-query';
import { traceFormula } from '../engine/expr-trace';
import { createAppStore } from '../store/app-store';
import { readUrlState } from '../store/url-state';
import { searchFor } from '../store/url-sync';
import { controlOf, linkPlayground, snapshotOf } from './playground-link';
import { createPlaygroundStore } from './playground-store';

const open = (search: string) =>
  createPlaygroundStore(readPlaygroundQuery(new URLSearchParams(search)));

describe('the playground’s store', () => {
  it('opens at the step the address names, and walks forward then backward', () => {
    const store = open('f=(x%2By)*z&x=-2&y=5&z=-4&step=df_dq');
    // df_dq is not a step of this formula (its sum is v1): the first step instead.
    expect(store.getState().step).toBe('v1');
    store.getState().goTo('df_dv1');
    store.getState().next();
    expect(store.getState().step).toBe('df_dz');
    store.getState().last();
    expect(store.getState().step).toBe('df_dy');
    store.getState().next(); // past the end: stays
    expect(store.getState().step).toBe('df_dy');
  });

  it('keeps the last good graph when a draft does not parse, and says why on commit', () => {
    const store = open('f=a*b&a=3&b=-2');
    store.getState().setDraft('a*b +');
    expect(store.getState().trace.graph.formula).toBe('a*b');
    expect(store.getState().formulaError).toBeNull(); // not while typing
    store.getState().commitDraft();
    expect(store.getState().formulaError).toEqual({
      message: "expected a value after '+' at 5",
      position: 6,
    });
    store.getState().setDraft('a*b + c');
    expect(store.getState().trace.graph.formula).toBe('a*b + c');
    expect(store.getState().trace.leaves).toEqual({ a: 3, b: -2, c: 2 });
    expect(store.getState().formulaError).toBeNull();
  });

  it('refuses a leaf value outside the formula’s domain, naming it, and keeps the values in force', () => {
    const store = open('f=log(x)*y&x=2&y=3');
    expect(store.getState().setLeaf('x', -1)).toBe(
      'x = -1 is refused: log needs a positive argument; the log at 1 gets -1',
    );
    expect(store.getState().trace.leaves.x).toBe(2);
    expect(store.getState().setLeaf('x', 4)).toBeNull();
    expect(store.getState().trace.values.f).toBe(traceFormula('log(x)*y', { x: 4, y: 3 }).values.f);
    expect(store.getState().leafErrors).toEqual({});
  });

  it('switches to forward mode: one pass per seeded leaf, its tangents as steps', () => {
    const store = open('f=a*b%2Ba&a=3&b=-2');
    store.getState().setMode('forward');
    expect(store.getState().steps.map((e) => e.id)).toEqual(['tan_a', 'tan_b', 'tan_v1', 'tan_f']);
    store.getState().setSeed('b');
    store.getState().last();
    expect(store.getState().quantities.tan_f).toBe(3); // ∂f/∂b = a
  });
});

describe('the playground in the app', () => {
  it('mirrors what it shows into the app, whose address then carries it', () => {
    const app = createAppStore(readUrlState('?view=playground&f=a*b&a=3&b=-2&w1=5'));
    // On the playground w1 is not the network's weight: it is left to the playground.
    expect(app.getState().model.params.w1).toBe(0.15);
    const store = createPlaygroundStore(readPlaygroundQuery(app.getState().playgroundQuery));
    const unlink = linkPlayground(app, store);
    expect(app.getState().playground?.formula).toBe('a*b');
    store.getState().setLeaf('a', 1.5);
    store.getState().goTo('df_da');
    expect(searchFor(app.getState())).toBe('?view=playground&f=a*b&a=1.5&b=-2&step=df_da');
    expect(app.getState().playground).toEqual(snapshotOf(store.getState()));
    unlink();
    expect(app.getState().playgroundControl).toBeNull();
  });

  it('takes the host’s requests through its controls, and names what it refuses', () => {
    const store = open('f=a*b&a=3&b=-2');
    const control = controlOf(store);
    expect(control.setLeaves({ a: '0,5', b: 'x', q: 1 })).toEqual([
      { key: 'b', message: 'b must be a number; "x" is not one.' },
      { key: 'q', message: 'q is not a leaf of a*b.' },
    ]);
    expect(store.getState().trace.leaves).toEqual({ a: 0.5, b: -2 });
    expect(control.setFormula('x +')).toEqual([
      { key: 'f', message: "expected a value after '+' at 3" },
    ]);
    expect(control.setFormula('sqrt(x)', { x: 9 })).toEqual([]);
    expect(store.getState().trace.values.f).toBe(3);
    expect(store.getState().draft).toBe('sqrt(x)');
    expect(control.goTo('nope')).toBe(false);
  });
});
