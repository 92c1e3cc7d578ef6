import { describe, expect, it } from 'vitest';
import { networkNames } from '../engine/architecture';
import {
  boxesOverlap,
  boxInside,
  circleBox,
  crossingPoint,
  pointInBox,
  type Box,
} from './geometry';
import { edgesCross, layoutNetwork, type GraphLayout, type Orientation } from './layout';
import { METRICS, PRESENTER_TEXT_SCALE } from './metrics';

const ARCHITECTURES = [
  [2, 2, 2],
  [2, 3, 2],
  [3, 4, 4, 2],
  [1, 1, 1],
  [6, 6, 6, 6, 6],
];
const CASES = ARCHITECTURES.flatMap((sizes) =>
  (['landscape', 'portrait'] as const).map((orientation) => [orientation, sizes] as const),
);
/**
 * Where labels stay off every crossing of two weights, as well as off each other
 * and the nodes: the small networks in both orientations, and in portrait (which
 * grows downwards for it) the denser [3, 4, 4, 2] too.
 */
const CLEAR_OF_CROSSINGS: readonly (readonly [Orientation, readonly number[]])[] = [
  ['landscape', [2, 2, 2]],
  ['landscape', [2, 3, 2]],
  ['portrait', [2, 2, 2]],
  ['portrait', [2, 3, 2]],
  ['portrait', [3, 4, 4, 2]],
];

/** Labels whose box holds a point where two weight edges cross. */
function labelsOnCrossings(layout: GraphLayout): string[] {
  const weights = layout.edges.filter((e) => e.kind === 'weight');
  const found: string[] = [];
  for (const label of layout.labels) {
    weights.forEach((a, k) => {
      for (const b of weights.slice(k + 1)) {
        const p = crossingPoint([a.x1, a.y1, a.x2, a.y2], [b.x1, b.y1, b.x2, b.y2]);
        if (p && pointInBox(p[0], p[1], label.box)) found.push(`${label.id} on ${a.id}×${b.id}`);
      }
    });
  }
  return found;
}

const frameOf = (layout: GraphLayout): Box => ({
  x: 0,
  y: 0,
  width: layout.width,
  height: layout.height,
});

