/**
 * The sheet as Markdown with TeX math ($…$, $$…$$), as GitHub, GitLab, Obsidian
 * and pandoc read it, and the network as a Mermaid figure (figure-mermaid.ts).
 */
import { formatNumber } from '../engine/format';
import type { Trace } from '../engine/trace';
import { batchSentence, batchTable, type DataSheet } from './data-sheet';
import { mermaidFigure } from './figure-mermaid';
import { EXERCISE_INSTRUCTIONS, mistakenMethodNote, sheetChain } from './handout';
import { changesSentence, paramRows, sections, settingRows, SHEET_TITLE } from './steps';

/** A table cell: a pipe inside TeX (\big|) would otherwise end the cell. */
const cell = (text: string) => text.replace(/\|/g, '\\|');

function markdownTable(head: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ];
}

/**
 * The whole sheet; with `answers` false, the exercise: every formula with blanks
 * where the computed numbers go, and no answer key.
 */
export function renderMarkdown(
  trace: Trace,
  digits: number,
  answers = true,
  data?: DataSheet,
): string {
  const note = mistakenMethodNote(trace);
  const lines: string[] = [
    `# ${SHEET_TITLE}: the ${trace.names.sizes.join('-')} network${answers ? '' : ' (exercise)'}`,
    '',
    changesSentence(trace),
    ...(answers ? [] : ['', EXERCISE_INSTRUCTIONS]),
    ...(note === undefined ? [] : ['', `> **Mistaken method.** ${note}`]),
    '',
    '## The network',
    '',
    ...mermaidFigure(trace),
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
      lines.push('', `$$ ${sheetChain(trace, entry, digits, answers).join(' = ')} $$`);
    }
  }
  if (data) lines.push(...dataSection(data, digits));
  if (answers) {
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
    );
  }
  lines.push('');
  return lines.join('\n');
}

/** The dataset's first batch: each example's quantities, their mean (or sum), the update. */
function dataSection(data: DataSheet, digits: number): string[] {
  const { head, rows, more } = batchTable(data, (v) => formatNumber(v, digits));
  const total = data.examples.length;
  return [
    '',
    `## The first batch (${data.batch.size} of ${total} ${total === 1 ? 'example' : 'examples'})`,
    '',
    `The steps above work through example 1. ${batchSentence(data)}`,
    ...(more > 0
      ? ['', `The table shows the batch's first examples; ${more} more are in the json and csv.`]
      : []),
    '',
    ...markdownTable(
      head,
      rows.map(([id = '', ...rest]) => [`\`${id}\``, ...rest]),
    ),
  ];
}
