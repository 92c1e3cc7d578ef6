import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { ARTICLE_MODEL, type Model, type Settings } from '../engine/model';
import { printed, REFERENCE } from '../reference/reference';
import { modelFromQuery } from '../engine/query';
import { computeTrace } from '../engine/trace';
import { csvField, renderSheet, CSV_HEADER } from './formats';
import { BLANK_TEX, mistakenSteps } from './handout';
import { escapeLatexText } from './latex-text';
import { stepChain } from './steps';

interface JsonSheet {
  layers: string;
  params: Record<string, number>;
  weights: Record<string, { from: string; to: string }>;
  settings: Record<string, string>;
  method: { correct: boolean; note?: string };
  quantities: Record<string, number>;
  steps: {
    id: string;
    phase: string;
    value: number;
    substituted: string;
    deps: string[];
    weight?: string;
    note?: string;
  }[];
}

/** RFC 4180 records, for reading back what renderCsv wrote. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let k = 0; k < text.length; k++) {
    const char = text[k]!;
    if (quoted) {
      if (char === '"' && text[k + 1] === '"') field += text[++k];
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[k + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      k++;
    } else field += char;
  }
  return records;
}

/** The article's weights as its figure draws them, with their given values. */
const articleWeights = Object.entries(REFERENCE.weightEdges).map(([id, edge]) => ({
  id,
  ...edge,
  value: REFERENCE.params[id]!,
}));
const jsonSheet = (model: Model, digits = 9) =>
  JSON.parse(renderSheet(computeTrace(model), 'json', digits)) as JsonSheet;

const withParams = (params: Record<string, number>): Model => ({
  ...ARTICLE_MODEL,
  params: { ...ARTICLE_MODEL.params, ...params },
});
const withSettings = (settings: Partial<Settings>): Model => ({
  ...ARTICLE_MODEL,
  settings: { ...ARTICLE_MODEL.settings, ...settings },
});

const UPDATED = withSettings({ hidden_deltas: 'updated' });

/** The reference's names for the quantities the trace calls otherwise; training figures have no step. */
function traceId(key: string): string | undefined {
  if (key.endsWith('_after_10000_updates')) return undefined;
  if (key === 'E_total_after_1_update') return 'E_total_new';
  return key.replace(/_not_applied$/, '');
}

const closeTo = (actual: number | undefined, expected: number, relative: number) =>
  actual !== undefined && Math.abs(actual - expected) <= relative * Math.abs(expected);

