import { useLayoutEffect, useMemo, useRef } from 'react';
import { slotTex } from '../formulas/slot-tex';
import { texToText } from '../formulas/tex-text';
import { useTexHtml } from '../formulas/tex-html';
import { factorSymbol, htmlOnlyTex, inlineTex } from '../formulas/formula-tex';
import { useAppStore } from '../store/context';
import { usePlayground, usePlaygroundApi } from './context';
import { patchPlayground } from './playground-live';
import { describeStep, type StepShape } from './steps';

const isSingleRef = (template: string) => /^@\[[A-Za-z0-9_]+\]$/.test(template);

/** KaTeX with number slots, which the live patcher fills before the first paint. */
function SlottedLine({ html }: { readonly html: string }) {
  const store = usePlaygroundApi();
  const digits = useAppStore((s) => s.digits);
  const root = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (root.current) patchPlayground(root.current, store.getState(), digits);
  }, [html, store, digits]);
  return (
    <div
      ref={root}
      className="formula-line formula-substituted"
      aria-hidden="true"
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

function Factor({ id, entry }: { readonly id: string; readonly entry: StepShape | undefined }) {
  const store = usePlaygroundApi();
  const isLeaf = usePlayground((s) => s.trace.graph.nodes.get(id)?.kind === 'leaf');
  const symbol = usePlayground((s) => entry?.symbol ?? s.trace.graph.nodes.get(id)?.symbol ?? id);
  const html = useTexHtml(useMemo(() => factorSymbol(symbol), [symbol]));
  const touches = entry?.touches ?? [id];
  const light = () => store.getState().setHighlight({ elements: touches, quantities: [id] });
  const unlight = () => store.getState().setHighlight(null);
  return (
    <button
      type="button"
      className="factor-link"
      data-factor={id}
      title={entry ? `Go to the step of ${texToText(symbol)}` : `${texToText(symbol)}, a leaf`}
      onClick={() => (entry ? store.getState().goTo(id) : undefined)}
      onPointerEnter={light}
      onPointerLeave={unlight}
      onFocus={light}
      onBlur={unlight}
    >
      <span className="visually-hidden">{texToText(symbol)} = </span>
      <span
        className="factor-symbol"
        aria-hidden="true"
        dangerouslySetInnerHTML={{ __html: html ?? '' }}
      />
      <span className="factor-equals" aria-hidden="true">
        =
      </span>
      <span
        className="factor-value"
        data-pg=""
        {...(isLeaf ? { 'data-leaf': id } : { 'data-quantity': id })}
      />
    </button>
  );
}

/**
 * The current step's derivation, as the explorer's formula panel: symbol =
 * formula, the same with the numbers in place, and the value; then what it is
 * made of, each lighting its part of the graph and leading to its own step.
 */
export function PlaygroundFormula() {
  const steps = usePlayground((s) => s.steps);
  const step = usePlayground((s) => s.step);
  const graph = usePlayground((s) => s.trace.graph);
  const entry = steps.find((e) => e.id === step) ?? steps[0]!;
  const byId = useMemo(() => new Map(steps.map((e) => [e.id, e])), [steps]);
  const numbers = useMemo(
    () =>
      entry.deps.length === 0 || isSingleRef(entry.template)
        ? null
        : htmlOnlyTex(
            `\\displaystyle =${slotTex(entry.template, { isQuantity: () => true, value: () => 0 })}`,
          ),
    [entry],
  );
  const symbolic = useTexHtml(
    useMemo(() => inlineTex(`\\displaystyle ${entry.symbol}=${entry.formula}`), [entry]),
  );
  const slotted = useTexHtml(numbers);
  const label = (id: string) => graph.nodes.get(id)?.label ?? id;
  const parts = entry.deps;
  return (
    <div className="formula-panel pg-formula" data-step={entry.id}>
      <p className="formula-describe">{describeStep(entry, label, graph.output)}</p>
      {/* A long sum (a weight used twenty times) scrolls sideways: the keyboard must reach it. */}
      <div className="formula-math" tabIndex={0} role="group" aria-label="The step’s formula">
        <div
          className="formula-line formula-symbolic"
          data-tex-loading={symbolic === null || undefined}
          dangerouslySetInnerHTML={{ __html: symbolic ?? '' }}
        />
        {numbers !== null && <SlottedLine html={slotted ?? ''} />}
        <p className="formula-line formula-result">
          <span className="formula-equals" aria-hidden="true">
            =
          </span>
          <span className="visually-hidden">Value: </span>
          <span key={entry.id} className="formula-number" data-pg="" data-quantity={entry.id} />
        </p>
      </div>
      {parts.length > 0 && (
        <div className="formula-parts">
          <span className="formula-parts-label" id={`pg-parts-${entry.id}`}>
            {entry.factors.length > 0
              ? entry.template.includes('+')
                ? 'Terms'
                : 'Factors'
              : 'Uses'}
            :
          </span>
          <ul aria-labelledby={`pg-parts-${entry.id}`}>
            {parts.map((id) => (
              <li key={id}>
                <Factor id={id} entry={byId.get(id)} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
