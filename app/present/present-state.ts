/**
 * What the presenter windows share: the whole state a talk depends on, as one
 * value — the network's parameters and settings, the notation and digits, the
 * page and its step, and what the audience sees over it (blank, numbers hidden).
 * It crosses from window to window, so reading it is as strict as reading a URL:
 * every value passes the engine's checks, and a refusal says what and why.
 */
import { formatLayers, networkNames, parseLayers, type BiasPer } from '../engine/architecture';
import { EngineError } from '../engine/errors';
import { MAX_SIGNIFICANT_DIGITS, MIN_SIGNIFICANT_DIGITS } from '../engine/format';
import {
  checkCompatibility,
  checkParam,
  checkSetting,
  paramIds,
  SETTING_KEYS,
  type Model,
  type Settings,
} from '../engine/model';
import { NOTATION_IDS, NOTATIONS, type NotationId } from '../engine/notation';
import { computeTrace } from '../engine/trace';
import { MAX_SEED } from '../engine/random';
import type { AppState } from '../store/app-store';
import type { PlaygroundShown } from '../store/playground-slice';
import { VIEWS, type View } from '../store/view-slice';
import {
  dataToWire,
  readSharedData,
  sameData,
  sharedDataOf,
  type SharedData,
} from './present-data';
import {
  playgroundToWire,
  readSharedPlayground,
  samePlayground,
  sharedPlaygroundOf,
} from './present-playground';

/** The open lesson: its slug, its page (0-based) and the practice seed, if any. */
export interface SharedLesson {
  readonly slug: string;
  readonly step: number;
  readonly practice: number | null;
}

export interface SharedState {
  readonly model: Model;
  readonly notation: NotationId;
  readonly digits: number;
  readonly view: View;
  /** the explorer's step (a trace id) */
  readonly step: string;
  /** "Show all values" in the explorer; in a lesson each page decides it */
  readonly showAll: boolean;
  /** set exactly when view is 'lesson' */
  readonly lesson: SharedLesson | null;
  /** the playground's formula, leaves and step: set only when view is 'playground', once it has loaded */
  readonly playground: PlaygroundShown | null;
  /** the dataset, its batching and the row shown; null with the one example */
  readonly data: SharedData | null;
  readonly blank: boolean;
  readonly valuesHidden: boolean;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ID = /^[A-Za-z0-9_]{1,80}$/;
const MAX_LESSON_STEP = 10_000;

/** The shared part of a window's state. */
export function sharedOf(state: AppState): SharedState {
  const lesson =
    state.view === 'lesson' && state.lessonSlug !== null
      ? { slug: state.lessonSlug, step: state.lessonStep, practice: state.practiceSeed }
      : null;
  return {
    model: state.model,
    notation: state.notation,
    digits: state.digits,
    view: lesson ? 'lesson' : state.view === 'lesson' ? 'lessons' : state.view,
    step: state.step,
    showAll: state.showAll,
    lesson,
    playground: sharedPlaygroundOf(state),
    data: sharedDataOf(state),
    blank: state.blank,
    valuesHidden: state.valuesHidden,
  };
}

/** Whether two models hold the same numbers and settings. */
export function sameModelValues(a: Model, b: Model): boolean {
  if (a === b) return true;
  if (a.sizes.join() !== b.sizes.join()) return false;
  const ids = new Set([...Object.keys(a.params), ...Object.keys(b.params)]);
  for (const id of ids) if (!Object.is(a.params[id], b.params[id])) return false;
  return SETTING_KEYS.every((key) => a.settings[key] === b.settings[key]);
}

/** Whether two shared states show the same thing (showAll counts outside lessons only). */
export function sameShared(a: SharedState, b: SharedState): boolean {
  return (
    sameModelValues(a.model, b.model) &&
    a.notation === b.notation &&
    a.digits === b.digits &&
    a.view === b.view &&
    a.step === b.step &&
    (a.lesson !== null || a.showAll === b.showAll) &&
    a.lesson?.slug === b.lesson?.slug &&
    a.lesson?.step === b.lesson?.step &&
    a.lesson?.practice === b.lesson?.practice &&
    samePlayground(a.playground, b.playground) &&
    sameData(a.data, b.data) &&
    a.blank === b.blank &&
    a.valuesHidden === b.valuesHidden
  );
}

/** The state as it travels: plain data, nothing but numbers, strings, booleans and null. */
export function sharedToWire(shared: SharedState): Record<string, unknown> {
  return {
    // The other window may have another architecture: the state says which.
    layers: formatLayers(shared.model.sizes),
    params: { ...shared.model.params },
    settings: { ...shared.model.settings },
    notation: shared.notation,
    digits: shared.digits,
    view: shared.view,
    step: shared.step,
    showAll: shared.showAll,
    lesson: shared.lesson && { ...shared.lesson },
    playground: shared.playground && playgroundToWire(shared.playground),
    data: shared.data && dataToWire(shared.data),
    blank: shared.blank,
    valuesHidden: shared.valuesHidden,
  };
}

/** A refusal: the reason, in words that name the field at fault. */
export class Refused extends Error {}

/** Own data properties only: a getter or a proxy trap never runs on our side. */
export function plainRecord(value: unknown, where: string, limit = 64): Map<string, unknown> {
  if (
    typeof value !== 'object' ||
    value === null ||
    Array.isArray(value) ||
    Object.getPrototypeOf(value) !== Object.prototype
  ) {
    throw new Refused(`${where} must be an object.`);
  }
  const keys = Object.keys(value);
  if (keys.length > limit) throw new Refused(`${where} has ${keys.length} fields; too many.`);
  const entries = new Map<string, unknown>();
  for (const key of keys) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (!descriptor || !('value' in descriptor)) {
      throw new Refused(`${where}.${key.slice(0, 40)} is not a plain value.`);
    }
    entries.set(key, descriptor.value);
  }
  return entries;
}

