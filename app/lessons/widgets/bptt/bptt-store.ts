/**
 * The recurrent unit in the playground's own store: the unrolled graph for T
 * steps, so that its drawing, live numbers and lighting are the playground's. A
 * new T is a new graph, so a new store, carrying the unit's numbers over (an
 * input set by hand keeps its value; new steps take the first input's).
 */
import { bpttLeaves, unrolledGraph, type BpttSpec } from '../../../engine/bptt';
import { createPlaygroundStore, type PlaygroundStore } from '../../../playground/playground-store';

export function bpttStore(start: BpttSpec, T: number, previous: PlaygroundStore | null) {
  const kept = previous?.getState().trace.leaves ?? {};
  const x = kept.x1 ?? start.x;
  const fresh = bpttLeaves({ ...start, T, x });
  const leaves: Record<string, number> = {};
  for (const name of Object.keys(fresh)) leaves[name] = kept[name] ?? fresh[name]!;
  const store: PlaygroundStore = createPlaygroundStore({
    graph: unrolledGraph(T),
    leaves,
    step: null,
    mode: 'reverse',
    seed: null,
    notices: [],
  });
  store.setState({ showAll: true });
  return store;
}

/** Sets every input x_t to x, in one trace. */
export function setInputs(store: PlaygroundStore, x: number): void {
  const { trace, setLeaves } = store.getState();
  setLeaves(
    Object.fromEntries(trace.graph.leaves.filter((l) => /^x\d+$/.test(l)).map((l) => [l, x])),
  );
}
