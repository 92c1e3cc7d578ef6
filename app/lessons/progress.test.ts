import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_PROGRESS,
  lessonSummary,
  loadProgress,
  parseProgress,
  PROGRESS_KEY,
  saveProgress,
  withAnswer,
  withVisit,
  type LessonShapes,
  type Progress,
} from './progress';

const shapes: LessonShapes = new Map([
  ['chain-rule', { stepCount: 5, checks: ['sum', 'product'] }],
  ['forward-pass', { stepCount: 12, checks: ['net-h1', 'out-o1'] }],
]);

/** Whether a value has exactly the shape the app relies on. */
function isValidProgress(progress: Progress): boolean {
  if (progress.v !== 1 || typeof progress.lessons !== 'object') return false;
  return Object.entries(progress.lessons).every(([slug, lesson]) => {
    const shape = shapes.get(slug);
    return (
      shape !== undefined &&
      lesson.visited.every((n) => Number.isInteger(n) && n >= 0 && n < shape.stepCount) &&
      new Set(lesson.visited).size === lesson.visited.length &&
      lesson.answered.every((id) => shape.checks.includes(id)) &&
      new Set(lesson.answered).size === lesson.answered.length &&
      Number.isFinite(lesson.updated)
    );
  });
}

/** A Storage in memory, optionally refusing every call as a disabled or full one does. */
function memoryStorage(initial: Record<string, string> = {}, refuse?: 'get' | 'set'): Storage {
  const data = new Map(Object.entries(initial));
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    key: (i) => [...data.keys()][i] ?? null,
    getItem(key) {
      if (refuse === 'get') throw new DOMException('denied', 'SecurityError');
      return data.get(key) ?? null;
    },
    setItem(key, value) {
      if (refuse === 'set') throw new DOMException('full', 'QuotaExceededError');
      data.set(key, value);
    },
    removeItem(key) {
      if (refuse === 'set') throw new DOMException('denied', 'SecurityError');
      data.delete(key);
    },
  };
}

