import '../styles/data.css';
import { useId, useMemo, useState } from 'react';
import { batchStep, epochBatches } from '../engine/batch';
import { dataFromArgs, type DataSetup } from '../engine/data-query';
import { rowsText } from '../engine/example';
import type { Architecture } from '../engine/architecture';
import { NAMED_SETS, readCsv } from '../engine/dataset';
import { EngineError } from '../engine/errors';
import { useAppStore, useAppStoreApi } from '../store/context';
import { BatchAverage } from './BatchAverage';
import { BatchSettings } from './BatchSettings';
import { DataPlane } from './DataPlane';
import { DataTable } from './DataTable';
import { DataTraining } from './DataTraining';

/**
 * Many examples: choose a set or type rows, cut them into batches, see each
 * example's gradients and the batch's mean, and train whole epochs. The network
 * shows one row at a time (choose it in the table).
 */
export function DataPanel() {
  const data = useAppStore((s) => s.data);
  return (
    <div className="data-panel">
      <DataSource />
      {data ? <BatchView data={data} /> : <p className="panel-note">{NO_DATA}</p>}
    </div>
  );
}

const NO_DATA =
  'The network learns from one example, the article’s. Choose a set or type rows to see every example’s gradient and their average, one update of a batch, and training over epochs.';

/** The set or rows, and how they are batched; each change is read as a link would be. */
function DataSource() {
  const store = useAppStoreApi();
  const data = useAppStore((s) => s.data);
  const sizes = useAppStore((s) => s.model.sizes);
  const locked = !useAppStore((s) => s.editable);
  const stored = useAppStore((s) => s.fieldErrors.data);
  const [rows, setRows] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  /** the key whose value was refused (its field is marked invalid) */
  const [refused, setRefused] = useState<string | undefined>(undefined);
  const ids = { set: useId(), rows: useId(), error: useId(), batch: useId() };

  /** Reads the data keys as the address does; installs them, or says why not and keeps the last. */
  const apply = (entries: Record<string, string>) => {
    // Read strictly, as the command line does: the refusal itself, with nothing about a fallback.
    let setup: DataSetup | null;
    try {
      setup = dataFromArgs((key) => entries[key], sizes);
    } catch (refusal) {
      if (!(refusal instanceof EngineError)) throw refusal;
      setError(refusal.message);
      setRefused(refusal.subject);
      return;
    }
    if (!setup) return;
    setError(undefined);
    setRefused(undefined);
    store.getState().setData(setup);
  };

  const current = (): Record<string, string> =>
    data
      ? {
          data: data.dataset.name === 'rows' ? rowsOf(data) : data.dataset.name,
          batch: data.fullBatch ? 'all' : String(data.batch.size),
          reduce: data.batch.reduce,
          shuffle: data.batch.shuffle ? '1' : '0',
          seed: String(data.batch.seed),
        }
      : {};
  const shown = error ?? stored;
  const setName = data && data.dataset.name !== 'rows' ? data.dataset.name : '';
  return (
    <section className="data-source" aria-labelledby={ids.set}>
      <h3 id={ids.set}>Examples</h3>
      <div className="data-row">
        <label htmlFor={`${ids.set}-select`}>Set</label>
        <select
          id={`${ids.set}-select`}
          value={setName}
          disabled={locked}
          onChange={(event) => {
            const name = event.target.value;
            if (name === '') store.getState().setData(null);
            else apply({ ...current(), data: name, batch: 'all' });
          }}
        >
          <option value="">
            {data?.dataset.name === 'rows' ? 'your rows' : 'one example (the article’s)'}
          </option>
          {NAMED_SETS.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <label htmlFor={ids.rows} className="data-label">
        Rows: inputs, a colon, targets (0,1:1), one per line or separated by semicolons; or paste
        CSV
      </label>
      <textarea
        id={ids.rows}
        className="data-rows"
        rows={3}
        value={rows}
        disabled={locked}
        spellCheck={false}
        aria-invalid={shown !== undefined}
        aria-describedby={shown !== undefined ? ids.error : undefined}
        onChange={(event) => setRows(event.target.value)}
      />
      <button
        type="button"
        className="button"
        disabled={locked || rows.trim() === ''}
        onClick={() => {
          const text = rowsFromText(rows, sizes);
          if (typeof text === 'string') apply({ ...current(), data: text, batch: 'all' });
          else setError(text.error);
        }}
      >
        Use these rows
      </button>
      {shown !== undefined && (
        <p id={ids.error} className="field-error" role="alert">
          {shown}
        </p>
      )}
      {data && (
        <BatchSettings
          // A new dataset or batch starts the size field afresh from what is in force.
          key={`${data.dataset.name}:${data.dataset.examples.length}:${data.batch.size}:${data.batch.seed}`}
          data={data}
          apply={(change) => apply({ ...current(), ...change })}
          invalid={error !== undefined ? { key: refused, describedBy: ids.error } : undefined}
        />
      )}
    </section>
  );
}

/**
 * What was typed, as the link writes rows: rows with a colon are taken as they
 * are (a line break separates rows like a semicolon); anything else is CSV, the
 * inputs' columns then the targets'.
 */
function rowsFromText(text: string, sizes: Architecture): string | { error: string } {
  if (text.includes(':'))
    return text
      .split(/\r?\n/)
      .filter((line) => line.trim() !== '')
      .join(';');
  try {
    return rowsText(readCsv(text, sizes).examples);
  } catch (error) {
    if (error instanceof EngineError) return { error: error.message };
    throw error;
  }
}

const rowsOf = (data: DataSetup) => rowsText(data.dataset.examples);

/**
 * What the network has learned, training, then the first batch written out. The
 * heatmaps and the Train buttons come first and together, so that a learner who
 * trains sees the boundary move (after the table, on a 1280×720 screen they were
 * two screens below the buttons); the table and the batch's mean follow.
 */
function BatchView({ data }: { data: DataSetup }) {
  const live = useAppStore((s) => s.model);
  const running = useAppStore((s) => s.training.status === 'running');
  // While a run moves the weights every frame the table holds still (every row's trace
  // each frame would cost the animation its frames); it catches up on pause or at the end.
  const [held, setHeld] = useState(live);
  if (!running && held !== live) setHeld(live);
  const model = running ? held : live;
  const digits = useAppStore((s) => s.digits);
  const first = useMemo(
    () => epochBatches(data.dataset.examples.length, data.batch, 0)[0]!,
    [data],
  );
  const step = useMemo(
    () => batchStep(model, data.dataset, first, data.batch.reduce),
    [model, data, first],
  );
  const gradient = Object.keys(step.gradients)[0];
  return (
    <>
      <DataPlane data={data} />
      <DataTraining data={data} step={step} />
      {running && (
        <p className="panel-note">
          The table shows the weights as the run began; it follows again when the run pauses or
          ends.
        </p>
      )}
      <DataTable data={data} step={step} />
      {gradient && <BatchAverage step={step} id={gradient} digits={digits} />}
    </>
  );
}
