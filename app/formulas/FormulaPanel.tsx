import { useMemo } from 'react';
import { useAppStore, useAppStoreApi } from '../store/context';
import { LiveValue } from '../ui/LiveValue';
import { ClampNote } from './ClampNote';
import { describe } from './describe';
import { FactorList } from './FactorList';
import { createStructureSelector, partsLabel, type FormulaStructure } from './formula-structure';
import { LiveSummary } from './LiveSummary';
import { renderTex } from './render-tex';
import { slotTex } from './slot-tex';
import { SlottedTex } from './SlottedTex';
import type { AppState } from '../store/app-store';

/** A formula that is one mark (∂net_o1/∂w5 = out_h1) would only repeat its value as numbers. */
const isSingleRef = (template: string) => /^@\[[A-Za-z0-9_]+\]$/.test(template);

/** KaTeX HTML for the structure: the symbolic line (with MathML) and the slotted numbers line. */
function renderStructure({ entry }: FormulaStructure, state: AppState) {
  const symbolic = renderTex(`\\displaystyle ${entry.symbol}=${entry.formula}`);
  const hasNumbers = entry.deps.length > 0 && !isSingleRef(entry.template);
  const slotted = hasNumbers
    ? renderTex(
        `\\displaystyle =${slotTex(entry.template, {
          isQuantity: (id) => id in state.trace.quantities,
          value: (id) => state.trace.quantities[id] ?? state.model.params[id] ?? NaN,
        })}`,
        { output: 'html' },
      )
    : null;
  return { symbolic, slotted };
}

/**
 * The current step's derivation: symbol = chain-rule formula = the same with
 * numbers = value. KaTeX runs only when the structure changes (step, notation,
 * settings); values reach the page through live-values.ts, so a drag re-renders
 * nothing here.
 */
export function FormulaPanel() {
  const store = useAppStoreApi();
  const selectStructure = useMemo(() => createStructureSelector(), []);
  const structure = useAppStore(selectStructure);
  const html = useMemo(
    () => (structure ? renderStructure(structure, store.getState()) : null),
    [structure, store],
  );
  if (!structure || !html) return null;
  const { entry, settings, parts } = structure;
  return (
    <div className="formula-panel" data-step={entry.id}>
      <p className="formula-describe">{describe(entry, settings)}</p>
      <div className="formula-math">
        <div
          className="formula-line formula-symbolic"
          dangerouslySetInnerHTML={{ __html: html.symbolic }}
        />
        {html.slotted !== null && (
          <SlottedTex className="formula-line formula-substituted" html={html.slotted} />
        )}
        <p className="formula-line formula-result">
          <span className="formula-equals" aria-hidden="true">
            =
          </span>
          <span className="visually-hidden">Value: </span>
          <LiveValue key={entry.id} quantity={entry.id} className="formula-number" />
        </p>
      </div>
      <ClampNote step={entry.id} />
      <FactorList label={partsLabel(entry)} parts={parts} />
      <LiveSummary />
    </div>
  );
}
