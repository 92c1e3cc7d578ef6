import { describe, expect, it } from 'vitest';
import { networkNames } from '../engine/architecture';
import { boxesOverlap, type Box } from './geometry';
import { layoutNetwork } from './layout';
import { METRICS, PRESENTER_TEXT_SCALE, weightLabelWidth } from './metrics';

describe('layout with presenter-sized text', () => {
  const names = networkNames([2, 2, 2]);
  const normal = layoutNetwork(names, 'landscape');
  const large = layoutNetwork(names, 'landscape', PRESENTER_TEXT_SCALE);

  it('gives every label and value block room for the larger text', () => {
    for (const label of large.labels) {
      expect(label.box.width).toBe(
        weightLabelWidth(label.id, METRICS.labelFont * PRESENTER_TEXT_SCALE),
      );
      expect(label.box.height).toBeCloseTo(METRICS.labelHeight * PRESENTER_TEXT_SCALE);
    }
    for (const node of large.nodes) {
      if (node.values)
        expect(node.values.height).toBeCloseTo(2 * METRICS.lineGap * PRESENTER_TEXT_SCALE + 4);
    }
  });

  it('keeps every number apart: values, gradients, errors, the total, labels, new weights', () => {
    const parts: { id: string; box: Box }[] = [{ id: 'total', box: large.total }];
    for (const node of large.nodes) {
      for (const [kind, box] of Object.entries({
        values: node.values,
        gradients: node.gradients,
        chip: node.chip,
        error: node.error,
      })) {
        if (box) parts.push({ id: `${node.id} ${kind}`, box });
      }
    }
    for (const label of large.labels) {
      parts.push({ id: label.id, box: label.box }, { id: `${label.id} next`, box: label.next });
    }
    const clashes: string[] = [];
    parts.forEach((a, k) => {
      for (const b of parts.slice(k + 1)) {
        if (boxesOverlap(a.box, b.box)) clashes.push(`${a.id} / ${b.id}`);
      }
    });
    expect(clashes).toEqual([]);
  });

  it('keeps labels apart', () => {
    for (const a of large.labels) {
      for (const b of large.labels) {
        if (a !== b) expect(boxesOverlap(a.box, b.box, 0), `${a.id} / ${b.id}`).toBe(false);
      }
    }
  });

  it('makes the text larger on screen, not only in units: the drawing grows less than the text', () => {
    expect(large.width / normal.width).toBeLessThan(PRESENTER_TEXT_SCALE);
  });
});
