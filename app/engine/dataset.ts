/**
 * Datasets: many examples, each inputs → targets, for one network. A dataset is
 * named (`xor`, `and`, `or`; `circle`, `blobs`, `spiral`, drawn from a seed) or
 * written out: in a link as `0,0:0;0,1:1;1,0:1;1,1:0` (inputs comma-separated, a
 * colon, targets comma-separated, rows separated by semicolons), or pasted as CSV
 * (one row per line, the inputs' then the targets' columns, a header line allowed).
 * Every refusal names the row and what is wrong with it.
 */
import { networkNames, type Architecture } from './architecture';
import { EngineError } from './errors';
import { PARAM_LIMITS, parseNumber, quoted } from './model';
import {
  GENERATED_SETS,
  MAX_ROWS,
  NAMED_SETS,
  TABLE_SETS,
  type Dataset,
  type Example,
} from './example';
import { mulberry32, normal } from './random';

export type { Dataset, Example } from './example';

/** Truth tables of two inputs and one target. */
const TABLES: Readonly<Record<(typeof TABLE_SETS)[number], readonly number[]>> = {
  xor: [0, 1, 1, 0],
  and: [0, 0, 0, 1],
  or: [0, 1, 1, 1],
};

export { GENERATED_SETS, MAX_ROWS, NAMED_SETS, TABLE_SETS };
export type GeneratedSet = (typeof GENERATED_SETS)[number];

/** Points in a generated set: enough to show a shape, few enough to train live. */
export const GENERATED_SIZE = 200;

const refuse = (message: string) => new EngineError('bad-data', 'data', message);

/**
 * Reads `data=` (a set's name or rows) for a network of these layer sizes; the
 * seed draws a generated set. Throws an EngineError naming the row at fault.
 */
export function readDataset(text: string, sizes: Architecture, seed = 1): Dataset {
  const trimmed = text.trim();
  if (trimmed === '') throw refuse('data is empty: give a set (xor, circle …) or rows like 0,1:1.');
  const name = trimmed.toLowerCase();
  if (NAMED_SETS.includes(name)) return namedSet(name, sizes, seed);
  if (!trimmed.includes(':') && /^[a-z]+$/i.test(trimmed)) {
    throw refuse(
      `data = "${quoted(trimmed)}" is not a set: the sets are ${NAMED_SETS.join(', ')}; or write rows like 0,1:1;1,0:1.`,
    );
  }
  return { name: 'rows', examples: readRows(trimmed.split(';'), sizes, colonRow) };
}

/** Reads pasted CSV: one example per line, inputs then targets; a first line of words is a header. */
export function readCsv(text: string, sizes: Architecture): Dataset {
  const lines = text.split(/\r?\n/);
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first >= 0 && isHeader(lines[first]!)) lines[first] = '';
  return { name: 'rows', examples: readRows(lines, sizes, csvRow) };
}

/** A header names its columns: not one of its cells reads as a number ("x1,x2,y"). */
function isHeader(line: string): boolean {
  return line.split(/[,;\t]/).every((cell) => !/^\s*[+-]?(\d|\.\d)/.test(cell));
}

export { rowsText } from './example';

type RowReader = (row: string, shape: Shape, where: string) => Example;

interface Shape {
  readonly inputs: number;
  readonly targets: number;
}

function readRows(rows: readonly string[], sizes: Architecture, read: RowReader): Example[] {
  const names = networkNames(sizes);
  const shape = { inputs: names.inputs.length, targets: names.targets.length };
  const examples: Example[] = [];
  rows.forEach((row, k) => {
    if (row.trim() === '') return;
    if (examples.length === MAX_ROWS) {
      throw refuse(`data has more than ${MAX_ROWS} rows; keep at most ${MAX_ROWS}.`);
    }
    examples.push(read(row, shape, `data row ${k + 1} ("${quoted(row.trim())}")`));
  });
  if (examples.length === 0) throw refuse('data has no rows: give at least one, like 0,1:1.');
  return examples;
}

const colonRow: RowReader = (row, shape, where) => {
  const parts = row.split(':');
  if (parts.length !== 2) {
    throw refuse(
      `${where} needs exactly one colon, between the inputs and the targets (like 0,1:1).`,
    );
  }
  const inputs = numbers(parts[0]!, where, 'input');
  const targets = numbers(parts[1]!, where, 'target');
  return checkShape({ inputs, targets }, shape, where);
};

const csvRow: RowReader = (row, shape, where) => {
  if (row.includes(':')) return colonRow(row, shape, where);
  const values = numbers(row.replace(/[;\t]/g, ','), where, 'value');
  if (values.length !== shape.inputs + shape.targets) {
    throw refuse(
      `${where} has ${values.length} values; the network needs ${shape.inputs} inputs then ${shape.targets} ${plural(shape.targets, 'target')}.`,
    );
  }
  return { inputs: values.slice(0, shape.inputs), targets: values.slice(shape.inputs) };
};

