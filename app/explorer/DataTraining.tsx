import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { useStore } from 'zustand';
import { weightLabel } from '../engine/architecture';
import type { BatchStep } from '../engine/batch';
import { batchHealth, datasetHealth } from '../engine/batch-health';
import { updatesPerEpoch } from '../engine/batch-run';
import type { DataSetup } from '../engine/data-link';
import { EpochLossChart } from '../graph/EpochLossChart';
import { ParamHistory } from '../graph/ParamHistory';
import { useAppStore, useAppStoreApi } from '../store/context';
import {
  clearDataCurves,
  dataCurves,
  EPOCH_CHOICES,
  epochStatus,
  epochWork,
  plural,
  readEpochCount,
} from './data-run';
import { healthWords } from './health-words';
import { createTrainingRunner, formatCount } from './training-runner';
import { TrainCountForm } from './TrainCountForm';

/**
 * Training on every row, animated: whole epochs of the batch updates, with the
 * progress in epochs, pause and stop, both error curves and each weight's
 * course. The whole run is one undo step; a stopped run keeps the updates made.
 */
export function DataTraining({ data, step }: { data: DataSetup; step: BatchStep }) {
  const store = useAppStoreApi();
  const [runner] = useState(() => createTrainingRunner(store));
  // Leaving the tab ends a run where it stands (and records it for undo).
  useEffect(() => () => runner.stop(), [runner]);
  const run = useAppStore((s) => s.training);
  const locked = !useAppStore((s) => s.editable);
  const [custom, setCustom] = useState('');
  const [error, setError] = useState('');
  const ids = { title: useId() };
  const mine = run.unit === 'update';
  const active = run.status === 'running' || run.status === 'paused';
  const perEpoch = updatesPerEpoch(data.dataset.examples.length, data.batch);
  const start = (epochs: number) => {
    const work = epochWork(store, epochs);
    if (work) runner.run(work);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (locked) return;
    const count = readEpochCount(custom);
    if (typeof count === 'string') return setError(count);
    setError('');
    start(count);
  };
  const epochs = Math.round(run.total / perEpoch);
  return (
    <section className="data-train" aria-labelledby={ids.title}>
      <h3 id={ids.title}>Train on every row</h3>
      <p className="panel-note">
        An epoch is {plural(perEpoch, 'update')}, one per batch; each update moves every weight by
        −η times the batch’s {data.batch.reduce === 'sum' ? 'summed' : 'mean'} gradient.
      </p>
      <div className="train-choices" role="group" aria-label="Epochs to train">
        {EPOCH_CHOICES.map((count) => (
          <button
            key={count}
            type="button"
            className="button"
            disabled={active || locked}
            onClick={() => start(count)}
          >
            Train {plural(count, 'epoch')}
          </button>
        ))}
      </div>
      <TrainCountForm
        label="Number of epochs"
        placeholder="e.g. 500"
        value={custom}
        onChange={setCustom}
        onSubmit={submit}
        error={error}
        locked={locked}
        busy={active}
        buttonClassName="button"
      />
      {mine && run.total > 0 && (
        <div className="train-progress">
          <progress
            aria-label="Training progress"
            aria-valuetext={`${Math.min(epochs, Math.floor(run.done / perEpoch))} of ${plural(epochs, 'epoch')} done`}
            max={run.total}
            value={run.done}
          />
          <span className="train-count">
            {formatCount(Math.min(epochs, Math.floor(run.done / perEpoch)))} of{' '}
            {plural(epochs, 'epoch')} done · update {formatCount(run.done)} of{' '}
            {formatCount(run.total)}
          </span>
        </div>
      )}
      <div className="train-run-buttons">
        <button
          type="button"
          className="button"
          disabled={!active || !mine}
          onClick={() => (run.status === 'paused' ? runner.resume() : runner.pause())}
        >
          {run.status === 'paused' && mine ? 'Resume' : 'Pause'}
        </button>
        <button
          type="button"
          className="button"
          disabled={!active || !mine}
          onClick={() => runner.stop()}
        >
          Stop
        </button>
        <span role="status" className="train-status">
          {mine ? epochStatus(run, perEpoch) : ''}
        </span>
      </div>
      <p role="alert" className="train-alert">
        {mine && run.status === 'diverged' ? run.message : ''}
      </p>
      <DataHealthNote data={data} step={step} running={run.status === 'running'} />
      <DataCurves data={data} />
    </section>
  );
}

/** Saturation and stalling over every row, said as the Train tab says them for one. */
function DataHealthNote({
  data,
  step,
  running,
}: {
  data: DataSetup;
  step: BatchStep;
  running: boolean;
}) {
  const model = useAppStore((s) => s.model);
  const digits = useAppStore((s) => s.digits);
  const words = useMemo(() => {
    // Read over every row; the first batch's own traces serve when it holds them all, and the
    // numerical core otherwise (a trace per row of a generated set cost a long task).
    if (running) return '';
    const rows = data.dataset.examples.length;
    const health =
      step.indices.length === rows
        ? batchHealth(step)
        : datasetHealth(model, data.dataset, data.batch.reduce);
    return healthWords(health, model.params.lr ?? 0, digits, rows);
  }, [running, data, step, model, digits]);
  return (
    <p className="train-alert train-health" data-train-health={words ? 'warn' : 'ok'}>
      {words}
    </p>
  );
}

/** Both error curves and each weight's course, while they belong to the data in force. */
function DataCurves({ data }: { data: DataSetup }) {
  const store = useAppStoreApi();
  const curves = useStore(dataCurves(store));
  const names = useAppStore((s) => s.trace.names);
  const digits = useAppStore((s) => s.digits);
  const current =
    curves.setup !== null &&
    curves.setup.dataset === data.dataset &&
    curves.setup.batch.size === data.batch.size &&
    curves.setup.batch.reduce === data.batch.reduce &&
    curves.setup.batch.shuffle === data.batch.shuffle &&
    curves.setup.batch.seed === data.batch.seed;
  const empty = { values: [], stride: 1, steps: 0 };
  const labels = useMemo(
    () =>
      Object.fromEntries(
        curves.params.map((id) => [id, weightLabel(names, id)?.replace(': ', ' ') ?? id]),
      ),
    [curves.params, names],
  );
  return (
    <>
      <div className="train-section">
        <h4>Error curves</h4>
        <EpochLossChart
          perUpdate={current ? curves.perUpdate : empty}
          perEpoch={current ? curves.perEpoch : empty}
          updatesPerEpoch={curves.updatesPerEpoch}
        />
        <button
          type="button"
          className="button"
          disabled={!current}
          onClick={() => clearDataCurves(store)}
        >
          Clear the curves
        </button>
      </div>
      {current && (
        <ParamHistory
          params={curves.params}
          histories={curves.paramHistory}
          labels={labels}
          digits={digits}
        />
      )}
    </>
  );
}
