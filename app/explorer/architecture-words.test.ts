import { describe, expect, it } from 'vitest';
import { networkNames } from '../engine/architecture';
import { layoutNetwork } from '../graph/layout';
import { architectureWords, layerCaption, layerColumns, spreadCentres } from './architecture-words';

describe('the architecture controls’ words and places', () => {
  it('captions each column', () => {
    expect([0, 1, 2, 3].map((l) => layerCaption([2, 3, 3, 2], l))).toEqual([
      'Inputs',
      'Hidden 1',
      'Hidden 2',
      'Outputs',
    ]);
  });

  it('says what a change did and which values are new', () => {
    expect(architectureWords({ kind: 'add-neuron', layer: 1 }, [2, 2, 2], [2, 3, 2], ['w5'])).toBe(
      'Added a neuron to hidden layer 1: now 2-3-2. New, marked for a moment: w5.',
    );
    expect(architectureWords({ kind: 'remove-layer' }, [2, 2, 2, 2], [2, 2, 2], [])).toBe(
      'Removed the last hidden layer: now 2-2-2.',
    );
    const many = Array.from({ length: 12 }, (_, k) => `w${k + 1}`);
    expect(architectureWords({ kind: 'add-layer' }, [2, 2, 2], [2, 2, 2, 2], many)).toMatch(
      /12 values\.$/,
    );
  });

  it('finds each layer’s column, and the targets’ after them', () => {
    for (const orientation of ['landscape', 'portrait'] as const) {
      const layout = layoutNetwork(networkNames([2, 3, 2]), orientation);
      const columns = layerColumns(layout);
      expect(columns).toHaveLength(4);
      // Strictly increasing: the layers run left to right, or top to bottom.
      for (let k = 1; k < columns.length; k++) expect(columns[k]!).toBeGreaterThan(columns[k - 1]!);
    }
  });

  it('spreads groups apart inside the width, or gives up when they cannot fit', () => {
    expect(spreadCentres([100, 300, 500], 600, 96)).toEqual([100, 300, 500]);
    const crowded = spreadCentres([20, 500, 520], 600, 96)!;
    expect(crowded[0]).toBe(48);
    expect(crowded[2]).toBe(552);
    expect(crowded[2]! - crowded[1]!).toBeGreaterThanOrEqual(96);
    expect(spreadCentres([0, 1, 2, 3, 4, 5, 6], 600, 96)).toBeNull();
  });
});