function oneOf<T extends string>(value: unknown, choices: readonly T[], where: string): T {
  if (typeof value === 'string' && (choices as readonly string[]).includes(value))
    return value as T;
  throw new Refused(`${where} must be one of ${choices.join(', ')}.`);
}

function flag(value: unknown, where: string): boolean {
  if (typeof value !== 'boolean') throw new Refused(`${where} must be true or false.`);
  return value;
}

function wholeNumber(value: unknown, min: number, max: number, where: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new Refused(`${where} must be a whole number from ${min} to ${max}.`);
  }
  return value;
}

/** The most parameters a network has: 6-6-6-6-6's 144 weights, 24 biases, inputs, targets, lr. */
const MAX_PARAMS = 200;

/**
 * Every parameter of the network `layers` names (this window's, `base`, when the
 * state names none), each checked by the engine; none missing, none extra.
 */
function readModel(
  rawLayers: unknown,
  rawParams: unknown,
  rawSettings: unknown,
  base: Model,
): Model {
  if (rawLayers !== undefined && typeof rawLayers !== 'string') {
    throw new Refused('layers must be the layer sizes joined by "-", such as 2-3-2.');
  }
  const sizes = rawLayers === undefined ? base.sizes : parseLayers(rawLayers);
  // The parameters are checked first, named as bias_per names them (the settings' own
  // faults are told after theirs).
  const names = networkNames(sizes, biasPerOf(rawSettings));
  const ids = paramIds(names);
  const given = plainRecord(rawParams, 'params', MAX_PARAMS);
  const params: Record<string, number> = {};
  for (const [id, value] of given) params[id] = checkParam(names, id, value);
  const missing = ids.filter((id) => !given.has(id));
  if (missing.length > 0) throw new Refused(`params lacks ${missing.slice(0, 5).join(', ')}.`);
  const settings = readSettings(rawSettings);
  checkCompatibility(names, params, settings);
  return { sizes, params, settings };
}

