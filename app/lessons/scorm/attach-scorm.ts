/**
 * A lesson inside an LMS (launched from a SCORM package with ?scorm=<slug> or
 * ?scorm=all; attached when the lessons code first reads the progress): it finds the LMS's API, resumes where the learner left (the LMS's
 * suspend data and location, never this browser's storage), and reports as the
 * learner goes — status, score, progress, location — committing after each change
 * and finishing when the page goes away. Without an LMS it does nothing.
 */
import type { LessonMeta } from '../schema';
import type { AppStore } from '../../store/app-store';
import { findScormApi, type Scorm12Api } from './scorm-api';
import {
  locationOf,
  readLocation,
  readMastery,
  readSuspendData,
  reportOf,
  sessionTime,
  statusToWrite,
  suspendDataOf,
  type Scope,
} from './scorm-report';

/** The package's scope from ?scorm=: one lesson by its slug, or 'all'; null for neither. */
export function scopeOf(given: string, lessonIndex: readonly LessonMeta[]): Scope | null {
  if (given === 'all') return { lessons: lessonIndex, all: true };
  const lesson = lessonIndex.find((meta) => meta.slug === given);
  return lesson ? { lessons: [lesson], all: false } : null;
}

/** What the LMS last acknowledged, so that only changes are sent (and committed). */
interface Sent {
  status: string;
  score: string;
  suspend: string;
  location: string;
}

/**
 * Connects the store to the LMS. Returns a function that ends the session (as leaving
 * the page does), or null when there is no LMS to report to.
 */
export function attachScorm(
  store: AppStore,
  win: Window,
  given: string,
  lessonIndex: readonly LessonMeta[],
): (() => void) | null {
  const scope = scopeOf(given, lessonIndex);
  const state = store.getState();
  // Until an LMS answers, the progress stays this browser's, and the address forgets ?scorm.
  state.setScorm(null);
  if (scope === null) {
    state.addNotice({
      key: 'scorm',
      given: given.slice(0, 40),
      message: `scorm must name a lesson of this package or be all; the lesson runs without reporting to the LMS.`,
    });
    return null;
  }
  const api = findScormApi(win);
  if (api === null || api.LMSInitialize('') !== 'true') return null;
  const started = Date.now();
  const get = (element: string) => api.LMSGetValue(element) ?? '';
  const mastery = readMastery(get('cmi.student_data.mastery_score'));
  const sent: Sent = {
    status: get('cmi.core.lesson_status'),
    score: get('cmi.core.score.raw'),
    suspend: get('cmi.suspend_data'),
    location: get('cmi.core.lesson_location'),
  };

  // Resume: the LMS's record of this learner is the progress, and says where they were.
  const { progress, discarded } = readSuspendData(sent.suspend, scope);
  state.setScorm(given);
  state.setProgress(progress);
  if (discarded) {
    state.addNotice({
      key: 'scorm',
      given: '',
      message: "the LMS's saved progress for this lesson could not be read, so it starts afresh.",
    });
  }
  const resumeAt = readLocation(scope, sent.location);
  if (resumeAt) state.openLesson(resumeAt.slug, resumeAt.step);

  if (statusToWrite(sent.status, 'incomplete'))
    set(api, sent, 'status', 'cmi.core.lesson_status', 'incomplete');
  const report = () => {
    const now = store.getState();
    const { status, score } = reportOf(now.progress, scope, mastery);
    let changed = false;
    const next = statusToWrite(sent.status, status);
    if (next) changed = set(api, sent, 'status', 'cmi.core.lesson_status', next) || changed;
    if (score !== null && String(score) !== sent.score) {
      api.LMSSetValue('cmi.core.score.min', '0');
      api.LMSSetValue('cmi.core.score.max', '100');
      changed = set(api, sent, 'score', 'cmi.core.score.raw', String(score)) || changed;
    }
    const suspend = suspendDataOf(now.progress, scope);
    if (suspend !== sent.suspend)
      changed = set(api, sent, 'suspend', 'cmi.suspend_data', suspend) || changed;
    const slug = now.view === 'lesson' ? now.lessonSlug : null;
    const location = locationOf(scope, slug, now.lessonStep);
    if (location !== sent.location) {
      changed = set(api, sent, 'location', 'cmi.core.lesson_location', location) || changed;
    }
    if (changed) api.LMSCommit('');
  };
  report();
  const unsubscribe = store.subscribe((now, before) => {
    if (
      now.progress !== before.progress ||
      now.lessonSlug !== before.lessonSlug ||
      now.lessonStep !== before.lessonStep ||
      now.view !== before.view
    ) {
      report();
    }
  });

  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    unsubscribe();
    win.removeEventListener('pagehide', finish);
    report();
    api.LMSSetValue('cmi.core.session_time', sessionTime(Date.now() - started));
    api.LMSFinish('');
  };
  win.addEventListener('pagehide', finish);
  return finish;
}

/** Sets one element; on success remembers it as sent. */
function set(
  api: Scorm12Api,
  sent: Sent,
  key: keyof Sent,
  element: string,
  value: string,
): boolean {
  if (api.LMSSetValue(element, value) !== 'true') return false;
  sent[key] = value;
  return true;
}
