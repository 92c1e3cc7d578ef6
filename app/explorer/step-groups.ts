/**
 * The step-through's timeline, grouped as a person reads the worked example:
 * the forward pass, the total error, the backward pass layer by layer (output
 * layer first), and the update. Consecutive entries of one phase (and, going
 * backward, of one layer) form a group.
 */
import type { Phase, Trace, TraceEntry } from '../engine/trace';
import { texToText } from '../formulas/tex-text';
import { layerTitle, PHASE_TITLES } from '../ui/phase-labels';

export interface TimelineStep {
  readonly id: string;
  readonly index: number;
  readonly phase: Phase;
  /** plain text of the symbol: ∂E_total/∂w5 */
  readonly name: string;
}

export interface StepGroup {
  readonly key: string;
  readonly phase: Phase;
  /** 'Backward pass · Output layer' */
  readonly title: string;
  readonly steps: readonly TimelineStep[];
}

type Entry = Pick<TraceEntry, 'id' | 'phase' | 'layer' | 'symbol'>;

/** Where a step stands: ['Backward pass', 'Output layer'], or ['Total error']. */
export function stepContext(entry: Entry, layers: number): string[] {
  const parts = [PHASE_TITLES[entry.phase]];
  if (entry.phase === 'backward') parts.push(layerTitle(entry.layer, layers));
  return parts;
}

export function groupSteps(entries: readonly Entry[], layers: number): StepGroup[] {
  const groups: { key: string; phase: Phase; title: string; steps: TimelineStep[] }[] = [];
  entries.forEach((entry, index) => {
    const title = stepContext(entry, layers).join(' · ');
    const step = { id: entry.id, index, phase: entry.phase, name: texToText(entry.symbol) };
    const last = groups[groups.length - 1];
    if (last && last.title === title) last.steps.push(step);
    else groups.push({ key: `${entry.phase}-${index}`, phase: entry.phase, title, steps: [step] });
  });
  return groups;
}

/** The accessible name of a timeline step: '∂E_total/∂w5 (dE_dw5), backward pass'. */
export function stepLabel(step: TimelineStep): string {
  return `${step.name} (${step.id}), ${PHASE_TITLES[step.phase].toLowerCase()}`;
}

/** A key that changes exactly when the timeline's groups would. */
export function timelineKey(entries: readonly Entry[], notation: string): string {
  return `${notation}|${entries.map((e) => `${e.id}:${e.phase}:${e.layer}`).join()}`;
}

/**
 * A zustand selector for the timeline's groups that returns the same array
 * while the structure stays the same: dragging a weight re-renders no step.
 */
export function createTimelineSelector(): (state: {
  readonly trace: Trace;
  readonly notation: string;
}) => readonly StepGroup[] {
  let last: { key: string; groups: readonly StepGroup[] } | null = null;
  return ({ trace, notation }) => {
    const key = timelineKey(trace.entries, notation);
    if (last?.key !== key)
      last = { key, groups: groupSteps(trace.entries, trace.names.sizes.length) };
    return last.groups;
  };
}
