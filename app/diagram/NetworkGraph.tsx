import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ComponentType,
  type ReactNode,
  type RefObject,
} from 'react';
import { networkNames } from '../engine/architecture';
import { useAppStore, useAppStoreApi } from '../store/context';
import { stepIndex } from '../store/step-slice';
import type { AppState } from '../store/app-store';
import { GradientLegend } from '../graph/GradientLegend';
import { GradientTip } from './GradientTip';
import { GraphEdge } from '../graph/GraphEdge';
import { GraphNode } from '../graph/GraphNode';
import { GraphNumbers } from './GraphNumbers';
import { GraphTotal } from './GraphTotal';
import { attachGraphLive } from './graph-live';
import { attachGraphNames, elementName } from './graph-names';
import { navMap, nodeKey, paramKey } from '../graph/graph-nav';
import { GraphKeysHelp } from '../graph/GraphKeysHelp';
import { layoutNetwork, type Box, type GraphLayout } from '../graph/layout';
import { PRESENTER_TEXT_SCALE } from '../graph/metrics';
import { ParamEditor } from './ParamEditor';
import { ParamLabel } from './ParamLabel';
import { edgeLit, elementQuantities, jumpTarget } from '../graph/relations';
import { useGraphKeys } from '../graph/use-graph-keys';
import { useOrientation } from '../graph/use-orientation';
import { useHydrating } from '../ui/use-hydrating';
import { valueKeys } from '../graph/value-keys';
import type { ZoomHandle } from '../graph/zoom';
import { ZoomControls } from '../graph/ZoomControls';

const currentEntry = (s: AppState) => s.trace.entries[stepIndex(s)];

/** What a page may put over the drawing's columns (the explorer's architecture buttons). */
export interface LayerControlsProps {
  readonly layout: GraphLayout;
  readonly svg: RefObject<SVGSVGElement | null>;
}

interface NetworkGraphProps {
  /** drawn above the diagram, told where its columns are */
  readonly layerControls?: ComponentType<LayerControlsProps> | undefined;
}

/**
 * The network diagram: d3 computes (layout, scales, zoom, drag), React renders
 * the SVG once per structure change (architecture, step, highlight), and the
 * numbers, gradient colours and widths are patched in place as values change.
 */
