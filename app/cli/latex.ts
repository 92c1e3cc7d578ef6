/**
 * The sheet as a complete LaTeX document that compiles with pdflatex and only the
 * packages every LaTeX installation has (amsmath, amssymb, longtable).
 */
import type { Trace, TraceEntry } from '../engine/trace';
import { changesSentence, paramRows, sections, settingRows, SHEET_TITLE, stepChain } from './steps';

const TEXT_SPECIALS: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  _: '\\_',
  '^': '\\^{}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  '~': '\\~{}',
};

/** Text (not math) for LaTeX: ids such as dE_dw5 carry underscores. */
export function escapeLatexText(text: string): string {
  return text.replace(/[\\{}_^&%$#~]/g, (char) => TEXT_SPECIALS[char] ?? char);
}

/**
 * The engine's TeX is written for KaTeX. All of it is plain LaTeX + amsmath except
 * the ReLU's indicator \mathbb{1}: amssymb's blackboard font has no digits, so
 * pdflatex would print a stray glyph. A bold 1 is the usual printed indicator.
 */
export function latexMath(tex: string): string {
  return tex.replace(/\\mathbb\{1\}/g, '\\mathbf{1}');
}

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

/** symbol &= formula \\ &= substituted \\ &= value, tagged with the step's id. */
function stepDisplay(trace: Trace, entry: TraceEntry, digits: number): string[] {
  const [symbol = '', ...rest] = stepChain(trace, entry, digits).map(latexMath);
  const lines = rest.map((part, k) => `${k === 0 ? symbol : ''} &= ${part}`);
  if (lines.length === 0) lines.push(symbol);
  lines[0] = `${lines[0] ?? ''} \\tag*{${tt(entry.id)}}`;
  return ['\\begin{align*}', lines.join(' \\\\\n'), '\\end{align*}'];
}

export function renderLatex(trace: Trace, digits: number): string {
  const lines: string[] = [
    '\\documentclass{article}',
    '\\usepackage{amsmath}',
    '\\usepackage{amssymb}',
    '\\usepackage{longtable}',
    `\\title{${escapeLatexText(`${SHEET_TITLE}: the ${trace.names.sizes.join('-')} network`)}}`,
    '\\author{}',
    '\\date{}',
    '\\begin{document}',
    '\\maketitle',
    '',
    escapeLatexText(changesSentence(trace)),
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
      lines.push(...stepDisplay(trace, entry, digits));
    }
  }
  lines.push(
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
    '',
    '\\end{document}',
    '',
  );
  return lines.join('\n');
}
