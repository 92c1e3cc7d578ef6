import { memo } from 'react';
import type { BatchStep } from '../engine/batch';
import type { DataSetup } from '../engine/data-query';
import { formatDisplayNumber } from '../engine/format';
import { texToText } from '../formulas/tex-text';
import { useAppStore, useAppStoreApi } from '../store/context';

/** Rows the table draws at most; the rest are in the sheet and its exports. */
export const SHOWN_ROWS = 64;

interface Column {
  /** the trace id of the quantity in this column */
  readonly id: string;
  /** its heading, as plain text: ∂E/∂w5 */
  readonly heading: string;
}

/**
 * The first batch, one row per example: its inputs, targets, outputs, E_total
 * and every gradient, each cell carrying the trace id (data-quantity), its
 * example (data-example) and its full value (data-value); then the batch's row
 * (the mean or sum) and the updated parameters. Choosing an example's row puts
 * it into the network. Wide networks scroll sideways, the example column held.
 * Memoised: while a run holds the table still, the panel around it re-renders
 * every frame, and so did its rows.
 */
export const DataTable = memo(function DataTable({
  data,
  step,
}: {
  data: DataSetup;
  step: BatchStep;
}) {
  const store = useAppStoreApi();
  const selected = useAppStore((s) => s.example);
  const digits = useAppStore((s) => s.digits);
  const locked = !useAppStore((s) => s.editable);
  const first = step.traces[0]!;
  const { names } = first;
  const outputs = names.neurons.at(-1)!.map((node) => `out_${node}`);
  const symbol = (id: string) => first.entries.find((e) => e.id === id)?.symbol ?? id;
  const columns: Column[] = [
    ...[...outputs, 'E_total', ...Object.keys(step.gradients)].map((id) => ({
      id,
      heading: texToText(symbol(id)),
    })),
  ];
  const shown = step.indices.slice(0, SHOWN_ROWS);
  const cell = (id: string, example: string, value: number | undefined) =>
    value === undefined ? (
      <td key={id} />
    ) : (
      <td key={id} data-quantity={id} data-example={example} data-value={String(value)}>
        {formatDisplayNumber(value, digits)}
      </td>
    );
  const inputsAndTargets = [...names.inputs, ...names.targets];
  return (
    <div className="data-table-scroll" tabIndex={0} role="region" aria-label="The first batch">
      <table className="data-table">
        <caption>
          The first batch: {step.indices.length} of {data.dataset.examples.length} examples, then
          their {step.reduce} and the update it makes
        </caption>
        <thead>
          <tr>
            <th scope="col">Example</th>
            {inputsAndTargets.map((id) => (
              <th key={id} scope="col">
                {id}
              </th>
            ))}
            {columns.map((c) => (
              <th key={c.id} scope="col">
                {c.heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((k, row) => {
            const trace = step.traces[row]!;
            const example = data.dataset.examples[k]!;
            const values = [...example.inputs, ...example.targets];
            return (
              <tr key={k} data-selected={k === selected ? '' : undefined}>
                <th scope="row">
                  <button
                    type="button"
                    className="data-example"
                    aria-pressed={k === selected}
                    disabled={locked}
                    onClick={() => store.getState().selectExample(k)}
                  >
                    {k + 1}
                  </button>
                </th>
                {values.map((v, i) => (
                  <td key={inputsAndTargets[i]}>{formatDisplayNumber(v, digits)}</td>
                ))}
                {columns.map((c) => cell(c.id, String(k + 1), trace.quantities[c.id]))}
              </tr>
            );
          })}
          {step.indices.length > shown.length && (
            <tr>
              <td colSpan={1 + inputsAndTargets.length + columns.length} className="panel-note">
                and {step.indices.length - shown.length} more examples (in the sheet and its
                exports)
              </td>
            </tr>
          )}
        </tbody>
        <tfoot>
          <tr className="data-batch-row">
            <th scope="row">Batch ({step.reduce})</th>
            {inputsAndTargets.map((id) => (
              <td key={id} />
            ))}
            {columns.map((c) =>
              c.id.startsWith('out_')
                ? cell(c.id, 'batch', undefined)
                : cell(c.id, 'batch', c.id === 'E_total' ? step.E_total : step.gradients[c.id]),
            )}
          </tr>
          <tr className="data-update-row">
            <th scope="row">Updated</th>
            {inputsAndTargets.map((id) => (
              <td key={id} />
            ))}
            {columns.map((c) => {
              const updated = `${c.id.slice('dE_d'.length)}_new`;
              return c.id.startsWith('dE_d') && step.updated[updated] !== undefined
                ? cell(updated, 'batch', step.updated[updated])
                : cell(c.id, 'batch', undefined);
            })}
          </tr>
        </tfoot>
      </table>
    </div>
  );
});