describe('json', () => {
  it("matches the reference's float64 figures for the article's numbers", () => {
    const sheet = jsonSheet(ARTICLE_MODEL);
    let compared = 0;
    for (const [key, expected] of Object.entries(REFERENCE.exact)) {
      const id = traceId(key);
      if (id === undefined) continue;
      expect(closeTo(sheet.quantities[id], expected, 1e-12), `${id}`).toBe(true);
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(30);
    expect(sheet.params).toEqual(ARTICLE_MODEL.params);
    expect(sheet.settings).toEqual(ARTICLE_MODEL.settings);
  });

  it('names its network, and another network’s parameters by their own names', () => {
    expect(jsonSheet(ARTICLE_MODEL).layers).toBe('2-2-2');
    const grown = modelFromQuery([
      ['layers', '2-3-2'],
      ['bias_per', 'neuron'],
    ]).model;
    const sheet = jsonSheet(grown);
    expect(sheet.layers).toBe('2-3-2');
    expect(sheet.params).toEqual(grown.params);
    expect(sheet.weights.w7).toEqual({ from: 'h1', to: 'o1' });
    expect(sheet.quantities).toEqual(computeTrace(grown).quantities);
  });

  it('follows the parameters: w5 = 0.3 gives the trace’s ∂E/∂w5', () => {
    const model = withParams({ w5: 0.3 });
    const sheet = jsonSheet(model);
    const expected = computeTrace(model).quantities['dE_dw5'];
    expect(sheet.params['w5']).toBe(0.3);
    expect(sheet.quantities['dE_dw5']).toBe(expected);
    expect(expected).not.toBeCloseTo(REFERENCE.exact['dE_dw5'] ?? 0, 6);
  });

  it('shows the ordering mistake behind the published w1_new under hidden_deltas = updated', () => {
    const published = REFERENCE.publishedExplained.hiddenDeltasWithUpdatedOutputWeights;
    const sheet = jsonSheet(withSettings({ hidden_deltas: 'updated' }));
    expect(closeTo(sheet.quantities['w1_new'], published['w1_new'] ?? NaN, 1e-8)).toBe(true);
  });

  it('names every weight by its edge, and the steps about it', () => {
    const sheet = jsonSheet(ARTICLE_MODEL);
    expect(sheet.weights).toEqual(REFERENCE.weightEdges);
    for (const { id, from, to } of articleWeights) {
      const about = sheet.steps.filter((step) => step.weight === `${id}: ${from} → ${to}`);
      expect(about.map((step) => step.id)).toEqual([`dnet_${to}_d${id}`, `dE_d${id}`, `${id}_new`]);
    }
    expect(sheet.steps.find((step) => step.id === 'delta_o1')).not.toHaveProperty('weight');
  });

  it('says when it holds the mistaken method, and marks the steps it changes', () => {
    const right = jsonSheet(ARTICLE_MODEL);
    expect(right.method).toEqual({ correct: true });
    expect(right.steps.filter((step) => step.note !== undefined)).toEqual([]);
    const wrong = jsonSheet(UPDATED);
    expect(wrong.method.correct).toBe(false);
    expect(wrong.method.note).toMatch(/^This sheet shows the mistaken method/);
    const noted = wrong.steps.filter((step) => step.note !== undefined).map((step) => step.id);
    expect(noted).toEqual([...mistakenSteps(computeTrace(UPDATED))]);
    expect(noted).toContain('w1_new');
  });

  it('lists every step in trace order, with substituted TeX at the digits asked for', () => {
    const trace = computeTrace(ARTICLE_MODEL);
    const sheet = jsonSheet(ARTICLE_MODEL, 3);
    expect(sheet.steps.map((step) => step.id)).toEqual(trace.entries.map((entry) => entry.id));
    const step = sheet.steps.find((s) => s.id === 'net_o1');
    expect(step?.substituted).toBe('0.4\\cdot 0.593+0.45\\cdot 0.597+0.6\\cdot 1');
    expect(step?.deps).toEqual(['w5', 'out_h1', 'w6', 'out_h2', 'b2']);
    // At the default digits the redrawn formula is the engine's own.
    const defaults = jsonSheet(ARTICLE_MODEL);
    defaults.steps.forEach((s, k) => expect(s.substituted).toBe(trace.entries[k]?.substituted));
  });
});

describe('csv', () => {
  it('quotes fields as RFC 4180 asks', () => {
    expect(csvField('net_h1')).toBe('net_h1');
    expect(csvField('\\max\\left(0,\\,x\\right)')).toBe('"\\max\\left(0,\\,x\\right)"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
  });

  it('has the header and one full-precision row per step', () => {
    const trace = computeTrace(withSettings({ act_h: 'relu' }));
    const lines = renderSheet(trace, 'csv', 9).split('\r\n');
    expect(lines[0]).toBe(CSV_HEADER.join(','));
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(trace.entries.length + 2);
    expect(lines[2]).toMatch(/^out_h1,forward,0\.3775,out_\{h1\},"\\max\\left\(0,\\,net_\{h1\}/);
  });

  it('names the weight a step is about, and marks the mistaken method’s steps', () => {
    const [head, ...rows] = parseCsv(renderSheet(computeTrace(UPDATED), 'csv', 9));
    expect(head).toEqual([...CSV_HEADER]);
    expect(rows.every((row) => row.length === CSV_HEADER.length)).toBe(true);
    const column = (name: string) => CSV_HEADER.indexOf(name as (typeof CSV_HEADER)[number]);
    const byId = new Map(rows.map((row) => [row[0], row]));
    for (const { id, from, to } of articleWeights) {
      expect(byId.get(`dE_d${id}`)?.[column('weight')]).toBe(`${id}: ${from} → ${to}`);
    }
    expect(byId.get('net_h1')?.[column('weight')]).toBe('');
    const noted = rows.filter((row) => row[column('note')] !== '').map((row) => row[0]);
    expect(noted).toEqual([...mistakenSteps(computeTrace(UPDATED))]);
    expect(byId.get('dE_dw1')?.[column('note')]).toBe(
      'mistaken method: computed from the already-updated w5…w8',
    );
    const correct = parseCsv(renderSheet(computeTrace(ARTICLE_MODEL), 'csv', 9)).slice(1);
    expect(correct.filter((row) => row[column('note')] !== '')).toEqual([]);
  });
});

describe('md', () => {
  it('has the sections, every step and the answer key', () => {
    const trace = computeTrace(ARTICLE_MODEL);
    const md = renderSheet(trace, 'md', 9);
    for (const heading of ['Parameters', 'Settings', 'Forward pass', 'Error', 'Answer key']) {
      expect(md).toContain(`\n## ${heading}\n`);
    }
    expect(md).toContain('## Backward pass: output layer');
    expect(md).toContain('## Backward pass: hidden layer');
    expect(md).toContain("The article's numbers and settings, unchanged.");
    expect(md.match(/^\$\$ .* \$\$$/gm)).toHaveLength(trace.entries.length);
    expect(md).toContain(
      '$$ \\frac{\\partial E_{total}}{\\partial w_{5}} = \\frac{\\partial E_{total}}{\\partial out_{o1}}',
    );
    expect(md).toContain(
      `| \`dE_dw5\` | $\\frac{\\partial E_{total}}{\\partial w_{5}}$ | ${String(REFERENCE.exact.dE_dw5).slice(0, 16)}`,
    );
  });

  it('draws the network as a Mermaid figure with the given numbers, weights on their edges', () => {
    const md = renderSheet(computeTrace(ARTICLE_MODEL), 'md', 9);
    const figure = /\n## The network\n\n```mermaid\nflowchart LR\n([\s\S]*?)\n```\n/.exec(md)?.[1];
    expect(figure).toBeDefined();
    for (const { id, from, to, value } of articleWeights) {
      expect(figure).toContain(`  ${from} -- "${id} = ${value}" --> ${to}\n`);
      expect(md).toContain(
        `| \`${id}\` | $w_{${id.slice(1)}}$ | ${value} | weight ${from} → ${to} |`,
      );
    }
    for (const id of ['i1', 'i2']) expect(figure).toContain(`${id} = ${REFERENCE.params[id]}`);
    for (const id of ['b1', 'b2', 't1', 't2'])
      expect(figure).toContain(` = ${REFERENCE.params[id]}"`);
  });

  it('writes the exercise: blanks, the numbers given, no answer key', () => {
    const trace = computeTrace(ARTICLE_MODEL);
    const md = renderSheet(trace, 'md', 9, false);
    expect(md).toMatch(/^# .* \(exercise\)\n/);
    expect(md).not.toContain('## Answer key');
    expect(md).toContain('## The network');
    expect(md.match(/^\$\$ .* \$\$$/gm)).toHaveLength(trace.entries.length);
    expect(md).toContain(
      `$$ net_{h1} = w_{1}\\cdot i_{1}+w_{2}\\cdot i_{2}+b_{1}\\cdot 1 = 0.15\\cdot 0.05+0.2\\cdot 0.1+0.35\\cdot 1 = ${BLANK_TEX} $$`,
    );
    for (const id of ['out_h1', 'E_total', 'dE_dw5', 'w5_new', 'w1_new']) {
      expect(md).not.toContain(String(REFERENCE.exact[id]).slice(0, 8));
      expect(md).not.toContain(printed(id));
    }
  });

  it('says so at the top when it shows the mistaken method', () => {
    const md = renderSheet(computeTrace(UPDATED), 'md', 9);
    expect(md).toMatch(
      /^# .*\n\nChanged from the article: hidden_deltas = updated\.\n\n> \*\*Mistaken method\.\*\* This sheet shows the mistaken method/,
    );
    expect(renderSheet(computeTrace(ARTICLE_MODEL), 'md', 9)).not.toContain('istaken');
  });

  it('says what changed and does not repeat itself', () => {
    const md = renderSheet(computeTrace(withParams({ w5: 0.3 })), 'md', 9);
    expect(md).toContain('Changed from the article: w5 = 0.3.');
    expect(md).toContain('$$ \\frac{\\partial net_{h1}}{\\partial w_{1}} = i_{1} = 0.05 $$');
  });

  it.each<Partial<Settings>>([
    {},
    { act_h: 'relu', act_o: 'tanh', biases: 'learned' },
    { act_h: 'linear', loss: 'ce', hidden_deltas: 'updated' },
  ])('writes TeX that KaTeX renders, for %j', (settings) => {
    const trace = computeTrace(withSettings(settings));
    for (const entry of trace.entries) {
      const tex = stepChain(trace, entry, 17).join(' = ');
      expect(() =>
        katex.renderToString(tex, { throwOnError: true, displayMode: true }),
      ).not.toThrow();
    }
  });
});

describe('tex', () => {
  it('is a whole document with an align* per step', () => {
    const trace = computeTrace(withSettings({ act_h: 'relu' }));
    const tex = renderSheet(trace, 'tex', 9);
    expect(tex.startsWith('\\documentclass{article}\n')).toBe(true);
    expect(tex.trimEnd().endsWith('\\end{document}')).toBe(true);
    expect(tex).toContain('\\usepackage{amsmath}');
    expect(tex).toContain('\\usepackage{amssymb}');
    expect(tex.match(/\\begin\{align\*\}/g)).toHaveLength(trace.entries.length);
    expect(tex).toContain('\\tag*{\\texttt{dE\\_dw5}}');
    expect(tex).not.toContain('\\mathbb{1}');
    expect(tex).toContain('\\mathbf{1}\\left[net_{h1}>0\\right]');
  });

  it('draws the network in TikZ, weights on their edges, and names each weight by its edge', () => {
    const tex = renderSheet(computeTrace(ARTICLE_MODEL), 'tex', 9);
    expect(tex).toContain('\\usepackage{tikz}');
    const picture = /\\begin\{tikzpicture\}[\s\S]*?\\end\{tikzpicture\}/.exec(tex)?.[0] ?? '';
    expect(tex.indexOf(picture)).toBeLessThan(tex.indexOf('\\section*{Parameters}'));
    for (const { id, from, to, value } of articleWeights) {
      expect(picture).toContain(`{\\textbf{${id}} = $${value}$};`);
      expect(tex).toContain(
        `\\texttt{${id}} & $w_{${id.slice(1)}}$ & \\texttt{${value}} & weight ${from} $\\rightarrow$ ${to} \\\\`,
      );
    }
    for (const id of ['i1', 'i2', 'b1', 'b2', 't1', 't2']) {
      expect(picture).toContain(`{$${REFERENCE.params[id]}$};`);
    }
    expect(picture.match(/\\draw/g)).toHaveLength(8 + 4 + 2);
  });

  it('writes the exercise without the key, and boxes the mistaken method’s statement', () => {
    const trace = computeTrace(UPDATED);
    const exercise = renderSheet(trace, 'tex', 9, false);
    expect(exercise).toContain('(exercise)}');
    expect(exercise).not.toContain('Answer key');
    expect(exercise).not.toContain('longtable}{');
    expect(exercise.match(/\\begin\{align\*\}/g)).toHaveLength(trace.entries.length);
    expect(exercise).toContain(BLANK_TEX);
    expect(exercise).toContain(
      '\\fbox{\\parbox{0.92\\linewidth}{\\textbf{Mistaken method.} This sheet shows the mistaken method',
    );
    expect(renderSheet(computeTrace(ARTICLE_MODEL), 'tex', 9)).not.toContain('istaken');
  });

  it('escapes text', () => {
    expect(escapeLatexText('dE_dw5 & 50% #1 $x^2 {a} ~\\')).toBe(
      'dE\\_dw5 \\& 50\\% \\#1 \\$x\\^{}2 \\{a\\} \\~{}\\textbackslash{}',
    );
    expect(escapeLatexText('w5: h1 → o1, w5…w8')).toBe('w5: h1 $\\rightarrow$ o1, w5\\ldots{}w8');
  });
});
