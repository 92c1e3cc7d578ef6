import '../styles/sheet.css';
import { EXERCISE_INSTRUCTIONS, mistakenMethodNote } from '../cli/handout';
import { PHASES, type Trace, type TraceEntry } from '../engine/trace';
import { useAppStore } from '../store/context';
import { layerTitle, PHASE_SUMMARIES, PHASE_TITLES } from '../ui/phase-labels';
import { RadioChoice } from '../ui/RadioChoice';
import { DataTables } from './DataTables';
import { NetworkFigure } from './NetworkFigure';
import { ParamsTable } from './ParamsTable';
import { SheetStep } from './SheetStep';

type Mode = 'key' | 'exercise';
const MODES = [
  { value: 'key', label: 'Worked, with every answer (the key)' },
  { value: 'exercise', label: 'Exercise: blanks where the computed numbers go' },
] as const;

/**
 * The worked-example sheet: every trace entry in order, grouped by phase (and by
 * layer in the backward pass), printable as a handout; or, with ?answers=0, the
 * same sheet as an exercise, the key being the sheet itself.
 */
export function SheetPage() {
  const trace = useAppStore((s) => s.trace);
  const digits = useAppStore((s) => s.digits);
  const answers = useAppStore((s) => s.answers);
  const setAnswers = useAppStore((s) => s.setAnswers);
  const layers = trace.names.sizes.length;
  const mistaken = mistakenMethodNote(trace);
  const steps = (entries: readonly TraceEntry[]) => (
    <StepList trace={trace} entries={entries} digits={digits} answers={answers} />
  );
  return (
    <main id="main" className="sheet" data-answers={answers ? 'shown' : 'hidden'}>
      <div className="sheet-intro">
        <h1>{answers ? 'The worked example, every step' : 'The worked example: exercise'}</h1>
        <p>
          One forward pass, one backward pass and one update of a {trace.names.sizes.join('-')}{' '}
          network, each quantity written as its symbol, its formula, the formula with the numbers in
          place, and {answers ? 'its value' : 'a blank for its value'}. Change any number in the
          address bar (for example <code>?w5=0.3&amp;act_h=tanh</code>) and every line follows.
        </p>
        {!answers && <p className="sheet-instructions">{EXERCISE_INSTRUCTIONS}</p>}
        <div className="sheet-controls print-hidden">
          <RadioChoice<Mode>
            legend="This sheet"
            value={answers ? 'key' : 'exercise'}
            choices={MODES}
            onChange={(mode) => setAnswers(mode === 'key')}
            note="Print both: the exercise for the class, the worked sheet as its key."
          />
          <button type="button" className="button" onClick={() => window.print()}>
            Print this sheet
          </button>
        </div>
        {mistaken !== undefined && (
          <p className="sheet-mistaken" data-method="mistaken">
            <strong>Mistaken method.</strong> {mistaken}
          </p>
        )}
      </div>
      <NetworkFigure />
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
            {phase === 'backward'
              ? groupByLayer(entries).map(([layer, group]) => (
                  <section key={layer} aria-label={layerTitle(layer, layers)}>
                    <h3>{layerTitle(layer, layers)}</h3>
                    {steps(group)}
                  </section>
                ))
              : steps(entries)}
          </section>
        );
      })}
      <DataTables />
    </main>
  );
}

interface StepListProps {
  readonly trace: Trace;
  readonly entries: readonly TraceEntry[];
  readonly digits: number;
  readonly answers: boolean;
}

function StepList({ trace, entries, digits, answers }: StepListProps) {
  return (
    <ol className="sheet-steps">
      {entries.map((entry) => (
        <SheetStep key={entry.id} trace={trace} entry={entry} digits={digits} answers={answers} />
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
