import '../styles/plane.css';
import { useId, useMemo, useState } from 'react';
import { networkNames } from '../engine/architecture';
import type { Example } from '../engine/dataset';
import { formatDisplayNumber } from '../engine/format';
import { planeGrid, planeRangeFor, pointOutputs, type PlaneRange } from '../engine/input-plane';
import type { Model } from '../engine/model';
import { domainFor, type ColourDomain } from './plane-paint';
import { boundaryOf, onTargetSide } from './plane-sample';
import { PlaneCanvas } from './PlaneCanvas';
import { PlaneLegend } from './PlaneLegend';
import { PlanePoints } from './PlanePoints';
import { PlaneValues } from './PlaneValues';

/** Cells per side: fine enough for a smooth boundary, cheap enough for every frame of training. */
export const PLANE_SIZE = 40;

interface PlaneHeatmapsProps {
  /** a network of two inputs */
  readonly model: Model;
  readonly examples: readonly Example[];
  /** the heading's level, under the page's own */
  readonly level?: 3 | 4;
}

const n = (x: number) => formatDisplayNumber(x, 3);

/** The examples as one output's plots draw them: the inputs, and that output's target alone. */
const pointsOf = (examples: readonly Example[], target: number): Example[] =>
  examples.map((e) => ({ inputs: e.inputs, targets: [e.targets[target]!] }));

/** What a canvas shows, in words: the neuron, the plane's extent, its lowest and highest value. */
function describe(neuron: string, range: PlaneRange, values: Float64Array): string {
  let low = Infinity;
  let high = -Infinity;
  for (const v of values) {
    low = Math.min(low, v);
    high = Math.max(high, v);
  }
  return `${neuron} over the input plane, i1 and i2 from ${n(range.min)} to ${n(range.max)}: from ${n(low)} at its lowest to ${n(high)} at its highest, blue high, orange low`;
}

/**
 * What the network has learned, drawn over its input plane: the chosen output's
 * value as a heatmap with the examples on it (the decision boundary is where it
 * turns white), and a small heatmap per neuron of the first hidden layer. A new
 * model (an edit, a drag, an epoch) is one grid and one paint per canvas.
 */
export function PlaneHeatmaps({ model, examples, level = 3 }: PlaneHeatmapsProps) {
  const id = useId();
  const names = useMemo(() => networkNames(model.sizes), [model.sizes]);
  const outputsNames = names.neurons.at(-1)!;
  const [chosen, setChosen] = useState(outputsNames[0]!);
  const neuron = outputsNames.includes(chosen) ? chosen : outputsNames[0]!;
  const range = useMemo(() => planeRangeFor(examples), [examples]);
  const grid = useMemo(() => planeGrid(model, range, PLANE_SIZE), [model, range]);
  const atPoints = useMemo(() => pointOutputs(model, examples), [model, examples]);
  const values = grid.outputs[neuron]!;
  const domain: ColourDomain = domainFor(model.settings.act_o, values);
  const boundary = boundaryOf(domain);
  const outputs = atPoints[neuron]!;
  const targetIndex = outputsNames.indexOf(neuron);
  let right = 0;
  examples.forEach((e, k) => {
    if (onTargetSide(outputs[k]!, e.targets[targetIndex]!, boundary)) right++;
  });
  const hidden = names.neurons[1]!;
  const Heading = `h${level}` as const;
  const Sub = `h${level + 1}` as 'h4' | 'h5';
  // One list for every plot, kept while the examples and the output stay: the points' plots
  // are memoised, and a new list each frame of training would redraw them all.
  const pointsFor = useMemo(
    () => pointsOf(examples, outputsNames.indexOf(neuron)),
    [examples, outputsNames, neuron],
  );
  return (
    <section className="plane" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`}>What the network has learned</Heading>
      {outputsNames.length > 1 && (
        <p className="data-row">
          <label htmlFor={`${id}-output`}>Output</label>
          <select id={`${id}-output`} value={neuron} onChange={(e) => setChosen(e.target.value)}>
            {outputsNames.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
        </p>
      )}
      <div className="plane-main">
        <figure className="plane-figure">
          <span className="plane-axis-y" aria-hidden="true">
            <span>{n(range.max)}</span>
            <span className="plane-axis-name">i2</span>
            <span>{n(range.min)}</span>
          </span>
          <div className="plane-square">
            <PlaneCanvas
              values={values}
              size={grid.size}
              domain={domain}
              neuron={neuron}
              label={describe(neuron, range, values)}
            />
            <PlanePoints examples={pointsFor} range={range} boundary={boundary} />
          </div>
          <span className="plane-axis-x" aria-hidden="true">
            <span>{n(range.min)}</span>
            <span className="plane-axis-name">i1</span>
            <span>{n(range.max)}</span>
          </span>
          <figcaption className="plane-summary">
            {neuron} puts {right} of {examples.length} examples on their target’s side of{' '}
            {n(boundary)}.
          </figcaption>
        </figure>
        <PlaneLegend domain={domain} neuron={neuron} />
      </div>
      <Sub>What each neuron of the first hidden layer has learned</Sub>
      <ul className="plane-hidden">
        {hidden.map((h) => {
          const hv = grid.outputs[h]!;
          return (
            <li key={h}>
              <figure className="plane-figure-small">
                <div className="plane-square">
                  <PlaneCanvas
                    values={hv}
                    size={grid.size}
                    domain={domainFor(model.settings.act_h, hv)}
                    neuron={h}
                    label={describe(h, range, hv)}
                  />
                  <PlanePoints examples={pointsFor} range={range} boundary={boundary} small />
                </div>
                <figcaption>{h}</figcaption>
              </figure>
            </li>
          );
        })}
      </ul>
      <PlaneValues
        grid={grid}
        neuron={neuron}
        examples={pointsFor}
        outputs={outputs}
        boundary={boundary}
      />
    </section>
  );
}
