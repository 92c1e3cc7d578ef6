import { describe, expect, it } from 'vitest';
import { PARAM_LIMITS } from '../engine/model';
import { fieldText, nudgeStep, nudgeValue, readField } from './number-field';

const weight = PARAM_LIMITS.weight;

describe('nudgeStep', () => {
  it('is 0.01, Shift ten times coarser, Alt ten times finer', () => {
    expect(nudgeStep({ shiftKey: false, altKey: false })).toBe(0.01);
    expect(nudgeStep({ shiftKey: true, altKey: false })).toBe(0.1);
    expect(nudgeStep({ shiftKey: false, altKey: true })).toBe(0.001);
    expect(nudgeStep({ shiftKey: true, altKey: true })).toBe(0.01);
  });
});

describe('nudgeValue', () => {
  it('keeps short values short', () => {
    expect(nudgeValue(0.4, 0.01, weight)).toBe(0.41);
    expect(nudgeValue(0.4, 0.1, weight)).toBe(0.5);
    expect(nudgeValue(0.4, -0.01, weight)).toBe(0.39);
    expect(nudgeValue(0.7, 0.1, weight)).toBe(0.8); // 0.7 + 0.1 is 0.7999999999999999 in float64
    expect(nudgeValue(0.05, 0.001, weight)).toBe(0.051);
    expect(nudgeValue(-0.005, 0.01, weight)).toBe(0.005);
    expect(nudgeValue(3, -0.01, weight)).toBe(2.99);
  });

  it('keeps every digit of a long value', () => {
    const trained = 0.35891647971788465;
    expect(nudgeValue(trained, 0.01, weight)).toBe(trained + 0.01);
    expect(nudgeValue(1e-7, 0.01, weight)).toBe(1e-7 + 0.01);
  });

  it('stays within the limits', () => {
    expect(nudgeValue(0, -0.01, PARAM_LIMITS.lr)).toBe(0);
    expect(nudgeValue(1e3, 0.1, PARAM_LIMITS.lr)).toBe(1e3);
  });
});

describe('readField', () => {
  it('reads numbers as people type them', () => {
    expect(readField('w5', '0.3')).toEqual({ ok: true, value: 0.3 });
    expect(readField('w5', ' 0,3 ')).toEqual({ ok: true, value: 0.3 });
    expect(readField('w5', '-1e-3')).toEqual({ ok: true, value: -0.001 });
  });

  it.each(['abc', '', 'NaN', '1e400', 'Infinity', '0.3.4'])(
    'refuses %j with a message naming the field',
    (text) => {
      const reading = readField('w5', text);
      expect(reading.ok).toBe(false);
      if (!reading.ok) expect(reading.message).toMatch(/^w5 /);
    },
  );
});

describe('fieldText', () => {
  it('writes the value to the chosen digits, with an ASCII minus that reads back', () => {
    expect(fieldText(0.35891647971788465, 9)).toBe('0.35891648');
    expect(fieldText(-0.0226025405, 4)).toBe('-0.0226');
    expect(fieldText(undefined, 9)).toBe('');
    const reading = readField('w5', fieldText(-2.5e-12, 9));
    expect(reading).toEqual({ ok: true, value: -2.5e-12 });
  });
});
