import '../../../styles/playground.css';
import '../../../styles/bptt.css';
import { useEffect, useEffectEvent, useId, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import {
  CLIP_THRESHOLD,
  INPUT_RANGE,
  MAX_STEPS,
  MIN_STEPS,
  readBptt,
  SHARED,
  TRUNCATE_STEPS,
  WEIGHT_RANGE,
  type BpttSpec,
} from '../../../engine/bptt';
import { formatDisplayNumber } from '../../../engine/format';
import { BpttPlot, type StatePoint } from '../../../graph/BpttPlot';
import { isReached } from '../../../playground/playground-live';
import type { PlaygroundState, PlaygroundStore } from '../../../playground/playground-store';
import { usePlaygroundLive } from '../../../playground/use-playground-live';
import { useAppStore, useAppStoreApi } from '../../../store/context';
import type { BpttWidgetSpec } from '../../schema';
import { bpttStore, setInputs } from './bptt-store';
import { BpttGraph } from './BpttGraph';
import { BpttSwitch } from './BpttSwitch';
import { BpttTable } from './BpttTable';

interface BpttWidgetProps {
  readonly spec: BpttWidgetSpec;
  /** every number of the unit, by id, on mount and whenever one changes */
  readonly onValues: (values: Record<string, number>) => void;
  /** a quantity the learner is to predict: it and all after it show as "?" */
  readonly conceal: string | null;
}

export const CLIP_WORDS = `When the gradient (∂L/∂w, ∂L/∂u, ∂L/∂b) is longer than c = ${CLIP_THRESHOLD}, clipping scales it down to length c, keeping its direction. An exploding gradient then moves the weights by a bounded step — but clipping cannot bring back a gradient that has vanished.`;
export const TRUNCATE_WORDS = `Truncated BPTT stops the backward pass ${TRUNCATE_STEPS} steps before the loss: ∂L/∂hₜ is taken as 0 further back, so each shared weight sums only its last ${TRUNCATE_STEPS} contributions. Each update then costs at most ${TRUNCATE_STEPS} steps and multiplies at most ${TRUNCATE_STEPS} factors, but nothing further back than that can be learned.`;

/** A reading of the backward pass: "?" while a check keeps the gradients hidden. */
function Reading({ id, value, shown }: { id: string; value: number; shown: boolean }) {
  return (
    <span
      className="pg-number"
      data-bptt={id}
      data-value={shown ? String(value) : undefined}
      data-unrevealed={shown ? undefined : ''}
    >
      {shown ? formatDisplayNumber(value, 6) : '?'}
    </span>
  );
}

/** Hides what a check asks for, and everything the backward pass computes after it. */
function concealed(store: PlaygroundStore, id: string | null): PlaygroundStore {
  const { steps } = store.getState();
  const at = id === null ? -1 : steps.findIndex((entry) => entry.id === id);
  if (at < 0) store.setState({ showAll: true, step: steps.at(-1)!.id });
  else store.setState({ showAll: false, step: steps[Math.max(0, at - 1)]!.id });
  return store;
}

/** The time step a quantity belongs to: 2 for dL_dh2 or dL_dw_via_p2, none for dL_dw. */
const stepOf = (id: string | null) => {
  const digits = /\d+$/.exec(id ?? '');
  return digits ? Number(digits[0]) : null;
};

/** Whether the readings after the backward pass (the gradient used, its length) may show. */
const gradientsShown = (state: PlaygroundState, id: string | null) =>
  SHARED.every((name) => isReached(state, `dL_d${name}`)) &&
  id !== 'norm' &&
  !(id ?? '').endsWith('_used');

/**
 * Backpropagation through time: the recurrent unit unrolled over T steps, drawn
 * as the playground draws any formula; |∂L/∂hₜ| over t; the sum over time steps
 * that is each shared weight's gradient; and the two switches that tame it.
 */
export function BpttWidget({ spec, onValues, conceal: hidden }: BpttWidgetProps) {
  const app = useAppStoreApi();
  const editable = useAppStore((s) => s.editable);
  const start: BpttSpec = spec;
  const [T, setT] = useState(spec.T);
  // Hidden from the first render on: an effect would show the answer for a frame first.
  const [store, setStore] = useState(() => concealed(bpttStore(start, spec.T, null), hidden));
  // The time step the graph shows: chosen by the learner, else the one a check asks about, else T.
  const [focus, setFocus] = useState<number | null>(null);
  const [clip, setClip] = useState(spec.clip);
  const [truncate, setTruncate] = useState(spec.truncate);
  const state = useStore(store);
  const root = useRef<HTMLDivElement>(null);
  usePlaygroundLive(app, store, root);
  useEffect(() => void concealed(store, hidden), [store, hidden]);

  const reading = useMemo(
    () => readBptt(state.trace, T, { clip, truncate }),
    [state.trace, T, clip, truncate],
  );
  const report = useEffectEvent(() => {
    const used = Object.fromEntries(SHARED.map((n) => [`dL_d${n}_used`, reading.used[n]]));
    onValues({ ...state.trace.quantities, ...used, norm: reading.norm });
  });
  useEffect(() => report(), [reading]);

  const changeSteps = (next: number) => {
    setT(next);
    setStore((previous) => concealed(bpttStore(start, next, previous), hidden));
  };
  const w = state.trace.leaves.w!;
  const x = state.trace.leaves.x1!;
  const ids = { T: useId(), w: useId(), x: useId() };
  const showGradients = gradientsShown(state, hidden);
  const points: StatePoint[] = reading.stateGradients.map((value, k) => ({
    t: k + 1,
    value: isReached(state, `dL_dh${k + 1}`) ? value : null,
    cut: k + 1 < reading.reach,
  }));
  const first = points.find((p) => p.value !== null && !p.cut);
  const plotLabel = `|∂L/∂hₜ| for t = 1 to ${T} on a logarithmic scale, with w = ${formatDisplayNumber(w, 3)}${
    first && first.value !== null
      ? `: ${formatDisplayNumber(Math.abs(first.value), 3)} at t = ${first.t}, ${formatDisplayNumber(
          Math.abs(reading.stateGradients[T - 1]!),
          3,
        )} at t = ${T}`
      : ''
  }. The table below lists every value.`;

  return (
    <div ref={root} className="bptt-widget">
      <div className="bptt-controls">
        <label htmlFor={ids.T}>
          Time steps <var>T</var>
        </label>
        <input
          id={ids.T}
          type="range"
          min={MIN_STEPS}
          max={MAX_STEPS}
          step={1}
          value={T}
          onChange={(event) => changeSteps(Number(event.target.value))}
        />
        <output htmlFor={ids.T}>{T}</output>
        <label htmlFor={ids.w}>
          Recurrent weight <var>w</var>
        </label>
        <input
          id={ids.w}
          type="range"
          min={WEIGHT_RANGE[0]}
          max={WEIGHT_RANGE[1]}
          step={0.05}
          value={w}
          disabled={!editable}
          onChange={(event) => store.getState().setLeaf('w', Number(event.target.value))}
        />
        <output htmlFor={ids.w}>{formatDisplayNumber(w, 6)}</output>
        <label htmlFor={ids.x}>
          Every input <var>xₜ</var>
        </label>
        <input
          id={ids.x}
          type="range"
          min={INPUT_RANGE[0]}
          max={INPUT_RANGE[1]}
          step={0.05}
          value={x}
          disabled={!editable}
          onChange={(event) => setInputs(store, Number(event.target.value))}
        />
        <output htmlFor={ids.x}>{formatDisplayNumber(x, 6)}</output>
      </div>
      <BpttPlot points={points} label={plotLabel} />
      <p className="bptt-sum">
        <var>w</var> is one weight used {T === 1 ? 'once' : `${T} times`}: ∂L/∂w, the sum of its
        contributions (one per time step), is{' '}
        <span className="pg-number" data-pg="" data-quantity="dL_dw" />
        {truncate && reading.reach > 1 && (
          <>
            ; truncated, only steps {reading.reach}–{T} count:{' '}
            <Reading id="truncated-w" value={reading.gradients.w} shown={showGradients} />
          </>
        )}
        .
      </p>
      {(clip || truncate) && (
        <p className="bptt-sum" data-bptt="used">
          {clip ? (
            <>
              The gradient’s length is{' '}
              <Reading id="norm" value={reading.norm} shown={showGradients} />
              {reading.scale < 1
                ? `; clipped to ${CLIP_THRESHOLD}, `
                : `, within ${CLIP_THRESHOLD}: `}
            </>
          ) : (
            'Truncated, '
          )}
          the update uses (∂L/∂w, ∂L/∂u, ∂L/∂b) = (
          {SHARED.map((name, k) => (
            <span key={name}>
              {k > 0 && ', '}
              <Reading id={`used-${name}`} value={reading.used[name]} shown={showGradients} />
            </span>
          ))}
          ).
        </p>
      )}
      <fieldset className="bptt-switches">
        <legend>The backward pass</legend>
        <BpttSwitch
          checked={clip}
          onChange={setClip}
          label={`Clip the gradient to length ${CLIP_THRESHOLD}`}
          words={CLIP_WORDS}
        />
        <BpttSwitch
          checked={truncate}
          onChange={setTruncate}
          label={`Truncate to the last ${TRUNCATE_STEPS} steps`}
          words={TRUNCATE_WORDS}
        />
      </fieldset>
      <BpttGraph
        store={store}
        T={T}
        editable={editable}
        focus={focus ?? stepOf(hidden) ?? T}
        onFocus={setFocus}
      />
      <BpttTable T={T} reading={reading} />
    </div>
  );
}
