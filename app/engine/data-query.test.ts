import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataClearing } from './data-link';
import { dataFromArgs, dataFromQuery, dataToQuery } from './data-query';
import { EngineError } from './errors';

const getter = (query: string) => {
  const params = new URLSearchParams(query);
  return (key: string) => params.get(key) ?? undefined;
};
const read = (query: string, sizes = [2, 2, 1]) => dataFromQuery(getter(query), sizes);

describe('the dataset in the query', () => {
  it('is absent without data=, and the other keys then say they need it', () => {
    expect(read('').setup).toBeNull();
    const { setup, notices } = read('batch=2&shuffle=1');
    expect(setup).toBeNull();
    expect(notices.map((n) => n.key)).toEqual(['batch', 'shuffle']);
    expect(notices[0]!.message).toBe(
      'batch applies to a dataset, and there is no data=; "2" is not. Using the default instead.',
    );
  });

  it('reads a set, its batch size, reduce, shuffle and seed', () => {
    const { setup, notices } = read('data=circle&batch=10&reduce=sum&shuffle=1&seed=9');
    expect(notices).toEqual([]);
    expect(setup!.dataset.examples).toHaveLength(200);
    expect(setup!.batch).toEqual({ size: 10, reduce: 'sum', shuffle: true, seed: 9 });
    expect(setup!.fullBatch).toBe(false);
    expect(read('data=xor&batch=all').setup!.batch.size).toBe(4);
  });

  it('refuses each bad value with a notice naming it, keeping the default', () => {
    const { setup, notices } = read('data=xor&batch=9&reduce=max&shuffle=yes&seed=0');
    expect(setup!.batch).toEqual({ size: 4, reduce: 'mean', shuffle: false, seed: 1 });
    expect(notices.map((n) => [n.key, n.given])).toEqual([
      ['seed', '0'],
      ['batch', '9'],
      ['reduce', 'max'],
      ['shuffle', 'yes'],
    ]);
    expect(notices[1]!.message).toContain(
      'batch must be a whole number from 1 to 4 (the rows) or all',
    );
  });

  it('says what each key must be, quoting what it was given', () => {
    const { notices } = read('data=xor&seed=0&reduce=max&shuffle=yes');
    expect(notices).toEqual([
      {
        key: 'seed',
        given: '0',
        message:
          'seed must be a whole number from 1 to 4294967295; "0" is not. Using the default instead.',
      },
      {
        key: 'reduce',
        given: 'max',
        message: 'reduce must be one of mean, sum; "max" is not. Using the default instead.',
      },
      {
        key: 'shuffle',
        given: 'yes',
        message:
          'shuffle must be 0 (the order given) or 1; "yes" is not. Using the default instead.',
      },
    ]);
  });

  it('takes a batch from 1 to the rows, or all, and refuses any other', () => {
    const batch = (value: string) => read(`data=xor&batch=${encodeURIComponent(value)}`);
    for (const [value, size] of [
      ['1', 1],
      ['4', 4],
      ['all', 4],
      ['ALL', 4],
      [' all ', 4],
    ] as const) {
      expect(batch(value).notices, value).toEqual([]);
      expect(batch(value).setup!.batch.size, value).toBe(size);
    }
    for (const value of ['0', '5', '2.5', '0x2', '1e1', '-1', 'two']) {
      const { setup, notices } = batch(value);
      expect(
        notices.map((n) => n.key),
        value,
      ).toEqual(['batch']);
      expect(setup!.batch.size, value).toBe(4);
    }
  });

  it('says whether the batch is the whole set', () => {
    expect(read('data=xor').setup!.fullBatch).toBe(true);
    expect(read('data=xor&batch=all').setup!.fullBatch).toBe(true);
    expect(read('data=xor&batch=3').setup!.fullBatch).toBe(false);
  });

  it('reads shuffle=0 as the order given and shuffle=1 as shuffled', () => {
    for (const [value, shuffle] of [
      ['0', false],
      ['1', true],
    ] as const) {
      const { setup, notices } = read(`data=xor&shuffle=${value}`);
      expect(notices).toEqual([]);
      expect(setup!.batch.shuffle).toBe(shuffle);
    }
  });

  it('ignores spaces around batch, reduce and shuffle, as around a typed number', () => {
    const { setup, notices } = read('data=xor&batch=%202%20&reduce=%20sum%20&shuffle=%201%20');
    expect(notices).toEqual([]);
    expect(setup!.batch).toEqual({ size: 2, reduce: 'sum', shuffle: true, seed: 1 });
  });

  it('shortens a long text it refuses in the notice, and keeps a short one whole', () => {
    const rows = Array.from({ length: 20 }, () => '0,0,0:1').join(';');
    const { notices } = read(`data=${rows}`);
    expect(notices[0]!.given).toBe(`${rows.slice(0, 40)}…`);
    expect(read('data=0:1').notices[0]!.given).toBe('0:1');
  });

  it('refuses bad rows naming the row, and falls back to the one example', () => {
    const { setup, notices } = read('data=0,0:0;0,1:1;1:0');
    expect(setup).toBeNull();
    expect(notices[0]!.message).toBe(
      'data row 3 ("1:0") has 1 input; the network has 2. Using the one example instead.',
    );
  });

  it('throws the first refusal for the command line', () => {
    expect(() => dataFromArgs(getter('data=xor&reduce=max'), [2, 2, 1])).toThrow(EngineError);
    expect(() => dataFromArgs(getter('data=xor'), [2, 2, 2])).toThrow('try layers=2-2-1');
  });

  it('round-trips every setup through the link', () => {
    const row = fc.record({
      inputs: fc.array(fc.integer({ min: -9, max: 9 }), { minLength: 2, maxLength: 2 }),
      targets: fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 1, maxLength: 1 }),
    });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constantFrom('xor', 'and', 'or', 'circle', 'blobs', 'spiral'),
          fc.array(row, { minLength: 1, maxLength: 12 }),
        ),
        fc.integer({ min: 1, max: 300 }),
        fc.constantFrom('mean', 'sum'),
        fc.boolean(),
        fc.integer({ min: 1, max: 2 ** 32 - 1 }),
        (data, size, reduce, shuffle, seed) => {
          const text =
            typeof data === 'string'
              ? data
              : data.map((r) => `${r.inputs.join(',')}:${r.targets.join(',')}`).join(';');
          const first = read(`data=${encodeURIComponent(text)}&seed=${seed}`).setup!;
          const batch = Math.min(size, first.dataset.examples.length);
          const query = `data=${encodeURIComponent(text)}&batch=${batch}&reduce=${reduce}&shuffle=${shuffle ? 1 : 0}&seed=${seed}`;
          const setup = read(query).setup!;
          const again = read(new URLSearchParams(dataToQuery(setup)).toString());
          expect(again.notices).toEqual([]);
          expect(again.setup).toEqual(setup);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('clearing the dataset (setParams’ data: "")', () => {
  it('asks for none when data is given empty, alone', () => {
    expect(dataClearing([['data', '']])).toBe('clear');
    expect(dataClearing([['data', '  ']])).toBe('clear');
  });

  it('keeps to the ordinary reading when data names rows or a set, or is not given', () => {
    expect(dataClearing([['data', 'xor']])).toBe('keep');
    expect(dataClearing([['batch', '2']])).toBe('keep');
    expect(dataClearing([])).toBe('keep');
  });

  it('refuses by name a data key that would apply to the dataset it clears', () => {
    const refusal = dataClearing([
      ['seed', '3'],
      ['data', ''],
    ]);
    expect(refusal).toBeInstanceOf(EngineError);
    expect((refusal as EngineError).subject).toBe('seed');
    expect((refusal as EngineError).message).toBe(
      'seed applies to a dataset, and data = "" asks for none; nothing was changed.',
    );
  });
});
