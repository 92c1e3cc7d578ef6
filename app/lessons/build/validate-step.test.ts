/** The rules of a step's own fields, its state (judged by the engine) and its focus. */
import { describe, expect, test } from 'vitest';
import { at, oneStep, problemsOf, withCheck } from './test-lessons';

describe('step rules', () => {
  test.each([
    ['no id', oneStep('title: x'), [at(10, 'missing field "id" in a step')]],
    [
      'an id not in kebab-case',
      oneStep('id: Net_H1'),
      [
        at(
          10,
          'id "Net_H1" must be kebab-case: lower-case letters and digits joined by "-", such as "net-h1"',
        ),
      ],
    ],
    [
      'a repeated id',
      `${oneStep('id: a')}\n\`\`\`step\nid: a\n\`\`\`\n`,
      [at(16, 'id "a" is used by an earlier step of this lesson; step ids must be unique')],
    ],
    [
      'an unknown field',
      oneStep('id: a\nreveals: false'),
      [
        at(
          11,
          'unknown field "reveals" in a step (did you mean "reveal"?); allowed: id, title, state, train, focus, panels, reveal, widget, check, notes',
        ),
      ],
    ],
    [
      'a title that is a number',
      oneStep('id: a\ntitle: 3'),
      [at(11, 'title must be a non-empty text, not 3')],
    ],
    [
      'an unknown panel',
      oneStep('id: a\npanels: [graph, formulas]'),
      [
        at(
          11,
          'panels[1] "formulas" is not allowed (did you mean "formula"?); use "graph", "formula", "steps", "params", "settings", "train", "check" or "chart"',
        ),
      ],
    ],
    [
      'a panel twice',
      oneStep('id: a\npanels: [graph, graph]'),
      [at(11, 'panels lists "graph" twice')],
    ],
    [
      'panels not a list',
      oneStep('id: a\npanels: graph'),
      [at(11, 'panels must be a list, such as [a, b] or lines starting with "- ", not "graph"')],
    ],
    [
      'reveal not a boolean',
      oneStep('id: a\nreveal: "no"'),
      [at(11, 'reveal must be true or false, not "no"')],
    ],
    [
      'empty notes',
      oneStep('id: a\nnotes: ""'),
      [at(11, 'notes must be a non-empty text, not ""')],
    ],
  ])('%s', (_name, text, expected) => {
    expect(problemsOf(text)).toEqual(expected);
  });
});

describe('state rules (the engine decides)', () => {
  test.each([
    [
      'an unknown key',
      'state: { w9: 0.1 }',
      [
        at(
          11,
          'unknown field "w9" in state (did you mean "w1"?); allowed: layers, i1, i2, t1, t2, w1, w2, w3, w4, w5, w6, w7, w8, b1, b2, lr, act_h, act_o, loss, biases, hidden_deltas, bias_per',
        ),
      ],
    ],
    [
      'a word for a parameter',
      'state:\n  w5: abc',
      [at(12, 'state.w5 is a parameter: write a number, not "abc"')],
    ],
    [
      'a parameter out of range',
      'state:\n  w5: 1e7',
      [at(12, 'state.w5: w5 must lie between -1000000 and 1000000; got 10000000.')],
    ],
    [
      'an unknown setting value',
      'state:\n  act_h: softmax',
      [at(12, 'state.act_h: act_h must be one of sigmoid, tanh, relu, linear; "softmax" is not.')],
    ],
    [
      'a number for a setting',
      'state:\n  act_h: 3',
      [at(12, 'state.act_h is a setting: write one of its choices, not 3')],
    ],
    [
      'settings that clash',
      'state:\n  loss: ce\n  act_o: tanh',
      [
        at(
          12,
          'state.loss: Cross-entropy needs outputs in (0, 1), which a sigmoid output gives; act_o = tanh does not.',
        ),
      ],
    ],
    [
      'a target cross-entropy refuses',
      'state:\n  loss: ce\n  t1: 2',
      [
        at(
          13,
          'state.t1: With cross-entropy a target is a probability: t1 must lie between 0 and 1; got 2.',
        ),
      ],
    ],
    [
      'an architecture outside the limits',
      'state:\n  layers: 2-9-2',
      [
        at(
          12,
          'state.layers: layers must have 1 to 6 neurons in every layer; 2-9-2 has a layer of 9.',
        ),
      ],
    ],
    [
      'a number for layers',
      'state:\n  layers: 3',
      [at(12, 'state.layers is the network: write its layer sizes, such as 2-3-2, not 3')],
    ],
    [
      'a parameter the network of the step lacks',
      'state:\n  layers: 2-1-2\n  w5: 0.1',
      [
        at(
          13,
          'unknown field "w5" in state (did you mean "w1"?); allowed: layers, i1, i2, t1, t2, w1, w2, w3, w4, b1, b2, lr, act_h, act_o, loss, biases, hidden_deltas, bias_per',
        ),
      ],
    ],
    [
      'a parameter of another network than the one of the step',
      'state:\n  w12: 0.1\n  layers: 2-9-2',
      [
        at(
          12,
          'unknown field "w12" in state (did you mean "w1"?); allowed: layers, i1, i2, t1, t2, w1, w2, w3, w4, w5, w6, w7, w8, b1, b2, lr, act_h, act_o, loss, biases, hidden_deltas, bias_per',
        ),
        at(
          13,
          'state.layers: layers must have 1 to 6 neurons in every layer; 2-9-2 has a layer of 9.',
        ),
      ],
    ],
    [
      'not a mapping',
      'state: [w5]',
      [at(11, 'state must be a mapping of "field: value" lines, not a list')],
    ],
  ])('%s', (_name, yaml, expected) => {
    expect(problemsOf(oneStep(`id: a\n${yaml}`))).toEqual(expected);
  });
});

