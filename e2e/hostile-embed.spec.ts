import { expect, test, type Frame, type Page } from '@playwright/test';
import fc from 'fast-check';
import { ARTICLE_MODEL } from '../app/engine/model';
import { computeTrace } from '../app/engine/trace';
import { ids, op, simulate, toMessage, type Op, type Sim } from './embed-messages';
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

// ---- the host page -----------------------------------------------------------

async function openHost(page: Page): Promise<Frame> {
  await page.route(HOST, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>host</title><iframe title="widget" width="900" height="800" src="/embed.html?panels=graph,formula,steps,params,values,settings,train,chart,check"></iframe>`,
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
