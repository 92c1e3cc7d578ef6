import { expect, test, type Frame, type Page } from '@playwright/test';
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
import { runs, sameFigure } from './hostile';

/**
 * Random postMessage traffic from the widget's parent page: whatever arrives, the
 * widget keeps working. Each message is built knowing what the protocol does with
 * it (app/embed/protocol.ts, README "Messages"): a well-formed request is applied,
 * with a refusal for each value it cannot use; anything else is ignored without
 * a reply. A model of the widget follows along, and after each batch the widget's
 * state answer and its figures must equal the engine's for that model.
 */

const appOrigin = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173)}`;
const HOST = `${appOrigin}/__hostile-host.html`;
const PARAMS = paramIds(networkNames(ARTICLE_ARCHITECTURE));
const head = { source: 'backprop-lab', v: 1 } as const;

/** What the widget should be after the messages so far. */
interface Sim {
  model: Model;
  step: string;
  refused: Set<string>;
}

type Op =
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

const ids = (model: Model) => computeTrace(model).entries.map((e) => e.id);

/** The step after a model change: the same id if still there, else the entry at the same place. */
function stepAfter(sim: Sim, model: Model): string {
  const before = ids(sim.model);
  const after = ids(model);
  if (after.includes(sim.step)) return sim.step;
  return after[Math.min(Math.max(before.indexOf(sim.step), 0), after.length - 1)]!;
}

function simulate(sim: Sim, op: Op): void {
  switch (op.kind) {
    case 'setParams': {
      // A number that is not finite does not fit the message's shape: the whole message is dropped.
      if (
        Object.values(op.params ?? {}).some((v) => typeof v === 'number' && !Number.isFinite(v))
      ) {
        return;
      }
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

function toMessage(op: Op): unknown {
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

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: request },
  { weight: 3, arbitrary: notARequest.map((data) => ({ kind: 'ignored' as const, data })) },
  {
    weight: 1,
    arbitrary: request
      .filter((r) => r.kind !== 'getState' && r.kind !== 'protoKey')
      .map((r) => ({ kind: 'fromSelf' as const, data: toMessage(r) })),
  },
);

// ---- the host page -----------------------------------------------------------

async function openHost(page: Page): Promise<Frame> {
  await page.route(HOST, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>host</title><iframe title="widget" width="900" height="800" src="/embed.html?panels=graph,formula,steps,settings,chart"></iframe>`,
    }),
  );
  await page.addInitScript(() => {
    const w = window as unknown as { __received: unknown[]; __errors: string[] };
    w.__received = [];
    w.__errors = [];
    window.addEventListener('error', (e) => w.__errors.push(String(e.message)));
    window.addEventListener('unhandledrejection', (e) => w.__errors.push(String(e.reason)));
    if (window === window.top) {
      window.addEventListener('message', (event) => {
        if (event.source === document.querySelector('iframe')?.contentWindow) {
          w.__received.push(event.data);
        }
      });
    }
  });
  await page.goto(HOST);
  await expect.poll(() => received(page, 'ready')).toHaveLength(1);
  const frame = page.frames().find((f) => f.url().includes('/embed.html'))!;
  return frame;
}

interface StateMessage {
  type: 'state';
  params: Record<string, number>;
  settings: Record<string, string>;
  step: string;
  quantities: Record<string, number>;
  refused?: { key: string; message: string }[];
}

async function received(page: Page, type: string): Promise<StateMessage[]> {
  const all = await page.evaluate(
    () => (window as unknown as { __received: StateMessage[] }).__received,
  );
  return all.filter((m) => m !== null && typeof m === 'object' && m.type === type);
}