describe('a step that sets layers', () => {
  test('is read as that network: its parameters, and its quantities as focus', () => {
    expect(
      problemsOf(oneStep('id: a\nstate:\n  layers: 2-3-2\n  w12: 0.5\nfocus: dE_dw12')),
    ).toEqual([]);
  });

  test('with a bias per neuron, by its neurons’ biases', () => {
    expect(
      problemsOf(
        oneStep('id: a\nstate:\n  layers: 2-3-2\n  bias_per: neuron\n  b_h3: 0.5\nfocus: dE_db_h3'),
      ),
    ).toEqual([]);
    const [problem] = problemsOf(oneStep('id: a\nstate:\n  bias_per: neuron\n  b1: 0.5'));
    expect(problem).toMatch(
      /unknown field "b1" in state .*allowed: layers, .*b_h1, b_h2, b_o1, b_o2, lr/,
    );
  });
});

describe("focus and check quantities are quantities of the step's network", () => {
  test('an unknown focus, with a suggestion and the known ids in trace order', () => {
    const [problem] = problemsOf(oneStep('id: a\nfocus: net_h3'));
    expect(problem).toMatch(
      /^content\/03-forward-pass\/lesson\.md:11: focus "net_h3" is not a quantity of this network \(did you mean "net_h1"\?\) \(known: net_h1, out_h1, net_h2, .*, w4_new, E_total_new\)$/,
    );
  });

  test('b2_new exists only when the biases learn', () => {
    expect(problemsOf(oneStep('id: a\nfocus: b2_new'))[0]).toMatch(
      /:11: focus "b2_new" is not a quantity/,
    );
    expect(problemsOf(oneStep('id: a\nstate: { biases: learned }\nfocus: b2_new'))).toEqual([]);
  });

  test('a focus that is not text', () => {
    expect(problemsOf(oneStep('id: a\nfocus: 3'))).toEqual([
      at(11, 'focus must be a non-empty text, not 3'),
    ]);
  });

  test('a check quantity the network does not have', () => {
    expect(problemsOf(withCheck('  quantity: dE_dw9\n  prompt: x\n  tolerance: 0.1'))[0]).toMatch(
      /:12: check\.quantity "dE_dw9" is not a quantity of this network \(did you mean "dE_dw5"\?\) \(known: net_h1, /,
    );
  });

  test('a widget quantity without the widget, or of another widget', () => {
    expect(problemsOf(withCheck('  quantity: dc_da\n  prompt: x\n  tolerance: 0.1'))[0]).toMatch(
      /:12: check\.quantity "dc_da" is not a quantity of this network \(known: /,
    );
    const text = oneStep(
      'id: a\nwidget: { type: expression, graph: "a+b", values: { a: 1, b: 2 } }\ncheck:\n  quantity: df_dx\n  prompt: x\n  tolerance: 0.1',
    );
    expect(problemsOf(text)[0]).toMatch(
      /:13: check\.quantity "df_dx" is not a quantity of this network or of its expression widget .* E_total_new, c, dc_da, dc_db\)$/,
    );
  });
});
