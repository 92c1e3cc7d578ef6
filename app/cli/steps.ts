/**
 * What every sheet format shares: the order of sections, the chain of equalities
 * a step prints, and the words around the numbers. The formats (formats.ts,
 * latex.ts) only decide how these are written down.
 */
import { weightEdge } from '../engine/architecture';
import { formatTexNumber } from '../engine/format';
import { paramIds, paramKind, SETTING_KEYS, type SettingKey } from '../engine/model';
import { ARTICLE_NOTATION } from '../engine/notation';
import { modelToQuery } from '../engine/query';
import { fillTemplate, texOperand } from '../engine/template';
import type { Trace, TraceEntry } from '../engine/trace';

export interface Section {
  readonly title: string;
  readonly entries: readonly TraceEntry[];
}

export const SHEET_TITLE = 'Backpropagation step by step';

export const SETTING_LABELS: Readonly<Record<SettingKey, string>> = {
  act_h: 'hidden-layer activation',
  act_o: 'output activation',
  loss: 'loss',
  biases: 'biases',
  hidden_deltas: 'weights the hidden deltas use',
  bias_per: 'a bias for each',
};

const KIND_LABELS = {
  input: 'input',
  target: 'target',
  weight: 'weight',
  bias: 'bias',
  lr: 'learning rate',
} as const;

export interface ParamRow {
  readonly id: string;
  readonly label: string;
  readonly symbol: string;
  readonly value: number;
}

/** What each parameter is; a weight is named by its edge ('weight h1 → o1'). */
export function paramRows(trace: Trace): ParamRow[] {
  return paramIds(trace.names).map((id) => {
    const edge = weightEdge(trace.names, id);
    return {
      id,
      label: edge ? `weight ${edge.from} → ${edge.to}` : KIND_LABELS[paramKind(id) ?? 'weight'],
      symbol: ARTICLE_NOTATION.param(id),
      value: trace.model.params[id] ?? NaN,
    };
  });
}

export function settingRows(trace: Trace): { key: SettingKey; label: string; value: string }[] {
  return SETTING_KEYS.map((key) => ({
    key,
    label: SETTING_LABELS[key],
    value: trace.model.settings[key],
  }));
}

/** One sentence saying how this exercise differs from the article's, so a key can be matched to its sheet. */
export function changesSentence(trace: Trace): string {
  const changes = modelToQuery(trace.model).map(([key, value]) => `${key} = ${value}`);
  return changes.length === 0
    ? "The article's numbers and settings, unchanged."
    : `Changed from the article: ${changes.join(', ')}.`;
}

/**
 * Sections in trace order. The backward pass is split by layer, as a person works
 * it; consecutive steps of one phase stay together, so under hidden_deltas =
 * updated the sheet shows the update arriving before the hidden layer's deltas.
 */
export function sections(trace: Trace): Section[] {
  const last = trace.names.sizes.length - 1;
  const title = (entry: TraceEntry): string => {
    switch (entry.phase) {
      case 'forward':
        return 'Forward pass';
      case 'loss':
        return 'Error';
      case 'update':
        return 'Update';
      case 'backward':
        if (entry.layer === last) return 'Backward pass: output layer';
        return last === 2
          ? 'Backward pass: hidden layer'
          : `Backward pass: hidden layer ${entry.layer}`;
    }
  };
  const result: { title: string; entries: TraceEntry[] }[] = [];
  for (const entry of trace.entries) {
    const heading = title(entry);
    const current = result[result.length - 1];
    if (current && current.title === heading) current.entries.push(entry);
    else result.push({ title: heading, entries: [entry] });
  }
  return result;
}

/**
 * The step's formula with numbers in place, at `digits` significant digits. The
 * trace's own `substituted` is fixed at the default digits, so it is redrawn from
 * the template the same way the engine draws it.
 */
export function substitutedTex(trace: Trace, entry: TraceEntry, digits: number): string {
  return fillTemplate(entry.template, (id) =>
    texOperand(trace.quantities[id] ?? trace.model.params[id] ?? NaN, digits),
  );
}

/**
 * symbol = formula = substituted = value, without saying the same thing twice
 * (∂net/∂w1 = i1 = 0.05, not … = 0.05 = 0.05).
 */
export function stepChain(trace: Trace, entry: TraceEntry, digits: number): string[] {
  const parts = [
    entry.symbol,
    entry.formula,
    substitutedTex(trace, entry, digits),
    formatTexNumber(entry.value, digits),
  ];
  return parts.filter((part, k) => k === 0 || part !== parts[k - 1]);
}
