import '../styles/playground.css';
import { useEffect, useRef, useState } from 'react';
import { Tex } from '../formulas/Tex';
import { texToText } from '../formulas/tex-text';
import { formatDisplayNumber } from '../engine/format';
import { useAppStoreApi } from '../store/context';
import { linkPlayground } from './playground-link';
import { describeStep } from './steps';
import { startStore } from './start-store';
import { useStore } from 'zustand';
import { PlaygroundProvider } from './context';
import { FormulaField } from './FormulaField';
import { usePlaygroundLive } from './use-playground-live';
import { ValuesPanel } from './ValuesPanel';

/**
 * The speaker's notes on the playground: the audience's current step (kept in
 * step through presenter sync), what it computes, its formula and value, and
 * the next step; below them the formula and the leaves, editable from the
 * lectern (the audience's window follows, as this one follows it).
 */
export function PlaygroundSpeakerNotes() {
  const app = useAppStoreApi();
  const [store] = useState(() => startStore(app));
  const tools = useRef<HTMLDivElement>(null);
  useEffect(() => linkPlayground(app, store), [app, store]);
  usePlaygroundLive(app, store, tools);
  const steps = useStore(store, (s) => s.steps);
  const step = useStore(store, (s) => s.step);
  const trace = useStore(store, (s) => s.trace);
  const quantities = useStore(store, (s) => s.quantities);
  const index = Math.max(
    0,
    steps.findIndex((e) => e.id === step),
  );
  const entry = steps[index]!;
  const next = steps[index + 1];
  const label = (id: string) => trace.graph.nodes.get(id)?.label ?? id;
  return (
    <>
      <section className="speaker-current" aria-labelledby="speaker-current-title">
        <p className="speaker-label">
          {/* The label is in capitals; a formula is not: x and X are different names. */}
          <span className="pg-speaker-formula">f = {trace.graph.formula}</span> · current step{' '}
          {index + 1} of {steps.length}
        </p>
        <h2 id="speaker-current-title" className="speaker-title" data-speaker-step={entry.id}>
          <span className="visually-hidden">{texToText(entry.symbol)}</span>
          <span aria-hidden="true">
            <Tex tex={entry.symbol} />
          </span>
        </h2>
        <p className="speaker-notes">{describeStep(entry, label, trace.graph.output)}</p>
        <div className="speaker-formula">
          <Tex tex={`${entry.symbol} = ${entry.formula}`} display />
        </div>
        <p className="speaker-value">Value: {formatDisplayNumber(quantities[entry.id]!)}</p>
      </section>
      <section className="speaker-next" aria-labelledby="speaker-next-title">
        <h2 id="speaker-next-title" className="speaker-label">
          Next
        </h2>
        {next ? (
          <p className="speaker-next-step" data-speaker-next={next.id}>
            <Tex tex={next.symbol} /> — {describeStep(next, label, trace.graph.output)}
          </p>
        ) : (
          <p className="speaker-next-step">The last step.</p>
        )}
      </section>
      <details className="speaker-tools">
        <summary className="speaker-label">Formula and leaves</summary>
        <div ref={tools} className="speaker-tools-body pg-speaker-tools">
          <PlaygroundProvider store={store}>
            <section aria-label="Formula">
              <FormulaField editable />
            </section>
            <section aria-label="Values and gradients">
              <ValuesPanel editable />
            </section>
          </PlaygroundProvider>
        </div>
      </details>
    </>
  );
}
