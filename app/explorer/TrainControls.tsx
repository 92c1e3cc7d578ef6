import { useId, useState, type FormEvent } from 'react';
import { useAppStore } from '../store/context';
import { LiveValue } from '../controls/LiveValue';
import type { TrainingStatus } from '../store/training-slice';
import { TrainingHealthNote } from './TrainingHealthNote';
import { formatCount, readStepCount, STEP_CHOICES, type TrainingRunner } from './training-runner';
import { TrainCountForm } from './TrainCountForm';

function statusText(status: TrainingStatus, done: number): string {
  switch (status) {
    case 'running':
      return 'Training…';
    case 'paused':
      return `Paused after ${formatCount(done)} steps.`;
    case 'done':
      return `Done: ${formatCount(done)} steps.`;
    case 'stopped':
      return `Stopped after ${formatCount(done)} steps.`;
    default:
      return '';
  }
}

/**
 * Runs of n steps: the choices, a custom count, the progress, pause and stop,
 * and the figures the run changes (they follow live, frame by frame).
 */
export function TrainControls({ runner }: { runner: TrainingRunner }) {
  const { status, done, total, message } = useAppStore((s) => s.training);
  const outputs = useAppStore((s) => s.trace.names.neurons.at(-1)?.join(' ') ?? '');
  const [custom, setCustom] = useState('');
  const [error, setError] = useState('');
  const ids = { title: useId() };
  const active = status === 'running' || status === 'paused';
  // Training changes the weights: not offered when the store is not editable (edit=0).
  const locked = !useAppStore((s) => s.editable);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (locked) return;
    const count = readStepCount(custom);
    if (typeof count === 'string') return setError(count);
    setError('');
    runner.start(count);
  };

  return (
    <section className="train-section" aria-labelledby={ids.title}>
      <h3 id={ids.title}>Train</h3>
      <div className="train-choices" role="group" aria-label="Steps to train">
        {STEP_CHOICES.map((steps) => (
          <button
            key={steps}
            type="button"
            className="tool"
            disabled={active || locked}
            onClick={() => runner.start(steps)}
          >
            Train {formatCount(steps)} steps
          </button>
        ))}
      </div>
      <TrainCountForm
        label="Custom number of steps"
        placeholder="e.g. 2500"
        value={custom}
        onChange={setCustom}
        onSubmit={submit}
        error={error}
        locked={locked}
        busy={active}
        buttonClassName="tool"
      />
      {total > 0 && (
        <div className="train-progress">
          <progress aria-label="Training progress" max={total} value={done} />
          <span className="train-count">
            {formatCount(done)} of {formatCount(total)} steps
          </span>
        </div>
      )}
      <div className="train-run-buttons">
        <button
          type="button"
          className="tool"
          disabled={!active}
          onClick={() => (status === 'paused' ? runner.resume() : runner.pause())}
        >
          {status === 'paused' ? 'Resume' : 'Pause'}
        </button>
        <button type="button" className="tool" disabled={!active} onClick={() => runner.stop()}>
          Stop
        </button>
        <span role="status" className="train-status">
          {statusText(status, done)}
        </span>
      </div>
      <p role="alert" className="train-alert">
        {status === 'diverged' ? message : ''}
      </p>
      <TrainingHealthNote />
      <dl className="train-figures">
        <div>
          <dt>
            E<sub>total</sub>
          </dt>
          <dd>
            <LiveValue quantity="E_total" />
          </dd>
        </div>
        {outputs.split(' ').map((node) => (
          <div key={node}>
            <dt>
              out<sub>{node}</sub>
            </dt>
            <dd>
              <LiveValue quantity={`out_${node}`} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
