/** The rules of checks and widgets, and math that does not render, each with its file:line. */
import { describe, expect, test } from 'vitest';
import { at, oneStep, problemsOf, withCheck } from './test-lessons';

describe('check rules', () => {
  test.each([
    [
      'missing fields',
      '  quantity: net_h1',
      [at(11, 'missing field "prompt" in check'), at(11, 'missing field "tolerance" in check')],
    ],
    [
      'a zero tolerance',
      '  quantity: net_h1\n  prompt: x\n  tolerance: 0',
      [at(14, 'check.tolerance must be a positive number, not 0')],
    ],
    [
      'a negative tolerance',
      '  quantity: net_h1\n  prompt: x\n  tolerance: -0.1',
      [at(14, 'check.tolerance must be a positive number, not -0.1')],
    ],
    [
      'a tolerance that is not a number',
      '  quantity: net_h1\n  prompt: x\n  tolerance: .nan',
      [at(14, 'check.tolerance must be a positive number, not NaN')],
    ],
    [
      'hints not a list',
      '  quantity: net_h1\n  prompt: x\n  tolerance: 0.1\n  hints: one hint',
      [
        at(
          15,
          'check.hints must be a list, such as [a, b] or lines starting with "- ", not "one hint"',
        ),
      ],
    ],
    [
      'an empty hint',
      '  quantity: net_h1\n  prompt: x\n  tolerance: 0.1\n  hints:\n    - ok\n    - ""',
      [at(17, 'check.hints[1] must be a non-empty text, not ""')],
    ],
    [
      'an unknown field',
      '  quantity: net_h1\n  prompt: x\n  tolerance: 0.1\n  hint: [a]',
      [
        at(
          15,
          'unknown field "hint" in check (did you mean "hints"?); allowed: quantity, prompt, tolerance, hints',
        ),
      ],
    ],
  ])('%s', (_name, fields, expected) => {
    expect(problemsOf(withCheck(fields))).toEqual(expected);
  });
});

