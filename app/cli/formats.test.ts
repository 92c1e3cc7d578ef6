import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { ARTICLE_MODEL, type Model, type Settings } from '../engine/model';
import { REFERENCE } from '../reference/reference';
import { computeTrace } from '../engine/trace';
import { csvField, renderSheet, CSV_HEADER } from './formats';
import { escapeLatexText } from './latex';
import { stepChain } from './steps';

interface JsonSheet {
  params: Record<string, number>;
  settings: Record<string, string>;
  quantities: Record<string, number>;
  steps: { id: string; phase: string; value: number; substituted: string; deps: string[] }[];
}
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

  it('escapes text', () => {
    expect(escapeLatexText('dE_dw5 & 50% #1 $x^2 {a} ~\\')).toBe(
      'dE\\_dw5 \\& 50\\% \\#1 \\$x\\^{}2 \\{a\\} \\~{}\\textbackslash{}',
    );
  });
});
