// The widget's incoming messages for the hostile embed spec: what to send, and what the
// protocol (app/embed/protocol.ts, README "Messages") makes of each, as a model of the widget.
import fc from 'fast-check';
import { ARTICLE_ARCHITECTURE, networkNames } from '../app/engine/architecture';
import {
  ARTICLE_MODEL,
  paramIds,
  SETTING_CHOICES,
  SETTING_KEYS,
  type Model,
} from '../app/engine/model';
import { modelFromQuery } from '../app/engine/query';
import { computeTrace } from '../app/engine/trace';

const PARAMS = paramIds(networkNames(ARTICLE_ARCHITECTURE));
const head = { source: 'backprop-lab', v: 1 } as const;

/** What the widget should be after the messages so far. */
export interface Sim {
  model: Model;
  step: string;
  refused: Set<string>;
}

export type Op =
  | { kind: 'setParams'; params?: Record<string, unknown>; settings?: Record<string, unknown> }
  | { kind: 'goToStep'; id: string }
  | { kind: 'reset' }
  | { kind: 'getState' }
  /** setParams with an own "__proto__" key (as JSON.parse makes it): a name the network does not have */
  | { kind: 'protoKey' }
  /** not a request of the protocol: dropped without a reply */
  | { kind: 'ignored'; data: unknown }
  /** a well-formed request from the widget's own window, not its parent: dropped */
  | { kind: 'fromSelf'; data: unknown };

export const ids = (model: Model) => computeTrace(model).entries.map((e) => e.id);

/** The step after a model change: the same id if still there, else the entry at the same place. */
function stepAfter(sim: Sim, model: Model): string {
  const before = ids(sim.model);
  const after = ids(model);
  if (after.includes(sim.step)) return sim.step;
  return after[Math.min(Math.max(before.indexOf(sim.step), 0), after.length - 1)]!;
}

export function simulate(sim: Sim, op: Op): void {
  switch (op.kind) {
    case 'setParams': {
      const entries = [
        ...Object.entries(op.params ?? {}).map(([k, v]): [string, string] => [k, String(v)]),
        ...Object.entries(op.settings ?? {}).map(([k, v]): [string, string] => [k, String(v)]),
      ];
      if (entries.length === 0) return;
      const { model, notices, rest } = modelFromQuery(entries, sim.model);
      for (const n of notices) sim.refused.add(n.key);
      for (const key of rest.keys()) sim.refused.add(key);
      try {
        computeTrace(model);
      } catch {
        sim.refused.add('model');
        return;
      }
      sim.step = stepAfter(sim, model);
      sim.model = model;
      return;
    }
    case 'goToStep':
      if (ids(sim.model).includes(op.id)) sim.step = op.id;
      else sim.refused.add('step');
      return;
    case 'protoKey':
      sim.refused.add('__proto__');
      return;
    case 'reset':
      sim.model = ARTICLE_MODEL;
      sim.step = ids(ARTICLE_MODEL)[0]!;
      return;
    default:
      return;
  }
}

export function toMessage(op: Op): unknown {
  switch (op.kind) {
    case 'setParams':
      return {
        ...head,
        type: 'setParams',
        ...(op.params && { params: op.params }),
        ...(op.settings && { settings: op.settings }),
      };
    case 'goToStep':
      return { ...head, type: 'goToStep', id: op.id };
    case 'reset':
    case 'getState':
      return { ...head, type: op.kind };
    case 'protoKey':
      return exotic('proto-number');
    case 'ignored':
    case 'fromSelf':
      return op.data;
  }
}

// ---- arbitraries -------------------------------------------------------------

