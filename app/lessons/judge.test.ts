import { describe, expect, it } from 'vitest';
import { ARTICLE_MODEL } from '../engine/model';
import { computeTrace } from '../engine/trace';
import { judge } from './judge';

const netH1 = computeTrace(ARTICLE_MODEL).quantities.net_h1!; // 0.3775

describe('judge', () => {
  it('accepts an answer within the tolerance, on either side, and the exact value', () => {
    expect(judge('0.3775', netH1, 0.0005).kind).toBe('right');
    expect(judge('0.377', netH1, 0.0005).kind).toBe('right');
    expect(judge('0.378', netH1, 0.0005).kind).toBe('right');
    expect(judge(String(netH1), netH1, 1e-12).kind).toBe('right');
  });

  it('counts the tolerance edge as right despite binary rounding, and just past it as wrong', () => {
    // 0.378 − 0.3775 is 0.000500000000000000444 in float64.
    expect(judge('0.378', 0.3775, 0.0005).kind).toBe('right');
    expect(judge('0.3770', 0.3775, 0.0005).kind).toBe('right');
    expect(judge('0.37801', 0.3775, 0.0005).kind).toBe('wrong');
    expect(judge('0.37699', 0.3775, 0.0005).kind).toBe('wrong');
    expect(judge('-0.5', -0.25, 0.25).kind).toBe('right');
    expect(judge('-0.51', -0.25, 0.25).kind).toBe('wrong');
  });

  it('reports how far a wrong answer is', () => {
    const verdict = judge('0.5', 0.3775, 0.0005);
    expect(verdict).toEqual({ kind: 'wrong', answer: 0.5, difference: 0.5 - 0.3775 });
  });

  it('reads decimal commas, spaces and exponents', () => {
    expect(judge('0,3775', netH1, 0.0005)).toMatchObject({ kind: 'right', answer: 0.3775 });
    expect(judge('  0,378 ', netH1, 0.0005).kind).toBe('right');
    expect(judge('3.775e-1', netH1, 0.0005).kind).toBe('right');
    expect(judge('-0,5', -0.5, 0.001).kind).toBe('right');
  });

  it('says when the text is not a number, without judging it', () => {
    for (const text of ['', '   ', 'abc', '0.3.7', '1,2,3', '0.37x', 'NaN', 'Infinity', '1e400']) {
      const verdict = judge(text, netH1, 0.0005);
      expect(verdict.kind, text).toBe('unreadable');
      if (verdict.kind === 'unreadable') expect(verdict.message).toMatch(/Your answer/);
    }
  });

  it('never calls an answer right when the value itself is not a number', () => {
    expect(judge('0', NaN, 1).kind).toBe('wrong');
    expect(judge('1e300', Infinity, 1).kind).toBe('wrong');
  });
});
