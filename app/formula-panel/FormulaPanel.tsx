import { lazy, Suspense, useMemo } from 'react';
import { useAppStore, useAppStoreApi } from '../store/context';
import { LiveValue } from '../controls/LiveValue';
import { describe } from '../formulas/describe';
import { FactorList } from './FactorList';
import { createStructureSelector, partsLabel } from './formula-structure';
import { LiveSummary } from './LiveSummary';
import { slottedLine, symbolicLine } from '../formulas/formula-tex';
import { SlottedTex } from './SlottedTex';
import { useTexHtml } from '../formulas/tex-html';

// One step's note, which carries the article's printed figures: loaded when that step is reached.
const ArticleSlipNote = lazy(() =>
  import('./ArticleSlipNote').then((m) => ({ default: m.ArticleSlipNote })),
);
// A note for a saturated cross-entropy output, which the first screen never shows.
const ClampNote = lazy(() => import('./ClampNote').then((m) => ({ default: m.ClampNote })));
/** The output node whose loss (E_o1) or loss slope (dE_dout_o1) a step computes, if any. */
const LOSS_STEP = /^(?:E_|dE_dout_)(o\d+)$/;

/**
 * The current step's derivation: symbol = chain-rule formula = the same with
 * numbers = value. The HTML changes only with the structure (step, notation,
 * settings); values reach the page through live-values.ts, so a drag re-renders
 * nothing here.
 */
export function FormulaPanel() {
  const store = useAppStoreApi();
  const selectStructure = useMemo(() => createStructureSelector(), []);
  const structure = useAppStore(selectStructure);
  // One object per architecture (the engine caches them): a drag does not change it.
  const names = useAppStore((s) => s.trace.names);
  const requests = useMemo(() => {
    if (!structure) return null;
    const { quantities } = store.getState().trace;
    return {
      symbolic: symbolicLine(structure.entry),
      slotted: slottedLine(structure.entry, (id) => id in quantities),
    };
  }, [structure, store]);
  const symbolic = useTexHtml(requests?.symbolic ?? null);
  const slotted = useTexHtml(requests?.slotted ?? null);
  const crossEntropy = useAppStore((s) => s.model.settings.loss === 'ce');
  if (!structure || !requests) return null;
  const { entry, settings, parts } = structure;
  const lossNode = crossEntropy ? LOSS_STEP.exec(entry.id)?.[1] : undefined;
  return (
    <div className="formula-panel" data-step={entry.id}>
      <p className="formula-describe">{describe(entry, settings, names)}</p>
      <div className="formula-math">
        <div
          className="formula-line formula-symbolic"
          data-tex-loading={symbolic === null || undefined}
          dangerouslySetInnerHTML={{ __html: symbolic ?? '' }}
        />
        {requests.slotted !== null && (
          <SlottedTex className="formula-line formula-substituted" html={slotted ?? ''} />
        )}
        <p className="formula-line formula-result">
          <span className="formula-equals" aria-hidden="true">
            =
          </span>
          <span className="visually-hidden">Value: </span>
          <LiveValue key={entry.id} quantity={entry.id} className="formula-number" />
        </p>
      </div>
      {lossNode !== undefined && (
        <Suspense fallback={null}>
          <ClampNote node={lossNode} />
        </Suspense>
      )}
      {entry.id === 'E_total_new' && (
        <Suspense fallback={null}>
          <ArticleSlipNote step={entry.id} />
        </Suspense>
      )}
      <FactorList label={partsLabel(entry)} parts={parts} />
      <LiveSummary />
    </div>
  );
}