/** The bias_per the settings name, if they name a valid one; else the article's, per layer. */
function biasPerOf(rawSettings: unknown): BiasPer {
  try {
    return checkSetting('bias_per', plainRecord(rawSettings, 'settings').get('bias_per'));
  } catch {
    return 'layer';
  }
}

/** Every setting, each one of its choices; none missing, none extra. */
function readSettings(rawSettings: unknown): Settings {
  const settingsGiven = plainRecord(rawSettings, 'settings');
  for (const key of settingsGiven.keys()) {
    if (!(SETTING_KEYS as string[]).includes(key)) {
      throw new Refused(`settings.${key.slice(0, 40)} is not a setting.`);
    }
  }
  const settings = Object.fromEntries(
    SETTING_KEYS.map((key) => [key, checkSetting(key, settingsGiven.get(key))]),
  ) as unknown as Settings;
  return settings;
}

function readLesson(value: unknown): SharedLesson {
  const lesson = plainRecord(value, 'lesson');
  const slug = lesson.get('slug');
  if (typeof slug !== 'string' || slug.length > 80 || !SLUG.test(slug)) {
    throw new Refused('lesson.slug must name a lesson (kebab-case).');
  }
  const step = wholeNumber(lesson.get('step'), 0, MAX_LESSON_STEP, 'lesson.step');
  const practice = lesson.get('practice');
  return {
    slug,
    step,
    practice: practice === null ? null : wholeNumber(practice, 1, MAX_SEED, 'lesson.practice'),
  };
}

/**
 * The shared state in `value`, every field checked against this window's network
 * (`base` gives its shape). Throws Refused, or the engine's EngineError, naming
 * the first field at fault; never anything else, whatever `value` is.
 */
export function readSharedState(value: unknown, base: Model): SharedState {
  const fields = plainRecord(value, 'state');
  const model = readModel(fields.get('layers'), fields.get('params'), fields.get('settings'), base);
  const notation = oneOf(fields.get('notation'), NOTATION_IDS, 'notation');
  const digits = wholeNumber(
    fields.get('digits'),
    MIN_SIGNIFICANT_DIGITS,
    MAX_SIGNIFICANT_DIGITS,
    'digits',
  );
  const view = oneOf(fields.get('view'), VIEWS, 'view');
  const rawLesson = fields.get('lesson');
  const lesson = rawLesson === null ? null : readLesson(rawLesson);
  if ((view === 'lesson') !== (lesson !== null)) {
    throw new Refused('lesson must be given exactly when view is lesson.');
  }
  const rawPlayground = fields.get('playground');
  const playground =
    rawPlayground === null || rawPlayground === undefined
      ? null
      : readSharedPlayground(rawPlayground, plainRecord, (reason) => new Refused(reason));
  if (playground !== null && view !== 'playground') {
    throw new Refused('playground may be given only when view is playground.');
  }
  const data = readSharedData(
    fields.get('data'),
    model.sizes,
    plainRecord,
    (reason) => new Refused(reason),
  );
  const step = fields.get('step');
  if (typeof step !== 'string' || !ID.test(step)) throw new Refused('step must be a quantity id.');
  const trace = computeTrace(model, NOTATIONS[notation]);
  if (!trace.entries.some((entry) => entry.id === step)) {
    throw new Refused(`step = ${step} is not a quantity of this network.`);
  }
  return {
    model,
    notation,
    digits,
    view,
    step,
    showAll: flag(fields.get('showAll'), 'showAll'),
    lesson,
    playground,
    data,
    blank: flag(fields.get('blank'), 'blank'),
    valuesHidden: flag(fields.get('valuesHidden'), 'valuesHidden'),
  };
}

/** The reason a read failed, in words for a notice. */
export function refusalReason(error: unknown): string {
  if (error instanceof Refused || error instanceof EngineError) return error.message;
  return 'it could not be read.';
}
