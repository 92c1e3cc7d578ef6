import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { buildStructure } from '../engine/expr-structure';
import { traceFormula, traceStructure } from '../engine/expr-trace';
import { parseExprArgs } from './expr-args';
import { renderExpression } from './expr-formats';

const root = fileURLToPath(new URL('../../', import.meta.url));
const TIMEOUT = 30_000;

function expr(...args: string[]) {
  const run = spawnSync('node_modules/.bin/tsx', ['app/cli/expr.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function rendered(args: string[]) {
  const parsed = parseExprArgs(args);
  if (!parsed.ok || parsed.help) throw new Error('expected a formula');
  const trace = traceStructure(buildStructure(parsed.graph), parsed.leaves);
  return renderExpression(trace, parsed.format, parsed.digits);
}

describe('expr arguments', () => {
  it('reads one formula, its leaves and the options, in any order', () => {
    const parsed = parseExprArgs([
      'x=-2',
      '--format',
      'json',
      '(x+y)*z',
      'y=5',
      'z=-4',
      '--digits=4',
    ]);
    expect(parsed).toMatchObject({
      ok: true,
      help: false,
      leaves: { x: -2, y: 5, z: -4 },
      format: 'json',
      digits: 4,
    });
    expect(parseExprArgs(['-x^2', 'x=3'])).toMatchObject({ ok: true, leaves: { x: 3 } });
    expect(parseExprArgs(['x', '--help'])).toEqual({ ok: true, help: true });
  });

  const refusals: [string[], string][] = [
    [['(x+', 'x=1'], "formula: expected a value after '+' at 3"],
    [[], 'formula: no formula given; see --help (e.g. "(x+y)*z" x=-2 y=5 z=-4).'],
    [['x*y', 'x=1'], 'y: the leaf y has no value; give y=<number>.'],
    [['x*y', 'x=1', 'y=abc'], 'y: y must be a number; "abc" is not one.'],
    [['x*y', 'x=1', 'y=2', 'q=3'], 'q: q is not a leaf of x*y; its leaves are x, y.'],
    [['x*y', 'x=1e7', 'y=2'], 'x: x must lie between -1000000 and 1000000; got 10000000.'],
    [
      ['x*y', 'x + y', 'x=1', 'y=2'],
      'x + y: one formula at a time; "x + y" would be a second (quote a formula that has spaces).',
    ],
    [
      ['x*y', 'x=1', 'y=2', '--format', 'csv'],
      '--format: --format must be one of json, md, tex; "csv" is not.',
    ],
    [
      ['x*y', '--digits', '40'],
      '--digits: --digits must be a whole number from 1 to 17; "40" is not.',
    ],
    [['x*y', '--colour'], '--colour: unknown option; see --help.'],
    [['x*y', '=3'], '=3: "=3" has no name before "=".'],
  ];
  it.each(refusals)('%j: %s', (args, error) => {
    expect(parseExprArgs(args)).toEqual({ ok: false, error });
  });
});

describe('expr formats', () => {
  it('json: the formula, the leaves, the value, the gradients and every step', () => {
    const data = JSON.parse(rendered(['(x+y)*z', 'x=-2', 'y=5', 'z=-4', '--format', 'json'])) as {
      formula: string;
      leaves: Record<string, number>;
      value: number;
      gradients: Record<string, number>;
      steps: { id: string; phase: string; substituted: string }[];
    };
    // f = (x + y)·z; ∂f/∂x = ∂f/∂y = z, ∂f/∂z = x + y
    expect([data.formula, data.leaves, data.value, data.gradients]).toEqual([
      '(x + y)*z',
      { x: -2, y: 5, z: -4 },
      (-2 + 5) * -4,
      { x: -4, y: -4, z: 3 },
    ]);
    expect(data.steps.map((s) => s.phase)).toEqual([
      'forward',
      'forward',
      'backward',
      'backward',
      'backward',
      'backward',
      'backward',
      'backward',
      'backward',
    ]);
    expect(data.steps.find((s) => s.id === 'df_dx')?.substituted).toBe('\\left(-4\\right)\\cdot 1');
  });

  it('md: a worked derivation, forward then backward, in math KaTeX renders', () => {
    const md = rendered(['a*b + a', 'a=3', 'b=-2']);
    const forward = md.indexOf('## Forward pass');
    const backward = md.indexOf('## Backward pass');
    expect(forward).toBeGreaterThan(0);
    expect(backward).toBeGreaterThan(forward);
    expect(md).toContain(
      '$$ \\frac{\\partial f}{\\partial a} = \\left.\\frac{\\partial f}{\\partial a}\\right|_{v_{1}}+\\left.\\frac{\\partial f}{\\partial a}\\right|_{f} = \\left(-2\\right)+1 = -1 $$',
    );
    for (const [, tex] of md.matchAll(/\$\$ (.*?) \$\$/g)) {
      expect(() => katex.renderToString(tex!, { throwOnError: true })).not.toThrow();
    }
  });

  it('tex: a complete document with a tagged step for every entry', () => {
    const tex = rendered(['relu(x)*y', 'x=1', 'y=2', '--format', 'tex']);
    expect(tex.startsWith('\\documentclass{article}')).toBe(true);
    expect(tex.trimEnd().endsWith('\\end{document}')).toBe(true);
    expect(tex.match(/\\tag\*/g)).toHaveLength(
      traceFormula('relu(x)*y', { x: 1, y: 2 }).entries.length,
    );
    expect(tex).not.toContain('\\mathbb');
  });
});

describe('expr command', () => {
  it('prints md, and json with --format', { timeout: TIMEOUT }, () => {
    const md = expr('(x+y)*z', 'x=-2', 'y=5', 'z=-4');
    expect([md.status, md.stderr]).toEqual([0, '']);
    expect(md.stdout).toContain('## Backward pass');
    const json = expr(
      'sigmoid(w0*x0 + w1*x1 + w2)',
      'w0=2',
      'x0=-1',
      'w1=-3',
      'x1=-2',
      'w2=-3',
      '--format',
      'json',
    );
    expect(json.status).toBe(0);
    expect(Object.keys((JSON.parse(json.stdout) as { gradients: object }).gradients)).toEqual([
      'w0',
      'x0',
      'w1',
      'x1',
      'w2',
    ]);
  });

  it(
    'refuses bad input: status 2, one line on stderr, nothing on stdout',
    { timeout: TIMEOUT },
    () => {
      for (const [args, line] of [
        [['(x+', 'x=1'], "expr: formula: expected a value after '+' at 3\n"],
        [
          ['log(x)', 'x=-1'],
          'expr: formula: log needs a positive argument; the log at 1 gets -1\n',
        ],
        [['x*y', 'x=1'], 'expr: y: the leaf y has no value; give y=<number>.\n'],
      ] as const) {
        const run = expr(...args);
        expect([run.status, run.stdout, run.stderr]).toEqual([2, '', line]);
      }
    },
  );
});
