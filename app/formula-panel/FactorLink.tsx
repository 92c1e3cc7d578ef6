import { memo, useMemo } from 'react';
import { useAppStoreApi } from '../store/context';
import { LiveValue } from '../controls/LiveValue';
import type { FormulaPart } from './formula-structure';
import { findParamControl } from '../formulas/param-control';
import { factorSymbol } from '../formulas/formula-tex';
import { useTexHtml } from '../formulas/tex-html';
import { texToText } from '../formulas/tex-text';

interface FactorLinkProps {
  readonly part: FormulaPart;
  /** lit by a hover elsewhere (the graph, the timeline) */
  readonly lit: boolean;
}

/**
 * One factor of the current formula: hovering or focusing it lights what it is
 * made of in the graph; activating it goes to its own step (or, for a
 * parameter, to the control that edits it).
 */
export const FactorLink = memo(function FactorLink({ part, lit }: FactorLinkProps) {
  const store = useAppStoreApi();
  const html = useTexHtml(useMemo(() => factorSymbol(part.symbol), [part.symbol]));
  const name = useMemo(() => texToText(part.symbol), [part.symbol]);
  const light = () =>
    store.getState().setHighlight({ elements: part.touches, quantities: [part.id] });
  const unlight = () => store.getState().setHighlight(null);
  const activate = () => {
    if (part.kind === 'quantity') store.getState().goTo(part.id);
    else findParamControl(part.id)?.focus();
  };
  return (
    <button
      type="button"
      className="factor-link"
      data-kind={part.kind}
      data-factor={part.id}
      data-lit={lit || undefined}
      title={
        part.kind === 'quantity'
          ? `Go to the step of ${name}`
          : `Edit ${part.id}${part.edge ? ` (${part.edge})` : ''}`
      }
      onClick={activate}
      onPointerEnter={light}
      onPointerLeave={unlight}
      onFocus={light}
      onBlur={unlight}
    >
      <span className="visually-hidden">
        {part.edge ? `${name}, ${part.edge.replace('→', ' to ')}` : name} ={' '}
      </span>
      <span
        className="factor-symbol"
        aria-hidden="true"
        dangerouslySetInnerHTML={{ __html: html ?? '' }}
      />
      {part.edge && (
        <span className="factor-edge" aria-hidden="true">
          {part.edge}
        </span>
      )}
      <span className="factor-equals" aria-hidden="true">
        =
      </span>
      {part.kind === 'quantity' ? (
        <LiveValue quantity={part.id} className="factor-value" />
      ) : (
        <LiveValue param={part.id} className="factor-value" />
      )}
    </button>
  );
});
