import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  GENERATED_SETS,
  GENERATED_SIZE,
  MAX_ROWS,
  readCsv,
  readDataset,
  rowsText,
} from './dataset';
import { EngineError } from './errors';

const XOR_NET = [2, 2, 1];

/** The refusal's message, or a failure if there was none. */
function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).code).toBe('bad-data');
    return (error as EngineError).message;
  }
  throw new Error('expected a refusal');
}

describe('named sets', () => {
  it('are the truth tables of xor, and, or', () => {
    const rows = (name: string) =>
      readDataset(name, XOR_NET).examples.map((e) => `${e.inputs.join('')}→${e.targets[0]}`);
    expect(rows('xor')).toEqual(['00→0', '01→1', '10→1', '11→0']);
    expect(rows('and')).toEqual(['00→0', '01→0', '10→0', '11→1']);
    expect(rows('OR ')).toEqual(['00→0', '01→1', '10→1', '11→1']);
  });

  it('need two inputs and one output, and say which layers would do', () => {
    expect(refusal(() => readDataset('xor', [2, 2, 2]))).toBe(
      'data = xor has 2 inputs and 1 target per row; the network has 2 inputs and 2 outputs (try layers=2-2-1).',
    );
    expect(refusal(() => readDataset('circle', [3, 4, 1]))).toContain('try layers=2-4-1');
  });

  it.each(GENERATED_SETS)('%s: two balanced classes in the square, drawn from the seed', (name) => {
    const { examples } = readDataset(name, XOR_NET, 7);
    expect(examples).toHaveLength(GENERATED_SIZE);
    expect(examples.filter((e) => e.targets[0] === 1)).toHaveLength(GENERATED_SIZE / 2);
    expect(examples.slice(0, 2).map((e) => e.targets[0])).toEqual([1, 0]);
    for (const { inputs } of examples) {
      for (const x of inputs) expect(Math.abs(x)).toBeLessThanOrEqual(1);
    }
    expect(readDataset(name, XOR_NET, 7)).toEqual(readDataset(name, XOR_NET, 7));
    expect(readDataset(name, XOR_NET, 8)).not.toEqual(readDataset(name, XOR_NET, 7));
  });

  it('circle: class 1 inside radius 0.5, class 0 outside 0.7', () => {
    for (const { inputs, targets } of readDataset('circle', XOR_NET, 3).examples) {
      const r = Math.hypot(inputs[0]!, inputs[1]!);
      if (targets[0] === 1) expect(r).toBeLessThanOrEqual(0.5 + 1e-3);
      else expect(r).toBeGreaterThanOrEqual(0.7 - 1e-3);
    }
  });

  it('blobs: the classes gather around (0.5, 0.5) and (−0.5, −0.5)', () => {
    const { examples } = readDataset('blobs', XOR_NET, 3);
    const mean = (cls: number) =>
      examples.filter((e) => e.targets[0] === cls).reduce((s, e) => s + e.inputs[0]!, 0) /
      (GENERATED_SIZE / 2);
    expect(mean(1)).toBeCloseTo(0.5, 1);
    expect(mean(0)).toBeCloseTo(-0.5, 1);
  });
});

describe('rows', () => {
  it('read inputs, a colon, targets; rows separated by semicolons', () => {
    expect(readDataset('0,0:0;0,1:1;1,0:1;1,1:0', XOR_NET).examples).toEqual(
      readDataset('xor', XOR_NET).examples,
    );
    expect(readDataset(' 0.05, 0.1 : 0.01, 0.99 ;', [2, 2, 2]).examples).toEqual([
      { inputs: [0.05, 0.1], targets: [0.01, 0.99] },
    ]);
  });

  it('refuse a bad row, naming it and what is wrong', () => {
    expect(refusal(() => readDataset('0,0:0;0,1,1:1', XOR_NET))).toBe(
      'data row 2 ("0,1,1:1") has 3 inputs; the network has 2.',
    );
    expect(refusal(() => readDataset('0,0:0,1', XOR_NET))).toBe(
      'data row 1 ("0,0:0,1") has 2 targets; the network has 1 output.',
    );
    expect(refusal(() => readDataset('0,0:0;x,1:1', XOR_NET))).toContain('data row 2 ("x,1:1")');
    expect(refusal(() => readDataset('0,0:0;x,1:1', XOR_NET))).toContain('"x" is not one');
    expect(refusal(() => readDataset('0,0;1,1:0', XOR_NET))).toBe(
      'data row 1 ("0,0") needs exactly one colon, between the inputs and the targets (like 0,1:1).',
    );
    expect(refusal(() => readDataset('0,2e7:1', XOR_NET))).toContain(
      'input 2 = 20000000 lies outside',
    );
    expect(refusal(() => readDataset('0,nan:1', XOR_NET))).toContain('finite');
  });

  it('refuse an unknown set, an empty list and too many rows', () => {
    expect(refusal(() => readDataset('moons', XOR_NET))).toBe(
      'data = "moons" is not a set: the sets are xor, and, or, circle, blobs, spiral; or write rows like 0,1:1;1,0:1.',
    );
    expect(refusal(() => readDataset('  ', XOR_NET))).toContain('data is empty');
    expect(refusal(() => readDataset(';;', XOR_NET))).toContain('data has no rows');
    const many = Array.from({ length: MAX_ROWS + 1 }, () => '0,0:0').join(';');
    expect(refusal(() => readDataset(many, XOR_NET))).toContain(`more than ${MAX_ROWS} rows`);
  });

  it('round-trip through the text a link carries', () => {
    const value = fc
      .double({ min: -1e6, max: 1e6, noNaN: true })
      .map((x) => (Object.is(x, -0) ? 0 : x));
    const shape = fc.record({
      inputs: fc.integer({ min: 1, max: 6 }),
      targets: fc.integer({ min: 1, max: 6 }),
    });
    fc.assert(
      fc.property(
        shape.chain(({ inputs, targets }) =>
          fc.tuple(
            fc.constant([inputs, 3, targets]),
            fc.array(
              fc.record({
                inputs: fc.array(value, { minLength: inputs, maxLength: inputs }),
                targets: fc.array(value, { minLength: targets, maxLength: targets }),
              }),
              { minLength: 1, maxLength: 20 },
            ),
          ),
        ),
        ([sizes, examples]) => {
          expect(readDataset(rowsText(examples), sizes).examples).toEqual(examples);
        },
      ),
    );
  });
});

describe('pasted CSV', () => {
  it('reads inputs then targets per line, skipping a header and blank lines', () => {
    const csv = 'x1,x2,y\n0,0,0\r\n0;1;1\n\n1\t0\t1\n1,1:0\n';
    expect(readCsv(csv, XOR_NET).examples).toEqual(readDataset('xor', XOR_NET).examples);
  });

  it('refuses a line with the wrong number of values, naming it', () => {
    expect(refusal(() => readCsv('0,0,0\n0,1\n', XOR_NET))).toBe(
      'data row 2 ("0,1") has 2 values; the network needs 2 inputs then 1 target.',
    );
  });

  it('takes a first line with a number in it as data, not as a header', () => {
    expect(refusal(() => readCsv('nan,1,0\n0,0,0', XOR_NET))).toContain('data row 1');
  });
});
