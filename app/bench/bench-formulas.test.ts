import { describe, expect, it } from 'vitest';
import { MAX_FORMULA_LENGTH } from '../engine/expr-parse';
import { formulaGraph } from '../engine/expr-graph';
import { DRAG_FORMULA, PARSE_FORMULA } from './bench-formulas';

describe('the benchmarks’ formulas', () => {
  it('have the nodes they are measured for, within the playground’s limits', () => {
    const parsed = formulaGraph(PARSE_FORMULA);
    expect(parsed.nodes.size).toBeGreaterThanOrEqual(195);
    expect(parsed.nodes.size).toBeLessThanOrEqual(200);
    expect(PARSE_FORMULA.length).toBeLessThanOrEqual(MAX_FORMULA_LENGTH);
    const dragged = formulaGraph(DRAG_FORMULA);
    expect(dragged.nodes.size).toBe(48);
    // b is one leaf used by every neuron: dragging it moves every value.
    expect(dragged.uses.get('b')).toHaveLength(8);
  });
});