describe('reading stored progress', () => {
  it('reads back what was written', () => {
    let progress = withVisit(EMPTY_PROGRESS, 'forward-pass', 3, 10);
    progress = withVisit(progress, 'forward-pass', 0, 11);
    progress = withAnswer(progress, 'forward-pass', 'net-h1', 12);
    const read = parseProgress(JSON.stringify(progress), shapes);
    expect(read).toEqual({ progress, discarded: false });
    expect(read.progress.lessons['forward-pass']).toEqual({
      visited: [0, 3],
      answered: ['net-h1'],
      updated: 12,
    });
  });

  it('treats nothing stored as no progress, not as damage', () => {
    expect(parseProgress(null, shapes)).toEqual({ progress: EMPTY_PROGRESS, discarded: false });
  });

  it('discards values that are not our versioned object', () => {
    for (const raw of [
      '{"v":1,"lessons":{"x":',
      'null',
      '{"v":99}',
      '{"v":2,"lessons":{}}',
      '[]',
      '"text"',
      '42',
      '{"v":1,"lessons":[]}',
      '{"v":"1","lessons":{}}',
      'x'.repeat(100_000),
      '',
    ]) {
      expect(parseProgress(raw, shapes), raw.slice(0, 30)).toEqual({
        progress: EMPTY_PROGRESS,
        discarded: true,
      });
    }
  });

  it('keeps what is valid and drops the rest, entry by entry', () => {
    const raw = JSON.stringify({
      v: 1,
      lessons: {
        'forward-pass': {
          visited: [0, 2, 2, 11, 12, -1, 1.5, '3', null, 1e308],
          // 'out-h9' has the form of a step id but is no check of the lesson: an answer never given.
          answered: ['net-h1', 'net-h1', 'Bad Id', 7, 'x'.repeat(200), 'out-h9', 'out-o1'],
          updated: 'yesterday',
        },
        'chain-rule': 'all of it',
        unknown: { visited: [0], answered: [], updated: 1 },
        __proto__: { visited: [0] },
      },
      extra: true,
    });
    const { progress, discarded } = parseProgress(raw, shapes);
    expect(discarded).toBe(false);
    expect(progress.lessons).toEqual({
      'forward-pass': { visited: [0, 2, 11], answered: ['net-h1', 'out-o1'], updated: 0 },
    });
  });

  it('never throws and always yields valid progress, whatever string is stored', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (raw) => {
        const { progress } = parseProgress(raw, shapes);
        expect(isValidProgress(progress)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws and always yields valid progress, whatever JSON is stored', () => {
    const lessonLike = fc.record(
      {
        visited: fc.oneof(
          fc.array(fc.oneof(fc.integer({ min: -5, max: 20 }), fc.jsonValue())),
          fc.jsonValue(),
        ),
        answered: fc.oneof(
          fc.array(fc.oneof(fc.constantFrom('a', 'net-h1', 'B'), fc.jsonValue())),
          fc.jsonValue(),
        ),
        updated: fc.jsonValue(),
      },
      { requiredKeys: [] },
    );
    const stored = fc.oneof(
      fc.jsonValue(),
      fc.record({
        v: fc.oneof(fc.constant(1), fc.jsonValue()),
        lessons: fc.oneof(
          fc.dictionary(
            fc.constantFrom('chain-rule', 'forward-pass', 'other', '__proto__'),
            fc.oneof(lessonLike, fc.jsonValue()),
          ),
          fc.jsonValue(),
        ),
      }),
    );
    fc.assert(
      fc.property(stored, (value) => {
        const { progress } = parseProgress(JSON.stringify(value), shapes);
        expect(isValidProgress(progress)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the storage', () => {
  it('removes a discarded value so it is reported once', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: '{"v":99}' });
    expect(loadProgress(shapes, storage).discarded).toBe(true);
    expect(storage.getItem(PROGRESS_KEY)).toBeNull();
    expect(loadProgress(shapes, storage).discarded).toBe(false);
  });

  it('saves and loads; an empty progress clears the key', () => {
    const storage = memoryStorage();
    const progress = withVisit(EMPTY_PROGRESS, 'chain-rule', 1, 5);
    expect(saveProgress(progress, storage)).toBe(true);
    expect(loadProgress(shapes, storage).progress).toEqual(progress);
    expect(saveProgress(EMPTY_PROGRESS, storage)).toBe(true);
    expect(storage.getItem(PROGRESS_KEY)).toBeNull();
  });

  it('works without saving when storage is missing, disabled or full', () => {
    const progress = withVisit(EMPTY_PROGRESS, 'chain-rule', 1);
    expect(saveProgress(progress, undefined)).toBe(false);
    expect(saveProgress(progress, memoryStorage({}, 'set'))).toBe(false);
    expect(loadProgress(shapes, undefined)).toEqual({ progress: EMPTY_PROGRESS, discarded: false });
    expect(loadProgress(shapes, memoryStorage({}, 'get'))).toEqual({
      progress: EMPTY_PROGRESS,
      discarded: false,
    });
    expect(() => loadProgress(shapes, memoryStorage({ [PROGRESS_KEY]: 'x' }, 'set'))).not.toThrow();
  });
});

describe('updating and summarising', () => {
  it('records visits and answers once, and says where to continue', () => {
    let progress = withVisit(EMPTY_PROGRESS, 'chain-rule', 0, 1);
    expect(withVisit(progress, 'chain-rule', 0, 2)).toBe(progress);
    progress = withVisit(progress, 'chain-rule', 1, 2);
    progress = withAnswer(progress, 'chain-rule', 'sum', 3);
    expect(withAnswer(progress, 'chain-rule', 'sum', 4)).toBe(progress);
    expect(lessonSummary(progress, { slug: 'chain-rule', stepCount: 5 })).toEqual({
      visited: 2,
      answered: 1,
      resumeAt: 2,
      started: true,
      complete: false,
    });
    expect(lessonSummary(progress, { slug: 'forward-pass', stepCount: 12 })).toMatchObject({
      visited: 0,
      resumeAt: 0,
      started: false,
    });
    for (let i = 0; i < 5; i++) progress = withVisit(progress, 'chain-rule', i);
    expect(lessonSummary(progress, { slug: 'chain-rule', stepCount: 5 })).toMatchObject({
      complete: true,
      resumeAt: 0,
    });
  });
});
