import { useId } from 'react';
import { PRESETS } from '../engine/expr-presets';
import { usePlayground, usePlaygroundApi } from './context';

/** The presets: lesson 1's graphs, a neuron, a cross-entropy, a variable used twice. */
export function PresetMenu({ editable }: { readonly editable: boolean }) {
  const store = usePlaygroundApi();
  const formula = usePlayground((s) => s.trace.graph.formula);
  const id = useId();
  const current = PRESETS.find((p) => p.formula === formula);
  return (
    <div className="pg-presets">
      <label htmlFor={id}>Preset</label>
      <select
        id={id}
        value={current?.id ?? ''}
        disabled={!editable}
        onChange={(event) => store.getState().loadPreset(event.target.value)}
      >
        <option value="" disabled>
          Your own formula
        </option>
        {PRESETS.map((preset) => (
          <option key={preset.id} value={preset.id}>
            {preset.title}
          </option>
        ))}
      </select>
      {current && <p className="pg-preset-note">{current.note}</p>}
    </div>
  );
}
