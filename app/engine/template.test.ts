/**
 * Formula templates: the marks a template refers to, filled as symbols or as
 * numbers, and the numbers written as a learner reads them (−, × 10ⁿ, brackets).
 */
import { describe, expect, it } from 'vitest';
import { formatDisplayNumber } from './format';
import { fillTemplate, ref, templateRefs, texOperand } from './template';

describe('templates', () => {
  it('list the ids they refer to once each, in order of first use', () => {
    // Cross-entropy's E_o uses the target and the output twice each.
    const template = `-[${ref('t1')}\\ln ${ref('out_o1')}+(1-${ref('t1')})\\ln(1-${ref('out_o1')})]`;
    expect(templateRefs(template)).toEqual(['t1', 'out_o1']);
    expect(templateRefs('1')).toEqual([]);
    expect(templateRefs(`${ref('dE_dout_h2_1_via_o1')}+${ref('w12')}`)).toEqual([
      'dE_dout_h2_1_via_o1',
      'w12',
    ]);
  });

  it('fill every mark, and nothing else', () => {
    const template = `${ref('w5')}-${ref('lr')}\\cdot ${ref('dE_dw5')}`;
    expect(fillTemplate(template, (id) => `<${id}>`)).toBe('<w5>-<lr>\\cdot <dE_dw5>');
    expect(fillTemplate('@[not an id]', () => 'x')).toBe('@[not an id]');
    // An empty mark is no mark, and a bracket after a mark is text.
    expect(fillTemplate('@[]+@[Abc]', (id) => `<${id}>`)).toBe('@[]+<Abc>');
    expect(fillTemplate('@[a][12]', (id) => `<${id}>`)).toBe('<a>[12]');
    expect(templateRefs('@[]')).toEqual([]);
    // Ids are ASCII letters, digits and _ (from A to Z, a to z), and a mark starts at its @[.
    expect(templateRefs('@[Z]+@[z_0]')).toEqual(['Z', 'z_0']);
    expect(fillTemplate('@[né]+@[a{b]', (id) => `<${id}>`)).toBe('@[né]+@[a{b]');
    expect(fillTemplate('x[1]+@[a]', (id) => `<${id}>`)).toBe('x[1]+<a>');
  });

  it('write a number inside a formula with brackets where it needs them', () => {
    expect(texOperand(0.25)).toBe('0.25');
    expect(texOperand(-0.25)).toBe('\\left(-0.25\\right)');
    expect(texOperand(1e-300)).toBe('\\left(1 \\times 10^{-300}\\right)');
    expect(texOperand(Math.PI, 3)).toBe('3.14');
  });
});

describe('formatDisplayNumber', () => {
  it('writes a negative number with a true minus sign, and nothing else changed', () => {
    expect(formatDisplayNumber(-0.0226025405)).toBe('\u22120.0226025405');
    expect(formatDisplayNumber(0.75136507)).toBe('0.75136507');
    expect(formatDisplayNumber(-Math.PI, 3)).toBe('\u22123.14');
    // Only the sign: an exponent keeps the hyphen that number parsers read.
    expect(formatDisplayNumber(1.5e-12)).toBe('1.5e-12');
    expect(formatDisplayNumber(-1.5e-12)).toBe('\u22121.5e-12');
  });
});
