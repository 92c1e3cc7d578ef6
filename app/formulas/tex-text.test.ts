import { describe, expect, it } from 'vitest';
import { ARTICLE_MODEL } from '../engine/model';
import { COURSE_NOTATION } from '../engine/notation';
import { computeTrace } from '../engine/trace';
import { texToText } from './tex-text';

describe('texToText', () => {
  it('reads the article’s symbols as a person would type them', () => {
    expect(texToText('\\frac{\\partial E_{total}}{\\partial w_{5}}')).toBe('∂E_total/∂w5');
    expect(texToText('net_{h1}')).toBe('net_h1');
    expect(texToText('\\delta_{o1}')).toBe('δ_o1');
    expect(texToText('w_{5}^{+}')).toBe('w5⁺');
    expect(texToText('E_{total}^{+}')).toBe('E_total⁺');
    expect(texToText('\\frac{\\partial E_{o1}}{\\partial out_{h1}}')).toBe('∂E_o1/∂out_h1');
  });

  it('reads the course notation', () => {
    expect(texToText('\\mathcal{L}_{o1}')).toBe('L_o1');
    expect(texToText('dw_{5}')).toBe('dw5');
    expect(texToText('da_{h1}^{(o1)}')).toBe('da_h1^(o1)');
    expect(texToText("g'\\!\\left(z_{o1}\\right)")).toBe("g'(z_o1)");
  });

  it('reads formulas with operators, fractions and powers', () => {
    expect(texToText('\\tfrac{1}{2}\\left(t-o\\right)^{2}')).toBe('1/2(t−o)²');
    expect(texToText('\\frac{1}{1+e^{-x}}')).toBe('1/(1+e^(−x))');
    expect(texToText('a\\cdot b')).toBe('a · b');
    expect(texToText('\\left.\\frac{\\partial E}{\\partial y}\\right|_{o2}')).toBe('∂E/∂y|_o2');
  });

  it('leaves no backslash or brace in any symbol of either notation', () => {
    for (const trace of [
      computeTrace(ARTICLE_MODEL),
      computeTrace(ARTICLE_MODEL, COURSE_NOTATION),
    ]) {
      for (const entry of trace.entries) {
        const text = texToText(entry.symbol);
        expect(text, entry.id).not.toMatch(/[\\{}]/);
        expect(text.length, entry.id).toBeGreaterThan(0);
      }
    }
  });
});
