/**
 * The names of a network's parts: the article's figure for [2, 2, 2] (w1 = i1→h1,
 * w2 = i2→h1, w3 = i1→h2, … w8 = h2→o2), the same pattern continued for other
 * sizes, and the limits on what a network may be.
 */
import { describe, expect, it } from 'vitest';
import { REFERENCE } from '../reference/reference';
import {
  checkArchitecture,
  formatLayers,
  parseLayers,
  MAX_HIDDEN_LAYERS,
  MAX_LAYER_SIZE,
  networkNames,
  weightEdge,
  weightLabel,
  type Architecture,
  type BiasPer,
} from './architecture';
import { EngineError } from './errors';

/** The article's figure: each weight as source → target. */
const ARTICLE_EDGES = {
  w1: 'i1→h1',
  w2: 'i2→h1',
  w3: 'i1→h2',
  w4: 'i2→h2',
  w5: 'h1→o1',
  w6: 'h2→o1',
  w7: 'h1→o2',
  w8: 'h2→o2',
};

function edges(sizes: Architecture): Record<string, string> {
  const names = networkNames(sizes);
  return Object.fromEntries(
    names.weights.map((w) => [
      w.id,
      `${names.neurons[w.layer - 1]![w.source]}→${names.neurons[w.layer]![w.target]}`,
    ]),
  );
}

function refusal(sizes: Architecture): string {
  try {
    checkArchitecture(sizes);
  } catch (error) {
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).code).toBe('bad-architecture');
    expect((error as EngineError).subject).toBe('layers');
    return (error as EngineError).message;
  }
  throw new Error(`${JSON.stringify(sizes)} was accepted`);
}

