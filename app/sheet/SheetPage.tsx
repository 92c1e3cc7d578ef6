import '../styles/sheet.css';
import { PHASES, type TraceEntry } from '../engine/trace';
import { useAppStore } from '../store/context';
import { layerTitle, PHASE_SUMMARIES, PHASE_TITLES } from '../ui/phase-labels';
import { ParamsTable } from './ParamsTable';
import { SheetStep } from './SheetStep';

/**
 * The worked-example sheet: every trace entry in order, grouped by phase (and by
 * layer in the backward pass), printable as a handout.
 */
export function SheetPage() {
  const trace = useAppStore((s) => s.trace);
  const digits = useAppStore((s) => s.digits);
  const layers = trace.names.sizes.length;
  return (
    <main id="main" className="sheet">
      <div className="sheet-intro">
        <h1>The worked example, every step</h1>
        <p>
          One forward pass, one backward pass and one update of a {trace.names.sizes.join('-')}{' '}
          network, each quantity written as its symbol, its formula, the formula with the numbers in
          place, and its value. Change any number in the address bar (for example{' '}
          <code>?w5=0.3&amp;act_h=tanh</code>) and every line follows.
        </p>
        <button type="button" className="button print-hidden" onClick={() => window.print()}>
          Print this sheet
        </button>
      </div>
      <ParamsTable />
      {PHASES.map((phase) => {
        const entries = trace.entries.filter((e) => e.phase === phase);
        if (entries.length === 0) return null;
        return (
          <section
            key={phase}
            className={`sheet-phase phase-${phase}`}
            aria-labelledby={`phase-${phase}`}
          >
            <h2 id={`phase-${phase}`}>{PHASE_TITLES[phase]}</h2>
            <p className="phase-summary">{PHASE_SUMMARIES[phase]}</p>
            {phase === 'backward' ? (
              groupByLayer(entries).map(([layer, group]) => (
                <section key={layer} aria-label={layerTitle(layer, layers)}>
                  <h3>{layerTitle(layer, layers)}</h3>
                  <StepList entries={group} digits={digits} />
                </section>
              ))
            ) : (
              <StepList entries={entries} digits={digits} />
            )}
          </section>
        );
      })}
    </main>
  );
}

function StepList({ entries, digits }: { entries: readonly TraceEntry[]; digits: number }) {
  return (
    <ol className="sheet-steps">
      {entries.map((entry) => (
        <SheetStep key={entry.id} entry={entry} digits={digits} />
      ))}
    </ol>
  );
}

/** Consecutive runs of the same layer, in trace order (outputs first in the backward pass). */
function groupByLayer(entries: readonly TraceEntry[]): [number, TraceEntry[]][] {
  const groups: [number, TraceEntry[]][] = [];
  for (const entry of entries) {
    const last = groups[groups.length - 1];
    if (last && last[0] === entry.layer) last[1].push(entry);
    else groups.push([entry.layer, [entry]]);
  }
  return groups;
}