describe.each(CASES)('%s layout of %j', (orientation, sizes) => {
  const names = networkNames(sizes);
  const layout = layoutNetwork(names, orientation);
  const frame = frameOf(layout);

  it('is the orientation asked for', () => {
    expect(layout.orientation).toBe(orientation);
  });

  it('has a node for every neuron, bias and target, and an edge for every weight', () => {
    const ids = layout.nodes.map((n) => n.id).sort();
    const expected = [
      ...names.neurons.flat(),
      ...names.biases.filter(Boolean),
      ...names.targets,
    ].sort();
    expect(ids).toEqual(expected);
    const weightEdges = layout.edges.filter((e) => e.kind === 'weight').map((e) => e.id);
    expect(weightEdges).toEqual(names.weights.map((w) => w.id));
    expect(layout.labels.map((l) => l.id)).toEqual(names.weights.map((w) => w.id));
  });

  it('keeps every node, value, edge and label inside the viewBox', () => {
    for (const node of layout.nodes) {
      expect(boxInside(circleBox(node.x, node.y, node.r), frame), node.id).toBe(true);
      for (const box of [node.values, node.gradients, node.chip, node.error]) {
        if (box) expect(boxInside(box, frame), `${node.id} values`).toBe(true);
      }
    }
    expect(boxInside(layout.total, frame), 'total error').toBe(true);
    for (const edge of layout.edges) {
      for (const [x, y] of [
        [edge.x1, edge.y1],
        [edge.x2, edge.y2],
      ] as const) {
        expect(pointInBox(x, y, frame), edge.id).toBe(true);
      }
    }
    for (const label of layout.labels) {
      for (const box of [label.box, label.next, label.tip]) {
        expect(boxInside(box, frame), label.id).toBe(true);
      }
    }
  });

  it('gives every number its own room: values, gradients, errors, the total, labels, new weights', () => {
    const parts: { id: string; box: Box }[] = [{ id: 'total', box: layout.total }];
    for (const node of layout.nodes) {
      parts.push({ id: node.id, box: circleBox(node.x, node.y, node.r) });
      const named = { values: node.values, gradients: node.gradients, chip: node.chip };
      for (const [kind, box] of Object.entries({ ...named, error: node.error })) {
        if (box) parts.push({ id: `${node.id} ${kind}`, box });
      }
    }
    // A dense drawing shows its labels on demand, a few at a time: only its other numbers must not meet.
    if (!layout.dense) {
      for (const label of layout.labels) {
        parts.push({ id: label.id, box: label.box }, { id: `${label.id} next`, box: label.next });
      }
    }
    const clashes: string[] = [];
    parts.forEach((a, k) => {
      for (const b of parts.slice(k + 1)) {
        if (boxesOverlap(a.box, b.box)) clashes.push(`${a.id} / ${b.id}`);
      }
    });
    expect(clashes).toEqual([]);
  });

  it('is dense, its labels shown on demand, exactly from 49 weights', () => {
    expect(layout.dense).toBe(names.weights.length >= 49);
  });

  // A dense drawing's labels show a few at a time, over what they need to (graph.css).
  if (!layout.dense)
    it('never lets two labels overlap, nor a label cover a node or its values', () => {
      const { labels, nodes } = layout;
      const clashes: string[] = [];
      labels.forEach((label, a) => {
        for (const other of labels.slice(a + 1)) {
          if (boxesOverlap(label.box, other.box)) clashes.push(`${label.id} / ${other.id}`);
        }
        for (const node of nodes) {
          const parts = [circleBox(node.x, node.y, node.r), node.values, node.chip];
          if (parts.some((part) => part && boxesOverlap(label.box, part))) {
            clashes.push(`${label.id} / ${node.id}`);
          }
        }
      });
      expect(clashes).toEqual([]);
    });

  it('puts each label on its own edge', () => {
    for (const label of layout.labels) {
      const edge = layout.edges.find((e) => e.id === label.id)!;
      expect(label.x).toBeCloseTo(edge.x1 + label.fraction * (edge.x2 - edge.x1), 6);
      expect(label.y).toBeCloseTo(edge.y1 + label.fraction * (edge.y2 - edge.y1), 6);
      expect(label.fraction).toBeGreaterThan(0);
      expect(label.fraction).toBeLessThan(1);
    }
  });

  const at = new Map(layout.nodes.map((n) => [n.id, n]));
  const outputs = names.neurons[names.sizes.length - 1]!;

  // Each orientation has its own shape; a test is generated only where it applies, never skipped.
  if (orientation === 'landscape')
    it('runs the layers left to right, with the targets beside the outputs', () => {
      for (let l = 1; l < names.sizes.length; l++) {
        const before = Math.max(...names.neurons[l - 1]!.map((id) => at.get(id)!.x));
        const after = Math.min(...names.neurons[l]!.map((id) => at.get(id)!.x));
        expect(after).toBeGreaterThan(before);
      }
      names.targets.forEach((t, k) => {
        const output = at.get(outputs[k]!)!;
        expect(at.get(t)!.x).toBeGreaterThan(output.x);
        expect(at.get(t)!.y).toBe(output.y);
      });
    });

  if (orientation === 'portrait')
    it('stacks the layers top to bottom, each left to right, with the targets under the outputs', () => {
      for (let l = 0; l < names.sizes.length; l++) {
        const row = names.neurons[l]!.map((id) => at.get(id)!);
        for (const node of row) expect(node.y, node.id).toBe(row[0]!.y);
        row.slice(1).forEach((node, k) => expect(node.x).toBeGreaterThan(row[k]!.x));
        if (l > 0) {
          const above = at.get(names.neurons[l - 1]![0]!)!;
          expect(row[0]!.y).toBeGreaterThan(above.y + 2 * METRICS.nodeRadius);
        }
      }
      names.targets.forEach((t, k) => {
        const output = at.get(outputs[k]!)!;
        expect(at.get(t)!.x).toBe(output.x);
        expect(at.get(t)!.y).toBeGreaterThan(output.y);
      });
    });

  if (orientation === 'portrait')
    it('puts each bias at the right, between its layer and the one feeding it', () => {
      const rightmost = Math.max(...names.neurons.flat().map((id) => at.get(id)!.x));
      names.biases.forEach((id, l) => {
        if (!id) return;
        const bias = at.get(id)!;
        expect(bias.x).toBeGreaterThan(rightmost);
        expect(bias.y).toBeGreaterThan(at.get(names.neurons[l - 1]![0]!)!.y);
        expect(bias.y).toBeLessThan(at.get(names.neurons[l]![0]!)!.y);
      });
    });

  if (CLEAR_OF_CROSSINGS.some(([o, s]) => o === orientation && s.join() === sizes.join()))
    it('keeps every weight label off the crossings, so each reads as its own edge’s', () => {
      expect(labelsOnCrossings(layout)).toEqual([]);
    });
});

