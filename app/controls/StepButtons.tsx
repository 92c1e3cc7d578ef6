import { PLAY_SPEEDS } from '../store/step-slice';
import { ToolButton } from '../ui/ToolButton';
import { TransportIcon } from '../ui/TransportIcon';

/** What the transport drives: the explorer's store and the playground's both have it. */
export interface Transport {
  readonly playing: boolean;
  first(): void;
  previous(): void;
  next(): void;
  last(): void;
  setPlaying(playing: boolean): void;
  setSpeed(speed: number): void;
}

interface StepButtonsProps {
  /** the store's current state, read when a button is pressed */
  readonly transport: () => Transport;
  readonly atStart: boolean;
  readonly atEnd: boolean;
  readonly playing: boolean;
  readonly speed: number;
  /** 'Shift+' where the plain arrows are taken: a lesson turns its pages with them */
  readonly arrowModifier?: string;
}

const speedLabel = (speed: number) => `${speed} step${speed === 1 ? '' : 's'}/s`;

/**
 * The step-through's transport, in the explorer, the lessons and the
 * playground: first, previous, play, next, last, and the speed.
 */
export function StepButtons({
  transport,
  atStart,
  atEnd,
  playing,
  speed,
  arrowModifier = '',
}: StepButtonsProps) {
  return (
    <div className="step-buttons" role="group" aria-label="Step controls">
      <ToolButton disabled={atStart} keys="Home" onClick={() => transport().first()}>
        <TransportIcon kind="first" />
        First
      </ToolButton>
      <ToolButton
        disabled={atStart}
        keys={`${arrowModifier}ArrowLeft`}
        onClick={() => transport().previous()}
      >
        <span aria-hidden="true">← </span>Previous
      </ToolButton>
      <ToolButton
        className="step-play"
        keys="P"
        onClick={() => transport().setPlaying(!transport().playing)}
      >
        <TransportIcon kind={playing ? 'pause' : 'play'} />
        {playing ? 'Pause' : 'Play'}
      </ToolButton>
      <ToolButton
        className="step-next"
        disabled={atEnd}
        keys={`${arrowModifier}ArrowRight`}
        onClick={() => transport().next()}
      >
        Next<span aria-hidden="true"> →</span>
      </ToolButton>
      <ToolButton disabled={atEnd} keys="End" onClick={() => transport().last()}>
        Last
        <TransportIcon kind="last" />
      </ToolButton>
      <label className="step-speed">
        Speed{' '}
        <select value={speed} onChange={(e) => transport().setSpeed(Number(e.target.value))}>
          {PLAY_SPEEDS.map((option) => (
            <option key={option} value={option}>
              {speedLabel(option)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
