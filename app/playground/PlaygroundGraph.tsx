import { useMemo } from 'react';
import { PlaygroundDrawing, type LeafDrag } from '../graph/PlaygroundDrawing';
import { layoutPlayground } from '../graph/playground-layout';
import { boxesPerLayer, layoutPortrait } from '../graph/playground-portrait';
import { PORTRAIT_BELOW } from '../graph/use-orientation';
import { useWidth } from '../graph/use-width';
import { usePlayground, usePlaygroundApi } from './context';

/** Digits of the numbers in a portrait drawing's narrow boxes: enough to check a sum by eye. */
const PORTRAIT_DIGITS = 4;

/**
 * The graph of the formula, lit where the current step is (and where a hover
 * elsewhere points). Left to right in a box that scrolls when the graph is wider
 * than the page; on a phone, where that box would show a sliver of the graph,
 * top to bottom in layers as wide as the screen, the whole graph in view.
 */
export function PlaygroundGraph({ editable }: { readonly editable: boolean }) {
  const store = usePlaygroundApi();
  const structure = usePlayground((s) => s.structure);
  const mode = usePlayground((s) => s.mode);
  const seed = usePlayground((s) => s.seed);
  const touches = usePlayground(
    (s) => s.steps.find((e) => e.id === s.step)?.touches.join(' ') ?? '',
  );
  const lit = usePlayground((s) => s.highlight?.elements.join(' ') ?? '');
  const [box, width] = useWidth(typeof window === 'undefined' ? 1024 : window.innerWidth);
  const portrait = width < PORTRAIT_BELOW;
  const perLayer = boxesPerLayer(width);
  const layout = useMemo(
    () =>
      portrait ? layoutPortrait(structure.graph, perLayer) : layoutPlayground(structure.graph),
    [structure, portrait, perLayer],
  );
  const current = useMemo(() => new Set(touches.split(' ')), [touches]);
  const litSet = useMemo(() => new Set(lit.split(' ')), [lit]);
  const drag = useMemo<LeafDrag | null>(
    () =>
      editable
        ? {
            read: (leaf) => store.getState().trace.leaves[leaf],
            preview: (leaf, value) => {
              if (store.getState().dragging !== leaf) store.getState().setDragging(leaf);
              store.getState().setLeaf(leaf, value);
            },
            commit: (leaf, value) => {
              store.getState().setLeaf(leaf, value);
              store.getState().setDragging(null);
            },
          }
        : null,
    [editable, store],
  );
  const { graph } = structure;
  const label = `Computational graph of f = ${graph.formula}: ${graph.leaves.length} leaves, ${graph.operations.length} operations. The table of leaves lists every value and gradient.`;
  return (
    <div
      ref={box}
      className="pg-graph-scroll"
      data-orientation={portrait ? 'portrait' : 'landscape'}
      tabIndex={0}
      role="region"
      aria-label="Graph (scrolls sideways when wide)"
    >
      <PlaygroundDrawing
        graph={graph}
        layout={layout}
        edges={structure.edges}
        mode={mode}
        seed={seed}
        current={current}
        lit={litSet}
        onLight={(part) => store.getState().setHighlight(part)}
        drag={drag}
        label={label}
        digits={portrait ? PORTRAIT_DIGITS : undefined}
      />
    </div>
  );
}
