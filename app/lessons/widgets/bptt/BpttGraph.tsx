import { useId, useLayoutEffect, useMemo, useRef } from 'react';
import { useStore } from 'zustand';
import { PlaygroundDrawing, type LeafDrag } from '../../../graph/PlaygroundDrawing';
import { layoutUnrolled, middleSpan, stepSpan } from '../../../graph/unrolled-layout';
import { useWidth } from '../../../graph/use-width';
import type { PlaygroundStore } from '../../../playground/playground-store';

interface BpttGraphProps {
  readonly store: PlaygroundStore;
  readonly T: number;
  readonly editable: boolean;
  /** the time step in view, 1 … T */
  readonly focus: number;
  readonly onFocus: (t: number) => void;
}

/** The smallest the drawing is shrunk to: smaller, its numbers would be too small to read. */
const MIN_SCALE = 0.85;

const reducedMotion = () =>
  typeof matchMedia !== 'undefined' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The unrolled unit, drawn by the playground's drawing, laid out along time: one
 * box per value, and w, u and b each with T outgoing edges, every edge's share of
 * the gradient written on it (+=). Twenty steps are far wider than any screen:
 * the box shows the time step in view, outlined, chosen with the slider above
 * it (or by a check that asks about a step), and scrolls there by itself.
 */
export function BpttGraph({ store, T, editable, focus, onFocus }: BpttGraphProps) {
  const structure = useStore(store, (s) => s.structure);
  const lit = useStore(store, (s) => s.highlight?.elements.join(' ') ?? '');
  const layout = useMemo(() => layoutUnrolled(structure.graph, T), [structure, T]);
  const litSet = useMemo(() => new Set(lit.split(' ')), [lit]);
  const step = Math.min(Math.max(1, focus), T);
  const current = useMemo(
    () => new Set(['x', 'q', 'r', 'p', 'z', 'h'].map((name) => `${name}${step}`)),
    [step],
  );
  const [box, width] = useWidth(typeof window === 'undefined' ? 1024 : window.innerWidth);
  // A whole time step in the box if it can be read so; else its middle (pₜ, rₜ and zₜ, where
  // the state's chain and the input's meet), as large as it fits, never below MIN_SCALE.
  const fits = (span: { left: number; right: number }) =>
    Math.min(1, (width - 8) / (span.right - span.left));
  const whole = fits(stepSpan(layout, 1)) >= MIN_SCALE;
  const scale = Math.max(MIN_SCALE, fits(whole ? stepSpan(layout, 1) : middleSpan(layout, 1)));
  const sliderId = useId();
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
  // The step in view stays in view: when it is chosen, when T changes, when the box is resized.
  const placed = useRef(false);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const { left: from, right: to } = whole ? stepSpan(layout, step) : middleSpan(layout, step);
    const left = Math.max(0, Math.round(((from + to) / 2) * scale - element.clientWidth / 2));
    // The first placing is instant; a step chosen later glides, so the reader sees where it went.
    const smooth = placed.current && !reducedMotion();
    element.scrollTo({ left, behavior: smooth ? 'smooth' : 'auto' });
    placed.current = true;
  }, [box, layout, step, scale, whole, width]);

  const times = T === 1 ? 'once' : `${T} times`;
  return (
    <div className="bptt-graph-panel">
      <div className="bptt-graph-nav">
        <label htmlFor={sliderId}>Time step in view</label>
        <input
          id={sliderId}
          type="range"
          min={1}
          max={T}
          step={1}
          value={step}
          disabled={T === 1}
          aria-valuetext={`t = ${step} of ${T}`}
          onChange={(event) => onFocus(Number(event.target.value))}
        />
        <output htmlFor={sliderId}>
          <var>t</var> = {step}
        </output>
      </div>
      <div
        ref={box}
        className="pg-graph-scroll bptt-graph"
        data-step-in-view={step}
        tabIndex={0}
        role="region"
        aria-label={`Unrolled graph, time step ${step} of ${T} in view (scrolls sideways)`}
      >
        <PlaygroundDrawing
          graph={structure.graph}
          layout={layout}
          edges={structure.edges}
          mode="reverse"
          seed=""
          current={current}
          lit={litSet}
          onLight={(part) => store.getState().setHighlight(part)}
          drag={drag}
          label={`The unit unrolled over ${T} time steps: h_t = tanh(w·h_(t−1) + u·x_t + b), then L = ½(h_T − y)². w, u and b are each used ${times}. Time step ${step} is outlined. The table below lists every value and gradient.`}
          captions={layout.captions}
          scale={scale}
        />
      </div>
    </div>
  );
}
