import { useLayoutEffect, useRef } from 'react';
import { Tex } from '../formulas/Tex';
import { useAppStore } from '../store/context';
import { isRevealed } from '../store/live-values';
import { LiveValue } from '../controls/LiveValue';
import type { TimelineStep } from './step-groups';

export interface PreviewAnchor {
  readonly step: TimelineStep;
  /** the centre of the step's button, in the timeline's coordinates */
  readonly x: number;
  /** the top of the step's button */
  readonly y: number;
}

/**
 * A tip above the timeline step under the pointer or focus: its symbol, and its
 * value once the step-through has reached it (or "Show all values" is on). It
 * floats, so showing it moves nothing; assistive technology has the button's
 * name instead.
 */
export function StepPreview({ anchor }: { anchor: PreviewAnchor }) {
  const { step, x, y } = anchor;
  const tip = useRef<HTMLDivElement>(null);
  const symbol = useAppStore((s) => s.trace.entries[step.index]?.symbol ?? '');
  const revealed = useAppStore((s) => isRevealed(s, step.id));
  // Centred on the step, but kept inside the timeline.
  useLayoutEffect(() => {
    const element = tip.current;
    const width = element?.offsetWidth ?? 0;
    const room = element?.parentElement?.clientWidth ?? 0;
    if (element) element.style.left = `${Math.max(0, Math.min(x - width / 2, room - width))}px`;
  }, [x, symbol, revealed]);
  return (
    <div ref={tip} className="step-preview" style={{ bottom: `calc(100% - ${y}px + 6px)` }}>
      <span aria-hidden="true">
        <Tex tex={symbol} mathml={false} />
        {' = '}
      </span>
      <LiveValue key={step.id} quantity={step.id} className="step-preview-value" />
      {!revealed && <span className="step-preview-note">not reached yet</span>}
    </div>
  );
}
