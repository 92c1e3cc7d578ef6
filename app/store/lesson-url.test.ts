import { describe, expect, it } from 'vitest';
import { createAppStore } from './app-store';
import { searchFor } from './url-sync';
import { readUrlState } from './url-state';

const keys = (search: string) => (readUrlState(search).notices ?? []).map((n) => n.key);

describe('reading a lesson link', () => {
  it('opens the player at a step (lstep counts from 1) with a practice seed', () => {
    const state = readUrlState('?lesson=forward-pass&lstep=3&practice=12345');
    expect(state).toMatchObject({
      view: 'lesson',
      lesson: 'forward-pass',
      lessonStep: 2,
      practice: 12345,
    });
    expect(state.notices).toEqual([]);
  });

  it('starts at the first step without lstep, and at the article’s numbers without practice', () => {
    const state = readUrlState('?lesson=chain-rule');
    expect(state.view).toBe('lesson');
    expect(state.lessonStep).toBeUndefined();
    expect(state.practice).toBeUndefined();
  });

  it('reads ?view=lessons as the index', () => {
    expect(readUrlState('?view=lessons').view).toBe('lessons');
  });

  it('falls back to step 1 with a notice for a step that is not a step number', () => {
    for (const lstep of ['0', '-2', 'abc', '1.5', '', '99999']) {
      const state = readUrlState(`?lesson=chain-rule&lstep=${encodeURIComponent(lstep)}`);
      expect(state.view, lstep).toBe('lesson');
      expect(state.lessonStep, lstep).toBeUndefined();
      expect(keys(`?lesson=chain-rule&lstep=${encodeURIComponent(lstep)}`)).toEqual(['lstep']);
    }
  });

  it('falls back to the index with a notice for a malformed lesson name', () => {
    for (const slug of ['../x', 'Chain Rule', '', '<script>', 'a'.repeat(200)]) {
      const state = readUrlState(`?lesson=${encodeURIComponent(slug)}&lstep=2`);
      expect(state.view, slug).toBe('lessons');
      expect(state.lesson).toBeUndefined();
      expect(state.notices?.map((n) => n.key)).toEqual(['lesson']);
    }
    expect(readUrlState('?view=lesson')).toMatchObject({ view: 'lessons' });
    expect(keys('?view=lesson')).toEqual(['view']);
  });

  it('refuses a practice seed that is not a whole number from 1 to 2³²−1', () => {
    for (const seed of ['0', 'x', '4294967296', '-5', '1e3']) {
      const state = readUrlState(`?lesson=chain-rule&practice=${seed}`);
      expect(state.practice, seed).toBeUndefined();
      expect(keys(`?lesson=chain-rule&practice=${seed}`)).toEqual(['practice']);
    }
  });
});

describe('writing a lesson link', () => {
  it('writes the lesson, the step from 1 and the seed, and reads back the same', () => {
    const store = createAppStore(readUrlState('?lesson=forward-pass&lstep=3&practice=77'));
    expect(store.getState()).toMatchObject({
      view: 'lesson',
      lessonSlug: 'forward-pass',
      lessonStep: 2,
      practiceSeed: 77,
    });
    expect(searchFor(store.getState())).toBe('?lesson=forward-pass&lstep=3&practice=77');
    store.getState().setLessonStepCount(5);
    store.getState().nextLessonStep();
    store.getState().setPractice(null);
    expect(searchFor(store.getState())).toBe('?lesson=forward-pass&lstep=4');
    store.getState().setView('lessons');
    expect(searchFor(store.getState())).toBe('?view=lessons');
  });

  it('keeps the lesson step within the lesson', () => {
    const store = createAppStore(readUrlState('?lesson=forward-pass'));
    const s = () => store.getState();
    s().setLessonStepCount(3);
    s().previousLessonStep();
    expect(s().lessonStep).toBe(0);
    s().setLessonStep(10);
    expect(s().lessonStep).toBe(2);
    s().nextLessonStep();
    expect(s().lessonStep).toBe(2);
  });
});
