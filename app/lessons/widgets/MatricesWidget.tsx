import { useId, useMemo, useState } from 'react';
import { networkNames } from '../../engine/architecture';
import { NOTATIONS } from '../../engine/notation';
import { Tex } from '../../formulas/Tex';
import { useAppStore, useAppStoreApi } from '../../store/context';
import { layerEquations, wrapGroups } from './matrices-data';
import { MatrixBlock } from './MatrixBlock';

interface MatricesWidgetProps {
  /** 1 (hidden) or 2 (output) in the 2-2-2 network */
  readonly layer: number;
}

/**
 * One layer of the explorer's network in vectorised form, every cell a live
 * number from the trace: editing a weight elsewhere moves the numbers here
 * without a re-render. It reads the structure (sizes, settings, notation) from
 * the store; the values reach it through live-values.ts.
 */
export function MatricesWidget({ layer }: MatricesWidgetProps) {
  const store = useAppStoreApi();
  const sizes = useAppStore((s) => s.model.sizes);
  const settings = useAppStore((s) => s.model.settings);
  const notationId = useAppStore((s) => s.notation);
  const [showSymbols, setShowSymbols] = useState(true);
  const toggleId = useId();
  const equations = useMemo(() => {
    const names = networkNames(sizes);
    if (layer < 1 || layer >= names.sizes.length) return null;
    // Symbols depend on the notation and the structure only, not on the values.
    const symbols = new Map(store.getState().trace.entries.map((e) => [e.id, e.symbol]));
    return layerEquations(
      names,
      settings,
      NOTATIONS[notationId],
      layer,
      (id) => symbols.get(id) ?? id,
    );
  }, [sizes, settings, notationId, layer, store]);

  if (!equations) {
    return (
      <p className="field-error" role="alert">
        This network has no layer {layer}.
      </p>
    );
  }
  return (
    <div className="mx-widget">
      <label className="expr-toggle" htmlFor={toggleId}>
        <input
          id={toggleId}
          type="checkbox"
          checked={showSymbols}
          onChange={(event) => setShowSymbols(event.target.checked)}
        />
        Show the scalar in each cell
      </label>
      {equations.map((equation) => (
        <section key={equation.id} className="mx-equation" aria-label={equation.words}>
          <p className="mx-words">{equation.words}</p>
          <div className="mx-row">
            {wrapGroups(equation.items).map((group, g) => (
              <span key={g} className="mx-group">
                {group.map((item, i) =>
                  item.kind === 'op' ? (
                    <span key={i} className="mx-op">
                      <Tex tex={item.tex} />
                    </span>
                  ) : (
                    <MatrixBlock
                      key={i}
                      label={item.label}
                      name={item.name}
                      rows={item.rows}
                      showSymbols={showSymbols}
                    />
                  ),
                )}
              </span>
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
