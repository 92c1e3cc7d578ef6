import { memo, useEffect, useRef, type KeyboardEvent } from 'react';
import { PARAM_LIMITS, paramKind } from '../engine/model';
import { useAppStore, useAppStoreApi } from '../store/context';
import { nudgeStep, nudgeValue } from '../ui/number-field';
import type { Box } from '../graph/geometry';
import { LiveTspan } from './LiveTspan';
import { hoverProps } from '../graph/hover';

interface ParamLabelProps {
  /** the parameter: 'w5', 'i1', 't1', 'b1' */
  readonly id: string;
  readonly box: Box;
  /** the accessible name, beginning with the id, with the current values (graph-names.ts) */
  readonly name: string;
  /** the diagram's one Tab stop (roving tabindex) */
  readonly tabbable: boolean;
  /** show the id before the value (weights); a node's value shows only the number */
  readonly showName: boolean;
  /** a weight's edge, shown after its name outside the article's network: 'h1→o1' */
  readonly edge?: string | undefined;
  /** just drawn by an architecture change: marked for a moment */
  readonly fresh?: boolean;
  /** in a dense drawing (labels on demand), shown because a neuron it joins is hovered */
  readonly revealed?: boolean;
  readonly lit: boolean;
  readonly hot: boolean;
  readonly onEdit: (id: string) => void;
  readonly onHighlight: (id: string | null) => void;
}

/**
 * A parameter's value on the diagram, as a button that opens its editor: a
 * click, Enter, Space or F2 opens the inline editor (a spin button, where ↑/↓
 * change the value), dragging up or down scrubs the value (one undo step), Page
 * Up/Down nudge it by 0.01 (Shift: 0.1). The arrow keys move around the diagram
 * (graph-nav.ts), as on every part of it: a button, not a spin button, whose
 * arrows would be expected to change the value.
 * When the store is not editable (an embed with edit=0) it is plain text: no
 * editor, no drag, no keys, and not a button.
 */
export const ParamLabel = memo(function ParamLabel({
  id,
  box,
  name,
  tabbable,
  showName,
  edge,
  fresh = false,
  revealed = false,
  lit,
  hot,
  onEdit,
  onHighlight,
}: ParamLabelProps) {
  const store = useAppStoreApi();
  const ref = useRef<SVGGElement>(null);
  const limits = PARAM_LIMITS[paramKind(id) ?? 'weight'];
  const editable = useAppStore((s) => s.editable);

  useEffect(() => {
    const element = ref.current;
    if (!element || !editable) return;
    // Dragging is an extra the first paint can do without (as zoom is): d3-drag and
    // d3-selection load after it, outside the first download.
    let detach: (() => void) | undefined;
    let current = true;
    void import('../graph/scrub').then(({ attachScrub }) => {
      if (!current) return;
      detach = attachScrub(element, limits, {
        read: () => store.getState().model.params[id],
        preview: (value) => store.getState().setParam(id, value, 'preview'),
        commit: (value) => {
          const state = store.getState();
          if (state.setParam(id, value, 'commit')) return;
          // The last value reached was refused: end the gesture on the last good one.
          const good = state.model.params[id];
          if (good !== undefined) state.setParam(id, good, 'commit');
        },
      });
      element.dataset.scrub = 'ready';
    });
    return () => {
      current = false;
      detach?.();
      delete element.dataset.scrub;
    };
  }, [store, id, limits, editable]);

  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    if (event.key === 'Enter' || event.key === ' ' || event.key === 'F2') {
      event.preventDefault();
      onEdit(id);
    } else if (event.key === 'PageUp' || event.key === 'PageDown') {
      event.preventDefault();
      const state = store.getState();
      const value = state.model.params[id];
      if (value === undefined) return;
      const sign = event.key === 'PageUp' ? 1 : -1;
      state.setParam(id, nudgeValue(value, sign * nudgeStep(event), limits), 'commit');
    }
  };

  const control = editable
    ? ({
        'data-scrub': '',
        // Found by the formula panel's parameters (param-control.ts) where no field edits it.
        'data-param-control': id,
        'data-nav': `param:${id}`,
        // The keys that move stay with the diagram; P, Ctrl+Z and ? still work here.
        'data-own-keys': 'arrows',
        role: 'button',
        tabIndex: tabbable ? 0 : -1,
        onClick: () => onEdit(id),
        onKeyDown,
        onFocus: () => onHighlight(id),
        onBlur: () => onHighlight(null),
      } as const)
    : // Locked: the pointer only lights the label's quantities; the graph pans through it.
      ({
        'data-locked': '',
        'data-name-key': `param:${id}`,
        style: { cursor: 'default', touchAction: 'auto' },
      } as const);
  return (
    <g
      ref={ref}
      className="param-label"
      data-param-label={id}
      data-lit={lit ? '' : undefined}
      data-hot={hot ? '' : undefined}
      data-fresh={fresh ? '' : undefined}
      data-revealed={revealed ? '' : undefined}
      data-weight={showName ? '' : undefined}
      aria-label={name}
      {...control}
      {...hoverProps(id, onHighlight)}
    >
      {/* Drawn at the width reserved for any value; graph-live.ts fits it to the text. */}
      <rect
        className="param-label-box"
        data-x={box.x}
        data-width={box.width}
        x={box.x}
        y={box.y}
        width={box.width}
        height={box.height}
        rx={6}
      />
      <text
        className="param-label-text"
        x={box.x + box.width / 2}
        y={box.y + box.height / 2}
        dominantBaseline="central"
        textAnchor="middle"
      >
        {/* A real space, not a shift: the text reads "w5 0.4", as the button's name begins. */}
        {showName && <tspan className="param-label-name">{`${id} `}</tspan>}
        {showName && edge && <tspan className="param-label-edge">{`${edge} `}</tspan>}
        <LiveTspan className="param-label-value" param={id} digits={4} />
      </text>
    </g>
  );
});
