/**
 * The sheet in each output format: pure functions from a trace to text, so they
 * can be tested without a process. Values in answer keys and data (json, csv)
 * keep full float64 precision; `digits` only shapes the TeX a person reads.
 */
import type { Trace } from '../engine/trace';
import { renderLatex } from './latex';
import {
  changesSentence,
  paramRows,
  sections,
  settingRows,
  SHEET_TITLE,
  stepChain,
  substitutedTex,
} from './steps';

export const FORMATS = ['json', 'md', 'tex', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export function isFormat(text: string): text is Format {
  return (FORMATS as readonly string[]).includes(text);
}

export function renderSheet(trace: Trace, format: Format, digits: number): string {
  switch (format) {
    case 'json':
      return renderJson(trace, digits);
    case 'md':
      return renderMarkdown(trace, digits);
    case 'tex':
      return renderLatex(trace, digits);
    case 'csv':
      return renderCsv(trace, digits);
  }
}

export function renderJson(trace: Trace, digits: number): string {
  const sheet = {
    params: Object.fromEntries(paramRows(trace).map((row) => [row.id, row.value])),
    settings: { ...trace.model.settings },
    quantities: trace.quantities,
    steps: trace.entries.map((entry) => ({
      id: entry.id,
      phase: entry.phase,
      value: entry.value,
      symbol: entry.symbol,
      formula: entry.formula,
      substituted: substitutedTex(trace, entry, digits),
      factors: entry.factors,
      deps: entry.deps,
    })),
  };
  return `${JSON.stringify(sheet, null, 2)}\n`;
}

/** RFC 4180: a field holding a comma, a quote or a line break is quoted, its quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_HEADER = ['id', 'phase', 'value', 'symbol', 'formula', 'substituted'] as const;

export function renderCsv(trace: Trace, digits: number): string {
  const rows = trace.entries.map((entry) => [
    entry.id,
    entry.phase,
    String(entry.value),
    entry.symbol,
    entry.formula,
    substitutedTex(trace, entry, digits),
  ]);
  // RFC 4180 ends every record, the last included, with CRLF.
  return [CSV_HEADER, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/** A table cell: a pipe inside TeX (\big|) would otherwise end the cell. */
const cell = (text: string) => text.replace(/\|/g, '\\|');

function markdownTable(head: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ];
}

export function renderMarkdown(trace: Trace, digits: number): string {
  const lines: string[] = [
    `# ${SHEET_TITLE}: the ${trace.names.sizes.join('-')} network`,
    '',
    changesSentence(trace),
    '',
    '## Parameters',
    '',
    ...markdownTable(
      ['Name', 'Symbol', 'Value', 'Meaning'],
      paramRows(trace).map((row) => [
        `\`${row.id}\``,
        `$${row.symbol}$`,
        String(row.value),
        row.label,
      ]),
    ),
    '',
    '## Settings',
    '',
    ...markdownTable(
      ['Setting', 'Value', 'Meaning'],
      settingRows(trace).map((row) => [`\`${row.key}\``, row.value, row.label]),
    ),
  ];
  for (const section of sections(trace)) {
    lines.push('', `## ${section.title}`);
    for (const entry of section.entries) {
      lines.push('', `$$ ${stepChain(trace, entry, digits).join(' = ')} $$`);
    }
  }
  lines.push(
    '',
    '## Answer key',
    '',
    `Values at full float64 precision; the steps above round to ${digits} significant digits.`,
    '',
    ...markdownTable(
      ['Step', 'Symbol', 'Value'],
      trace.entries.map((entry) => [`\`${entry.id}\``, `$${entry.symbol}$`, String(entry.value)]),
    ),
    '',
  );
  return lines.join('\n');
}
