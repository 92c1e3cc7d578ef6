import { describe, expect, it } from 'vitest';
import { ARTICLE_MODEL } from '../engine/model';
import { computeTrace } from '../engine/trace';
import { csvExport, jsonExport } from './export-data';

const trace = computeTrace(ARTICLE_MODEL);

describe('the exports', () => {
  it('JSON holds params, settings, every quantity at full precision, and every step', () => {
    const file = jsonExport(trace, 9);
    expect(file.name).toBe('backprop-lab-values.json');
    const data = JSON.parse(file.text) as {
      params: Record<string, number>;
      settings: Record<string, string>;
      quantities: Record<string, number>;
      steps: { id: string; phase: string; value: number; substituted: string }[];
    };
    expect(data.quantities).toEqual(trace.quantities);
    expect(data.params.w5).toBe(0.4);
    expect(data.settings.hidden_deltas).toBe('original');
    expect(data.steps.map((s) => s.id)).toEqual(trace.entries.map((e) => e.id));
    for (const step of data.steps) {
      expect(Object.keys(step)).toEqual(
        expect.arrayContaining(['id', 'phase', 'value', 'symbol', 'formula', 'substituted']),
      );
    }
  });

  it('CSV has a header and one row per trace entry', () => {
    const file = csvExport(trace, 9);
    expect(file.name).toBe('backprop-lab-values.csv');
    const lines = file.text.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('id,phase,value,symbol,formula,substituted,weight,note');
    expect(lines).toHaveLength(trace.entries.length + 1);
    expect(lines[1]?.startsWith('net_h1,forward,0.3775,')).toBe(true);
  });

  it('say so when they hold the mistaken method (hidden_deltas = updated)', () => {
    const mistaken = computeTrace({
      ...ARTICLE_MODEL,
      settings: { ...ARTICLE_MODEL.settings, hidden_deltas: 'updated' },
    });
    const json = JSON.parse(jsonExport(mistaken, 9).text) as {
      method: { correct: boolean; note: string };
      steps: { id: string; note?: string }[];
    };
    expect(json.method.correct).toBe(false);
    expect(json.method.note).toMatch(/^This sheet shows the mistaken method/);
    expect(json.steps.find((s) => s.id === 'w1_new')?.note).toMatch(/^mistaken method/);
    const csv = csvExport(mistaken, 9).text.split('\r\n');
    expect(csv.find((line) => line.startsWith('w1_new,'))).toMatch(
      /,mistaken method: computed from the already-updated w5…w8$/,
    );
    expect(JSON.parse(jsonExport(trace, 9).text).method).toEqual({ correct: true });
  });
});
