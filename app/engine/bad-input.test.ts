/**
 * Bad input is refused in words, never answered with NaN: parsing, ranges,
 * settings that cannot work together, saturating and extreme parameters. (The
 * query contract, which turns refusals into notices, is in query.test.ts.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIVATION_IDS } from './activations';
import { networkNames } from './architecture';
import { EngineError, type EngineErrorCode } from './errors';
import { LOSS_IDS } from './losses';
import {
  ARTICLE_MODEL,
  BIAS_MODES,
  checkModel,
  checkParam,
  checkSetting,
  DEFAULT_SETTINGS,
  HIDDEN_DELTA_MODES,
  paramIds,
  parseNumber,
  type Model,
  type Settings,
} from './model';
import { computeTrace } from './trace';
import { train } from './train';

const NAMES = networkNames([2, 2, 2]);

/** Runs `f`, expecting an EngineError with this code and subject, saying `named`; returns it. */
function refusal(
  f: () => unknown,
  code: EngineErrorCode,
  subject: string,
  named = subject,
): EngineError {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(EngineError);
    const engineError = error as EngineError;
    expect(engineError.code).toBe(code);
    expect(engineError.subject).toBe(subject);
    expect(engineError.message).toContain(named);
    return engineError;
  }
  throw new Error(`expected an EngineError ${code} about ${subject}`);
}

const withParams = (params: Record<string, number>, settings: Partial<Settings> = {}): Model => ({
  ...ARTICLE_MODEL,
  params: { ...ARTICLE_MODEL.params, ...params },
  settings: { ...DEFAULT_SETTINGS, ...settings },
});

describe('parseNumber', () => {
  it.each([
    ['abc', 'not-a-number'],
    ['', 'not-a-number'],
    ['  ', 'not-a-number'],
    ['0x10', 'not-a-number'],
    ['1/2', 'not-a-number'],
    ['1e400', 'not-finite'],
    ['-1e400', 'not-finite'],
    ['NaN', 'not-finite'],
    ['Infinity', 'not-finite'],
    ['-inf', 'not-finite'],
  ] as const)('refuses %j as %s', (text, code) => {
    refusal(() => parseNumber('w5', text), code, 'w5');
  });

  it.each([
    ['0,5', 0.5],
    [' 0.25 ', 0.25],
    ['-1e-3', -0.001],
    ['+.5', 0.5],
    ['7', 7],
    ['-0,125', -0.125],
    ['1E3', 1000],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumber('w5', text)).toBe(value);
  });

  it('refuses a huge paste at once, quoting only its start', () => {
    // The number patterns backtrack quadratically: 40,000 digits and a letter took seconds. Text
    // this long is refused by its length before any pattern runs, which the message tells (a
    // timing would say more about the machine's load than about the code).
    for (const text of [`${'9'.repeat(40_000)}x`, '1'.repeat(101), ` ${'0'.repeat(200)} `]) {
      const error = refusal(() => parseNumber('w5', text), 'not-a-number', 'w5');
      expect(error.message).toContain(`(${text.length} characters) is too long to be one.`);
      expect(error.message.length).toBeLessThan(150);
    }
    expect(
      refusal(() => checkSetting('act_h', 'x'.repeat(5000)), 'unknown-setting', 'act_h').message
        .length,
    ).toBeLessThan(150);
    // Long but honest: digits a person might paste from a calculator.
    expect(parseNumber('w5', '0.1234567890123456789012345678901234567890')).toBeCloseTo(
      0.12345678901,
      10,
    );
  });
});

describe('checkParam and checkSetting', () => {
  it.each([
    ['w5', 1e7],
    ['w5', -1.5e6],
    ['lr', -1],
    ['lr', 2000],
  ])('refuses %s = %d as out of range', (id, value) => {
    refusal(() => checkParam(NAMES, id, value), 'out-of-range', id);
  });

  it('accepts the limits themselves', () => {
    expect(checkParam(NAMES, 'w5', 1e6)).toBe(1e6);
    expect(checkParam(NAMES, 'lr', 0)).toBe(0);
  });

  it('refuses names that are not parameters of the network', () => {
    refusal(() => checkParam(NAMES, 'w9', 0.1), 'unknown-parameter', 'w9');
    refusal(() => checkParam(NAMES, 'b3', 0.1), 'unknown-parameter', 'b3');
    refusal(() => checkParam(NAMES, 'constructor', 0.1), 'unknown-parameter', 'constructor');
  });

  it('refuses non-numbers and non-finite numbers', () => {
    refusal(() => checkParam(NAMES, 'w1', '0.3'), 'not-a-number', 'w1');
    refusal(() => checkParam(NAMES, 'w1', NaN), 'not-finite', 'w1');
    refusal(() => checkParam(NAMES, 'w1', -Infinity), 'not-finite', 'w1');
  });

  it('refuses unknown setting values', () => {
    refusal(() => checkSetting('act_h', 'softmax'), 'unknown-setting', 'act_h');
    refusal(() => checkSetting('loss', 'MSE'), 'unknown-setting', 'loss');
    refusal(() => checkSetting('biases', undefined), 'unknown-setting', 'biases');
  });

  it('refuses a model with a parameter missing', () => {
    const { w3: _, ...params } = ARTICLE_MODEL.params;
    refusal(() => computeTrace({ ...ARTICLE_MODEL, params }), 'not-a-number', 'w3');
  });
});

