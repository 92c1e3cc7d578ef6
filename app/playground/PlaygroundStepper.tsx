import { useId, useMemo } from 'react';
import { texToText } from '../formulas/tex-text';
import { StepButtons } from '../controls/StepButtons';
import { Timeline } from '../ui/Timeline';
import { useAutoplay } from '../ui/use-autoplay';
import { usePlayground, usePlaygroundApi } from './context';
import { groupSteps, PHASE_NAMES, stepName } from './steps';

/**
 * The step-through, as the explorer's: where we are, first / previous / play /
 * next / last, the speed, and every step as a timeline (one Tab stop: ←/→ move,
 * the focus follows). Forward mode's steps are one pass of tangents.
 */
export function PlaygroundStepper() {
  const store = usePlaygroundApi();
  const steps = usePlayground((s) => s.steps);
  const step = usePlayground((s) => s.step);
  const seed = usePlayground((s) => (s.mode === 'forward' ? s.seed : null));
  const playing = usePlayground((s) => s.playing);
  const speed = usePlayground((s) => s.speed);
  useAutoplay(store, playing, speed);
  const showAll = usePlayground((s) => s.showAll);
  const lit = usePlayground((s) => s.highlight?.quantities.join(' ') ?? '');
  const litIds = useMemo(() => new Set(lit.split(' ')), [lit]);
  const groups = useMemo(() => groupSteps(steps, seed), [steps, seed]);
  const index = Math.max(
    0,
    steps.findIndex((e) => e.id === step),
  );
  const entry = steps[index];
  const showAllId = useId();

  const s = () => store.getState();
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
        <StepButtons
          transport={store.getState}
          atStart={index === 0}
          atEnd={index >= steps.length - 1}
          playing={playing}
          speed={speed}
        />
      </div>
      <Timeline
        groups={groups}
        current={index}
        lit={litIds}
        markOf={(phase) => (phase === 'tangent' ? 'forward' : phase)}
        label={({ index: at }) => stepName(steps[at]!)}
        onGo={(id) => s().goTo(id)}
        onLight={({ id }) => light(id)}
        onUnlight={() => s().setHighlight(null)}
      />
    </div>
  );
}
