import { describe, expect, it } from 'vitest';
import { exampleModel } from '../engine/batch';
import { dataFromArgs } from '../engine/data-query';
import { defaultParams, DEFAULT_SETTINGS, type Model } from '../engine/model';
import { computeTrace } from '../engine/trace';
import { parseArgs } from './args';
import { batchGrid, dataSheet, dataTable, exampleGrid } from './data-sheet';
import { batchStep } from '../engine/batch';
import { renderSheet } from './formats';

const xorNet: Model = {
  sizes: [2, 2, 1],
  params: defaultParams([2, 2, 1]),
  settings: DEFAULT_SETTINGS,
};
const setupOf = (query: string) => {
  const params = new URLSearchParams(query);
  return dataFromArgs((key) => params.get(key) ?? undefined, xorNet.sizes)!;
};

const xor4 = () => setupOf('data=xor').dataset;

describe('the sheet with a dataset', () => {
  const sheet = dataSheet(xorNet, setupOf('data=xor&batch=3'));

  it("carries every example's own trace, and works through the first", () => {
    expect(sheet.examples).toHaveLength(4);
    sheet.examples.forEach((row, k) => {
      const example = { inputs: row.inputs, targets: row.targets };
      expect(row.example).toBe(k + 1);
      expect(row.quantities).toEqual(computeTrace(exampleModel(xorNet, example)).quantities);
    });
    expect(sheet.trace.quantities).toEqual(sheet.examples[0]!.quantities);
  });

  it('updates once from the first batch, its gradient the mean of its examples’', () => {
    expect(sheet.batch.examples).toEqual([1, 2, 3]);
    const mean = (id: string) =>
      sheet.examples.slice(0, 3).reduce((s, r) => s + r.quantities[id]!, 0) / 3;
    expect(sheet.batch.gradients.dE_dw5).toBe(mean('dE_dw5'));
    expect(sheet.batch.E_total).toBe(mean('E_total'));
    expect(sheet.batch.updated.w5_new).toBe(xorNet.params.w5! - 0.5 * mean('dE_dw5'));
  });

  it('json: examples and batch beside the first example’s steps', () => {
    const parsed = JSON.parse(renderSheet(sheet.trace, 'json', 9, true, sheet)) as {
      examples: { inputs: number[]; quantities: Record<string, number> }[];
      batch: { size: number; reduce: string; gradients: Record<string, number> };
    };
    expect(parsed.examples[3]!.inputs).toEqual([1, 1]);
    expect(parsed.batch.size).toBe(3);
    expect(parsed.batch.reduce).toBe('mean');
    expect(parsed.batch.gradients.dE_db1).toBe(sheet.batch.gradients.dE_db1);
  });

  it('csv: a row per example, then the batch’s, at full precision', () => {
    const { head, rows } = dataTable(sheet);
    expect(head.slice(0, 6)).toEqual(['example', 'i1', 'i2', 't1', 'out_o1', 'E_total']);
    expect(rows.map((r) => r[0])).toEqual(['1', '2', '3', '4', 'batch']);
    const batchRow = rows.at(-1)!;
    expect(Number(batchRow[head.indexOf('dE_dw5')])).toBe(sheet.batch.gradients.dE_dw5);
    expect(Number(batchRow[head.indexOf('w5_new')])).toBe(sheet.batch.updated.w5_new);
    const csv = renderSheet(sheet.trace, 'csv', 9, true, sheet);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(6);
  });

  it('the grids every view reads: each cell named by quantity and example, the engine’s values', () => {
    const { columns, rows } = exampleGrid(sheet);
    const step = batchStep(xorNet, xor4(), [0, 1, 2], 'mean');
    rows.slice(0, 4).forEach((row, k) => {
      const trace = computeTrace(exampleModel(xorNet, xor4().examples[k]!));
      for (const cell of row.cells) {
        if (cell === null) continue;
        expect(cell.example).toBe(String(k + 1));
        const given = { i1: 0, i2: 1, t1: 2 }[cell.id];
        const expected =
          given === undefined
            ? trace.quantities[cell.id]
            : [...xor4().examples[k]!.inputs, ...xor4().examples[k]!.targets][given];
        expect(cell.value, cell.id).toBe(expected);
      }
    });
    const batchRow = rows[4]!;
    const at = (id: string) => batchRow.cells[columns.indexOf(id)];
    expect(at('dE_dw5')).toEqual({ id: 'dE_dw5', example: 'batch', value: step.gradients.dE_dw5 });
    expect(at('w5_new')).toEqual({ id: 'w5_new', example: 'batch', value: step.updated.w5_new });
    expect(at('E_total')?.value).toBe(step.E_total);
    expect(at('out_o1')).toBeNull();
    const batch = batchGrid(sheet);
    expect(batch.head).toEqual([
      'quantity',
      'example 1',
      'example 2',
      'example 3',
      'batch (mean)',
      'updated',
    ]);
    const w5 = batch.rows.find((row) => row.head === 'dE_dw5')!;
    expect(w5.cells.map((c) => c?.value)).toEqual([
      ...step.traces.map((t) => t.quantities.dE_dw5),
      step.gradients.dE_dw5,
      step.updated.w5_new,
    ]);
  });

  it('md and tex: the batch table, with sum said to scale the step', () => {
    const summed = dataSheet(xorNet, setupOf('data=xor&reduce=sum'));
    const md = renderSheet(summed.trace, 'md', 9, true, summed);
    expect(md).toContain('## The first batch (4 of 4 examples)');
    expect(md).toContain(
      '| quantity | example 1 | example 2 | example 3 | example 4 | batch (sum) | updated |',
    );
    expect(md).toContain('a step 4 times as long');
    const tex = renderSheet(summed.trace, 'tex', 9, true, summed);
    expect(tex).toContain('\\section*{The first batch (4 of 4 examples)}');
  });

  it('the command line refuses bad data naming the row, and an exercise with data', () => {
    const bad = parseArgs(['layers=2-2-1', 'data=0,0:0;0,1:1;0:1']);
    expect(bad).toEqual({
      ok: false,
      error: 'data: data row 3 ("0:1") has 1 input; the network has 2.',
    });
    const exercise = parseArgs(['layers=2-2-1', 'data=xor', '--no-answers']);
    expect(exercise.ok).toBe(false);
  });
});