describe('incompatible settings', () => {
  it.each(['linear', 'relu', 'tanh'] as const)(
    'cross-entropy with act_o = %s names the loss',
    (act_o) => {
      const model = withParams({}, { loss: 'ce', act_o });
      // The message speaks of the loss by name, and of the output activation that rules it out.
      refusal(() => checkModel(model), 'incompatible', 'loss', 'Cross-entropy');
      refusal(() => computeTrace(model), 'incompatible', 'loss', `act_o = ${act_o}`);
      refusal(() => train(model, 10), 'incompatible', 'loss', 'Cross-entropy');
    },
  );

  it('cross-entropy with a target outside [0, 1] names the target', () => {
    refusal(() => computeTrace(withParams({ t1: 1.5 }, { loss: 'ce' })), 'incompatible', 't1');
    refusal(() => computeTrace(withParams({ t2: -0.1 }, { loss: 'ce' })), 'incompatible', 't2');
    expect(() => computeTrace(withParams({ t1: 0, t2: 1 }, { loss: 'ce' }))).not.toThrow();
  });
});

const ALL_SETTINGS: Settings[] = ACTIVATION_IDS.flatMap((act_h) =>
  ACTIVATION_IDS.flatMap((act_o) =>
    LOSS_IDS.filter((loss) => loss !== 'ce' || act_o === 'sigmoid').flatMap((loss) =>
      BIAS_MODES.flatMap((biases) =>
        HIDDEN_DELTA_MODES.map((hidden_deltas) => ({
          act_h,
          act_o,
          loss,
          biases,
          hidden_deltas,
          bias_per: 'layer' as const,
        })),
      ),
    ),
  ),
);

const expectAllFinite = (model: Model) => {
  const trace = computeTrace(model);
  const bad = trace.entries.filter((e) => !Number.isFinite(e.value)).map((e) => e.id);
  expect(bad).toEqual([]);
  return trace;
};

describe('saturating and extreme parameters', () => {
  const extremes: [string, Record<string, number>][] = [
    ['±1e3', { w1: -1e3, w2: -1e3, w3: -1e3, w4: -1e3, w5: 1e3, w6: 1e3, w7: 1e3, w8: 1e3 }],
    ['±1e6', { w1: -1e6, w2: -1e6, w3: -1e6, w4: -1e6, w5: 1e6, w6: 1e6, w7: 1e6, w8: 1e6 }],
    ['1e6 inputs', { i1: 1e6, i2: -1e6, w1: 1e6, w8: -1e6, b1: 1e6, b2: -1e6 }],
  ];

  it.each(extremes)('%s gives a finite trace under every setting', (_, params) => {
    for (const settings of ALL_SETTINGS) expectAllFinite(withParams(params, settings));
  });

  it('cross-entropy on saturated sigmoid outputs: out is exactly 0 or 1, δ = out − t', () => {
    const model = withParams({ w5: 1e3, w6: 1e3, w7: -1e3, w8: -1e3 }, { loss: 'ce' });
    const q = expectAllFinite(model).quantities;
    expect(q.out_o1).toBe(1);
    expect(q.out_o2).toBe(0);
    expect(q.delta_o1).toBe(1 - 0.01);
    expect(q.delta_o2).toBe(0 - 0.99);
    expect(q.E_total).toBeGreaterThan(30); // −ln(1e-15) per output, from the clamp
  });

  it('trains from saturation without NaN', () => {
    for (const settings of ALL_SETTINGS) {
      const run = train(withParams(extremes[0]![1], settings), 20);
      expect(Object.values(run.params).every(Number.isFinite)).toBe(true);
      expect(Array.from(run.losses.subarray(0, run.steps)).every(Number.isFinite)).toBe(true);
    }
  });
});

describe('overflow', () => {
  it('is refused as overflow, naming the first quantity that left float64', () => {
    // Four layers of 1e6 weights and inputs with η = 1e3: the updated network's error is ~1e500.
    const sizes = [2, 6, 6, 6, 2];
    const params: Record<string, number> = { lr: 1e3 };
    for (const id of paramIds(networkNames(sizes))) params[id] ??= 1e6;
    const settings: Settings = { ...DEFAULT_SETTINGS, act_h: 'linear', act_o: 'linear' };
    const error = refusal(
      () => computeTrace({ sizes, params, settings }),
      'overflow',
      'E_total_new',
    );
    expect(error.message).toMatch(/Infinity/);
    expect(train({ sizes, params, settings }, 10).status).toBe('diverged');
  });
});

describe('random in-range parameters (fast-check)', () => {
  const anyIn = (min: number, max: number) => fc.double({ min, max, noNaN: true });
  const modelArbitrary = fc
    .tuple(
      fc.constantFrom(...ALL_SETTINGS),
      fc.constantFrom([2, 2, 2], [3, 4, 4, 2], [2, 6, 6, 6, 2]),
    )
    .chain(([settings, sizes]) => {
      const names = networkNames(sizes);
      const target = settings.loss === 'ce' ? anyIn(0, 1) : anyIn(-1e6, 1e6);
      const record: Record<string, fc.Arbitrary<number>> = { lr: anyIn(0, 1e3) };
      for (const id of paramIds(names).filter((id) => id !== 'lr')) {
        record[id] = names.targets.includes(id)
          ? target
          : fc.oneof(anyIn(-1e6, 1e6), anyIn(-10, 10), fc.constantFrom(-1e6, 1e6, 0));
      }
      return fc.record(record).map((params): Model => ({ sizes, params, settings }));
    });

  it('every trace value is finite, or the trace refuses with overflow', () => {
    fc.assert(
      fc.property(modelArbitrary, (model) => {
        try {
          const trace = computeTrace(model);
          return trace.entries.every((e) => Number.isFinite(e.value));
        } catch (error) {
          return error instanceof EngineError && error.code === 'overflow';
        }
      }),
      { numRuns: 300 },
    );
  });
});
