/**
 * The network figure of the LaTeX sheet, in TikZ (part of every TeX Live, in
 * Debian's texlive-pictures). It is the explorer's own drawing: the same layout
 * (app/graph/layout.ts, landscape), scaled to fit the page's text width, with the
 * given values in place: inputs, weights on their edges, biases and targets.
 */
import type { Trace } from '../engine/trace';
import { layoutNetwork } from '../graph/layout';
import { escapeLatexText, givenMath } from './latex-text';

/** The drawing's width on the page: the article class's text width on A4 and letter is ≥ 12.2 cm. */
const FIGURE_WIDTH_CM = 12;

export function tikzFigure(trace: Trace): string[] {
  const layout = layoutNetwork(trace.names, 'landscape');
  const scale = FIGURE_WIDTH_CM / layout.width;
  // Layout units to centimetres; TikZ's y axis points up, the layout's down.
  const at = (x: number, y: number) =>
    `(${(x * scale).toFixed(3)},${((layout.height - y) * scale).toFixed(3)})`;
  const value = (id: string) => `$${givenMath(trace.model.params[id] ?? NaN)}$`;
  const lines = [
    // Not a float: the figure stays where the sheet says "The network".
    '\\begin{center}',
    '\\begin{tikzpicture}[font=\\footnotesize,',
    '  unit/.style={circle, draw, thick, minimum size=0.9cm, inner sep=0pt, font=\\small\\bfseries},',
    '  given/.style={rectangle, rounded corners=1pt, draw=black!45, fill=white, inner sep=1.5pt}]',
  ];
  for (const edge of layout.edges) {
    const style = { weight: '', bias: '[densely dashed]', target: '[dotted, thick]' }[edge.kind];
    lines.push(`  \\draw${style} ${at(edge.x1, edge.y1)} -- ${at(edge.x2, edge.y2)};`);
  }
  for (const node of layout.nodes) {
    const dashed = node.kind === 'bias' ? ', dashed' : '';
    lines.push(`  \\node[unit${dashed}] at ${at(node.x, node.y)} {${escapeLatexText(node.id)}};`);
    if (node.chip) {
      const { x, y, width, height } = node.chip;
      lines.push(`  \\node[given] at ${at(x + width / 2, y + height / 2)} {${value(node.id)}};`);
    }
  }
  for (const label of layout.labels) {
    lines.push(
      `  \\node[given] at ${at(label.x, label.y)} {\\textbf{${escapeLatexText(label.id)}} = ${value(label.id)}};`,
    );
  }
  lines.push(
    '\\end{tikzpicture}',
    '',
    '\\smallskip',
    '{\\small The network and the numbers given: the inputs on the left, each weight on its edge,',
    'the biases below the layer they feed (dashed), the targets on the right (dotted).}',
    '\\end{center}',
  );
  return lines;
}
