import { useId, useState } from 'react';
import { epochBatches } from '../engine/batch';
import type { DataSetup } from '../engine/data-link';
import { GENERATED_SETS } from '../engine/dataset';
import { formatDisplayNumber } from '../engine/format';
import { useAppStore } from '../store/context';

/**
 * How the rows are cut into batches: the size, mean or sum, shuffling and the
 * seed. Each change goes through `apply`, read as a link is; a refused value
 * marks its field and leaves the last good batching in force.
 */
export function BatchSettings({
  data,
  apply,
  invalid,
}: {
  data: DataSetup;
  apply: (change: Record<string, string>) => void;
  /** the refused key and the message that says why */
  invalid: { key: string | undefined; describedBy: string } | undefined;
}) {
  const id = useId();
  const locked = !useAppStore((s) => s.editable);
  const lr = useAppStore((s) => s.model.params.lr ?? 0);
  const count = data.dataset.examples.length;
  const [size, setSize] = useState(String(data.batch.size));
  const [seed, setSeed] = useState(String(data.batch.seed));
  const marks = (key: string) =>
    invalid?.key === key
      ? { 'aria-invalid': true, 'aria-describedby': invalid.describedBy }
      : { 'aria-invalid': false };
  const generated = (GENERATED_SETS as readonly string[]).includes(data.dataset.name);
  const batches = epochBatches(count, data.batch, 0);
  const last = batches.at(-1)!.length;
  return (
    <div className="data-batch">
      <div className="data-row">
        <label htmlFor={`${id}-size`}>Batch size (1 to {count})</label>
        <input
          id={`${id}-size`}
          inputMode="numeric"
          value={size}
          disabled={locked}
          {...marks('batch')}
          onChange={(event) => setSize(event.target.value)}
          onBlur={() => apply({ batch: size.trim() === String(count) ? 'all' : size })}
          onKeyDown={(event) => {
            if (event.key === 'Enter')
              apply({ batch: size.trim() === String(count) ? 'all' : size });
          }}
        />
      </div>
      <fieldset className="data-row" disabled={locked}>
        <legend>Batch gradient</legend>
        {(['mean', 'sum'] as const).map((reduce) => (
          <label key={reduce}>
            <input
              type="radio"
              name={`${id}-reduce`}
              checked={data.batch.reduce === reduce}
              onChange={() => apply({ reduce })}
            />{' '}
            {reduce === 'mean'
              ? 'mean'
              : `sum: the learning rate times ${data.batch.size} (η·N = ${formatDisplayNumber(lr * data.batch.size, 4)})`}
          </label>
        ))}
      </fieldset>
      <div className="data-row">
        <label>
          <input
            type="checkbox"
            checked={data.batch.shuffle}
            disabled={locked}
            onChange={(event) => apply({ shuffle: event.target.checked ? '1' : '0' })}
          />{' '}
          Shuffle the rows each epoch
        </label>
      </div>
      <div className="data-row">
        <label htmlFor={`${id}-seed`}>
          Seed (
          {generated
            ? `draws the ${data.dataset.name}’s points and the shuffles`
            : 'draws the shuffles'}
          ; 1 to 4294967295)
        </label>
        <input
          id={`${id}-seed`}
          inputMode="numeric"
          value={seed}
          disabled={locked}
          {...marks('seed')}
          onChange={(event) => setSeed(event.target.value)}
          onBlur={() => seed.trim() !== String(data.batch.seed) && apply({ seed })}
          onKeyDown={(event) => {
            if (event.key === 'Enter') apply({ seed });
          }}
        />
      </div>
      <p className="panel-note">
        {count} {count === 1 ? 'row' : 'rows'} in batches of {data.batch.size}: {batches.length}{' '}
        {batches.length === 1 ? 'update' : 'updates'} per epoch
        {last !== data.batch.size
          ? `; the last batch has ${last} ${last === 1 ? 'row' : 'rows'} and is an update of its own, not carried into the next epoch`
          : ''}
        .
      </p>
    </div>
  );
}