export function NetworkGraph({ layerControls: LayerControls }: NetworkGraphProps = {}) {
  const store = useAppStoreApi();
  const sizesKey = useAppStore((s) => s.model.sizes.join('-'));
  const biasPer = useAppStore((s) => s.model.settings.bias_per);
  const names = useMemo(
    () => networkNames(sizesKey.split('-').map(Number), biasPer),
    [sizesKey, biasPer],
  );
  const container = useRef<HTMLDivElement>(null);
  const wanted = useOrientation(container);
  // Presenter mode: text for the back of a room (graph.css reads --graph-text).
  const textScale = useAppStore((s) => (s.present === 'audience' ? PRESENTER_TEXT_SCALE : 1));
  // The build draws landscape; on a phone the page's first paint keeps the box the
  // narrow drawing will fill once the page has taken over (graph.css), so nothing moves.
  const firstPaint = useHydrating();
  const { layout, narrow } = useMemo(() => {
    const landscape = layoutNetwork(names, 'landscape', textScale);
    // The portrait layout is a search: made only when it is drawn, or its box kept.
    if (wanted === 'landscape' && !firstPaint) return { layout: landscape, narrow: null };
    // A network wider than it is deep ([1, 6, 1]) is narrower as drawn in landscape.
    const portrait = layoutNetwork(names, 'portrait');
    const narrowest = portrait.width < landscape.width ? portrait : landscape;
    return { layout: wanted === 'landscape' ? landscape : narrowest, narrow: narrowest };
  }, [names, wanted, textScale, firstPaint]);
  const stepTouches = useAppStore((s) => currentEntry(s)?.touches.join(' ') ?? '');
  const phase = useAppStore((s) => currentEntry(s)?.phase ?? 'forward');
  const hotElements = useAppStore((s) => s.highlight?.elements.join(' ') ?? '');
  const freshParams = useAppStore((s) => s.freshParams.join(' '));
  const notation = useAppStore((s) => s.notation);
  const keys = valueKeys(notation);
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState<{ id: string; text: string } | null>(null);
  const [tip, setTip] = useState<string | null>(null);
  const [zoomed, setZoomed] = useState(false);
  const svg = useRef<SVGSVGElement>(null);
  const layer = useRef<SVGGElement>(null);
  const zoom = useRef<ZoomHandle | null>(null);
  // The label to focus again once its editor has closed (Enter, Escape).
  const refocus = useRef<string | null>(null);
  const messageId = useId();
  const helpId = useId();
  const editable = useAppStore((s) => s.editable);
  // Every part is drawn; only those that take the focus are visited by the keys.
  const drawn = useMemo(() => navMap(names, true), [names]);
  const visited = useMemo(() => navMap(names, editable), [names, editable]);
  const keyboard = useGraphKeys(visited, layout.orientation);

  useEffect(() => (svg.current ? attachGraphLive(store, svg.current) : undefined), [store, layout]);
  useEffect(
    () => (svg.current ? attachGraphNames(store, svg.current) : undefined),
    [store, layout, editable],
  );
  useEffect(() => {
    // Zoom is an extra the first paint can do without: d3-zoom (and the transitions it
    // brings) loads after it, outside the first download.
    let attached: ZoomHandle | null = null;
    let current = true;
    void import('../graph/zoom').then(({ attachZoom }) => {
      if (!current || !svg.current || !layer.current) return;
      attached = attachZoom(svg.current, layer.current, layout, setZoomed);
      zoom.current = attached;
    });
    return () => {
      current = false;
      attached?.destroy();
      zoom.current = null;
    };
  }, [layout]);
  useEffect(() => {
    const id = refocus.current;
    if (editing !== null || id === null) return;
    refocus.current = null;
    svg.current?.querySelector<SVGGElement>(`[data-param-label="${id}"]`)?.focus();
  }, [editing]);

  const jumps = useMemo(() => {
    const trace = store.getState().trace;
    const ids = [
      ...names.neurons.flat(),
      ...names.weights.map((w) => w.id),
      ...names.biases.filter(Boolean),
      ...names.targets,
      ...layout.edges.map((e) => e.id),
    ];
    return new Map(ids.map((id) => [id, jumpTarget(names, trace, id)]));
  }, [store, names, layout]);

  const onJump = useCallback((step: string) => store.getState().goTo(step), [store]);
  const onHighlight = useCallback(
    (element: string | null) => {
      const state = store.getState();
      if (element === null) {
        if (state.highlight !== null) state.setHighlight(null);
        setTip(null);
        return;
      }
      state.setHighlight({
        elements: [element],
        quantities: elementQuantities(state.trace, element),
      });
      const weight = state.trace.names.weights.some((w) => w.id === element);
      setTip(weight ? element : null);
    },
    [store],
  );
  const onEdit = useCallback((id: string) => {
    setMessage(null);
    setEditing(id);
  }, []);
  const onEditDone = useCallback((id: string, back: boolean) => {
    if (back) refocus.current = id;
    setEditing(null);
  }, []);

  const lit = new Set(stepTouches.split(' '));
  const hot = new Set(hotElements.split(' '));
  const fresh = new Set(freshParams.split(' '));
  const edgeNames = new Map(layout.edges.map((e) => [e.id, e.edgeName]));
  // Too many weights to label at once: a neuron hovered or focused shows the labels of its weights.
  const revealed = new Set(
    layout.dense
      ? layout.edges
          .filter((e) => e.kind === 'weight' && (hot.has(e.source) || hot.has(e.target)))
          .map((e) => e.id)
      : [],
  );
  const nodeById = new Map(layout.nodes.map((n) => [n.id, n]));
  const boxes = new Map<string, Box>(layout.labels.map((l) => [l.id, l.box]));
  for (const node of layout.nodes) if (node.chip) boxes.set(node.id, node.chip);

  // The names carry values: read now, then kept current outside React (graph-names.ts).
  const snapshot = store.getState();
  const node = (id: string): ReactNode => {
    const n = nodeById.get(id);
    if (!n) return null;
    return (
      <GraphNode
        key={`node-${id}`}
        node={n}
        name={elementName(snapshot, names, nodeKey(id))}
        tabbable={keyboard.current === nodeKey(id)}
        jump={jumps.get(id)}
        lit={lit.has(id)}
        hot={hot.has(id)}
        onJump={onJump}
        onHighlight={onHighlight}
      />
    );
  };
  const control = (id: string): ReactNode => {
    const box = boxes.get(id);
    if (!box) return null;
    return (
      <ParamLabel
        key={`param-${id}`}
        id={id}
        box={box}
        name={elementName(snapshot, names, paramKey(id))}
        tabbable={keyboard.current === paramKey(id)}
        showName={names.weights.some((w) => w.id === id)}
        edge={edgeNames.get(id)}
        fresh={fresh.has(id)}
        revealed={revealed.has(id)}
        lit={lit.has(id)}
        hot={hot.has(id)}
        onEdit={onEdit}
        onHighlight={onHighlight}
      />
    );
  };
  // Document order is the reading order: column by column across the layers (graph-nav.ts).
  const columns = drawn.columns.map((column) => (
    <g key={column.label} role="group" aria-label={column.label}>
      {column.items.map((key) => {
        const [kind, id = ''] = key.split(':');
        return kind === 'node' ? node(id) : control(id);
      })}
    </g>
  ));

  const editingBox = editing !== null ? boxes.get(editing) : undefined;
  return (
    <div ref={container} className="network-graph">
      {LayerControls && <LayerControls layout={layout} svg={svg} />}
      <svg
        ref={svg}
        className="graph-svg"
        data-graph-svg=""
        data-orientation={layout.orientation}
        data-first-paint={firstPaint ? '' : undefined}
        data-dense={layout.dense ? '' : undefined}
        data-phase={phase}
        role="group"
        aria-label="Network diagram"
        aria-describedby={helpId}
        data-own-keys="arrows"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width="100%"
        style={{
          ['--graph-text' as string]: textScale,
          // The drawing's width in viewBox units: presenter mode sizes it from its text (present.css).
          ['--graph-width' as string]: layout.width,
          aspectRatio: `${layout.width} / ${layout.height}`,
          ...(firstPaint &&
            narrow && {
              ['--narrow-aspect' as string]: `${narrow.width} / ${narrow.height}`,
              ['--narrow-width' as string]: `${narrow.width}px`,
            }),
          // Portrait in a mid-sized column: no larger than drawn, or it grows taller than the screen.
          ...(layout.orientation === 'portrait' ? { maxWidth: `${layout.width}px` } : {}),
        }}
      >
        <g ref={layer}>
          {/* The weight labels and circles name every connection; the lines' titles are for the pointer. */}
          <g className="graph-edges" aria-hidden="true">
            {layout.edges.map((edge) => (
              <GraphEdge
                key={edge.id}
                edge={edge}
                lit={edgeLit(edge, lit)}
                hot={edgeLit(edge, hot) || hot.has(edge.id)}
                fresh={edge.kind === 'weight' && fresh.has(edge.id)}
                jump={jumps.get(edge.id)}
                onJump={onJump}
                onHighlight={onHighlight}
              />
            ))}
          </g>
          <GraphNumbers layout={layout} names={names} keys={keys} onJump={onJump} />
          <g
            className="graph-parts"
            onFocus={(event) => {
              keyboard.onFocus(event);
              // Zoomed in, the view follows the keyboard's focus.
              if (event.target instanceof SVGGraphicsElement) {
                zoom.current?.reveal(event.target.getBBox());
              }
            }}
            onKeyDown={keyboard.onKeyDown}
          >
            {columns}
          </g>
          <GraphTotal
            box={layout.total}
            align={layout.orientation === 'landscape' ? 'end' : 'start'}
            keys={keys}
            onJump={onJump}
          />
          <g className="graph-tips">
            {layout.labels.map((label) => (
              <GradientTip
                key={label.id}
                param={label.id}
                box={label.tip}
                active={tip === label.id}
              />
            ))}
          </g>
          {editing !== null && editingBox && (
            <ParamEditor
              key={editing}
              id={editing}
              anchor={editingBox}
              frame={layout}
              messageId={messageId}
              invalid={message?.id === editing}
              onMessage={(text) => setMessage(text === null ? null : { id: editing, text })}
              onDone={(back) => onEditDone(editing, back)}
            />
          )}
        </g>
      </svg>
      <GraphKeysHelp id={helpId} orientation={layout.orientation} editable={editable} />
      <p id={messageId} className="graph-message" role="alert">
        {message?.text}
      </p>
      {layout.dense && (
        <p className="graph-dense-note">
          {names.weights.length} weights are too many to label at once: a weight’s label shows when
          the step uses it, when you point at it or at a neuron it joins, or when the keyboard
          reaches it.
        </p>
      )}
      {names.biasPer === 'neuron' && (
        <p className="graph-dense-note">
          Each neuron has its own bias ({names.biasIds.slice(0, 2).join(', ')}, …): the diagram
          leaves them out, and the Numbers tab sets them.
        </p>
      )}
      <div className="graph-footer">
        <GradientLegend />
        <ZoomControls
          zoomed={zoomed}
          onZoom={(factor) => zoom.current?.zoomBy(factor)}
          onReset={() => zoom.current?.reset()}
        />
      </div>
    </div>
  );
}
