import { describe, expect, it } from 'vitest';
import { FormulaError } from './expr-parse';
import { DEFAULT_PRESET } from './expr-presets';
import {
  playgroundEntries,
  playgroundGraph,
  readPlaygroundQuery,
  startingLeaves,
} from './expr-query';

const read = (search: string) => readPlaygroundQuery(new URLSearchParams(search));

describe('the playground’s query', () => {
  it('reads a formula, its leaves, the step and the mode', () => {
    const request = read('view=playground&f=(x%2By)*z&x=-2&y=5&z=-4&step=df_dx');
    expect(request.graph.formula).toBe('(x + y)*z');
    expect(request.leaves).toEqual({ x: -2, y: 5, z: -4 });
    expect([request.step, request.mode, request.seed, request.notices]).toEqual([
      'df_dx',
      'reverse',
      null,
      [],
    ]);
    const forward = read('f=a*b%2Ba&a=1,5&mode=forward&seed=b');
    expect([forward.leaves, forward.mode, forward.seed]).toEqual([
      { a: 1.5, b: -2 }, // b: the preset's value
      'forward',
      'b',
    ]);
  });

  it('opens the chain-rule preset without a formula, and names what it refuses', () => {
    const empty = read('view=playground');
    expect([empty.graph.formula, empty.leaves]).toEqual([
      DEFAULT_PRESET.formula,
      DEFAULT_PRESET.leaves,
    ]);
    const bad = read('f=x%2B&x=3');
    expect(bad.graph.formula).toBe(DEFAULT_PRESET.formula);
    expect(bad.notices).toEqual([
      {
        key: 'f',
        given: 'x+',
        message: "expected a value after '+' at 2; showing (x + y)*z instead.",
      },
    ]);
    const values = read('f=x*y&x=abc&y=1e7&q=2&mode=sideways&seed=q');
    expect(values.leaves).toEqual({ x: 2, y: -1 });
    expect(values.notices.map((n) => [n.key, n.message])).toEqual([
      ['x', 'x must be a number; "abc" is not one. Using x = 2 instead.'],
      ['y', 'y must lie between -1000000 and 1000000; got 10000000. Using y = -1 instead.'],
      ['q', 'q is not a leaf of x*y (its leaves are x, y); ignored.'],
      ['mode', 'mode must be reverse or forward; using reverse instead.'],
      ['seed', 'seed must be a leaf of x*y (x, y); seeding x instead.'],
    ]);
  });

  it('refuses a leaf named like one of the page’s own parameters', () => {
    expect(() => playgroundGraph('step*2')).toThrow(
      "'step' at 1 is one of the page's own parameters",
    );
    expect(read('f=x%2Bview').notices[0]?.message).toMatch(
      /^'view' at 3 is one of the page's own parameters .*; showing \(x \+ y\)\*z instead\.$/,
    );
    // The network's parameter names are free on this page: the sigmoid neuron uses w1 and w2.
    expect(read('f=w1*x1%2Bw2&w1=-3&x1=-2&w2=-3').leaves).toEqual({ w1: -3, x1: -2, w2: -3 });
  });

  it('writes a link that reads back as itself', () => {
    const link = {
      formula: 'a*b + a',
      leaves: { a: 3, b: -0.25 },
      step: 'df_da',
      mode: 'forward',
      seed: 'b',
    } as const;
    const search = new URLSearchParams(playgroundEntries(link)).toString();
    expect(search).toBe('f=a*b+%2B+a&a=3&b=-0.25&mode=forward&seed=b&step=df_da');
    const back = read(search);
    expect([back.graph.formula, back.leaves, back.step, back.mode, back.seed]).toEqual([
      link.formula,
      link.leaves,
      link.step,
      link.mode,
      link.seed,
    ]);
  });

  it('keeps the values of leaves a new formula still has, and starts new ones apart', () => {
    expect(startingLeaves(playgroundGraph('x*q + y*r'), { x: 7 })).toEqual({
      x: 7,
      q: 2,
      y: -1,
      r: 3,
    });
  });

  it('starts six new leaves at six different values, so that their gradients differ', () => {
    const leaves = startingLeaves(playgroundGraph('a*b + c*d + g*h'));
    expect(Object.keys(leaves)).toEqual(['a', 'b', 'c', 'd', 'g', 'h']);
    expect(new Set(Object.values(leaves)).size).toBe(6);
  });
});

describe('the page’s own parameters', () => {
  // The app's, the playground's and the embed's parameters (README: the query contract, the
  // playground, the widget's URL parameters).
  const PAGE = [
    'view',
    'f',
    'step',
    'mode',
    'seed',
    'present',
    'digits',
    'notation',
    'lesson',
    'lstep',
    'practice',
    'answers',
    'panels',
    'controls',
    'edit',
    'theme',
    'label',
    'parentOrigin',
  ];

  it('are no leaves: a query may carry them without a notice', () => {
    // (The playground reads f, mode and seed itself, with notices of their own.)
    const query = PAGE.filter((key) => !['f', 'mode', 'seed'].includes(key)).map(
      (key): [string, string] => [key, '1'],
    );
    expect(readPlaygroundQuery([['f', 'x + y'], ...query]).notices).toEqual([]);
  });

  it('may not name a variable, and the refusal lists them and says where', () => {
    for (const name of PAGE.filter((key) => key !== 'f')) {
      try {
        playgroundGraph(`x + ${name}`);
        expect.unreachable(name);
      } catch (error) {
        expect(error).toBeInstanceOf(FormulaError);
        expect((error as FormulaError).message).toBe(
          `'${name}' at 5 is one of the page's own parameters (${PAGE.join(', ')}), so it cannot name a variable; call it something else`,
        );
        expect((error as FormulaError).position).toBe(5);
      }
    }
  });
});

describe('notices and links', () => {
  it('quotes a long value by its first 40 characters', () => {
    const forty = '1'.repeat(39) + 'x';
    const [exact] = readPlaygroundQuery([
      ['f', 'x*y'],
      ['x', forty],
    ]).notices;
    expect(exact?.given).toBe(forty);
    const [long] = readPlaygroundQuery([
      ['f', 'x*y'],
      ['x', `${forty}yz`],
    ]).notices;
    expect(long?.given).toBe(`${forty}…`);
  });

  it('says nothing of leaf values beside a refused formula: its notice says enough', () => {
    const request = readPlaygroundQuery([
      ['f', 'x +'],
      ['x', '1'],
      ['q', '2'],
    ]);
    expect(request.notices.map((n) => n.key)).toEqual(['f']);
  });

  it('writes the mode and the seed only for forward mode', () => {
    const link = { formula: 'x*y', leaves: { x: 1, y: 2 }, step: null, seed: 'y' } as const;
    expect(playgroundEntries({ ...link, mode: 'reverse' })).toEqual([
      ['f', 'x*y'],
      ['x', '1'],
      ['y', '2'],
    ]);
    expect(playgroundEntries({ ...link, mode: 'forward', seed: null })).toEqual([
      ['f', 'x*y'],
      ['x', '1'],
      ['y', '2'],
      ['mode', 'forward'],
    ]);
  });
});
