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

  it('circle: class 1 inside radius 0.5, class 0 in the ring from 0.7 to 1', () => {
    for (const { inputs, targets } of readDataset('circle', XOR_NET, 3).examples) {
      const r = Math.hypot(inputs[0]!, inputs[1]!);
      if (targets[0] === 1) expect(r).toBeLessThanOrEqual(0.5 + 1e-3);
      else {
        expect(r).toBeGreaterThanOrEqual(0.7 - 1e-3);
        expect(r).toBeLessThanOrEqual(1 + 1e-3);
      }
    }
  });

  it('circle: each class goes all the way round, evenly', () => {
    // 300 points a class over three seeds: a quarter of them (75) expected in each quadrant.
    const examples = [1, 2, 3].flatMap((seed) => readDataset('circle', XOR_NET, seed).examples);
    for (const cls of [0, 1]) {
      const points = examples.filter((e) => e.targets[0] === cls).map((e) => e.inputs);
      const quadrants = [0, 0, 0, 0];
      for (const [x, y] of points) quadrants[(x! >= 0 ? 0 : 1) + (y! >= 0 ? 0 : 2)]! += 1;
      for (const count of quadrants) expect(count).toBeGreaterThanOrEqual(55);
      const unit = points.map(([x, y]) => [x!, y!].map((v) => v / Math.hypot(x!, y!)));
      for (const axis of [0, 1]) {
        const mean = unit.reduce((s, u) => s + u[axis]!, 0) / unit.length;
        expect(Math.abs(mean)).toBeLessThan(0.15);
      }
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

  it('blobs: two clusters apart, nearly every point within 0.5 of its own centre', () => {
    const examples = [1, 2, 3].flatMap((seed) => readDataset('blobs', XOR_NET, seed).examples);
    for (const cls of [0, 1]) {
      const centre = cls === 1 ? 0.5 : -0.5;
      const points = examples.filter((e) => e.targets[0] === cls);
      const near = points.filter(
        (e) => Math.hypot(e.inputs[0]! - centre, e.inputs[1]! - centre) < 0.5,
      );
      expect(near.length / points.length).toBeGreaterThan(0.85);
    }
  });

  describe('spiral: two arms turning 1.75 times round the origin, the second turned half a circle', () => {
    const arms = [1, 2, 3].map((seed) => {
      const { examples } = readDataset('spiral', XOR_NET, seed);
      // Class 1 and class 0 alternate, point k of each arm at rows 2k and 2k + 1.
      const arm = (cls: number) =>
        examples.filter((e) => e.targets[0] === cls).map((e) => e.inputs as [number, number]);
      return { first: arm(1), second: arm(0) };
    });

    it('the first arm starts on the positive x axis near the origin and winds out to the edge', () => {
      for (const { first } of arms) {
        const [x0, y0] = first[0]!;
        expect(x0).toBeGreaterThan(0);
        expect(Math.abs(y0)).toBeLessThan(Math.abs(x0));
        expect(Math.hypot(x0, y0)).toBeLessThan(0.25);
        expect(Math.hypot(...first.at(-1)!)).toBeGreaterThan(0.8);
        // Outwards all the way: each run of twenty points ends further out than it began.
        for (let k = 20; k < first.length; k += 20) {
          expect(Math.hypot(...first[k]!)).toBeGreaterThan(Math.hypot(...first[k - 20]!));
        }
      }
    });

    it('turns 1.75 times round, a little at each point', () => {
      for (const { first } of arms) {
        // From the tenth point on, where the noise hardly moves a point's angle.
        let turned = 0;
        for (let k = 10; k < first.length; k++) {
          const step =
            Math.atan2(first[k]![1], first[k]![0]) - Math.atan2(first[k - 1]![1], first[k - 1]![0]);
          // The step's angle, taken between −π and π.
          turned += step - 2 * Math.PI * Math.round(step / (2 * Math.PI));
        }
        // 89 of the 100 steps of 1.75 turns.
        expect(Math.abs(turned - 1.75 * 2 * Math.PI * 0.89)).toBeLessThan(0.5);
        const far = first
          .slice(1)
          .filter((p, k) => Math.hypot(p[0] - first[k]![0], p[1] - first[k]![1]) > 0.25);
        expect(far.length).toBeLessThanOrEqual(2);
      }
    });

    it('the second arm is the first turned half a circle, point by point', () => {
      for (const { first, second } of arms) {
        expect(second).toHaveLength(first.length);
        first.forEach(([x, y], k) => {
          const [u, v] = second[k]!;
          expect(Math.hypot(x + u, y + v)).toBeLessThan(0.2);
        });
      }
    });
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

  it('name the row and the number at fault, inputs and targets counted from 1', () => {
    expect(refusal(() => readDataset('0,0:0;0,x:1', XOR_NET))).toBe(
      'data row 2 ("0,x:1"), input 2 must be a number; "x" is not one.',
    );
    expect(refusal(() => readDataset('0,0:y', XOR_NET))).toBe(
      'data row 1 ("0,0:y"), target 1 must be a number; "y" is not one.',
    );
    expect(refusal(() => readDataset('0,-2e7:1', XOR_NET))).toBe(
      'data row 1 ("0,-2e7:1"): input 2 = -20000000 lies outside -1000000 … 1000000.',
    );
    expect(refusal(() => readDataset('0,0:2e6', XOR_NET))).toBe(
      'data row 1 ("0,0:2e6"): target 1 = 2000000 lies outside -1000000 … 1000000.',
    );
  });

  it('skip blank rows, and quote a row without the spaces around it', () => {
    expect(readDataset('0,0:0; ;1,1:0', XOR_NET)).toEqual({
      name: 'rows',
      examples: [
        { inputs: [0, 0], targets: [0] },
        { inputs: [1, 1], targets: [0] },
      ],
    });
    expect(refusal(() => readDataset('0,0:0;  0,1,1:1  ;1,1:0', XOR_NET))).toBe(
      'data row 2 ("0,1,1:1") has 3 inputs; the network has 2.',
    );
  });

  it('read a text with letters and numbers but no colon as a row, not as a set', () => {
    // Only a word alone is taken for a set's name; "x,1" and "1,x" are rows gone wrong.
    for (const text of ['x,1', '1,x']) {
      expect(refusal(() => readDataset(text, XOR_NET))).toBe(
        `data row 1 ("${text}") needs exactly one colon, between the inputs and the targets (like 0,1:1).`,
      );
    }
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

  it('finds the header on the first line that is not blank', () => {
    const csv = '\n   \nx1,x2,y\n0,0,0\n1,1,0\n';
    expect(readCsv(csv, XOR_NET)).toEqual({
      name: 'rows',
      examples: [
        { inputs: [0, 0], targets: [0] },
        { inputs: [1, 1], targets: [0] },
      ],
    });
    expect(refusal(() => readCsv('\n \n', XOR_NET))).toBe(
      'data has no rows: give at least one, like 0,1:1.',
    );
  });

  it('takes numbers written with a sign or a leading point as data, not as a header', () => {
    for (const line of ['.5,-.5,.1', '+1,-1,0']) {
      expect(readCsv(`${line}\n0,0,0`, XOR_NET).examples, line).toHaveLength(2);
    }
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
