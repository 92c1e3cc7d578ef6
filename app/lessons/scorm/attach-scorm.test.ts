import { Scorm12API } from 'scorm-again';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lessonIndex } from 'virtual:lessons';
import { ARTICLE_MODEL } from '../../engine/model';
import { recordAnswer, recordVisit } from '../player/progress-actions';
import { createAppStore } from '../../store/app-store';
import { attachScorm } from './attach-scorm';

/** A lesson that asks checks, as the one-lesson package's scope. */
const lesson = lessonIndex.find((meta) => meta.checks.length >= 2)!;

/** The LMS side: scorm-again's SCORM 1.2 run-time, as an LMS's launch page puts it. */
function lms(saved?: Record<string, unknown>) {
  const api = new Scorm12API({ logLevel: 5 });
  if (saved) api.loadFromJSON(saved);
  const sets: Record<string, string> = {};
  const calls: string[] = [];
  for (const call of ['LMSCommit', 'LMSFinish'] as const) api.on(call, () => calls.push(call));
  api.on('LMSSetValue.cmi.*', (element: string, value: string) => (sets[element] = value));
  return { api, sets, calls };
}

/** A window whose frame chain ends at the LMS's page, which holds the API. */
function framedIn(api: unknown): Window {
  const top = Object.assign(new EventTarget(), { API: api, opener: null });
  Object.assign(top, { parent: top, top });
  return Object.assign(new EventTarget(), { parent: top, top, opener: null }) as unknown as Window;
}

const storeAt = (slug: string) =>
  createAppStore({ model: ARTICLE_MODEL, view: 'lesson', lesson: slug });

afterEach(() => vi.unstubAllGlobals());

describe('a lesson launched from its SCORM package', () => {
  it('reports incomplete at launch, then completed and its score as the learner goes', () => {
    const { api, sets, calls } = lms();
    const store = storeAt(lesson.slug);
    const finish = attachScorm(store, framedIn(api), lesson.slug, lessonIndex);
    expect(finish).not.toBeNull();
    expect(api.cmi.core.lesson_status).toBe('incomplete');
    expect(api.cmi.core.lesson_location).toBe('1');

    for (let i = 0; i < lesson.stepCount; i++) {
      store.getState().setLessonStepCount(lesson.stepCount);
      store.getState().setLessonStep(i);
      recordVisit(store, lesson.slug, i);
    }
    recordAnswer(store, lesson.slug, lesson.checks[0]!);
    expect(api.cmi.core.lesson_status).toBe('completed');
    const expected = String(Math.round(100 / lesson.checks.length));
    expect(api.cmi.core.score.raw).toBe(expected);
    expect(sets['cmi.core.score.min']).toBe('0');
    expect(sets['cmi.core.score.max']).toBe('100');
    expect(api.cmi.core.lesson_location).toBe(String(lesson.stepCount));
    expect(JSON.parse(api.cmi.suspend_data).lessons[lesson.slug].answered).toEqual([
      lesson.checks[0],
    ]);
    expect(calls).toContain('LMSCommit');

    finish!();
    expect(calls.at(-1)).toBe('LMSFinish');
    expect(sets['cmi.core.session_time']).toMatch(/^\d{2,4}:\d{2}:\d{2}\.\d{2}$/);
  });

  it('passes or fails against the LMS’s mastery score once every step is seen', () => {
    const { api } = lms({ student_data: { mastery_score: '100' } });
    const store = storeAt(lesson.slug);
    attachScorm(store, framedIn(api), lesson.slug, lessonIndex);
    for (let i = 0; i < lesson.stepCount; i++) recordVisit(store, lesson.slug, i);
    expect(api.cmi.core.lesson_status).toBe('failed');
    for (const id of lesson.checks) recordAnswer(store, lesson.slug, id);
    expect(api.cmi.core.lesson_status).toBe('passed');
    expect(api.cmi.core.score.raw).toBe('100');
  });

  it('resumes from the LMS’s record: its progress and its step, not this browser’s', () => {
    const storage = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (k: string) => storage.get(k) ?? null,
      setItem: (k: string, v: string) => storage.set(k, v),
      removeItem: (k: string) => storage.delete(k),
    });
    const first = lms();
    const store = storeAt(lesson.slug);
    const finish = attachScorm(store, framedIn(first.api), lesson.slug, lessonIndex)!;
    store.getState().setLessonStepCount(lesson.stepCount);
    store.getState().setLessonStep(2);
    recordVisit(store, lesson.slug, 0);
    recordVisit(store, lesson.slug, 2);
    recordAnswer(store, lesson.slug, lesson.checks[1]!);
    finish();
    // A school laptop has many learners: nothing of this one stays in the browser.
    expect(storage.size).toBe(0);

    const again = lms({
      core: {
        entry: 'resume',
        lesson_status: first.api.cmi.core.lesson_status,
        lesson_location: first.api.cmi.core.lesson_location,
      },
      suspend_data: first.api.cmi.suspend_data,
    });
    const resumed = storeAt(lesson.slug);
    attachScorm(resumed, framedIn(again.api), lesson.slug, lessonIndex);
    const state = resumed.getState();
    expect(state.lessonSlug).toBe(lesson.slug);
    expect(state.lessonStep).toBe(2);
    expect(state.progress.lessons[lesson.slug]).toMatchObject({
      visited: [0, 2],
      answered: [lesson.checks[1]],
    });
    expect(state.scorm).toBe(lesson.slug);
  });

  it('says when the LMS’s saved progress cannot be read, and starts afresh', () => {
    const { api } = lms({ suspend_data: '{"v":1,"lessons":' });
    const store = storeAt(lesson.slug);
    attachScorm(store, framedIn(api), lesson.slug, lessonIndex);
    expect(store.getState().notices.map((n) => n.message)).toContainEqual(
      expect.stringContaining('could not be read'),
    );
    expect(store.getState().progress.lessons).toEqual({});
    // The damaged value is replaced by a good one.
    expect(JSON.parse(api.cmi.suspend_data)).toEqual({ v: 1, lessons: {} });
  });

  it('reports on every lesson in the package with them all, and resumes in the lesson left', () => {
    const { api } = lms({ core: { lesson_location: `${lesson.slug}/3` } });
    const store = createAppStore({ model: ARTICLE_MODEL, view: 'lessons' });
    attachScorm(store, framedIn(api), 'all', lessonIndex);
    expect(store.getState().view).toBe('lesson');
    expect(store.getState().lessonSlug).toBe(lesson.slug);
    expect(store.getState().lessonStep).toBe(2);
    recordVisit(store, lesson.slug, 0);
    const other = lessonIndex.find((meta) => meta.slug !== lesson.slug)!;
    recordVisit(store, other.slug, 0);
    expect(Object.keys(JSON.parse(api.cmi.suspend_data).lessons).sort()).toEqual(
      [lesson.slug, other.slug].sort(),
    );
    expect(api.cmi.core.lesson_status).toBe('incomplete');
  });

  it('runs as a plain lesson without an LMS, and refuses a scope it does not have', () => {
    const store = storeAt(lesson.slug);
    const alone = Object.assign(new EventTarget(), { opener: null }) as unknown as Window;
    Object.assign(alone, { parent: alone, top: alone });
    expect(attachScorm(store, alone, lesson.slug, lessonIndex)).toBeNull();
    expect(store.getState().scorm).toBeNull();

    const { api } = lms();
    expect(attachScorm(store, framedIn(api), 'no-such-lesson', lessonIndex)).toBeNull();
    expect(store.getState().notices.map((n) => n.key)).toContain('scorm');
    expect(api.cmi.core.lesson_status).toBe('not attempted');
  });
});