describe('widget rules', () => {
  test('a broken widget is reported once, not again by the check that asks for its quantity', () => {
    const text = oneStep(
      'id: a\nwidget: { type: expression, graph: "a-b", values: { a: 1, b: 2 } }\ncheck: { quantity: dc_da, prompt: x, tolerance: 0.1 }',
    );
    expect(problemsOf(text)).toEqual([
      at(
        11,
        'widget.graph "a-b" is not allowed (did you mean "a+b"?); use "a+b", "a*b" or "(x+y)*z"',
      ),
    ]);
  });

  test.each([
    [
      'an unknown type',
      'widget: { type: slider }',
      [
        at(
          11,
          'widget.type "slider" is not allowed; use "expression", "activation-plot", "matrices", "bptt" or "dataset"',
        ),
      ],
    ],
    [
      'no type',
      'widget: { graph: "a+b" }',
      [
        at(
          11,
          'widget must be a mapping with a type ("expression", "activation-plot", "matrices", "bptt" or "dataset") and that type\'s fields',
        ),
      ],
    ],
    [
      'an unknown graph',
      'widget: { type: expression, graph: "a-b", values: { a: 1, b: 2 } }',
      [
        at(
          11,
          'widget.graph "a-b" is not allowed (did you mean "a+b"?); use "a+b", "a*b" or "(x+y)*z"',
        ),
      ],
    ],
    [
      'wrong leaf names',
      'widget:\n  type: expression\n  graph: "a+b"\n  values: { x: 1, b: 2 }',
      [
        at(14, 'unknown field "x" in the values of a+b (did you mean "a"?); allowed: a, b'),
        at(14, 'missing field "a" in the values of a+b'),
      ],
    ],
    [
      'a leaf that is not a number',
      'widget:\n  type: expression\n  graph: "(x+y)*z"\n  values: { x: 1, y: two, z: 3 }',
      [at(14, 'widget.values.y must be a finite number, not "two"')],
    ],
    [
      'an infinite leaf',
      'widget:\n  type: expression\n  graph: "(x+y)*z"\n  values: { x: 1, y: 2, z: .inf }',
      [at(14, 'widget.values.z must be a finite number, not Infinity')],
    ],
    [
      'a field of another widget type',
      'widget:\n  type: matrices\n  layer: 1\n  graph: "a+b"',
      [at(14, 'unknown field "graph" in a widget of type matrices; allowed: type, layer')],
    ],
    [
      'an unknown activation and x not a number',
      'widget:\n  type: activation-plot\n  activation: softplus\n  x: .nan',
      [
        at(13, 'widget.activation "softplus" is not allowed; use "sigmoid", "tanh" or "relu"'),
        at(14, 'widget.x must be a finite number, not NaN'),
      ],
    ],
    [
      'a missing x',
      'widget: { type: activation-plot, activation: tanh }',
      [at(11, 'missing field "x" in a widget of type activation-plot')],
    ],
    [
      'layer 3',
      'widget:\n  type: matrices\n  layer: 3',
      [at(13, 'widget.layer must be 1 (the hidden layer) or 2 (the output layer), not 3')],
    ],
    [
      'a recurrent unit without its weight',
      'widget: { type: bptt, T: 3, x: 0.5 }',
      [at(11, 'missing field "w" in a widget of type bptt')],
    ],
    [
      'a recurrent unit of 21 steps',
      'widget:\n  type: bptt\n  T: 21\n  w: 0.5\n  x: 0',
      [at(13, 'widget.T is 21: T must be a whole number of time steps from 1 to 20; got 21.')],
    ],
    [
      'a field the recurrent unit does not have',
      'widget:\n  type: bptt\n  T: 3\n  w: 0.5\n  x: 0\n  clip: true\n  trunc: true',
      [
        at(
          17,
          'unknown field "trunc" in a widget of type bptt; allowed: type, T, w, x, u, b, h0, y, clip, truncate',
        ),
      ],
    ],
    [
      'a recurrent weight beyond its slider',
      'widget:\n  type: bptt\n  T: 3\n  w: 2.5\n  x: 0',
      [at(14, "widget.w must lie between -2 and 2 (its slider's range), not 2.5")],
    ],
    [
      'an unknown dataset',
      'state: { layers: 2-2-1 }\nwidget:\n  type: dataset\n  data: xnor\n  show: plane\n  epochs: 10',
      [
        at(
          14,
          'widget.data "xnor" is not allowed (did you mean "xor"?); use "xor", "and", "or", "circle", "blobs" or "spiral"',
        ),
      ],
    ],
    [
      'a dataset the step’s network cannot take',
      'widget:\n  type: dataset\n  data: xor\n  show: plane\n  epochs: 10',
      [
        at(
          13,
          'widget.data: data = xor has 2 inputs and 1 target per row; the network has 2 inputs and 2 outputs (try layers=2-2-1).',
        ),
      ],
    ],
    [
      'gradients without their parameter',
      'state: { layers: 2-2-1 }\nwidget:\n  type: dataset\n  data: xor\n  show: gradients',
      [at(15, 'widget.show gradients needs a param (w5, b1 …)')],
    ],
    [
      'gradients of a weight the network lacks',
      'state: { layers: 2-2-1 }\nwidget:\n  type: dataset\n  data: xor\n  show: gradients\n  param: w9',
      [at(16, 'widget.param "w9" is not a parameter of this step\'s network')],
    ],
    [
      'training too long for a page',
      'state: { layers: 2-2-1 }\nwidget:\n  type: dataset\n  data: xor\n  show: batches\n  epochs: 6000',
      [at(16, 'widget.epochs is at most 5000, not 6000')],
    ],
    [
      'a switch as text',
      'widget:\n  type: bptt\n  T: 3\n  w: 0.5\n  x: 0\n  clip: maybe',
      [at(16, 'widget.clip must be true or false, not "maybe"')],
    ],
  ])('%s', (_name, yaml, expected) => {
    expect(problemsOf(oneStep(`id: a\n${yaml}`))).toEqual(expected);
  });
});

describe('math renders with KaTeX, or the build names the line', () => {
  test('in the prose', () => {
    expect(problemsOf(oneStep('id: a', 'Text.\n\nMore $\\frac{1}{1+e^{-x}$ here.'))).toEqual([
      at(
        15,
        "the math \\frac{1}{1+e^{-x} does not render: Unexpected end of input in a macro argument, expected '}'",
      ),
    ]);
  });

  test('in a prompt', () => {
    expect(
      problemsOf(
        withCheck("  quantity: net_h1\n  prompt: 'Compute $\\fracc{1}{2}$.'\n  tolerance: 0.1"),
      ),
    ).toEqual([
      at(13, 'the math \\fracc{1}{2} does not render: Undefined control sequence: \\fracc'),
    ]);
  });

  test('in a folded hint, on the source line that holds it', () => {
    const fields =
      '  quantity: net_h1\n  prompt: x\n  tolerance: 0.1\n  hints:\n    - ok\n    - >-\n      line one\n      and $x^$';
    expect(problemsOf(withCheck(fields))).toEqual([
      at(19, "the math x^ does not render: Expected group after '^'"),
    ]);
  });

  test('in notes', () => {
    expect(problemsOf(oneStep('id: a\nnotes: |\n  one\n  two $\\badmacro$'))).toEqual([
      at(13, 'the math \\badmacro does not render: Undefined control sequence: \\badmacro'),
    ]);
  });

  test('TeX in double quotes, where YAML reads the backslash', () => {
    expect(problemsOf(oneStep('id: a\nnotes: "a $0.15 \\cdot 0.05$"'))).toEqual([
      at(
        11,
        'the YAML does not parse: Invalid escape sequence \\c (inside "double quotes" a backslash starts an escape: write \\\\ for one, or put the text after >- on the next lines)',
      ),
    ]);
  });
});
