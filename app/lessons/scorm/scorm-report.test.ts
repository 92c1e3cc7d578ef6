import { describe, expect, it } from 'vitest';
import { EMPTY_PROGRESS, withAnswer, withVisit, type Progress } from '../progress';
import { lessonIndex } from 'virtual:lessons';
import {
  SUSPEND_DATA_LIMIT,
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

const chain = { slug: 'chain', stepCount: 3, checks: ['a', 'b'] };
const prose = { slug: 'prose', stepCount: 2, checks: [] };
const one: Scope = { lessons: [chain], all: false };
const both: Scope = { lessons: [chain, prose], all: true };

function visit(progress: Progress, slug: string, ...steps: number[]): Progress {
  return steps.reduce((p, step) => withVisit(p, slug, step, 1), progress);
}

describe('what a package reports', () => {
  it('is incomplete until every step is seen, then completed without a mastery score', () => {
    const seen2 = visit(EMPTY_PROGRESS, 'chain', 0, 1);
    expect(reportOf(seen2, one, null)).toEqual({ status: 'incomplete', score: 0 });
    expect(reportOf(visit(seen2, 'chain', 2), one, null)).toEqual({
      status: 'completed',
      score: 0,
    });
  });

  it('scores the checks answered right out of 100, and passes or fails against mastery', () => {
    let progress = visit(EMPTY_PROGRESS, 'chain', 0, 1, 2);
    progress = withAnswer(progress, 'chain', 'a', 1);
    expect(reportOf(progress, one, 50)).toEqual({ status: 'passed', score: 50 });
    expect(reportOf(progress, one, 80)).toEqual({ status: 'failed', score: 50 });
    progress = withAnswer(progress, 'chain', 'b', 1);
    expect(reportOf(progress, one, 80)).toEqual({ status: 'passed', score: 100 });
  });

  it('has no score where the scope asks no check, and then only completes', () => {
    const scope: Scope = { lessons: [prose], all: false };
    expect(reportOf(visit(EMPTY_PROGRESS, 'prose', 0, 1), scope, 80)).toEqual({
      status: 'completed',
      score: null,
    });
  });

  it('reports on every lesson in the package with them all', () => {
    let progress = visit(EMPTY_PROGRESS, 'chain', 0, 1, 2);
    progress = withAnswer(progress, 'chain', 'a', 1);
    expect(reportOf(progress, both, null).status).toBe('incomplete');
    expect(reportOf(visit(progress, 'prose', 0, 1), both, null)).toEqual({
      status: 'completed',
      score: 50,
    });
  });

  it('never lowers the status the LMS holds, but lets failed become passed', () => {
    expect(statusToWrite('not attempted', 'incomplete')).toBe('incomplete');
    expect(statusToWrite('', 'incomplete')).toBe('incomplete');
    expect(statusToWrite('incomplete', 'incomplete')).toBeNull();
    expect(statusToWrite('completed', 'incomplete')).toBeNull();
    expect(statusToWrite('passed', 'failed')).toBeNull();
    expect(statusToWrite('failed', 'passed')).toBe('passed');
    expect(statusToWrite('incomplete', 'failed')).toBe('failed');
  });

  it('reads a mastery score of 0–100 and nothing else', () => {
    expect(readMastery('')).toBeNull();
    expect(readMastery('80')).toBe(80);
    expect(readMastery(' 0 ')).toBe(0);
    for (const bad of ['abc', '-1', '101', 'NaN', 'Infinity']) expect(readMastery(bad)).toBeNull();
  });
});

describe('suspend data and location', () => {
  it('round-trips the scope’s progress and drops what the scope does not have', () => {
    let progress = visit(EMPTY_PROGRESS, 'chain', 2, 0);
    progress = withAnswer(progress, 'chain', 'b', 1);
    progress = visit(progress, 'elsewhere', 4);
    const data = suspendDataOf(progress, one);
    expect(JSON.parse(data)).toEqual({
      v: 1,
      lessons: { chain: { visited: [0, 2], answered: ['b'] } },
    });
    const back = readSuspendData(data, one);
    expect(back.discarded).toBe(false);
    expect(back.progress.lessons.chain).toEqual({ visited: [0, 2], answered: ['b'], updated: 0 });
  });

  it('reads damaged suspend data as nothing, said, and empty as a first launch', () => {
    expect(readSuspendData('{not json', one)).toEqual({
      progress: EMPTY_PROGRESS,
      discarded: true,
    });
    expect(readSuspendData('', one)).toEqual({ progress: EMPTY_PROGRESS, discarded: false });
    // A step past the lesson's end and a check it does not ask are dropped one by one.
    const odd = JSON.stringify({ v: 1, lessons: { chain: { visited: [1, 9], answered: ['z'] } } });
    expect(readSuspendData(odd, one).progress.lessons.chain?.visited).toEqual([1]);
  });

  it('keeps every lesson of the course, all seen and answered, within SCORM 1.2’s 4096 characters', () => {
    const lessons = lessonIndex;
    expect(lessons.length).toBeGreaterThan(5);
    let progress = EMPTY_PROGRESS;
    for (const meta of lessons) {
      for (let i = 0; i < meta.stepCount; i++) progress = withVisit(progress, meta.slug, i, 1);
      for (const id of meta.checks) progress = withAnswer(progress, meta.slug, id, 1);
    }
    const data = suspendDataOf(progress, { lessons, all: true });
    expect(data.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    expect(reportOf(progress, { lessons, all: true }, 100)).toEqual({
      status: 'passed',
      score: 100,
    });
  });

  it('writes the step from 1, with the lesson in the package with them all', () => {
    expect(locationOf(one, 'chain', 1)).toBe('2');
    expect(locationOf(both, 'prose', 0)).toBe('prose/1');
    expect(locationOf(both, null, 3)).toBe('');
    expect(locationOf(one, 'prose', 0)).toBe('');
    expect(readLocation(one, '2')).toEqual({ slug: 'chain', step: 1 });
    expect(readLocation(both, 'prose/2')).toEqual({ slug: 'prose', step: 1 });
    for (const bad of ['', '0', '4', '1.5', 'x', '-1', '01'])
      expect(readLocation(one, bad)).toBeNull();
    for (const bad of ['prose', 'nope/1', 'prose/3', 'chain/'])
      expect(readLocation(both, bad)).toBeNull();
  });

  it('writes a session’s length as HHHH:MM:SS.SS', () => {
    expect(sessionTime(0)).toBe('00:00:00.00');
    expect(sessionTime(61_234)).toBe('00:01:01.23');
    expect(sessionTime(3_600_000 * 27 + 59_990)).toBe('27:00:59.99');
    expect(sessionTime(3_600_000 * 12_000)).toBe('9999:00:00.00');
  });
});
