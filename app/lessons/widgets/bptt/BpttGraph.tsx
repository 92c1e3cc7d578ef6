import { useMemo } from 'react';
import { useStore } from 'zustand';
import { PlaygroundDrawing, type LeafDrag } from '../../../graph/PlaygroundDrawing';
import { layoutUnrolled } from '../../../graph/unrolled-layout';
import type { PlaygroundStore } from '../../../playground/playground-store';

interface BpttGraphProps {
  readonly store: PlaygroundStore;
  readonly T: number;
  readonly editable: boolean;
}

/**
 * The unrolled unit, drawn by the playground's drawing, laid out along time: one
 * box per value, and w, u and b each with T outgoing edges, every edge's share of
 * the gradient written on it (+=). Wide for large T: it scrolls sideways.
 */
export function BpttGraph({ store, T, editable }: BpttGraphProps) {
  const structure = useStore(store, (s) => s.structure);
  const lit = useStore(store, (s) => s.highlight?.elements.join(' ') ?? '');
  const layout = useMemo(() => layoutUnrolled(structure.graph, T), [structure, T]);
  const litSet = useMemo(() => new Set(lit.split(' ')), [lit]);
  const none = useMemo(() => new Set<string>(), []);
  const drag = useMemo<LeafDrag | null>(
    () =>
      editable
        ? {
            read: (leaf) => store.getState().trace.leaves[leaf],
            preview: (leaf, value) => store.getState().setLeaf(leaf, value),
            commit: (leaf, value) => store.getState().setLeaf(leaf, value),
          }
        : null,
    [editable, store],
  );
  const times = T === 1 ? 'once' : `${T} times`;
  return (
    <div
      className="pg-graph-scroll bptt-graph"
      tabIndex={0}
      role="region"
      aria-label="Unrolled graph (scrolls when wide)"
    >
      <PlaygroundDrawing
        graph={structure.graph}
        layout={layout}
        edges={structure.edges}
        mode="reverse"
        seed=""
        current={none}
        lit={litSet}
        onLight={(part) => store.getState().setHighlight(part)}
        drag={drag}
        label={`The unit unrolled over ${T} time steps: h_t = tanh(w·h_(t−1) + u·x_t + b), then L = ½(h_T − y)². w, u and b are each used ${times}. The table below lists every value and gradient.`}
      />
    </div>
  );
}