/** Posts the data to the widget from the host page, building the exotic objects there. */
async function postFromHost(page: Page, items: unknown[]) {
  await page.evaluate((items) => {
    const revive = (value: unknown): unknown => {
      if (value === null || typeof value !== 'object') return value;
      const name = (value as { $exotic?: string }).$exotic;
      const head = { source: 'backprop-lab', v: 1 };
      let deep: unknown = { ...head, type: 'getState' };
      switch (name) {
        case 'map':
          return new Map([
            ['source', 'backprop-lab'],
            ['type', 'getState'],
          ]);
        case 'date':
          return { ...head, type: 'setParams', params: { w5: new Date() } };
        case 'bytes':
          return { ...head, type: 'setParams', params: new Uint8Array(8) };
        case 'manyKeys':
          return {
            ...head,
            type: 'setParams',
            params: Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`k${i}`, 0.1])),
          };
        case 'megabyte':
          return { ...head, type: 'setParams', params: { w5: '9'.repeat(1 << 20) } };
        case 'deep':
          for (let i = 0; i < 500; i++) deep = { ...head, type: 'setParams', params: { w5: deep } };
          return deep;
        case 'params-map':
          return { ...head, type: 'setParams', params: new Map([['w5', 0.3]]) };
        case 'proto-number':
          return JSON.parse(
            '{"source":"backprop-lab","v":1,"type":"setParams","params":{"__proto__":1}}',
          );
        case 'proto-text':
          // A prototype key inside a value: an object in place of a number, so the message is dropped.
          return JSON.parse(
            '{"source":"backprop-lab","v":1,"type":"setParams","params":{"__proto__":{"w5":0.3}}}',
          );
        default:
          return value;
      }
    };
    const frame = document.querySelector('iframe')!.contentWindow!;
    for (const item of items) frame.postMessage(revive(item), '*');
  }, items);
}

/** Sends the ops in order: the parent's in batches, the widget's own window's one by one. */
async function send(page: Page, frame: Frame, ops: Op[]) {
  let batch: unknown[] = [];
  for (const o of ops) {
    if (o.kind === 'fromSelf') {
      await postFromHost(page, batch);
      batch = [];
      await frame.evaluate((data) => window.postMessage(data, '*'), o.data);
    } else batch.push(toMessage(o));
  }
  await postFromHost(page, batch);
}

test('random messages from the host page: the widget answers as the protocol says and keeps working', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const frame = await openHost(page);
  let marker = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), async (ops) => {
      const sim: Sim = { model: ARTICLE_MODEL, step: ids(ARTICLE_MODEL)[0]!, refused: new Set() };
      // Each run starts from the article's numbers, and a marker closes it: its refusal is the last.
      const end = `zzEnd${++marker}`;
      const start = (await received(page, 'state')).length;
      await send(page, frame, [{ kind: 'reset' }, ...ops, { kind: 'goToStep', id: end }]);
      for (const o of ops) simulate(sim, o);
      const answered = async () => {
        const states = (await received(page, 'state')).slice(start);
        return states.some((s) => s.refused?.some((r) => r.message.startsWith(end)));
      };
      await expect
        .poll(answered, { message: 'the widget answered the closing request' })
        .toBe(true);
      // The marker's answer came last; any state after it is a frame-later repeat of the same.
      const states = (await received(page, 'state')).slice(start);
      const last = states.at(-1)!;
      expect({ params: last.params, settings: last.settings, step: last.step }).toEqual({
        params: sim.model.params,
        settings: sim.model.settings,
        step: sim.step,
      });
      const expected = computeTrace(sim.model).quantities;
      expect(Object.keys(last.quantities)).toEqual(Object.keys(expected));
      for (const [id, value] of Object.entries(last.quantities)) {
        expect(sameFigure(value, expected[id]!), `${id}: ${value} vs ${expected[id]}`).toBe(true);
      }
      for (const value of Object.values(last.quantities)) expect(Number.isFinite(value)).toBe(true);
      const refused = new Set(states.flatMap((s) => s.refused ?? []).map((r) => r.key));
      expect([...refused].sort()).toEqual(
        [...sim.refused, 'step'].filter((k, i, a) => a.indexOf(k) === i).sort(),
      );
      // The widget's own figures: the engine's, all finite.
      await expect
        .poll(() =>
          frame
            .evaluate(() =>
              [
                ...document.querySelectorAll(
                  '[data-quantity][data-value], [data-param][data-value]',
                ),
              ].map((e) => [
                e.getAttribute('data-quantity') ?? `param:${e.getAttribute('data-param')}`,
                e.getAttribute('data-value'),
              ]),
            )
            .then((pairs) =>
              pairs.filter(([key, value]) => {
                const want = key!.startsWith('param:')
                  ? sim.model.params[key!.slice(6)]
                  : expected[key!];
                return want === undefined || !sameFigure(Number(value), want);
              }),
            ),
        )
        .toEqual([]);
      expect(
        await frame.evaluate(() => (window as unknown as { __errors: string[] }).__errors),
      ).toEqual([]);
      expect(
        await page.evaluate(() => (window as unknown as { __errors: string[] }).__errors),
      ).toEqual([]);
      expect(await received(page, 'ready')).toHaveLength(1);
    }),
    runs(8),
  );
});
