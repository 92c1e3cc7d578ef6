import { useEffect, useEffectEvent, useMemo } from 'react';
import { batchStep } from '../../../engine/batch';
import type { Dataset } from '../../../engine/dataset';
import { formatDisplayNumber } from '../../../engine/format';
import type { Model } from '../../../engine/model';
import { useAppStore } from '../../../store/context';
import { datasetGradientIds } from '../../schema';

interface GradientsViewProps {
  readonly model: Model;
  readonly dataset: Dataset;
  /** the weight or bias whose gradients the table lists */
  readonly param: string;
  readonly onValues: (values: Record<string, number>) => void;
  readonly conceal: string | null;
}

/**
 * Each example's ∂E/∂param from its own trace, their mean (the batch's gradient)
 * and the one update it makes. While a check asks for the mean, the mean and the
 * update (which would give it away) show "?".
 */
export function GradientsView({ model, dataset, param, onValues, conceal }: GradientsViewProps) {
  const digits = useAppStore((s) => s.digits);
  const indices = useMemo(() => dataset.examples.map((_, k) => k), [dataset]);
  const step = useMemo(() => batchStep(model, dataset, indices, 'mean'), [model, dataset, indices]);
  const gradient = `dE_d${param}`;
  const ids = datasetGradientIds(param, indices.length);
  const mean = step.gradients[gradient] ?? NaN;
  const updated = step.updated[`${param}_new`] ?? NaN;
  const perExample = step.traces.map((trace) => trace.quantities[gradient] ?? NaN);
  const report = useEffectEvent(() => {
    const values: Record<string, number> = {};
    perExample.forEach((value, k) => (values[ids[k]!] = value));
    values[ids.at(-2)!] = mean;
    values[ids.at(-1)!] = updated;
    onValues(values);
  });
  useEffect(() => report(), [step]);
  const hidden = conceal === ids.at(-2) || conceal === ids.at(-1);
  const show = (value: number) => formatDisplayNumber(value, digits);
  const lr = model.params.lr ?? 0;
  const current = model.params[param] ?? NaN;
  const names = Object.keys(dataset.examples[0]!.inputs);
  if (!(gradient in step.gradients)) {
    return <p className="panel-note">This network has no parameter {param}.</p>;
  }
  return (
    <div className="data-table-scroll">
      <table className="data-table dataset-gradients">
        <caption>
          ∂E/∂{param} of each example, their mean, and one update of {param} (η = {show(lr)})
        </caption>
        <thead>
          <tr>
            <th scope="col">Example</th>
            {names.map((k) => (
              <th key={k} scope="col">
                i{Number(k) + 1}
              </th>
            ))}
            <th scope="col">t1</th>
            <th scope="col">out_o1</th>
            <th scope="col">∂E/∂{param}</th>
          </tr>
        </thead>
        <tbody>
          {dataset.examples.map((example, k) => (
            <tr key={k}>
              <th scope="row">{k + 1}</th>
              {example.inputs.map((x, j) => (
                <td key={j}>{show(x)}</td>
              ))}
              <td>{show(example.targets[0]!)}</td>
              <td>{show(step.traces[k]!.quantities.out_o1 ?? NaN)}</td>
              <td data-quantity={ids[k]} data-example={k + 1} data-value={perExample[k]}>
                {show(perExample[k]!)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={names.length + 3}>
              Mean of the {indices.length}: the batch’s ∂E/∂{param}
            </th>
            <Cell id={ids.at(-2)!} value={mean} hidden={hidden} text={show(mean)} />
          </tr>
          <tr>
            <th scope="row" colSpan={names.length + 3}>
              {param}⁺ = {show(current)} − {show(lr)} × mean
            </th>
            <Cell id={ids.at(-1)!} value={updated} hidden={hidden} text={show(updated)} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function Cell({
  id,
  value,
  hidden,
  text,
}: {
  id: string;
  value: number;
  hidden: boolean;
  text: string;
}) {
  return hidden ? (
    <td data-quantity={id} data-example="batch" data-unrevealed="">
      ?
    </td>
  ) : (
    <td data-quantity={id} data-example="batch" data-value={value}>
      {text}
    </td>
  );
}
