import '../styles/architecture.css';
import { useEffect, useId, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { layerName, resizeRefusal, type ArchitectureChange } from '../engine/resize';
import type { GraphLayout } from '../graph/layout';
import { useAppStore, useAppStoreApi } from '../store/context';
import { ArchitectureButton } from './ArchitectureButton';
import { architectureWords, layerCaption, layerColumns, spreadCentres } from './architecture-words';

interface ArchitectureControlsProps {
  readonly layout: GraphLayout;
  /** the drawing, measured to put each layer's buttons over its column */
  readonly svg: RefObject<SVGSVGElement | null>;
}

/** How long new weights stay marked on the diagram. */
const FRESH_MS = 2500;
/** A group's width and a little room (CSS px): its caption or its − n + buttons. */
const GROUP_APART = 96;

interface DrawingFrame {
  /** where the viewBox's x = 0 lands, CSS px from the controls' left edge */
  readonly left: number;
  /** CSS px per viewBox unit */
  readonly scale: number;
  /** the controls' width, CSS px */
  readonly width: number;
}

/**
 * Where the drawing's viewBox lands beside the controls (it keeps its aspect
 * ratio, centred in its element, which a maximum height can make narrower).
 */
function useDrawingFrame(
  svg: RefObject<SVGSVGElement | null>,
  own: RefObject<HTMLDivElement | null>,
  layout: GraphLayout,
): DrawingFrame | null {
  const [frame, setFrame] = useState<DrawingFrame | null>(null);
  useLayoutEffect(() => {
    const element = svg.current;
    const controls = own.current;
    if (!element || !controls) return;
    const measure = () => {
      const box = element.getBoundingClientRect();
      const mine = controls.getBoundingClientRect();
      if (box.width <= 0 || box.height <= 0) return;
      const scale = Math.min(box.width / layout.width, box.height / layout.height);
      const left = box.left - mine.left + (box.width - layout.width * scale) / 2;
      setFrame((was) =>
        was && was.left === left && was.scale === scale && was.width === mine.width
          ? was
          : { left, scale, width: mine.width },
      );
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    observer.observe(controls);
    return () => observer.disconnect();
  }, [svg, own, layout]);
  return frame;
}

/**
 * Buttons that add and remove a neuron at each layer of the diagram, and a
 * hidden layer, as TensorFlow Playground puts them over its columns. In
 * landscape each layer's pair sits over its column; in portrait (a phone) they
 * line up above the drawing. A change at a limit is refused with the engine's
 * reason, which the button's description already gives.
 */
export function ArchitectureControls({ layout, svg }: ArchitectureControlsProps) {
  const store = useAppStoreApi();
  const sizes = useAppStore((s) => s.model.sizes);
  const refused = useAppStore((s) => s.fieldErrors.layers);
  const fresh = useAppStore((s) => s.freshParams);
  const [said, setSaid] = useState('');
  const own = useRef<HTMLDivElement>(null);
  const frame = useDrawingFrame(svg, own, layout);
  const baseId = useId();
  const columns = layerColumns(layout);
  // Over the columns where they fit side by side; else in a row above the drawing.
  const centres =
    layout.orientation === 'landscape' && frame !== null
      ? spreadCentres(
          columns.slice(0, sizes.length + 1).map((x) => frame.left + x * frame.scale),
          frame.width,
          GROUP_APART,
        )
      : null;

  useEffect(() => {
    if (fresh.length === 0) return;
    const timer = setTimeout(() => store.getState().clearFreshParams(), FRESH_MS);
    return () => clearTimeout(timer);
  }, [store, fresh]);

  const change = (what: ArchitectureChange) => {
    const state = store.getState();
    if (!state.changeArchitecture(what)) {
      setSaid('');
      return;
    }
    const after = store.getState();
    setSaid(architectureWords(what, state.model.sizes, after.model.sizes, after.freshParams));
  };

  const place = (group: number) => {
    const x = centres?.[group];
    return x === undefined ? undefined : { left: `${x}px` };
  };
  const button = (what: ArchitectureChange, name: string, text: string, key: string) => (
    <ArchitectureButton
      key={key}
      name={name}
      text={text}
      refusal={resizeRefusal(sizes, what)}
      reasonId={`${baseId}-${key}`}
      onPress={() => change(what)}
    />
  );
  return (
    <div
      ref={own}
      className="arch-controls"
      data-placed={centres ? 'columns' : 'row'}
      role="group"
      aria-label={`Network shape ${sizes.join('-')}`}
    >
      <div className="arch-row">
        {sizes.map((size, layer) => {
          const where = layerName(sizes, layer);
          return (
            <div
              key={layer}
              className="arch-layer"
              role="group"
              aria-label={`${layerCaption(sizes, layer)}: ${size} ${size === 1 ? 'neuron' : 'neurons'}`}
              style={place(layer)}
            >
              <span className="arch-caption" aria-hidden="true">
                {layerCaption(sizes, layer)}
              </span>
              <span className="arch-buttons">
                {button(
                  { kind: 'remove-neuron', layer },
                  `Remove a neuron from ${where}`,
                  '−',
                  `remove-${layer}`,
                )}
                <span className="arch-count" aria-hidden="true">
                  {size}
                </span>
                {button(
                  { kind: 'add-neuron', layer },
                  `Add a neuron to ${where}`,
                  '+',
                  `add-${layer}`,
                )}
              </span>
            </div>
          );
        })}
        <div
          className="arch-layer arch-hidden-layers"
          role="group"
          aria-label={`Hidden layers: ${sizes.length - 2}`}
          style={place(sizes.length)}
        >
          <span className="arch-caption" aria-hidden="true">
            Layers
          </span>
          <span className="arch-buttons">
            {button({ kind: 'remove-layer' }, 'Remove the last hidden layer', '−', 'remove-layer')}
            <span className="arch-count" aria-hidden="true">
              {sizes.length - 2}
            </span>
            {button({ kind: 'add-layer' }, 'Add a hidden layer', '+', 'add-layer')}
          </span>
        </div>
      </div>
      <p className="arch-status" role="status">
        {refused ?? said}
      </p>
    </div>
  );
}
