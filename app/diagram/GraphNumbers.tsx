import { memo } from 'react';
import type { NetworkNames } from '../engine/architecture';
import type { GraphLayout } from '../graph/layout';
import { NodeValues } from './NodeValues';
import type { ValueKeys } from '../graph/value-keys';
import { WeightNext } from './WeightNext';

interface GraphNumbersProps {
  readonly layout: GraphLayout;
  readonly names: NetworkNames;
  readonly keys: ValueKeys;
  readonly onJump: (step: string) => void;
}

/**
 * The numbers the step-through works out, drawn where they belong: beside each
 * neuron and target, and each weight's value after the update by its label.
 * Rendered once per structure; live-values.ts keeps their text current and hides
 * those not reached yet. Hidden from assistive technology: each part's name
 * reads its numbers (graph-names.ts), to full precision.
 */
export const GraphNumbers = memo(function GraphNumbers({
  layout,
  names,
  keys,
  onJump,
}: GraphNumbersProps) {
  const outputs = names.neurons[names.sizes.length - 1] ?? [];
  return (
    <g className="graph-values" aria-hidden="true">
      {layout.nodes.map((node) =>
        node.values || node.error ? (
          <NodeValues
            key={node.id}
            node={node}
            output={outputs[names.targets.indexOf(node.id)]}
            keys={keys}
            onJump={onJump}
          />
        ) : null,
      )}
      {layout.labels.map((label) => (
        <WeightNext key={label.id} param={label.id} box={label.next} onJump={onJump} />
      ))}
    </g>
  );
});
