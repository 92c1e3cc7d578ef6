/**
 * The URL is a public API (see README, "Query parameters"): everything a page
 * shows can be linked. Reading it never fails; each refused value becomes a
 * notice and its default stays.
 */
import { MAX_SIGNIFICANT_DIGITS, MIN_SIGNIFICANT_DIGITS } from '../engine/format';
import { NOTATION_IDS, type NotationId } from '../engine/notation';
import { modelFromQuery, modelToQuery, strayParameterNotices, type Notice } from '../engine/query';
import { parseSeed } from '../lessons/practice';
import type { InitialState } from './app-store';
import { VIEWS, type PresentMode, type View } from './view-slice';

/**
 * Query strings longer than this are cut before reading: no link needs more, and a
 * huge one should not stall the page. Every value's reader is linear (numbers refuse
 * long text outright), so the limit is generous: a 10 kB value still gets its own notice.
 */
const MAX_QUERY_LENGTH = 65_536;

/**
 * The query's entries. A query over the limit is cut at an entry boundary, so no
 * value is read half (w5=0.3456 cut to w5=0.3 would be a wrong number, silently),
 * and the cut is reported.
 */
export function readQuery(search: string): { query: URLSearchParams; cut?: Notice } {
  if (search.length <= MAX_QUERY_LENGTH) return { query: new URLSearchParams(search) };
  const end = search.lastIndexOf('&', MAX_QUERY_LENGTH);
  const kept = search.slice(0, Math.max(end, 0));
  return {
    query: new URLSearchParams(kept),
    cut: {
      key: 'query',
      given: '',
      message: `the address is ${search.length} characters long; only the first ${kept.length} were read, and the values after them are ignored.`,
    },
  };
}

/**
 * The app's own parameters. On the playground every other name is a leaf of its
 * formula (w1 may be a variable there), so the network's parameters are not read.
 */
const APP_PARAMETERS = [
  'view',
  'notation',
  'digits',
  'step',
  'lesson',
  'lstep',
  'practice',
  'present',
  'scorm',
];

export function readUrlState(search: string): InitialState {
  const { query, cut } = readQuery(search);
  const playground = query.getAll('view').at(-1) === 'playground';
  // The step there is the playground's own (its reader checks it), not one of the network's.
  const { model, notices, rest } = modelFromQuery(
    playground
      ? [...query].filter(([key]) => APP_PARAMETERS.includes(key) && key !== 'step')
      : query,
  );
  const extra: Notice[] = cut ? [cut] : [];
  // w9 on a 2-2-2 (or any parameter of another network) would otherwise be dropped in silence.
  if (!playground) extra.push(...strayParameterNotices(rest, model));
  const view = pick(rest.get('view'), VIEWS, 'view', extra);
  const notation = pick(rest.get('notation'), NOTATION_IDS, 'notation', extra);
  const digits = readDigits(rest.get('digits'), extra);
  const step = rest.get('step');
  const lesson = readLesson(rest, view, extra);
  const present = readPresent(rest.get('present'), extra);
  const answers = readAnswers(rest.get('answers'), extra);
  // The SCORM package's scope: the lessons code checks it against the lessons it has.
  const scorm = rest.get('scorm')?.trim().slice(0, 80);
  return {
    model,
    notices: [...notices, ...extra],
    ...(step !== undefined && { step }),
    ...(view && { view }),
    ...lesson,
    ...(notation && { notation }),
    ...(digits !== undefined && { digits }),
    ...(present !== undefined && { present }),
    // The playground reads its own (its page checks them): f, the leaves, step, mode, seed.
    ...(playground && { playgroundQuery: [...query] }),
    ...(answers !== undefined && { answers }),
    ...(scorm && { scorm }),
  };
}

/** ?answers=0 makes the sheet an exercise (blanks where the computed numbers go); 1 is the key. */
function readAnswers(given: string | undefined, notices: Notice[]): boolean | undefined {
  if (given === undefined) return undefined;
  const value = given.trim().toLowerCase();
  if (value === '1' || value === 'true') return true;
  if (value === '0' || value === 'false') return false;
  notices.push({
    key: 'answers',
    given: given.slice(0, 40),
    message:
      'answers must be 1 (the worked sheet, the answer key) or 0 (the exercise, blanks for the computed numbers); showing the answers instead.',
  });
  return undefined;
}

