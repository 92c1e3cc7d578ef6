import { useEffect, useId, useMemo, useRef } from 'react';
import { StepMark } from '../explorer/StepMark';
import { TransportIcon } from '../explorer/TransportIcon';
import { texToText } from '../formulas/tex-text';
import { PLAY_SPEEDS } from '../store/step-slice';
import { usePlayground, usePlaygroundApi } from './context';
import { groupSteps, PHASE_NAMES, stepName } from './steps';

const speedLabel = (speed: number) => `${speed} step${speed === 1 ? '' : 's'}/s`;

/** Advances the step-through while playing, at `speed` steps a second. */
function useAutoplay() {
  const store = usePlaygroundApi();
  const playing = usePlayground((s) => s.playing);
  const speed = usePlayground((s) => s.speed);
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => store.getState().next(), 1000 / speed);
    return () => clearInterval(timer);
  }, [store, playing, speed]);
}

/**
 * The step-through, as the explorer's: where we are, first / previous / play /
 * next / last, the speed, and every step as a timeline (one Tab stop: ←/→ move,
 * the focus follows). Forward mode's steps are one pass of tangents.
 */
export function PlaygroundStepper() {
  useAutoplay();
  const store = usePlaygroundApi();
  const steps = usePlayground((s) => s.steps);
  const step = usePlayground((s) => s.step);
  const seed = usePlayground((s) => (s.mode === 'forward' ? s.seed : null));
  const playing = usePlayground((s) => s.playing);
  const speed = usePlayground((s) => s.speed);
  const showAll = usePlayground((s) => s.showAll);
  const lit = usePlayground((s) => s.highlight?.quantities.join(' ') ?? '');
  const litIds = useMemo(() => new Set(lit.split(' ')), [lit]);
  const groups = useMemo(() => groupSteps(steps, seed), [steps, seed]);
  const index = Math.max(
    0,
    steps.findIndex((e) => e.id === step),
  );
  const entry = steps[index];
  const list = useRef<HTMLDivElement>(null);
  const idBase = useId();
  const showAllId = useId();
  useEffect(() => {
    const root = list.current;
    if (!root || !root.contains(document.activeElement)) return;
    root.querySelector<HTMLElement>('[aria-current="step"]')?.focus();
  }, [index]);

  const s = () => store.getState();
  const atStart = index === 0;
  const atEnd = index >= steps.length - 1;
  const act = (run: () => void, disabled: boolean) => () => {
    if (!disabled) run();
  };
  const light = (id: string) => {
    const target = steps.find((e) => e.id === id);
    s().setHighlight(target ? { elements: target.touches, quantities: [id] } : null);
  };
  return (
    <div className="stepper pg-stepper">
      <div className="stepper-head">
        <h2 className="stepper-status" aria-live="polite">
          {entry
            ? `Step ${index + 1} of ${steps.length} · ${
                entry.phase === 'tangent' && seed
                  ? `Forward mode, pass seeded at ${seed}`
                  : PHASE_NAMES[entry.phase]
              } · ${texToText(entry.symbol)}`
            : ''}
        </h2>
        <label className="switch" htmlFor={showAllId}>
          <input
            id={showAllId}
            type="checkbox"
            checked={showAll}
            onChange={(event) => s().setShowAll(event.target.checked)}
          />
          Show all values
        </label>
      </div>
      <div className="step-controls">
        <div className="step-buttons" role="group" aria-label="Step controls">
          <button
            type="button"
            className="tool"
            aria-disabled={atStart}
            aria-keyshortcuts="Home"
            onClick={act(() => s().first(), atStart)}
          >
            <TransportIcon kind="first" />
            First
          </button>
          <button
            type="button"
            className="tool"
            aria-disabled={atStart}
            aria-keyshortcuts="ArrowLeft"
            onClick={act(() => s().previous(), atStart)}
          >
            <span aria-hidden="true">← </span>Previous
          </button>
          <button
            type="button"
            className="tool step-play"
            aria-keyshortcuts="P"
            onClick={() => s().setPlaying(!s().playing)}
          >
            <TransportIcon kind={playing ? 'pause' : 'play'} />
            {playing ? 'Pause' : 'Play'}
          </button>
          <button
            type="button"
            className="tool step-next"
            aria-disabled={atEnd}
            aria-keyshortcuts="ArrowRight"
            onClick={act(() => s().next(), atEnd)}
          >
            Next<span aria-hidden="true"> →</span>
          </button>
          <button
            type="button"
            className="tool"
            aria-disabled={atEnd}
            aria-keyshortcuts="End"
            onClick={act(() => s().last(), atEnd)}
          >
            Last
            <TransportIcon kind="last" />
          </button>
          <label className="step-speed">
            Speed{' '}
            <select value={speed} onChange={(e) => s().setSpeed(Number(e.target.value))}>
              {PLAY_SPEEDS.map((option) => (
                <option key={option} value={option}>
                  {speedLabel(option)}
                </option>
              ))}
            </select>
          </label>
        </div>
      </div>
      <div className="timeline" ref={list} role="group" aria-label="Timeline">
        {groups.map((group) => (
          <div key={group.key} className="timeline-group" data-phase={group.phase}>
            <span className="timeline-title" id={`${idBase}-${group.key}`}>
              {group.title}
            </span>
            <ol className="timeline-steps" aria-labelledby={`${idBase}-${group.key}`}>
              {group.steps.map(({ id, index: at }) => {
                const state = at === index ? 'current' : at < index ? 'done' : 'ahead';
                const target = steps[at]!;
                return (
                  <li key={id}>
                    <button
                      type="button"
                      className="timeline-step"
                      data-phase={group.phase}
                      data-state={state}
                      data-lit={litIds.has(id) || undefined}
                      data-step={id}
                      aria-label={stepName(target)}
                      aria-current={state === 'current' ? 'step' : undefined}
                      tabIndex={state === 'current' ? 0 : -1}
                      onClick={() => s().goTo(id)}
                      onPointerEnter={() => light(id)}
                      onPointerLeave={() => s().setHighlight(null)}
                      onFocus={() => light(id)}
                      onBlur={() => s().setHighlight(null)}
                    >
                      <StepMark phase={group.phase === 'tangent' ? 'forward' : group.phase} />
                    </button>
                  </li>
                );
              })}
            </ol>
          </div>
        ))}
      </div>
    </div>
  );
}
