/**
 * The embed's postMessage protocol, version 1 (a public API: see README,
 * "Embedding"). Every message is `{ source: 'backprop-lab', v: 1, type, … }`.
 * Incoming data comes from another page, so it is read strictly: anything that
 * is not exactly one of the shapes below is dropped, and reading never throws.
 */

import type { FirstBatch } from '../engine/batch';
import type { PlaygroundSnapshot } from '../store/playground-slice';

export const SOURCE = 'backprop-lab';
export const VERSION = 1;

interface Envelope<T extends string> {
  readonly source: typeof SOURCE;
  readonly v: typeof VERSION;
  readonly type: T;
}

export interface Refusal {
  readonly key: string;
  readonly message: string;
}

export type Outgoing =
  | Envelope<'ready'>
  | (Envelope<'state'> & {
      /** the network: layer sizes from the inputs to the outputs, '2-2-2' */
      readonly layers: string;
      readonly params: Readonly<Record<string, number>>;
      readonly settings: Readonly<Record<string, string>>;
      readonly step: string;
      readonly quantities: Readonly<Record<string, number>>;
      readonly refused?: readonly Refusal[];
      /** the open lesson (?lesson=…) once it is loaded; step counts from 1, as lstep does */
      readonly lesson?: { readonly slug: string; readonly step: number };
      /** the playground (?view=playground) once it is loaded: its formula, values and gradients */
      readonly playground?: PlaygroundState;
      /** with a dataset (data=): one update of the first batch, as the Data tab's batch row */
      readonly batch?: BatchState;
      /** with a dataset: every example, in the dataset's order, with its trace's quantities */
      readonly examples?: readonly ExampleState[];
    })
  | (Envelope<'resize'> & { readonly height: number });

/** The first batch's update: its gradients the mean (or sum) of its examples'. */
export type BatchState = FirstBatch;

export interface ExampleState {
  readonly inputs: readonly number[];
  readonly targets: readonly number[];
  readonly quantities: Readonly<Record<string, number>>;
}

/** What the `state` message says of the playground: what it shows, but its address and seed. */
export type PlaygroundState = Omit<PlaygroundSnapshot, 'seed' | 'search'>;

export type Incoming =
  | (Envelope<'setParams'> & {
      readonly params?: Readonly<Record<string, number | string>>;
      readonly settings?: Readonly<Record<string, string>>;
    })
  | (Envelope<'goToStep'> & { readonly id: string })
  /** the playground: a new formula, and optionally its leaves' values */
  | (Envelope<'setFormula'> & {
      readonly formula: string;
      readonly values?: Readonly<Record<string, number | string>>;
    })
  | Envelope<'getState'>
  | Envelope<'reset'>;

/** Limits that keep a hostile message cheap to read. */
const MAX_KEYS = 64;
const MAX_TEXT = 200;
/** A formula may be longer than other text: the playground reads up to 500 characters and says so beyond. */
const MAX_FORMULA = 2000;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.getPrototypeOf(value) === Object.prototype;

const isKey = (key: string) => key.length > 0 && key.length <= 40 && /^[A-Za-z0-9_]+$/.test(key);

/** Own enumerable keys only; getters and exotic objects are refused, so reading has no side effects. */
function plainEntries(value: unknown): [string, unknown][] | null {
  if (!isRecord(value)) return null;
  const keys = Object.keys(value);
  if (keys.length > MAX_KEYS) return null;
  const entries: [string, unknown][] = [];
  for (const key of keys) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (!descriptor || !('value' in descriptor)) return null;
    entries.push([key, descriptor.value]);
  }
  return entries;
}

function readMap<T>(
  value: unknown,
  accept: (item: unknown) => item is T,
): Record<string, T> | null {
  const entries = plainEntries(value);
  if (!entries) return null;
  for (const [key, item] of entries) {
    if (!isKey(key) || !accept(item)) return null;
  }
  // fromEntries defines own properties: an assignment would turn "__proto__" into a
  // prototype and drop the name unseen, so it could never be refused by name.
  return Object.fromEntries(entries) as Record<string, T>;
}

const isText = (item: unknown): item is string =>
  typeof item === 'string' && item.length <= MAX_TEXT;
// Any number fits the shape, NaN and Infinity too: the widget then refuses it by name, with
// the engine's reason, as it does "abc", instead of dropping the whole request unanswered.
const isValue = (item: unknown): item is number | string =>
  typeof item === 'number' || isText(item);

/** The message if `data` is exactly one of the incoming shapes, else null. Never throws. */
export function parseIncoming(data: unknown): Incoming | null {
  try {
    return read(data);
  } catch {
    // A proxy or another exotic object can throw from any property read.
    return null;
  }
}

function read(data: unknown): Incoming | null {
  const entries = plainEntries(data);
  if (!entries) return null;
  const message = new Map(entries);
  if (message.get('source') !== SOURCE || message.get('v') !== VERSION) return null;
  const type = message.get('type');
  const allowed = (keys: readonly string[]) =>
    [...message.keys()].every((key) => ['source', 'v', 'type', ...keys].includes(key));
  const head = { source: SOURCE, v: VERSION } as const;
  switch (type) {
    case 'getState':
    case 'reset':
      return allowed([]) ? { ...head, type } : null;
    case 'goToStep': {
      const id = message.get('id');
      if (!allowed(['id']) || typeof id !== 'string' || !isKey(id)) return null;
      return { ...head, type, id };
    }
    case 'setFormula': {
      if (!allowed(['formula', 'values'])) return null;
      const formula = message.get('formula');
      if (typeof formula !== 'string' || formula.length > MAX_FORMULA) return null;
      const raw = message.get('values');
      const values = raw === undefined ? undefined : readMap(raw, isValue);
      if (values === null) return null;
      return { ...head, type, formula, ...(values !== undefined && { values }) };
    }
    case 'setParams': {
      if (!allowed(['params', 'settings'])) return null;
      const rawParams = message.get('params');
      const rawSettings = message.get('settings');
      const params = rawParams === undefined ? undefined : readMap(rawParams, isValue);
      const settings = rawSettings === undefined ? undefined : readMap(rawSettings, isText);
      if (params === null || settings === null) return null;
      return {
        ...head,
        type,
        ...(params !== undefined && { params }),
        ...(settings !== undefined && { settings }),
      };
    }
    default:
      return null;
  }
}

/** An outgoing message with its envelope. */
export function message<T extends Outgoing['type']>(
  type: T,
  body: Omit<Extract<Outgoing, { type: T }>, 'source' | 'v' | 'type'>,
): Extract<Outgoing, { type: T }> {
  return { source: SOURCE, v: VERSION, type, ...body } as Extract<Outgoing, { type: T }>;
}
