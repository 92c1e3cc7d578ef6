/**
 * Keeps the address bar in step with the state (replaceState, so Back leaves the
 * app rather than undoing edits), a moment after changes settle: a drag sends
 * hundreds of changes a second, and the URL need only show where it ended.
 */
import type { AppState, AppStore } from './app-store';
import { urlSearchFor } from './url-state';

const SETTLE_MS = 250;

/**
 * The player's query: the lesson, its step (counted from 1) and the practice seed. The
 * network's numbers are left out: each lesson step sets its own.
 */
function lessonSearch(state: AppState, slug: string): string {
  const query = new URLSearchParams({ lesson: slug, lstep: String(state.lessonStep + 1) });
  if (state.practiceSeed !== null) query.set('practice', String(state.practiceSeed));
  if (state.notation !== 'article') query.set('notation', state.notation);
  if (state.digits !== 9) query.set('digits', String(state.digits));
  return `?${query.toString()}`;
}

/** The full query for a state, step and presenter mode included. */
export function searchFor(state: AppState): string {
  let search = pageSearch(state);
  const add = (pair: string) => (search = search ? `${search}&${pair}` : `?${pair}`);
  // Kept in the address so a reload, or the link handed to the other window, resumes in place.
  if (state.present !== 'off') add(`present=${state.present === 'speaker' ? 'speaker' : '1'}`);
  // A reload inside the LMS's frame goes on reporting to it.
  if (state.scorm !== null) add(`scorm=${encodeURIComponent(state.scorm)}`);
  return search;
}

function pageSearch(state: AppState): string {
  if (state.view === 'lesson' && state.lessonSlug !== null) {
    return lessonSearch(state, state.lessonSlug);
  }
  // The playground writes its own query (f, the leaves, step); until it has loaded, keep what came.
  if (state.view === 'playground') {
    const own =
      state.playground?.search ??
      new URLSearchParams(
        state.playgroundQuery.filter(([k]) => k !== 'view').map(([k, v]) => [k, v]),
      ).toString();
    const digits = state.digits !== 9 ? `&digits=${state.digits}` : '';
    return `?view=playground${own ? `&${own}` : ''}${digits}`;
  }
  const base = urlSearchFor(state);
  const first = state.trace.entries[0]?.id;
  if (state.view !== 'explorer' || state.step === first) return base;
  return `${base}${base ? '&' : '?'}step=${encodeURIComponent(state.step)}`;
}

/**
 * Everything searchFor reads. A change to none of these cannot change the address,
 * so most state changes (a hover, a training frame's loss history) skip working it out.
 */
const ADDRESS_INPUTS: readonly ((state: AppState) => unknown)[] = [
  (s) => s.model,
  (s) => s.step,
  (s) => s.view,
  (s) => s.notation,
  (s) => s.digits,
  (s) => s.answers,
  (s) => s.lessonSlug,
  (s) => s.lessonStep,
  (s) => s.practiceSeed,
  (s) => s.present,
  (s) => s.scorm,
  (s) => s.playground?.search,
  (s) => s.playgroundQuery,
  (s) => s.data,
];

export function attachUrlSync(store: AppStore, win: Window = window): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    timer = undefined;
    // replaceState costs milliseconds; during a drag, wait until it ends.
    if (store.getState().gestureStart !== null) {
      timer = setTimeout(write, SETTLE_MS);
      return;
    }
    const search = searchFor(store.getState());
    if (win.location.search !== search) {
      win.history.replaceState(
        win.history.state,
        '',
        `${win.location.pathname}${search}${win.location.hash}`,
      );
    }
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (ADDRESS_INPUTS.some((input) => input(state) !== input(previous))) {
      if (timer === undefined) timer = setTimeout(write, SETTLE_MS);
    }
  });
  return () => {
    if (timer !== undefined) clearTimeout(timer);
    unsubscribe();
  };
}