/** ?present=1 opens presenter mode, ?present=speaker the speaker's view; anything else is refused. */
function readPresent(given: string | undefined, notices: Notice[]): PresentMode | undefined {
  if (given === undefined) return undefined;
  const value = given.trim().toLowerCase();
  if (value === '1' || value === 'audience') return 'audience';
  if (value === 'speaker') return 'speaker';
  if (value === '0' || value === 'off') return 'off';
  notices.push({
    key: 'present',
    given: given.slice(0, 40),
    message:
      'present must be 1 (presenter mode) or speaker (the speaker view); showing the normal page instead.',
  });
  return undefined;
}

/** A lesson slug as content/ names them: kebab-case, short. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * ?lesson=<slug>&lstep=<n>&practice=<seed>: opens the player (n counts from 1). Whether
 * the slug names a lesson and n one of its steps is known only once the lessons load;
 * the player checks that. Here: the shapes, each refusal a notice.
 */
function readLesson(
  rest: ReadonlyMap<string, string>,
  view: View | undefined,
  notices: Notice[],
): Pick<InitialState, 'view' | 'lesson' | 'lessonStep' | 'practice'> {
  const slug = rest.get('lesson');
  if (slug === undefined) {
    if (view !== 'lesson') return {};
    notices.push({
      key: 'view',
      given: 'lesson',
      message: 'the lesson view needs ?lesson=<name>; showing the list of lessons instead.',
    });
    return { view: 'lessons' };
  }
  if (!SLUG.test(slug) || slug.length > 80) {
    notices.push({
      key: 'lesson',
      given: slug.slice(0, 40),
      message: 'there is no lesson of that name; showing the list of lessons instead.',
    });
    return { view: 'lessons' };
  }
  const result: { view: View; lesson: string; lessonStep?: number; practice?: number } = {
    view: 'lesson',
    lesson: slug,
  };
  const lstep = rest.get('lstep');
  if (lstep !== undefined) {
    const n = /^\d{1,4}$/.test(lstep.trim()) ? Number(lstep.trim()) : NaN;
    if (n >= 1) result.lessonStep = n - 1;
    else {
      notices.push({
        key: 'lstep',
        given: lstep.slice(0, 40),
        message: 'lstep must be a step number (1, 2, …); starting at step 1 instead.',
      });
    }
  }
  const practice = rest.get('practice');
  if (practice !== undefined) {
    const seed = parseSeed(practice);
    if (seed !== undefined) result.practice = seed;
    else {
      notices.push({
        key: 'practice',
        given: practice.slice(0, 40),
        message:
          "practice must be a whole number from 1 to 4294967295; using the article's numbers instead.",
      });
    }
  }
  return result;
}

function pick<T extends string>(
  given: string | undefined,
  choices: readonly T[],
  key: string,
  notices: Notice[],
): T | undefined {
  if (given === undefined) return undefined;
  if ((choices as readonly string[]).includes(given)) return given as T;
  notices.push({
    key,
    given: given.slice(0, 40),
    message: `${key} must be one of ${choices.join(', ')}; using ${choices[0]} instead.`,
  });
  return undefined;
}

function readDigits(given: string | undefined, notices: Notice[]): number | undefined {
  if (given === undefined) return undefined;
  const digits = Number(given);
  if (
    Number.isInteger(digits) &&
    digits >= MIN_SIGNIFICANT_DIGITS &&
    digits <= MAX_SIGNIFICANT_DIGITS
  ) {
    return digits;
  }
  notices.push({
    key: 'digits',
    given: given.slice(0, 40),
    message: `digits must be a whole number from ${MIN_SIGNIFICANT_DIGITS} to ${MAX_SIGNIFICANT_DIGITS}; using 9 instead.`,
  });
  return undefined;
}

/** The query string for a state: only what differs from the defaults, so links stay short. */
export function urlSearchFor(state: {
  model: InitialState['model'];
  view: View;
  notation: NotationId;
  digits: number;
  /** the sheet's answers; written only where it applies, on the sheet */
  answers?: boolean;
}): string {
  const query = new URLSearchParams();
  // The player's URL is ?lesson=… (url-sync.ts writes it); its view name would only repeat that.
  if (state.view !== VIEWS[0] && state.view !== 'lesson') query.set('view', state.view);
  for (const [key, value] of modelToQuery(state.model)) query.set(key, value);
  if (state.notation !== 'article') query.set('notation', state.notation);
  if (state.digits !== 9) query.set('digits', String(state.digits));
  if (state.view === 'sheet' && state.answers === false) query.set('answers', '0');
  const text = query.toString();
  return text ? `?${text}` : '';
}
