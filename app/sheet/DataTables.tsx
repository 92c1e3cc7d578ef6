import { useMemo } from 'react';
import {
  batchGrid,
  batchSentence,
  dataSheet,
  exampleGrid,
  type DataCell,
  type DataRow,
} from '../cli/data-sheet';
import { formatDisplayNumber } from '../engine/format';
import { texToText } from '../formulas/tex-text';
import { useAppStore } from '../store/context';

/**
 * With a dataset (data=), the sheet's two tables, built by the code that builds
 * the command line's: every example's quantities and the batch's row, then the
 * first batch written column by column, its mean (or sum) and the updated
 * parameters. Every number carries data-quantity, data-example and data-value.
 */
export function DataTables() {
  const data = useAppStore((s) => s.data);
  const model = useAppStore((s) => s.model);
  const example = useAppStore((s) => s.example);
  const digits = useAppStore((s) => s.digits);
  const sheet = useMemo(() => (data ? dataSheet(model, data) : null), [data, model]);
  if (!data || !sheet) return null;
  const symbols = new Map(sheet.trace.entries.map((e) => [e.id, texToText(e.symbol)]));
  const name = (id: string) => symbols.get(id) ?? id;
  // The updated parameters are the batch table's last column: here they would double the width.
  const grid = exampleGrid(sheet);
  const kept = grid.columns.map((id) => !id.endsWith('_new'));
  const examples = {
    columns: grid.columns.filter((_, k) => kept[k]),
    rows: grid.rows.map((row) => ({ ...row, cells: row.cells.filter((_, k) => kept[k]) })),
  };
  const batch = batchGrid(sheet);
  const count = sheet.examples.length;
  return (
    <section className="sheet-data" aria-labelledby="sheet-data-title">
      <h2 id="sheet-data-title">Many examples</h2>
      <p>
        The steps above work through example {example + 1} of {count}
        {data.dataset.name === 'rows' ? '' : ` (the set ${data.dataset.name})`}. Here is every
        example’s forward and backward pass, then one update of the first batch.
      </p>
      <div className="sheet-table-scroll" tabIndex={0} role="region" aria-label="Every example">
        <table className="sheet-data-table" data-table="examples">
          <caption>
            Every example: its inputs, targets, outputs, E_total and gradients; the last row the
            first batch’s {sheet.batch.reduce}
          </caption>
          <thead>
            <tr>
              <th scope="col">example</th>
              {examples.columns.map((id) => (
                <th key={id} scope="col">
                  {name(id)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {examples.rows.map((row) => (
              <GridRow key={row.head} row={row} digits={digits} />
            ))}
          </tbody>
        </table>
      </div>
      <div className="sheet-table-scroll" tabIndex={0} role="region" aria-label="The first batch">
        <table className="sheet-data-table" data-table="batch">
          <caption>
            The first batch
            {batch.more > 0
              ? ` (its first ${batch.head.length - 3} examples shown, ${batch.more} more in the table above)`
              : ''}
          </caption>
          <thead>
            <tr>
              {batch.head.map((head) => (
                <th key={head} scope="col">
                  {head}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {batch.rows.map((row) => (
              <GridRow key={row.head} row={{ ...row, head: name(row.head) }} digits={digits} />
            ))}
          </tbody>
        </table>
      </div>
      <p>{batchSentence(sheet)}</p>
    </section>
  );
}

function GridRow({ row, digits }: { row: DataRow; digits: number }) {
  return (
    <tr>
      <th scope="row">{row.head}</th>
      {row.cells.map((cell, k) =>
        cell ? <GridCell key={k} cell={cell} digits={digits} /> : <td key={k} />,
      )}
    </tr>
  );
}

function GridCell({ cell, digits }: { cell: DataCell; digits: number }) {
  const updated = cell.id.endsWith('_new');
  return (
    <td data-quantity={cell.id} data-example={cell.example} data-value={String(cell.value)}>
      {updated ? `${cell.id} = ` : ''}
      {formatDisplayNumber(cell.value, digits)}
    </td>
  );
}
