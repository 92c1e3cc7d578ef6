import { useState } from 'react';
import type { Example } from '../engine/dataset';
import { formatDisplayNumber } from '../engine/format';
import type { PlaneGrid } from '../engine/input-plane';
import { onTargetSide, sampleGrid } from './plane-sample';

interface PlaneValuesProps {
  readonly grid: PlaneGrid;
  readonly neuron: string;
  readonly examples: readonly Example[];
  /** the neuron's value at each example */
  readonly outputs: Float64Array;
  readonly boundary: number;
}

const shown = (x: number) => formatDisplayNumber(x, 4);

/**
 * The heatmap in numbers, behind a disclosure: the output at 5 × 5 points of
 * the plane, and at every example with its target. Drawn only while open, so
 * training does not rebuild tables nobody reads.
 */
export function PlaneValues({ grid, neuron, examples, outputs, boundary }: PlaneValuesProps) {
  const [open, setOpen] = useState(false);
  const quantity = `out_${neuron}`;
  return (
    <details className="plane-values" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>The heatmap in numbers: {neuron} at 25 points and at every example</summary>
      {open && (
        <>
          <div className="data-table-scroll">
            <table className="data-table plane-sample">
              <caption>{neuron} over the plane: rows by i2 (top: largest), columns by i1</caption>
              <thead>
                <tr>
                  <th scope="col">i2 \ i1</th>
                  {sampleGrid(grid, neuron)[0]?.map((cell) => (
                    <th key={cell.col} scope="col">
                      {shown(cell.i1)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {sampleGrid(grid, neuron).map((row) => (
                  <tr key={row[0]!.row}>
                    <th scope="row">{shown(row[0]!.i2)}</th>
                    {row.map((cell) => (
                      <td
                        key={cell.col}
                        data-quantity={quantity}
                        data-row={cell.row}
                        data-col={cell.col}
                        data-i1={cell.i1}
                        data-i2={cell.i2}
                        data-value={cell.value}
                      >
                        {shown(cell.value)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="data-table-scroll plane-points-scroll">
            <table className="data-table">
              <caption>Every example: its inputs, target and {neuron}</caption>
              <thead>
                <tr>
                  <th scope="col">Example</th>
                  <th scope="col">i1</th>
                  <th scope="col">i2</th>
                  <th scope="col">target</th>
                  <th scope="col">{neuron}</th>
                  <th scope="col">side</th>
                </tr>
              </thead>
              <tbody>
                {examples.map((example, k) => {
                  const output = outputs[k]!;
                  const target = example.targets[0]!;
                  return (
                    <tr key={k}>
                      <th scope="row">{k + 1}</th>
                      <td>{shown(example.inputs[0]!)}</td>
                      <td>{shown(example.inputs[1]!)}</td>
                      <td>{shown(target)}</td>
                      <td data-quantity={quantity} data-example={k + 1} data-value={output}>
                        {shown(output)}
                      </td>
                      <td>{onTargetSide(output, target, boundary) ? 'right' : 'wrong'}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </details>
  );
}
