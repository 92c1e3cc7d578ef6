/**
 * The expression command's output: pure functions from a trace to text. json is
 * data at full float64 precision; md and tex are a worked derivation, the
 * forward pass, then the backward pass, each step symbol = formula = numbers =
 * value, and the gradient of every leaf.
 */
import type { ExprEntry, ExprTrace } from '../engine/expr-trace';
import { substitutedTex } from '../engine/expr-trace';
import { formatTexNumber } from '../engine/format';
import { nameTex } from '../engine/expr-print';
import type { ExprFormat } from './expr-args';
import { escapeLatexText, latexMath } from './latex-text';

export const EXPR_TITLE = 'A formula as a computational graph';

export function renderExpression(trace: ExprTrace, format: ExprFormat, digits: number): string {
  switch (format) {
    case 'json':
      return renderExprJson(trace, digits);
    case 'md':
      return renderExprMarkdown(trace, digits);
    case 'tex':
      return renderExprLatex(trace, digits);
  }
}

export function renderExprJson(trace: ExprTrace, digits: number): string {
  const data = {
    formula: trace.graph.formula,
    leaves: trace.leaves,
    value: trace.values[trace.graph.output],
    gradients: trace.gradients,
    steps: trace.entries.map((entry) => ({
      id: entry.id,
      phase: entry.phase,
      kind: entry.kind,
      value: entry.value,
      symbol: entry.symbol,
      formula: entry.formula,
      substituted: substitutedTex(trace, entry, digits),
      factors: entry.factors,
    })),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** symbol = formula = numbers = value, each part only where it says something new. */
export function stepChain(trace: ExprTrace, entry: ExprEntry, digits: number): string[] {
  const parts = [entry.symbol, entry.formula];
  const numbers = substitutedTex(trace, entry, digits);
  // A formula that is one mark (∂f/∂v₁ = z) would only repeat its value as numbers.
  const single = /^@\[[A-Za-z0-9_]+\]$/.test(entry.template);
  if (numbers !== entry.formula && !single) parts.push(numbers);
  const value = formatTexNumber(entry.value, digits);
  if (value !== parts[parts.length - 1]) parts.push(value);
  return parts;
}

const PHASES = [
  ['forward', 'Forward pass', 'Every value, from the leaves to the output.'],
  [
    'backward',
    'Backward pass (reverse mode)',
    'From the output back: each gradient is the upstream gradient times a local derivative; a value used twice adds its contributions.',
  ],
] as const;

const leafList = (trace: ExprTrace) =>
  trace.graph.leaves.map((leaf) => `${leaf} = ${String(trace.leaves[leaf])}`).join(', ');

export function renderExprMarkdown(trace: ExprTrace, digits: number): string {
  const { graph } = trace;
  const lines: string[] = [
    `# ${EXPR_TITLE}`,
    '',
    `$$ f = ${graph.tex} $$`,
    '',
    `Leaves: ${leafList(trace)}.`,
  ];
  for (const [phase, title, words] of PHASES) {
    lines.push('', `## ${title}`, '', words);
    for (const entry of trace.entries.filter((e) => e.phase === phase)) {
      lines.push('', `$$ ${stepChain(trace, entry, digits).join(' = ')} $$`);
    }
  }
  lines.push(
    '',
    '## Gradients',
    '',
    'At full float64 precision.',
    '',
    '| Leaf | Value | Gradient |',
    '| --- | --- | --- |',
    ...graph.leaves.map(
      (leaf) =>
        `| $${nameTex(leaf)}$ | ${String(trace.leaves[leaf])} | $\\frac{\\partial f}{\\partial ${nameTex(leaf)}}$ = ${String(trace.gradients[leaf])} |`,
    ),
    '',
  );
  return lines.join('\n');
}

const tt = (text: string) => `\\texttt{${escapeLatexText(text)}}`;

export function renderExprLatex(trace: ExprTrace, digits: number): string {
  const { graph } = trace;
  const lines: string[] = [
    '\\documentclass{article}',
    '\\usepackage{amsmath}',
    '\\usepackage{amssymb}',
    `\\title{${escapeLatexText(EXPR_TITLE)}}`,
    '\\author{}',
    '\\date{}',
    '\\begin{document}',
    '\\maketitle',
    '',
    `\\[ f = ${latexMath(graph.tex)} \\]`,
    '',
    `Leaves: ${escapeLatexText(leafList(trace))}.`,
  ];
  for (const [phase, title, words] of PHASES) {
    lines.push('', `\\section*{${escapeLatexText(title)}}`, escapeLatexText(words));
    for (const entry of trace.entries.filter((e) => e.phase === phase)) {
      const [symbol = '', ...rest] = stepChain(trace, entry, digits).map(latexMath);
      const rows = rest.map((part, k) => `${k === 0 ? symbol : ''} &= ${part}`);
      if (rows.length === 0) rows.push(symbol);
      rows[0] = `${rows[0] ?? ''} \\tag*{${tt(entry.id)}}`;
      lines.push('\\begin{align*}', rows.join(' \\\\\n'), '\\end{align*}');
    }
  }
  lines.push(
    '',
    '\\section*{Gradients}',
    'At full float64 precision.',
    '',
    '\\begin{tabular}{lll}',
    '\\hline',
    'Leaf & Value & Gradient \\\\',
    '\\hline',
    ...graph.leaves.map(
      (leaf) =>
        `$${nameTex(leaf)}$ & ${tt(String(trace.leaves[leaf]))} & ${tt(String(trace.gradients[leaf]))} \\\\`,
    ),
    '\\hline',
    '\\end{tabular}',
    '',
    '\\end{document}',
    '',
  );
  return lines.join('\n');
}
