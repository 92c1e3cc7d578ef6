/**
 * The sheet as a complete LaTeX document that compiles with pdflatex and only the
 * packages every TeX Live installation has (amsmath, amssymb, longtable, and TikZ
 * for the network's figure).
 */
import { formatNumber } from '../engine/format';
import type { Trace, TraceEntry } from '../engine/trace';
import { batchSentence, batchTable, type DataSheet } from './data-sheet';
import { tikzFigure } from './figure-tikz';
import { EXERCISE_INSTRUCTIONS, mistakenMethodNote, sheetChain } from './handout';
import { escapeLatexText, latexMath } from './latex-text';
import { changesSentence, paramRows, sections, settingRows, SHEET_TITLE } from './steps';

const tt = (text: string) => `\\texttt{${escapeLatexText(text)}}`;

function table(
  spec: string,
  head: readonly string[],
  rows: readonly (readonly string[])[],
): string[] {
  return [
    `\\begin{tabular}{${spec}}`,
    '\\hline',
    `${head.join(' & ')} \\\\`,
    '\\hline',
    ...rows.map((row) => `${row.join(' & ')} \\\\`),
    '\\hline',
    '\\end{tabular}',
  ];
}

/** symbol &= formula \\ &= substituted \\ &= value (or blanks), tagged with the step's id. */
function stepDisplay(trace: Trace, entry: TraceEntry, digits: number, answers: boolean): string[] {
  const [symbol = '', ...rest] = sheetChain(trace, entry, digits, answers).map(latexMath);
  const lines = rest.map((part, k) => `${k === 0 ? symbol : ''} &= ${part}`);
  if (lines.length === 0) lines.push(symbol);
  lines[0] = `${lines[0] ?? ''} \\tag*{${tt(entry.id)}}`;
  return ['\\begin{align*}', lines.join(' \\\\\n'), '\\end{align*}'];
}

/** The statement a sheet of the mistaken method carries, boxed so that no reader misses it. */
function mistakenBox(trace: Trace): string[] {
  const note = mistakenMethodNote(trace);
  if (note === undefined) return [];
  return [
    '',
    '\\begin{center}',
    `\\fbox{\\parbox{0.92\\linewidth}{\\textbf{Mistaken method.} ${escapeLatexText(note)}}}`,
    '\\end{center}',
  ];
}

/**
 * The whole sheet; with `answers` false, the exercise: every formula with blanks
 * where the computed numbers go, and no answer key (the key is the same sheet
 * with its answers).
 */
export function renderLatex(
  trace: Trace,
  digits: number,
  answers = true,
  data?: DataSheet,
): string {
  const title = `${SHEET_TITLE}: the ${trace.names.sizes.join('-')} network${answers ? '' : ' (exercise)'}`;
  const lines: string[] = [
    '\\documentclass{article}',
    '\\usepackage{amsmath}',
    '\\usepackage{amssymb}',
    '\\usepackage{longtable}',
    '\\usepackage{tikz}',
    `\\title{${escapeLatexText(title)}}`,
    '\\author{}',
    '\\date{}',
    '\\begin{document}',
    '\\maketitle',
    '',
    escapeLatexText(changesSentence(trace)),
    ...(answers ? [] : ['', escapeLatexText(EXERCISE_INSTRUCTIONS)]),
    ...mistakenBox(trace),
    '',
    '\\section*{The network}',
    ...tikzFigure(trace),
    '',
    '\\section*{Parameters}',
    ...table(
      'llll',
      ['Name', 'Symbol', 'Value', 'Meaning'],
      paramRows(trace).map((row) => [
        tt(row.id),
        `$${row.symbol}$`,
        tt(String(row.value)),
        escapeLatexText(row.label),
      ]),
    ),
    '',
    '\\section*{Settings}',
    ...table(
      'lll',
      ['Setting', 'Value', 'Meaning'],
      settingRows(trace).map((row) => [tt(row.key), tt(row.value), escapeLatexText(row.label)]),
    ),
  ];
  for (const section of sections(trace)) {
    lines.push('', `\\section*{${escapeLatexText(section.title)}}`);
    for (const entry of section.entries) {
      lines.push(...stepDisplay(trace, entry, digits, answers));
    }
  }
  if (data) lines.push(...dataSection(data, digits));
  if (answers) lines.push(...answerKey(trace, digits));
  lines.push('', '\\end{document}', '');
  return lines.join('\n');
}

function answerKey(trace: Trace, digits: number): string[] {
  return [
    '',
    '\\section*{Answer key}',
    `Values at full float64 precision; the steps above round to ${digits} significant digits.`,
    '',
    // longtable, because the key runs past a page and a tabular cannot break;
    // taller rows, because the symbols are fractions.
    '{\\renewcommand{\\arraystretch}{1.6}',
    '\\begin{longtable}{lll}',
    '\\hline',
    'Step & Symbol & Value \\\\',
    '\\hline',
    '\\endhead',
    ...trace.entries.map(
      (entry) => `${tt(entry.id)} & $${latexMath(entry.symbol)}$ & ${tt(String(entry.value))} \\\\`,
    ),
    '\\hline',
    '\\end{longtable}}',
  ];
}

/** The dataset's first batch: each example's quantities, their mean (or sum), the update. */
function dataSection(data: DataSheet, digits: number): string[] {
  const { head, rows, more } = batchTable(data, (v) => formatNumber(v, digits));
  return [
    '',
    `\\section*{The first batch (${data.batch.size} of ${data.examples.length} examples)}`,
    escapeLatexText(`The steps above work through example 1. ${batchSentence(data)}`),
    ...(more > 0
      ? [
          '',
          escapeLatexText(
            `The table shows the batch's first examples; ${more} more are in the json and csv.`,
          ),
        ]
      : []),
    '',
    '{\\small',
    ...table(
      'l'.repeat(head.length),
      head.map(escapeLatexText),
      rows.map(([id = '', ...rest]) => [tt(id), ...rest.map(escapeLatexText)]),
    ),
    '}',
  ];
}
