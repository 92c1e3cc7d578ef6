/**
 * The URL is a public API (see README, "Query parameters"): everything a page
 * shows can be linked. Reading it never fails; each refused value becomes a
 * notice and its default stays.
 */
import { MAX_SIGNIFICANT_DIGITS, MIN_SIGNIFICANT_DIGITS } from '../engine/format';
import { NOTATION_IDS, type NotationId } from '../engine/notation';
import { modelFromQuery, modelToQuery, type Notice } from '../engine/query';
import type { InitialState } from './app-store';
import { VIEWS, type View } from './view-slice';

/** Query strings longer than this are cut before reading: no link needs more, and a huge one should not stall the page. */
const MAX_QUERY_LENGTH = 4096;

export function readUrlState(search: string): InitialState {
  const query = new URLSearchParams(search.slice(0, MAX_QUERY_LENGTH));
  const { model, notices, rest } = modelFromQuery(query);
  const extra: Notice[] = [];
  const view = pick(rest.get('view'), VIEWS, 'view', extra);
  const notation = pick(rest.get('notation'), NOTATION_IDS, 'notation', extra);
  const digits = readDigits(rest.get('digits'), extra);
  const step = rest.get('step');
  return {
    model,
    notices: [...notices, ...extra],
    ...(step !== undefined && { step }),
    ...(view && { view }),
    ...(notation && { notation }),
    ...(digits !== undefined && { digits }),
  };
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
}): string {
  const query = new URLSearchParams();
  if (state.view !== VIEWS[0]) query.set('view', state.view);
  for (const [key, value] of modelToQuery(state.model)) query.set(key, value);
  if (state.notation !== 'article') query.set('notation', state.notation);
  if (state.digits !== 9) query.set('digits', String(state.digits));
  const text = query.toString();
  return text ? `?${text}` : '';
}
