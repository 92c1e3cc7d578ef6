/**
 * The sheet with a dataset (data=): every example's quantities, then one update
 * of the first batch, its gradient the mean (or sum) of the examples'. The
 * worked steps above these tables are the first example's. Plain data first
 * (for json), then the two tables as md, tex and csv write them.
 */
import { exampleModel, firstBatch, type FirstBatch } from '../engine/batch';
import type { DataSetup } from '../engine/data-query';
import type { Model } from '../engine/model';
import { computeTrace, type Trace } from '../engine/trace';

export interface ExampleRow {
  /** 1, 2, …: the row's place in the dataset */
  readonly example: number;
  readonly inputs: readonly number[];
  readonly targets: readonly number[];
  /** every quantity of the example's trace, by id */
  readonly quantities: Readonly<Record<string, number>>;
}

/** The first batch's update, as the sheet's JSON carries it. */
export type BatchSummary = FirstBatch;

export interface DataSheet {
  /** the first example's trace: the worked steps of the sheet */
  readonly trace: Trace;
  readonly examples: readonly ExampleRow[];
  readonly batch: BatchSummary;
}

export function dataSheet(model: Model, setup: DataSetup): DataSheet {
  const { examples } = setup.dataset;
  const rows = examples.map((example, k): ExampleRow => {
    const trace = computeTrace(exampleModel(model, example));
    return { example: k + 1, ...example, quantities: trace.quantities };
  });
  return {
    trace: computeTrace(exampleModel(model, examples[0]!)),
    examples: rows,
    batch: firstBatch(model, setup.dataset, setup.batch),
  };
}

/** The columns of the examples' table: outputs, E_total, then each gradient. */
export function dataColumns(sheet: DataSheet): string[] {
  const outputs = sheet.trace.names.neurons.at(-1)!.map((node) => `out_${node}`);
  return [...outputs, 'E_total', ...Object.keys(sheet.batch.gradients)];
}

/** A number of a data table, by what it is: its trace id (or input / target name) and row. */
export interface DataCell {
  readonly id: string;
  /** `1`, `2`, … for an example's row, `batch` for the batch's */
  readonly example: string;
  readonly value: number;
}

/** A table's row: its heading and a cell (or nothing) per column. */
export interface DataRow {
  readonly head: string;
  readonly cells: readonly (DataCell | null)[];
}

/**
 * One rectangular table, the one every view of the examples reads (the csv,
 * the sheet page): a row per example (inputs, targets, outputs, E_total,
 * gradients), then the batch's row (its reduced E_total and gradients, and each
 * updated parameter in the columns that follow).
 */
export function exampleGrid(sheet: DataSheet): { columns: string[]; rows: DataRow[] } {
  const { names } = sheet.trace;
  const quantities = dataColumns(sheet);
  const updated = Object.keys(sheet.batch.updated);
  const given = [...names.inputs, ...names.targets];
  const columns = [...given, ...quantities, ...updated];
  const rows: DataRow[] = sheet.examples.map((row) => {
    const example = String(row.example);
    const values = [...row.inputs, ...row.targets];
    return {
      head: example,
      cells: [
        ...given.map((id, k) => ({ id, example, value: values[k]! })),
        ...quantities.map((id) => ({ id, example, value: row.quantities[id]! })),
        ...updated.map(() => null),
      ],
    };
  });
  const reduced = (id: string) =>
    id === 'E_total' ? sheet.batch.E_total : sheet.batch.gradients[id];
  const batch = (id: string, value: number | undefined) =>
    value === undefined ? null : { id, example: 'batch', value };
  rows.push({
    head: 'batch',
    cells: [
      ...given.map(() => null),
      ...quantities.map((id) => batch(id, reduced(id))),
      ...updated.map((id) => batch(id, sheet.batch.updated[id])),
    ],
  });
  return { columns, rows };
}

/** The same table as strings at full precision (csv): a blank where a row has no such number. */
export function dataTable(sheet: DataSheet): { head: string[]; rows: string[][] } {
  const { columns, rows } = exampleGrid(sheet);
  return {
    head: ['example', ...columns],
    rows: rows.map((row) => [row.head, ...row.cells.map((c) => (c ? String(c.value) : ''))]),
  };
}

/** Columns a printed table gives the batch's examples before it says "and N more". */
export const PRINTED_EXAMPLES = 6;

/**
 * The first batch as a person reads it (md, tex, the sheet page): a row per
 * quantity (inputs, targets, outputs, E_total, each gradient), a column per
 * example of the batch (the first PRINTED_EXAMPLES), then the batch's column and
 * the updated value.
 */
export function batchGrid(sheet: DataSheet): { head: string[]; rows: DataRow[]; more: number } {
  const { names } = sheet.trace;
  const shown = sheet.batch.examples.slice(0, PRINTED_EXAMPLES);
  const rowsOf = shown.map((k) => sheet.examples[k - 1]!);
  const head = [
    'quantity',
    ...shown.map((k) => `example ${k}`),
    `batch (${sheet.batch.reduce})`,
    'updated',
  ];
  const rows: DataRow[] = [];
  const given = (id: string, value: (r: ExampleRow) => number) =>
    rows.push({
      head: id,
      cells: [
        ...rowsOf.map((r) => ({ id, example: String(r.example), value: value(r) })),
        null,
        null,
      ],
    });
  names.inputs.forEach((id, i) => given(id, (r) => r.inputs[i]!));
  names.targets.forEach((id, i) => given(id, (r) => r.targets[i]!));
  for (const id of dataColumns(sheet)) {
    const reduced = id === 'E_total' ? sheet.batch.E_total : sheet.batch.gradients[id];
    const param = id.startsWith('dE_d') ? `${id.slice(4)}_new` : '';
    const updated = sheet.batch.updated[param];
    rows.push({
      head: id,
      cells: [
        ...rowsOf.map((r) => ({ id, example: String(r.example), value: r.quantities[id]! })),
        reduced === undefined ? null : { id, example: 'batch', value: reduced },
        updated === undefined ? null : { id: param, example: 'batch', value: updated },
      ],
    });
  }
  return { head, rows, more: sheet.batch.examples.length - shown.length };
}

/** The batch table as md and tex print it: each number formatted, the update named (w5_new = …). */
export function batchTable(
  sheet: DataSheet,
  format: (value: number) => string,
): { head: string[]; rows: string[][]; more: number } {
  const { head, rows, more } = batchGrid(sheet);
  return {
    head,
    more,
    rows: rows.map((row) => [
      row.head,
      ...row.cells.map((c, k) =>
        c === null
          ? ''
          : k === row.cells.length - 1
            ? `${c.id} = ${format(c.value)}`
            : format(c.value),
      ),
    ]),
  };
}

/** What the batch row means, in one sentence under the table. */
export function batchSentence(sheet: DataSheet): string {
  const { batch } = sheet;
  const rows =
    batch.examples.length === sheet.examples.length
      ? 'every row'
      : `rows ${batch.examples.join(', ')}`;
  const how =
    batch.reduce === 'mean'
      ? `the mean of the ${batch.size} examples' values`
      : `the sum of the ${batch.size} examples' values (a step ${batch.size} times as long as their mean's)`;
  return `The batch row: the first batch (${rows}); its E_total and gradients are ${how}, and each updated parameter is p − η · that gradient, after one update.`;
}