describe('networkNames', () => {
  it("names the article's network as its figure does", () => {
    const names = networkNames([2, 2, 2]);
    expect(names.neurons).toEqual([
      ['i1', 'i2'],
      ['h1', 'h2'],
      ['o1', 'o2'],
    ]);
    expect(edges([2, 2, 2])).toEqual(ARTICLE_EDGES);
    expect(names.biases).toEqual(['', 'b1', 'b2']);
    expect(names.inputs).toEqual(['i1', 'i2']);
    expect(names.targets).toEqual(['t1', 't2']);
    // w5 is the first weight of layer 2: its place in the flat array is 4.
    expect(names.weightOffsets).toEqual([0, 0, 4]);
    expect(names.weights[4]).toEqual({ id: 'w5', layer: 2, target: 0, source: 0, index: 4 });
  });

  it('continues the pattern in deeper and wider networks', () => {
    const sizes = [3, 2, 1, 2];
    const names = networkNames(sizes);
    expect(names.neurons).toEqual([['i1', 'i2', 'i3'], ['h1_1', 'h1_2'], ['h2_1'], ['o1', 'o2']]);
    expect(edges(sizes)).toEqual({
      w1: 'i1→h1_1',
      w2: 'i2→h1_1',
      w3: 'i3→h1_1',
      w4: 'i1→h1_2',
      w5: 'i2→h1_2',
      w6: 'i3→h1_2',
      w7: 'h1_1→h2_1',
      w8: 'h1_2→h2_1',
      w9: 'h2_1→o1',
      w10: 'h2_1→o2',
    });
    expect(names.weights.map((w) => w.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(names.weightOffsets).toEqual([0, 0, 6, 8]);
    expect(names.biases).toEqual(['', 'b1', 'b2', 'b3']);
    expect(names.targets).toEqual(['t1', 't2']);
    expect(names.sizes).toEqual(sizes);
  });

  it('gives the same names for the same sizes, whatever array holds them', () => {
    const first = networkNames([2, 3, 2]);
    expect(networkNames([2, 3, 2])).toBe(first);
    expect(networkNames([2, 2, 3])).not.toBe(first);
    expect(networkNames([2, 2, 3]).neurons[2]).toEqual(['o1', 'o2', 'o3']);
  });

  it('refuses a bad architecture before naming anything', () => {
    expect(() => networkNames([2, 0, 2])).toThrow(EngineError);
  });

  it('keeps the names of sizes apart that read alike without separators', () => {
    // [1, 2, 2, 2] is a network; [1, 22, 2] is not (22 neurons), though both read "1222".
    expect(networkNames([1, 2, 2, 2]).sizes).toEqual([1, 2, 2, 2]);
    expect(() => networkNames([1, 22, 2])).toThrow(EngineError);
  });
});

describe('weightEdge and weightLabel', () => {
  it("name each weight's connection as the article's figure draws it", () => {
    const names = networkNames([2, 2, 2]);
    for (const [id, edge] of Object.entries(REFERENCE.weightEdges)) {
      expect(weightEdge(names, id), id).toEqual(edge);
      expect(weightLabel(names, id)).toBe(`${id}: ${edge.from} → ${edge.to}`);
    }
    expect(weightLabel(names, 'w5')).toBe('w5: h1 → o1');
  });

  it('follow the pattern in a deeper network', () => {
    // [3, 2, 1, 2]: w7 is the first weight of layer 2, h1_1 → h2_1; w10 runs h2_1 → o2.
    const names = networkNames([3, 2, 1, 2]);
    expect(weightEdge(names, 'w6')).toEqual({ from: 'i3', to: 'h1_2' });
    expect(weightEdge(names, 'w7')).toEqual({ from: 'h1_1', to: 'h2_1' });
    expect(weightLabel(names, 'w10')).toBe('w10: h2_1 → o2');
  });

  it('know nothing of ids that are not weights of the network', () => {
    const names = networkNames([2, 2, 2]);
    for (const id of ['w9', 'b1', 'i1', 'w0', '']) {
      expect(weightEdge(names, id), id).toBeUndefined();
      expect(weightLabel(names, id), id).toBeUndefined();
    }
  });
});

describe('checkArchitecture', () => {
  it(`takes 1 to ${MAX_HIDDEN_LAYERS} hidden layers of 1 to ${MAX_LAYER_SIZE} neurons`, () => {
    expect(MAX_HIDDEN_LAYERS).toBe(3);
    expect(MAX_LAYER_SIZE).toBe(6);
    for (const sizes of [
      [1, 1, 1],
      [6, 6, 6],
      [2, 6, 6, 6, 2],
    ]) {
      expect(() => checkArchitecture(sizes)).not.toThrow();
    }
  });

  it('refuses too few or too many hidden layers, saying how many it got', () => {
    expect(refusal([2, 2])).toBe('A network needs 1 to 3 hidden layers; got 0.');
    expect(refusal([])).toBe('A network needs 1 to 3 hidden layers; got 0.');
    expect(refusal([2, 2, 2, 2, 2, 2])).toBe('A network needs 1 to 3 hidden layers; got 4.');
  });

  it('refuses a layer of 0, 7, a fraction or not a number of neurons, quoting it', () => {
    expect(refusal([2, 0, 2])).toBe('Each layer has 1 to 6 neurons; got 0.');
    expect(refusal([2, 7, 2])).toBe('Each layer has 1 to 6 neurons; got 7.');
    expect(refusal([2, 2, 1.5])).toBe('Each layer has 1 to 6 neurons; got 1.5.');
    expect(refusal([NaN, 2, 2])).toBe('Each layer has 1 to 6 neurons; got NaN.');
    expect(refusal([2, -1, 2])).toBe('Each layer has 1 to 6 neurons; got -1.');
  });
});

describe('parseLayers and formatLayers', () => {
  it('read and write layer sizes from the inputs to the outputs', () => {
    expect(parseLayers('2-3-2')).toEqual([2, 3, 2]);
    expect(parseLayers(' 1-6-6-6-1 ')).toEqual([1, 6, 6, 6, 1]);
    expect(formatLayers([6, 6, 6, 6, 6])).toBe('6-6-6-6-6');
    expect(formatLayers(parseLayers('3-2-1-2'))).toBe('3-2-1-2');
  });

  it.each(['2,3,2', '2-3-', '-2-3-2', '2 3 2', '2-3.5-2', '2-+3-2', 'x'])(
    'refuses %j as not a list of sizes, naming layers',
    (text) => {
      try {
        parseLayers(text);
        expect.unreachable();
      } catch (error) {
        expect(error).toMatchObject({ code: 'bad-architecture', subject: 'layers' });
        expect((error as Error).message).toMatch(/^layers must be the layer sizes/);
      }
    },
  );

  it('reads sizes of more than one digit, and refuses those over the limit as too large', () => {
    for (const text of ['10-2-2', '2-10-2', '2-2-12']) {
      expect(() => parseLayers(text)).toThrow(
        `layers must have 1 to ${MAX_LAYER_SIZE} neurons in every layer; ${text} has a layer of `,
      );
    }
  });

  it('refuses too few or too many hidden layers, naming layers', () => {
    for (const [text, hidden] of [
      ['2-2', 0],
      ['2-2-2-2-2-2', 4],
    ] as const) {
      try {
        parseLayers(text);
        expect.unreachable();
      } catch (error) {
        expect(error).toMatchObject({
          code: 'bad-architecture',
          subject: 'layers',
          message: `layers must have 1 to ${MAX_HIDDEN_LAYERS} hidden layers between the inputs and the outputs; ${text} has ${hidden}.`,
        });
      }
    }
  });

  it('reads text of up to 40 characters; longer is refused, quoting its first 40', () => {
    expect(parseLayers(`2-2-${'0'.repeat(35)}1`)).toEqual([2, 2, 1]);
    const message = (text: string) => {
      try {
        parseLayers(text);
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error(`expected ${text} to be refused`);
    };
    expect(message('x'.repeat(40))).toContain(`; "${'x'.repeat(40)}" is not.`);
    expect(message(`${'2-'.repeat(30)}2`)).toContain(`; "${'2-'.repeat(20)}…" is not.`);
  });
});

describe('networkNames with a bias_per it does not know', () => {
  it('refuses it by name, listing the choices', () => {
    try {
      networkNames([2, 2, 2], 'cell' as BiasPer);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({
        code: 'unknown-setting',
        subject: 'bias_per',
        message: 'bias_per must be one of layer, neuron; "cell" is not.',
      });
    }
  });
});
