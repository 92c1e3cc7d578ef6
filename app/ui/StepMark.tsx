import type { Phase } from '../engine/trace';

/**
 * Each phase has its own shape as well as its own colour, so the timeline reads
 * without colour: forward ▶, error ◆, backward ◀ (the error travels back), update ■.
 */
const PATHS: Readonly<Record<Phase, string>> = {
  forward: 'M3 1.5 L11 6 L3 10.5 Z',
  loss: 'M6 0.8 L11.2 6 L6 11.2 L0.8 6 Z',
  backward: 'M9 1.5 L1 6 L9 10.5 Z',
  update: 'M1.8 1.8 H10.2 V10.2 H1.8 Z',
};

export function StepMark({ phase }: { phase: Phase }) {
  return (
    <svg className="step-mark" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <path d={PATHS[phase]} />
    </svg>
  );
}
