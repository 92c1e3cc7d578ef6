/**
 * The sheet in each output format: pure functions from a trace to text, so they
 * can be tested without a process. Values in answer keys and data (json, csv)
 * keep full float64 precision; `digits` only shapes the TeX a person reads.
 */
import { formatLayers, weightEdge } from '../engine/architecture';
import type { Trace } from '../engine/trace';
import { dataTable, type DataSheet } from './data-sheet';
import { mistakenMethodNote, mistakenStepNote, mistakenSteps, stepWeightLabel } from './handout';
import { renderLatex } from './latex';
import { renderMarkdown } from './markdown';
import { paramRows, substitutedTex } from './steps';

export const FORMATS = ['json', 'md', 'tex', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export function isFormat(text: string): text is Format {
  return (FORMATS as readonly string[]).includes(text);
}

/** The formats that can leave the answers out: an exercise is read by a person. */
export const EXERCISE_FORMATS: readonly Format[] = ['md', 'tex'];

/**
 * The sheet in a format. `answers` false (md and tex only) writes the exercise:
 * blanks where the computed numbers go, no answer key.
 */
export function renderSheet(
  trace: Trace,
  format: Format,
  digits: number,
  answers = true,
  data?: DataSheet,
): string {
  switch (format) {
    case 'json':
      return renderJson(trace, digits, data);
    case 'md':
      return renderMarkdown(trace, digits, answers, data);
    case 'tex':
      return renderLatex(trace, digits, answers, data);
    case 'csv':
      return data ? renderDataCsv(data) : renderCsv(trace, digits);
  }
}

/**
 * Every value, for a program: the parameters (each weight with its edge), the
 * method (hidden_deltas = updated is said to be the mistaken one), every quantity
 * at full precision, and every step with its TeX; a step about one weight names
 * it by its edge, and a step the mistaken method changes says so.
 */
export function renderJson(trace: Trace, digits: number, data?: DataSheet): string {
  const mistaken = mistakenSteps(trace);
  const note = mistakenMethodNote(trace);
  const sheet = {
    // The network, as layers= names it: the parameters below are its own (w1 … w12 in a 2-3-2).
    layers: formatLayers(trace.model.sizes),
    params: Object.fromEntries(paramRows(trace).map((row) => [row.id, row.value])),
    weights: Object.fromEntries(
      trace.names.weights.map((w) => [w.id, { ...weightEdge(trace.names, w.id) }]),
    ),
    settings: { ...trace.model.settings },
    method: {
      correct: note === undefined,
      ...(note !== undefined && { note }),
    },
    quantities: trace.quantities,
    steps: trace.entries.map((entry) => {
      const weight = stepWeightLabel(trace, entry);
      return {
        id: entry.id,
        phase: entry.phase,
        value: entry.value,
        symbol: entry.symbol,
        formula: entry.formula,
        substituted: substitutedTex(trace, entry, digits),
        factors: entry.factors,
        deps: entry.deps,
        ...(weight !== undefined && { weight }),
        ...(mistaken.has(entry.id) && { note: mistakenStepNote(trace) }),
      };
    }),
    // With a dataset the steps above are the first example's; these are all of them, and the batch.
    ...(data && {
      examples: data.examples.map(({ example, inputs, targets, quantities }) => ({
        example,
        inputs,
        targets,
        quantities,
      })),
      batch: data.batch,
    }),
  };
  return `${JSON.stringify(sheet, null, 2)}\n`;
}

/** RFC 4180: a field holding a comma, a quote or a line break is quoted, its quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The columns: the step, its value at full precision, its TeX; `weight` names the
 * weight a step is about by its edge (w5: h1 → o1), and `note` marks each step the
 * mistaken method (hidden_deltas = updated) computes otherwise.
 */
export const CSV_HEADER = [
  'id',
  'phase',
  'value',
  'symbol',
  'formula',
  'substituted',
  'weight',
  'note',
] as const;

export function renderCsv(trace: Trace, digits: number): string {
  const mistaken = mistakenSteps(trace);
  const rows = trace.entries.map((entry) => [
    entry.id,
    entry.phase,
    String(entry.value),
    entry.symbol,
    entry.formula,
    substitutedTex(trace, entry, digits),
    stepWeightLabel(trace, entry) ?? '',
    mistaken.has(entry.id) ? mistakenStepNote(trace) : '',
  ]);
  // RFC 4180 ends every record, the last included, with CRLF.
  return [CSV_HEADER, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/** With a dataset: one row per example and the batch's row (data-sheet.ts), at full precision. */
export function renderDataCsv(data: DataSheet): string {
  const { head, rows } = dataTable(data);
  return [head, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