function numbers(text: string, where: string, what: 'input' | 'target' | 'value'): number[] {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: inputs and targets have the same limits (PARAM_LIMITS), so either pair serves both
  const limits = PARAM_LIMITS[what === 'target' ? 'target' : 'input'];
  return text.split(',').map((cell, k) => {
    let value: number;
    try {
      value = parseNumber(`${where}, ${what} ${k + 1}`, cell);
    } catch (error) {
      throw refuse((error as Error).message);
    }
    if (value < limits[0] || value > limits[1]) {
      throw refuse(
        `${where}: ${what} ${k + 1} = ${value} lies outside ${limits[0]} … ${limits[1]}.`,
      );
    }
    return value;
  });
}

function checkShape(example: Example, shape: Shape, where: string): Example {
  const { inputs, targets } = example;
  if (inputs.length !== shape.inputs) {
    throw refuse(
      `${where} has ${inputs.length} ${plural(inputs.length, 'input')}; the network has ${shape.inputs}.`,
    );
  }
  if (targets.length !== shape.targets) {
    throw refuse(
      `${where} has ${targets.length} ${plural(targets.length, 'target')}; the network has ${shape.targets} ${plural(shape.targets, 'output')}.`,
    );
  }
  return example;
}

const plural = (n: number, word: string) => (n === 1 ? word : `${word}s`);

function namedSet(name: string, sizes: Architecture, seed: number): Dataset {
  const inputs = sizes[0];
  const outputs = sizes[sizes.length - 1];
  if (inputs !== 2 || outputs !== 1) {
    const layers = [2, ...sizes.slice(1, -1), 1].join('-');
    throw refuse(
      `data = ${name} has 2 inputs and 1 target per row; the network has ${inputs} ${plural(inputs ?? 0, 'input')} and ${outputs} ${plural(outputs ?? 0, 'output')} (try layers=${layers}).`,
    );
  }
  if (name in TABLES) {
    const column = TABLES[name as keyof typeof TABLES];
    return {
      name,
      examples: column.map((t, k) => ({ inputs: [k >> 1, k & 1], targets: [t] })),
    };
  }
  return { name, examples: generate(name as GeneratedSet, seed) };
}

/** Three decimals: the points print as typed, and a link that lists them stays short. */
const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Two classes of GENERATED_SIZE / 2 points each in [−1, 1]², class 1 first then
 * class 0 alternating, so any prefix (the first mini-batch) holds both classes.
 */
function generate(kind: GeneratedSet, seed: number): Example[] {
  const random = mulberry32(seed);
  /** A normal draw of this spread around 0. */
  const noise = (spread: number) => spread * normal(random);
  const point = (cls: number, k: number): [number, number] => {
    const half = GENERATED_SIZE / 2;
    if (kind === 'circle') {
      // Class 1 inside radius 0.5, class 0 in the ring from 0.7 to 1.
      const angle = 2 * Math.PI * random();
      const r = cls === 1 ? 0.5 * Math.sqrt(random()) : 0.7 + 0.3 * random();
      return [r * Math.cos(angle), r * Math.sin(angle)];
    }
    if (kind === 'blobs') {
      const centre = cls === 1 ? 0.5 : -0.5;
      // Stryker disable next-line ArithmeticOperator: the noise is symmetric about 0, so centre − noise is drawn just as centre + noise
      return [centre + noise(0.2), centre + noise(0.2)];
    }
    // Two arms turning 1.75 times around the origin, the second turned half a circle.
    const t = k / half;
    const turn = 1.75 * 2 * Math.PI * t;
    // Stryker disable next-line ArithmeticOperator: half a circle back is the same turn as half a circle on
    const angle = cls === 1 ? turn : turn + Math.PI;
    const r = 0.1 + 0.85 * t;
    const [x, y] = [r * Math.cos(angle), r * Math.sin(angle)];
    // Stryker disable next-line ArithmeticOperator: the noise is symmetric about 0, so x − noise is drawn just as x + noise
    return [x + noise(0.03), y + noise(0.03)];
  };
  const examples: Example[] = [];
  for (let k = 0; k < GENERATED_SIZE / 2; k++) {
    for (const cls of [1, 0]) {
      const [x, y] = point(cls, k);
      const clamp = (v: number) => round3(Math.max(-1, Math.min(1, v)));
      examples.push({ inputs: [clamp(x), clamp(y)], targets: [cls] });
    }
  }
  return examples;
}
