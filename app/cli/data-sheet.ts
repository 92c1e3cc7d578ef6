/**
 * The sheet with a dataset (data=): every example's quantities, then one update
 * of the first batch, its gradient the mean (or sum) of the examples'. The
 * worked steps above these tables are the first example's. Plain data first
 * (for json), then the two tables as md, tex and csv write them.
 */
import { batchStep, epochBatches, exampleModel } from '../engine/batch';
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

export interface BatchSummary {
  readonly size: number;
  readonly reduce: 'mean' | 'sum';
  /** the rows of the first batch (1-based), in its order */
  readonly examples: readonly number[];
  readonly E_total: number;
  readonly gradients: Readonly<Record<string, number>>;
  readonly updated: Readonly<Record<string, number>>;
}

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
  const first = epochBatches(examples.length, setup.batch, 0)[0]!;
  const step = batchStep(model, setup.dataset, first, setup.batch.reduce);
  return {
    trace: computeTrace(exampleModel(model, examples[0]!)),
    examples: rows,
    batch: {
      size: first.length,
      reduce: step.reduce,
      examples: first.map((k) => k + 1),
      E_total: step.E_total,
      gradients: step.gradients,
      updated: step.updated,
    },
  };
}

/** The columns of the examples' table: outputs, E_total, then each gradient. */
export function dataColumns(sheet: DataSheet): string[] {
  const outputs = sheet.trace.names.neurons.at(-1)!.map((node) => `out_${node}`);
  return [...outputs, 'E_total', ...Object.keys(sheet.batch.gradients)];
}

/**
 * One rectangular table for every format: a row per example (inputs, targets,
 * outputs, E_total, gradients), then the batch's row (its reduced E_total and
 * gradients, and each updated parameter in the columns that follow).
 */
export function dataTable(sheet: DataSheet): { head: string[]; rows: string[][] } {
  const { names } = sheet.trace;
  const columns = dataColumns(sheet);
  const updated = Object.keys(sheet.batch.updated);
  const head = ['example', ...names.inputs, ...names.targets, ...columns, ...updated];
  const rows = sheet.examples.map((row) => [
    String(row.example),
    ...row.inputs.map(String),
    ...row.targets.map(String),
    ...columns.map((id) => String(row.quantities[id])),
    ...updated.map(() => ''),
  ]);
  const blanks = [...names.inputs, ...names.targets].map(() => '');
  const reduced = (id: string) =>
    String(id === 'E_total' ? sheet.batch.E_total : (sheet.batch.gradients[id] ?? ''));
  rows.push([
    'batch',
    ...blanks,
    ...columns.map((id) => (id.startsWith('out_') ? '' : reduced(id))),
    ...updated.map((id) => String(sheet.batch.updated[id])),
  ]);
  return { head, rows };
}

/** Columns a printed table gives the batch's examples before it says "and N more". */
export const PRINTED_EXAMPLES = 6;

/**
 * The first batch as a person reads it (md, tex): a row per quantity (inputs,
 * targets, outputs, E_total, each gradient), a column per example of the batch
 * (the first PRINTED_EXAMPLES), then the batch's column and the updated value.
 */
export function batchTable(
  sheet: DataSheet,
  format: (value: number) => string,
): { head: string[]; rows: string[][]; more: number } {
  const { names } = sheet.trace;
  const shown = sheet.batch.examples.slice(0, PRINTED_EXAMPLES);
  const rowsOf = shown.map((k) => sheet.examples[k - 1]!);
  const head = [
    'quantity',
    ...shown.map((k) => `example ${k}`),
    `batch (${sheet.batch.reduce})`,
    'updated',
  ];
  const rows: string[][] = [];
  names.inputs.forEach((id, i) =>
    rows.push([id, ...rowsOf.map((r) => format(r.inputs[i]!)), '', '']),
  );
  names.targets.forEach((id, i) =>
    rows.push([id, ...rowsOf.map((r) => format(r.targets[i]!)), '', '']),
  );
  for (const id of dataColumns(sheet)) {
    const reduced = id === 'E_total' ? sheet.batch.E_total : sheet.batch.gradients[id];
    const param = id.startsWith('dE_d') ? `${id.slice(4)}_new` : '';
    const updated = sheet.batch.updated[param];
    rows.push([
      id,
      ...rowsOf.map((r) => format(r.quantities[id]!)),
      reduced === undefined ? '' : format(reduced),
      updated === undefined ? '' : `${param} = ${format(updated)}`,
    ]);
  }
  return { head, rows, more: sheet.batch.examples.length - shown.length };
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
