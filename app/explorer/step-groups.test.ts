import { describe, expect, it } from 'vitest';
import { ARTICLE_MODEL, DEFAULT_SETTINGS } from '../engine/model';
import { COURSE_NOTATION } from '../engine/notation';
import { computeTrace } from '../engine/trace';
import { groupSteps, stepContext, stepLabel, timelineKey } from './step-groups';

describe('groupSteps', () => {
  it('groups the article’s trace as the worked example reads', () => {
    const { entries } = computeTrace(ARTICLE_MODEL);
    const groups = groupSteps(entries, 3);
    expect(groups.map((g) => g.title)).toEqual([
      'Forward pass',
      'Total error',
      'Backward pass · Output layer',
      'Backward pass · Hidden layer',
      'Update',
    ]);
    expect(groups.map((g) => g.steps.length)).toEqual([8, 3, 15, 19, 9]);
    expect(groups.flatMap((g) => g.steps.map((s) => s.index))).toEqual(entries.map((_, i) => i));
    expect(groups[0]!.steps[0]).toMatchObject({ id: 'net_h1', name: 'net_h1' });
  });

  it('interleaves updates when the hidden deltas use updated weights', () => {
    const settings = { ...DEFAULT_SETTINGS, hidden_deltas: 'updated' } as const;
    const { entries } = computeTrace({ ...ARTICLE_MODEL, settings });
    expect(groupSteps(entries, 3).map((g) => g.title)).toEqual([
      'Forward pass',
      'Total error',
      'Backward pass · Output layer',
      'Update',
      'Backward pass · Hidden layer',
      'Update',
    ]);
    const keys = groupSteps(entries, 3).map((g) => g.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('names each step for assistive technology', () => {
    const { entries } = computeTrace(ARTICLE_MODEL);
    const step = groupSteps(entries, 3)
      .flatMap((g) => g.steps)
      .find((s) => s.id === 'dE_dw5')!;
    expect(stepLabel(step)).toBe('∂E_total/∂w5 (dE_dw5), backward pass');
    const course = computeTrace(ARTICLE_MODEL, COURSE_NOTATION).entries;
    const courseStep = groupSteps(course, 3)
      .flatMap((g) => g.steps)
      .find((s) => s.id === 'dE_dw5')!;
    expect(stepLabel(courseStep)).toBe('dw5 (dE_dw5), backward pass');
  });

  it('says where a step stands', () => {
    const { entries } = computeTrace(ARTICLE_MODEL);
    const at = (id: string) =>
      stepContext(
        entries.find((e) => e.id === id)!,
        3,
      );
    expect(at('dE_dw5')).toEqual(['Backward pass', 'Output layer']);
    expect(at('dE_dw1')).toEqual(['Backward pass', 'Hidden layer']);
    expect(at('E_total')).toEqual(['Total error']);
    expect(at('net_h1')).toEqual(['Forward pass']);
  });

  it('keys the timeline by structure, not values', () => {
    const a = computeTrace(ARTICLE_MODEL).entries;
    const b = computeTrace({
      ...ARTICLE_MODEL,
      params: { ...ARTICLE_MODEL.params, w5: 0.3 },
    }).entries;
    expect(timelineKey(a, 'article')).toBe(timelineKey(b, 'article'));
    expect(timelineKey(a, 'article')).not.toBe(timelineKey(a, 'course'));
  });
});
