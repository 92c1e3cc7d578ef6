/**
 * Lesson 11's claims about its own networks, checked against the engine: from
 * the start its steps give, 2-2-1 learns XOR with the full batch, mini-batches of
 * two and one example at a time alike, while 2-1-1 (one hidden neuron, one line)
 * leaves an example on the wrong side however it is trained.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { trainBatches } from '../../../engine/batch-run';
import { readDataset } from '../../../engine/dataset';
import { pointOutputs } from '../../../engine/input-plane';
import { modelFromQuery } from '../../../engine/query';
import { compileLesson } from '../../build/compile';

const FOLDER = '11-many-examples';
const file = path.resolve(import.meta.dirname, '../../../../content', FOLDER, 'lesson.md');
const lesson = compileLesson(`content/${FOLDER}/lesson.md`, FOLDER, readFileSync(file, 'utf8'));

function stepOf(id: string) {
  const step = lesson.lesson?.steps.find((s) => s.id === id);
  if (!step?.state || step.widget?.type !== 'dataset') throw new Error(`no dataset step ${id}`);
  const entries = Object.entries(step.state).map(([k, v]) => [k, String(v)] as [string, string]);
  const { model, notices } = modelFromQuery(entries);
  expect(notices).toEqual([]);
  return { model, widget: step.widget };
}

const xor = readDataset('xor', [2, 2, 1]);

describe('lesson 11’s XOR', () => {
  test('compiles', () => {
    expect(lesson.problems).toEqual([]);
  });

  test.each([4, 2, 1])(
    '2-2-1 solves it from the lesson’s start, %i examples per update',
    (size) => {
      const { model, widget } = stepOf('batch-sizes');
      expect(model.sizes).toEqual([2, 2, 1]);
      const run = trainBatches(
        model,
        xor,
        { size, reduce: 'mean', shuffle: false, seed: 0 },
        widget.epochs!,
      );
      expect(run.divergence).toBeNull();
      const outputs = pointOutputs({ ...model, params: run.params }, xor.examples).o1!;
      xor.examples.forEach((example, k) => {
        // Solved: every output within 0.2 of its target, well on its side of 0.5.
        expect(Math.abs(outputs[k]! - example.targets[0]!)).toBeLessThan(0.2);
      });
    },
  );

  test('the heatmap step trains the same start as the comparison', () => {
    expect(stepOf('solved').model).toEqual(stepOf('batch-sizes').model);
    expect(stepOf('solved').widget.epochs).toBe(stepOf('batch-sizes').widget.epochs);
  });

  test('2-1-1 leaves an example on the wrong side', () => {
    const { model, widget } = stepOf('one-line');
    expect(model.sizes).toEqual([2, 1, 1]);
    for (const size of [4, 2, 1]) {
      const run = trainBatches(
        model,
        xor,
        { size, reduce: 'mean', shuffle: false, seed: 0 },
        widget.epochs!,
      );
      const outputs = pointOutputs({ ...model, params: run.params }, xor.examples).o1!;
      const wrong = xor.examples.filter((e, k) => outputs[k]! >= 0.5 !== e.targets[0]! >= 0.5);
      expect(wrong.length).toBeGreaterThan(0);
    }
  });
});
