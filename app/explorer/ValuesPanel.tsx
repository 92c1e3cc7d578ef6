import '../styles/values.css';
import { useMemo } from 'react';
import { useAppStore } from '../store/context';
import { stepIndex } from '../store/step-slice';
import { LiveValue } from '../controls/LiveValue';
import { createTimelineSelector } from './step-groups';

/**
 * Every quantity the step-through has reached, in the order it is computed, at
 * full precision: what the diagram shows rounded, and the factors it has no room
 * for (∂out/∂net, ∂net/∂w, a hidden neuron's share from each output, the biases'
 * gradients). Rows appear as the steps reach them (all with "Show all values");
 * the numbers follow every edit live, without a render.
 */
export function ValuesPanel() {
  const selectGroups = useMemo(() => createTimelineSelector(), []);
  const groups = useAppStore(selectGroups);
  const total = useAppStore((s) => s.trace.entries.length);
  const reached = useAppStore((s) => (s.showAll ? total : stepIndex(s) + 1));
  const shown = groups
    .map((group) => ({ ...group, steps: group.steps.filter((step) => step.index < reached) }))
    .filter((group) => group.steps.length > 0);
  return (
    <div className="values-panel">
      <p className="panel-note">
        {reached === total
          ? `All ${total} values of the worked example, in the order they are computed.`
          : `The ${reached} of ${total} values the step-through has reached, in the order they are computed.`}
      </p>
      {shown.map((group) => (
        <section key={group.key} className="values-group" data-phase={group.phase}>
          <h3>{group.title}</h3>
          <dl>
            {group.steps.map((step) => (
              <div key={step.id} className="values-row">
                <dt>{step.name}</dt>
                <dd>
                  <LiveValue quantity={step.id} />
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
