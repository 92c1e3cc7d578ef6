/**
 * The step-through's entries in either mode: reverse mode's trace (forward
 * values, then the backward pass), or one pass of forward mode (the seeded
 * tangents, then each value's tangent). Both read alike: id, phase, symbol,
 * template, factors, touches.
 */
import type { ForwardPass, TangentEntry } from '../engine/expr-forward-mode';
import type { EntryShape } from '../engine/expr-structure';
import type { ExprEntry, ExprTrace } from '../engine/expr-trace';
import { texToText } from '../formulas/tex-text';

export type StepEntry = ExprEntry | TangentEntry;
export type StepPhase = StepEntry['phase'];
/**
 * A step as the step-through lists it: what it is, not its value. In reverse
 * mode these are the structure's own entries, the same objects while a leaf is
 * dragged, so nothing that lists them re-renders; values are in `quantities`.
 */
export type StepShape = EntryShape | Omit<TangentEntry, 'value'>;

export function stepsOf(
  trace: ExprTrace,
  pass: ForwardPass | null,
): { steps: readonly StepShape[]; quantities: Readonly<Record<string, number>> } {
  return pass
    ? { steps: pass.entries, quantities: pass.quantities }
    : { steps: trace.structure.entries, quantities: trace.quantities };
}

export const PHASE_NAMES: Readonly<Record<StepPhase, string>> = {
  forward: 'Forward pass',
  backward: 'Backward pass',
  tangent: 'Forward mode',
};

/** The value a template's mark stands for: an entry of this mode, or a node's value. */
export function markValue(
  trace: ExprTrace,
  quantities: Readonly<Record<string, number>>,
  id: string,
): number | undefined {
  return quantities[id] ?? trace.values[id];
}

/** "∂f/∂x (df_dx), backward pass": a step's accessible name. */
export function stepName(entry: Pick<StepEntry, 'id' | 'symbol' | 'phase'>): string {
  return `${texToText(entry.symbol)} (${entry.id}), ${PHASE_NAMES[entry.phase].toLowerCase()}`;
}

export interface StepGroup {
  readonly key: string;
  readonly phase: StepPhase;
  readonly title: string;
  readonly steps: readonly { readonly id: string; readonly index: number }[];
}

/** Consecutive steps of one phase, as the timeline groups them. */
export function groupSteps(steps: readonly StepShape[], seed: string | null): StepGroup[] {
  const groups: {
    key: string;
    phase: StepPhase;
    title: string;
    steps: { id: string; index: number }[];
  }[] = [];
  steps.forEach((entry, index) => {
    const last = groups[groups.length - 1];
    if (last && last.phase === entry.phase) last.steps.push({ id: entry.id, index });
    else {
      const title =
        entry.phase === 'tangent' && seed !== null
          ? `Forward mode · pass seeded at ${seed}`
          : PHASE_NAMES[entry.phase];
      groups.push({
        key: `${entry.phase}-${index}`,
        phase: entry.phase,
        title,
        steps: [{ id: entry.id, index }],
      });
    }
  });
  return groups;
}

/** What a step computes, in words: the formula panel's first line. */
export function describeStep(
  entry: StepShape,
  nodeLabel: (id: string) => string,
  output: string,
): string {
  const name = (id: string) => (id.startsWith('#') ? nodeLabel(id) : id);
  switch (entry.kind) {
    case 'value':
      return entry.phase === 'tangent'
        ? `Forward mode: ${entry.node}'s tangent, each input's tangent times its local derivative, summed.`
        : `Forward pass: the value of ${entry.node} = ${nodeLabel(entry.node)} of its inputs.`;
    case 'seed':
      return entry.phase === 'tangent'
        ? // A seed's template is its tangent: 1 for the leaf differentiated by, 0 for the others.
          `Forward mode seeds one leaf: its tangent is ${entry.template === '1' ? '1 (the leaf differentiated by)' : '0'}.`
        : `The backward pass starts at the output: ∂${output}/∂${output} = 1.`;
    case 'local':
      return `The local derivative of ${entry.edge?.split(/[>:]/)[1] ?? ''} with respect to its input ${name(entry.node)}: it depends only on that one operation.`;
    case 'contribution':
      return `${name(entry.node)} is used more than once: this is its contribution through one use, upstream times local. The contributions add up (+=).`;
    case 'gradient':
      return entry.factors.length > 2 ||
        (entry.factors.length === 2 && entry.template.includes('+'))
        ? `The gradient of ${output} with respect to ${name(entry.node)}: the sum of its contributions, one per use (the += rule).`
        : `The gradient of ${output} with respect to ${name(entry.node)}: upstream gradient times local derivative (the chain rule).`;
  }
}
