import { describe, expect, it } from 'vitest';
import { networkNames } from '../engine/architecture';
import { ARTICLE_MODEL, defaultParams, DEFAULT_SETTINGS } from '../engine/model';
import { computeTrace } from '../engine/trace';
import { describeElement, edgeLit, elementQuantities, jumpTarget } from './relations';

const trace = computeTrace(ARTICLE_MODEL);
const names = trace.names;

describe('jumpTarget', () => {
  it.each([
    ['w5', 'dE_dw5'],
    ['w1', 'dE_dw1'],
    ['h1', 'out_h1'],
    ['o1', 'out_o1'],
    ['t1', 'E_o1'],
    ['t2', 'E_o2'],
    ['b1', 'dE_db1'],
    ['b2', 'dE_db2'],
    ['i1', 'net_h1'],
    ['i2', 'net_h1'],
    ['b1>h2', 'dE_db1'],
    ['o2>t2', 'E_o2'],
  ])('%s → %s', (element, step) => {
    expect(jumpTarget(names, trace, element)).toBe(step);
  });

  it('has no step for what is not a part of the network', () => {
    expect(jumpTarget(names, trace, 'w9')).toBeUndefined();
    expect(jumpTarget(names, trace, 'lr')).toBeUndefined();
    expect(jumpTarget(names, trace, '')).toBeUndefined();
  });
});

describe('elementQuantities', () => {
  it('lights what uses a weight and the derivatives with respect to it', () => {
    const lit = elementQuantities(trace, 'w5');
    for (const id of ['net_o1', 'dnet_o1_dw5', 'dE_dw5', 'dE_dout_h1_via_o1', 'w5_new']) {
      expect(lit).toContain(id);
    }
    for (const id of ['dE_dw6', 'dE_dw1', 'net_o2', 'w6_new']) expect(lit).not.toContain(id);
  });

  it('lights what is named after a neuron', () => {
    const lit = elementQuantities(trace, 'h1');
    for (const id of ['net_h1', 'out_h1', 'dE_dout_h1', 'delta_h1', 'dnet_h1_dw1']) {
      expect(lit).toContain(id);
    }
    expect(lit).not.toContain('net_h2');
    expect(elementQuantities(trace, 'o1')).toContain('dE_dout_h1_via_o1');
  });

  it('lights a target’s error and a bias’s uses', () => {
    expect(elementQuantities(trace, 't1')).toEqual(['E_o1', 'dE_dout_o1']);
    expect(elementQuantities(trace, 'b1')).toEqual(['net_h1', 'net_h2', 'dE_db1']);
    expect(elementQuantities(trace, 'b1>h2')).toEqual(['net_h2']);
  });

  it('tells apart neurons of deeper networks (h1_1 is not h1_2)', () => {
    const sizes = [2, 3, 3, 2];
    const deep = computeTrace({ sizes, params: defaultParams(sizes), settings: DEFAULT_SETTINGS });
    const lit = elementQuantities(deep, 'h1_1');
    expect(lit).toContain('net_h1_1');
    expect(lit).not.toContain('net_h1_2');
    expect(lit).not.toContain('net_h2_1');
  });
});

describe('edgeLit', () => {
  const lit = new Set(['w5', 'b1', 'h1', 'o1']);
  it('lights a weight edge by its weight, other edges by both ends', () => {
    expect(edgeLit({ kind: 'weight', id: 'w5', source: 'h1', target: 'o1' }, lit)).toBe(true);
    expect(edgeLit({ kind: 'weight', id: 'w6', source: 'h2', target: 'o1' }, lit)).toBe(false);
    expect(edgeLit({ kind: 'bias', id: 'b1>h1', source: 'b1', target: 'h1' }, lit)).toBe(true);
    expect(edgeLit({ kind: 'bias', id: 'b1>h2', source: 'b1', target: 'h2' }, lit)).toBe(false);
    expect(edgeLit({ kind: 'target', id: 'o1>t1', source: 'o1', target: 't1' }, lit)).toBe(false);
  });
});

describe('describeElement', () => {
  it.each([
    ['w5', 'w5, weight from h1 to o1'],
    ['i1', 'i1, input'],
    ['t2', 't2, target of o2'],
    ['b1', 'b1, bias into h1 and h2'],
    ['h1', 'h1, hidden neuron'],
    ['o2', 'o2, output neuron'],
  ])('%s', (element, words) => {
    expect(describeElement(names, element)).toBe(words);
  });

  it('lists a wide layer', () => {
    expect(describeElement(networkNames([2, 3, 2]), 'b1')).toBe('b1, bias into h1, h2 and h3');
  });
});
