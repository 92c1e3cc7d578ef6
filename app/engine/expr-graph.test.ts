/**
 * A formula's graph: the labels its drawing shows, the names it gives the
 * intermediate values (never a variable's), its constants and edges, and the
 * names a lesson gives its operations.
 */
import { describe, expect, it } from 'vitest';
import { FormulaError, parseFormula } from './expr-parse';
import { buildGraph, formulaGraph, nameOperations, operationLabel } from './expr-graph';

const refusal = (build: () => unknown) => {
  try {
    build();
  } catch (error) {
    if (error instanceof FormulaError) return [error.message, error.position];
    throw error;
  }
  return null;
};

describe('the drawing’s labels', () => {
  it.each([
    ['+', '+'],
    ['-', '−'],
    ['*', '×'],
    ['/', '÷'],
    ['^', '^'],
    ['neg', '−'],
    ['sigmoid', 'σ'],
    ['tanh', 'tanh'],
    ['relu', 'ReLU'],
    ['exp', 'exp'],
    ['log', 'ln'],
    ['sin', 'sin'],
    ['cos', 'cos'],
    ['sqrt', '√'],
    ['abs', 'abs'],
  ] as const)('labels %s as %s', (op, label) => {
    expect(operationLabel(op)).toBe(label);
  });
});

describe('names', () => {
  it('names intermediate values v1, v2 … or, where a variable takes that letter, the next free one', () => {
    // Each variable p1 takes the letter p; the graph moves on to the next letter of its list.
    const letters = ['v', 'u', 'n', 'm', 'k', 'g', 'p', 'r', 's'];
    letters.forEach((letter, k) => {
      const taken = letters.slice(0, k).map((p) => `${p}1`);
      const graph = formulaGraph(['x*y', ...taken].join(' + ') + ' + z');
      const inner = graph.operations.map((o) => o.id).filter((id) => id !== 'f');
      expect(inner.length).toBeGreaterThan(0);
      for (const id of inner) expect(id, taken.join(',')).toMatch(new RegExp(`^${letter}\\d+$`));
    });
    const all = formulaGraph([...letters.map((p) => `${p}1`), 'x*y'].join(' + '));
    expect(all.operations.map((o) => o.id)).toContain('node1');
  });

  it('gives up a letter only to a variable that is the letter and digits alone', () => {
    const inner = (formula: string) => formulaGraph(formula).operations[0]!.id;
    for (const taken of ['v0', 'v1', 'v9', 'v12'])
      expect(inner(`x*y + ${taken}`), taken).toBe('u1');
    for (const free of ['v', 'vx', 'v1x', 'vx1', 'w1'])
      expect(inner(`x*y + ${free}`), free).toBe('v1');
  });

  it('refuses a variable named as the output, or as a value the lesson named, saying where', () => {
    expect(refusal(() => formulaGraph('x + f'))).toEqual([
      "'f' at 5 is the name of the output; call the variable something else",
      5,
    ]);
    // A variable is placed where it is first written.
    expect(refusal(() => formulaGraph('x*f + f'))?.[1]).toBe(3);
    expect(formulaGraph('y*x + x').nodes.get('x')!.at).toBe(2);
    expect(refusal(() => buildGraph(nameOperations(parseFormula('(q + y)*z'), ['q'])))).toEqual([
      "'q' at 2 is the name of a value of the graph; call the variable something else",
      2,
    ]);
    expect(
      refusal(() => buildGraph(nameOperations(parseFormula('(x + y)*(x - y)*z'), ['q', 'q']))),
    ).toEqual(["two values of the graph are both called 'q'", null]);
  });

  it('names a lesson’s operations in the order they are computed', () => {
    const graph = buildGraph(nameOperations(parseFormula('(x + y)*(x - y)'), ['p', 'm']));
    expect(graph.operations.map((o) => [o.id, o.label])).toEqual([
      ['p', '+'],
      ['m', '−'],
      ['f', '×'],
    ]);
  });

  it('refuses a formula with nothing to compute', () => {
    const words =
      'a formula needs at least one operation or function: with nothing to compute there is no graph (try x*1)';
    expect(refusal(() => formulaGraph('x'))).toEqual([words, null]);
    expect(refusal(() => formulaGraph('3'))).toEqual([words, null]);
  });
});

describe('nodes and edges', () => {
  it('numbers its constants #1, #2 … and gives leaves and constants no inputs', () => {
    const graph = formulaGraph('2*x + 3');
    expect(graph.constants.map((c) => [c.id, c.value])).toEqual([
      ['#1', 2],
      ['#2', 3],
    ]);
    expect(graph.nodes.get('x')!.inputs).toEqual([]);
    expect(graph.nodes.get('#1')!.inputs).toEqual([]);
  });

  it('keys each edge from>to, and tells two edges between the same nodes apart by their place', () => {
    expect(formulaGraph('sin(x)*y').edges.map((e) => e.key)).toEqual(['x>v1', 'v1>f', 'y>f']);
    expect(formulaGraph('x*x').edges.map((e) => [e.key, e.slot])).toEqual([
      ['x>f:1', 0],
      ['x>f:2', 1],
    ]);
  });
});