describe('the worked example’s network', () => {
  const names = networkNames([2, 2, 2]);
  const layout = layoutNetwork(names);
  const at = new Map(layout.nodes.map((n) => [n.id, n]));

  it('is drawn as the article draws it', () => {
    expect(at.get('i1')!.y).toBeLessThan(at.get('i2')!.y);
    expect(at.get('h1')!.y).toBe(at.get('i1')!.y);
    expect(at.get('o2')!.y).toBe(at.get('i2')!.y);
    // Each bias below, between its layer and the one feeding it.
    const b1 = at.get('b1')!;
    expect(b1.y).toBeGreaterThan(at.get('i2')!.y);
    expect(b1.x).toBeGreaterThan(at.get('i1')!.x);
    expect(b1.x).toBeLessThan(at.get('h1')!.x);
    const b2 = at.get('b2')!;
    expect(b2.x).toBeGreaterThan(at.get('h1')!.x);
    expect(b2.x).toBeLessThan(at.get('o1')!.x);
  });

  it('keeps every weight label off the crossings, so each reads as its own edge’s', () => {
    const byId = new Map(layout.edges.map((e) => [e.id, e]));
    expect(edgesCross(byId.get('w2')!, byId.get('w3')!)).toBe(true);
    expect(edgesCross(byId.get('w6')!, byId.get('w7')!)).toBe(true);
    expect(labelsOnCrossings(layout)).toEqual([]);
  });

  it('stays narrow enough for legible text (the drawing scales to its container)', () => {
    expect(layout.width).toBeLessThanOrEqual(800);
    expect(layout.width / layout.height).toBeGreaterThan(1.2);
  });

  it('trims edges to the circles’ rims', () => {
    const w1 = layout.edges.find((e) => e.id === 'w1')!;
    const i1 = at.get('i1')!;
    expect(Math.hypot(w1.x1 - i1.x, w1.y1 - i1.y)).toBeCloseTo(i1.r, 6);
  });

  it('is computed once per architecture', () => {
    expect(layoutNetwork(networkNames([2, 2, 2]))).toBe(layout);
  });
});

