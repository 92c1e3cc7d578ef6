/**
 * The LMS's side of SCORM 1.2, as a lesson finds it: an object named `API` on a
 * window up the frame chain (the LMS frames the lesson, sometimes several frames
 * deep) or up the chain of the window that opened it (an LMS that launches lessons
 * in a new window). This is the search the SCORM 1.2 run-time environment
 * describes, with its limit of seven levels, and with frames of another origin
 * (which throw on any access) treated as having no API.
 */

/** The calls a SCORM 1.2 LMS provides. Every value crosses as a string; "true"/"false" report success. */
export interface Scorm12Api {
  LMSInitialize(empty: ''): string;
  LMSFinish(empty: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(empty: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
}

const CALLS = [
  'LMSInitialize',
  'LMSFinish',
  'LMSGetValue',
  'LMSSetValue',
  'LMSCommit',
  'LMSGetLastError',
  'LMSGetErrorString',
] as const;

/** How far up a chain of frames the search goes before it gives up. */
const MAX_LEVELS = 7;

/** The window's own API, if it has a usable one; null for none, or for a window we may not read. */
function apiOf(win: Window): Scorm12Api | null {
  try {
    const candidate = (win as Window & { API?: unknown }).API;
    if (typeof candidate !== 'object' || candidate === null) return null;
    const api = candidate as Record<string, unknown>;
    return CALLS.every((call) => typeof api[call] === 'function')
      ? (candidate as Scorm12Api)
      : null;
  } catch {
    return null; // another origin's frame
  }
}

function parentOf(win: Window): Window | null {
  try {
    return win.parent && win.parent !== win ? win.parent : null;
  } catch {
    return null;
  }
}

/** Searches `start` and its parents, at most seven levels up. */
function searchUp(start: Window): Scorm12Api | null {
  let win: Window | null = start;
  for (let level = 0; win !== null && level <= MAX_LEVELS; level++) {
    const api = apiOf(win);
    if (api) return api;
    win = parentOf(win);
  }
  return null;
}

/** The LMS's API for a lesson running in `win`: its frames first, then its opener's. */
export function findScormApi(win: Window): Scorm12Api | null {
  const own = searchUp(win);
  if (own) return own;
  // A lesson in a window of its own: the LMS is the window that opened it (or opened its top).
  let opener: Window | null;
  try {
    opener = (win.opener ?? win.top?.opener ?? null) as Window | null;
  } catch {
    opener = null;
  }
  return opener ? searchUp(opener) : null;
}
