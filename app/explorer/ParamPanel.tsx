import { memo } from 'react';
import { networkNames } from '../engine/architecture';
import { paramIds, paramKind, type ParamKind } from '../engine/model';
import { useAppStore } from '../store/context';
import { NumberField } from '../controls/NumberField';
import { paramHint } from './param-hints';

const GROUPS: readonly [ParamKind, string][] = [
  ['input', 'Inputs'],
  ['target', 'Targets'],
  ['weight', 'Weights'],
  ['bias', 'Biases'],
  ['lr', 'Learning rate'],
];

/** The range a weight's slider covers: wide enough for training's usual drift; the field takes any value. */
const WEIGHT_SLIDER: readonly [number, number] = [-3, 3];

/**
 * Every number of the network, grouped, each an editable field. The panel reads
 * only the network's shape; each field subscribes to its own value, so a drag on
 * the graph re-renders one field, not the panel.
 */
export const ParamPanel = memo(function ParamPanel() {
  const sizes = useAppStore((s) => s.model.sizes);
  const biasPer = useAppStore((s) => s.model.settings.bias_per);
  const names = networkNames(sizes, biasPer);
  const ids = paramIds(names);
  return (
    <div className="numbers-tab">
      <div className="numbers-panel">
        <p className="panel-note">
          Type a number and press Enter, or use ↑/↓ (Shift ×10, Alt ×0.1). Escape puts back the
          value from when you entered the field or last pressed Enter, nudges included.
        </p>
        {GROUPS.map(([kind, title]) => {
          const group = ids.filter((id) => paramKind(id) === kind);
          if (group.length === 0) return null;
          return (
            <fieldset key={kind} className={`numbers-group numbers-${kind}`}>
              <legend>{title}</legend>
              <div className="numbers-grid">
                {group.map((id) => (
                  <NumberField
                    key={id}
                    id={id}
                    hint={paramHint(names, id)}
                    {...(kind === 'weight' && { kind: 'weight', slider: WEIGHT_SLIDER })}
                  />
                ))}
              </div>
            </fieldset>
          );
        })}
      </div>
    </div>
  );
});