describe('the worked example’s network on a phone (portrait)', () => {
  const names = networkNames([2, 2, 2]);
  const layout = layoutNetwork(names, 'portrait');
  const at = new Map(layout.nodes.map((n) => [n.id, n]));

  it('is the article’s figure turned a quarter', () => {
    expect(at.get('i1')!.x).toBeLessThan(at.get('i2')!.x);
    expect(at.get('i1')!.y).toBe(at.get('i2')!.y);
    expect(at.get('h1')!.x).toBe(at.get('i1')!.x);
    expect(at.get('h1')!.y).toBeGreaterThan(at.get('i1')!.y);
    expect(at.get('o2')!.x).toBe(at.get('i2')!.x);
    expect(at.get('o2')!.y).toBeGreaterThan(at.get('h2')!.y);
    expect(at.get('t1')!.x).toBe(at.get('o1')!.x);
    expect(at.get('t1')!.y).toBeGreaterThan(at.get('o1')!.y);
  });

  it('shows a neuron’s values beside it, not below where its edges leave', () => {
    for (const id of ['h1', 'h2', 'o1', 'o2']) {
      const node = at.get(id)!;
      expect(node.values!.x).toBeGreaterThan(node.x + node.r);
      expect(node.values!.y).toBeLessThan(node.y);
      expect(node.values!.y + node.values!.height).toBeGreaterThan(node.y);
    }
  });

  // The explorer gives the drawing about 333 px on a 375 px phone: its text must stay legible.
  it('is narrow enough for 13 px labels and 14 px names at 333 px', () => {
    const scale = 333 / layout.width;
    expect(METRICS.labelFont * scale).toBeGreaterThanOrEqual(13);
    expect(METRICS.valueFont * scale).toBeGreaterThanOrEqual(13);
    expect(METRICS.nameFont * scale).toBeGreaterThanOrEqual(14);
    expect(layout.height).toBeGreaterThan(layout.width);
  });

  it('is computed once per architecture and orientation', () => {
    expect(layoutNetwork(names, 'portrait')).toBe(layout);
    expect(layoutNetwork(names, 'landscape')).not.toBe(layout);
  });
});

describe.each([
  ['landscape', 1],
  ['landscape', PRESENTER_TEXT_SCALE],
  ['portrait', 1],
] as const)('the worked example’s gradient tips, %s ×%d', (orientation, textScale) => {
  const layout = layoutNetwork(networkNames([2, 2, 2]), orientation, textScale);

  it('cover no other part’s number or label when shown', () => {
    const covered: { id: string; box: Box }[] = [{ id: 'total', box: layout.total }];
    for (const node of layout.nodes) {
      for (const box of [node.values, node.gradients, node.chip, node.error]) {
        if (box) covered.push({ id: `${node.id}'s numbers`, box });
      }
    }
    for (const label of layout.labels) {
      covered.push({ id: label.id, box: label.box }, { id: `${label.id} next`, box: label.next });
    }
    const clashes = layout.labels.flatMap((label) =>
      covered
        .filter(({ id, box }) => !id.startsWith(label.id) && boxesOverlap(label.tip, box))
        .map(({ id }) => `${label.id}: ${id}`),
    );
    expect(clashes).toEqual([]);
  });
});

describe('where the landscape layout writes the total error', () => {
  it('writes the total error between the two targets, under E_o1 and over t2, in their column', () => {
    const layout = layoutNetwork(networkNames([2, 2, 2]));
    const [t1, t2] = layout.nodes.filter((n) => n.kind === 'target');
    const { total } = layout;
    expect(total.y).toBeGreaterThan(t1!.error!.y + t1!.error!.height);
    expect(total.y + total.height).toBeLessThan(t2!.y - t2!.r);
    expect(total.x + total.width).toBeGreaterThanOrEqual(t1!.x + t1!.r);
    // Where it sits, the drawing ends at its lowest node: the biases' values.
    const lowest = Math.max(...layout.nodes.map((n) => (n.chip ? n.chip.y + n.chip.height : 0)));
    expect(layout.height).toBe(Math.ceil(lowest + METRICS.margin));
  });

  it('writes the total error under a single target’s error, where no second target leaves room', () => {
    const single = layoutNetwork(networkNames([2, 2, 1]));
    const [t1] = single.nodes.filter((n) => n.kind === 'target');
    expect(single.total.y).toBeGreaterThan(t1!.error!.y + t1!.error!.height);
    expect(single.total.y + single.total.height).toBeLessThanOrEqual(single.height);
  });
});