const goodNumber = fc.oneof(
  fc.double({ min: -3, max: 3, noNaN: true }),
  fc.constantFrom('0,5', ' 0.25 ', '-1e-2', 0),
);
const badNumber = fc.oneof(
  fc.constantFrom('abc', '', 'NaN', '1e400', '0x10', 1e7, -1e9, NaN, Infinity, -Infinity, '🧠'),
  fc.string({ maxLength: 12 }).map((s) => `~${s}`),
);
const anyParams = fc.dictionary(
  fc.oneof(
    fc.constantFrom(...PARAMS),
    fc.constantFrom('zz', 'w9', 'b3', 'constructor', 'toString', 'step'),
  ),
  fc.oneof({ weight: 3, arbitrary: goodNumber }, { weight: 1, arbitrary: badNumber }),
  { maxKeys: 5 },
);
const anySettings = fc.dictionary(
  fc.constantFrom(...SETTING_KEYS, 'theme', 'view'),
  fc.oneof(
    fc.constantFrom(...SETTING_KEYS.flatMap((k) => SETTING_CHOICES[k] as readonly string[])),
    fc.constantFrom('MSE', 'softmax', '', 'x'.repeat(200)),
  ),
  { maxKeys: 3 },
);
const stepId = fc.oneof(
  fc.constantFrom(...ids(ARTICLE_MODEL)),
  fc.constantFrom('b1_new', 'b2_new', 'nope', 'w5', 'E_total_new', 'dE_dw9'),
);

/** Requests the protocol applies (values it cannot use are refused in the state message). */
const request: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record(
      { kind: fc.constant('setParams' as const), params: anyParams, settings: anySettings },
      { requiredKeys: ['kind'] },
    ),
  },
  { weight: 2, arbitrary: stepId.map((id) => ({ kind: 'goToStep' as const, id })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'reset' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'getState' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'protoKey' as const }) },
);

/** Turned into something other than JSON in the host page (see `revive`). */
const exotic = (name: string) => ({ $exotic: name });

/** Messages that are not a request of protocol version 1, each for a different reason. */
const notARequest: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.constantFrom(null, 0, 'getState', [], [head], true),
  // The envelope wrong: another source, another version, the version as text.
  fc.record({
    source: fc.constantFrom('backprop', 'Backprop-Lab', '', 'backprop-lab '),
    v: fc.constant(1),
    type: fc.constantFrom('getState', 'reset', 'setParams'),
  }),
  fc.record({
    source: fc.constant('backprop-lab'),
    v: fc.constantFrom(0, 2, '1', null, 1.5),
    type: fc.constantFrom('getState', 'reset'),
  }),
  // Types the widget sends or does not know.
  fc
    .constantFrom('ready', 'state', 'resize', 'GETSTATE', '__proto__', 'toString')
    .map((type) => ({ ...head, type })),
  // Known types with fields of the wrong shape.
  fc.oneof(
    fc
      .jsonValue({ maxDepth: 2 })
      .filter((v) => typeof v !== 'string')
      .map((id) => ({ ...head, type: 'goToStep', id })),
    fc
      .constantFrom('', 'a b', 'x'.repeat(41), 'dE/dw5', '<b>')
      .map((id) => ({ ...head, type: 'goToStep', id })),
    fc
      .constantFrom(
        [1],
        'w5=0.3',
        5,
        null,
        { w5: { v: 1 } },
        { w5: true },
        { w5: null },
        { w5: [0.3] },
        { 'w 5': 1 },
        { w5: 'x'.repeat(201) },
      )
      .map((params) => ({ ...head, type: 'setParams', params })),
    fc
      .constantFrom({ act_h: 1 }, { act_h: null }, ['act_h'])
      .map((settings) => ({ ...head, type: 'setParams', settings })),
    fc.constantFrom(
      { ...head, type: 'getState', extra: 1 },
      { ...head, type: 'reset', params: {} },
      { ...head, type: 'setParams', params: {}, id: 'x' },
    ),
  ),
  // Huge, deep and odd objects, made in the page: Map, Date, typed array, 65 keys, 1 MB text, 500 levels.
  fc
    .constantFrom(
      'map',
      'date',
      'bytes',
      'manyKeys',
      'megabyte',
      'deep',
      'params-map',
      'proto-text',
    )
    .map(exotic),
);

export const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: request },
  { weight: 3, arbitrary: notARequest.map((data) => ({ kind: 'ignored' as const, data })) },
  {
    weight: 1,
    arbitrary: request
      .filter((r) => r.kind !== 'getState' && r.kind !== 'protoKey')
      .map((r) => ({ kind: 'fromSelf' as const, data: toMessage(r) })),
  },
);
