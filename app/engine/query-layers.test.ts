/**
 * layers= in the query contract: read first, since it decides which parameters
 * exist; a bad architecture falls back with a notice naming it, and a parameter
 * the network lacks is left over for the page to name.
 */
import { describe, expect, it } from 'vitest';
import { ARTICLE_MODEL, checkModel, defaultParams, DEFAULT_SETTINGS, type Model } from './model';
import { modelFromQuery, modelToQuery, strayParameterNotices } from './query';

describe('layers= in the query', () => {
  const grown: Model = {
    sizes: [2, 3, 2],
    params: defaultParams([2, 3, 2]),
    settings: DEFAULT_SETTINGS,
  };

  it('reads the architecture first, wherever it stands, then the parameters it names', () => {
    const { model, notices, rest } = modelFromQuery([
      ['w12', '0.3'],
      ['act_h', 'tanh'],
      ['layers', '2-3-2'],
    ]);
    expect(notices).toEqual([]);
    expect([...rest]).toEqual([]);
    expect(model.sizes).toEqual([2, 3, 2]);
    expect(model.params).toEqual({ ...defaultParams([2, 3, 2]), w12: 0.3 });
    expect(model.settings.act_h).toBe('tanh');
    expect(() => checkModel(model)).not.toThrow();
  });

  it('takes the last of repeated layers, and reads a deeper network by its own names', () => {
    const { model, notices } = modelFromQuery([
      ['layers', '3-2-1-2'],
      ['layers', '1-4-4-4-1'],
      ['w40', '-2'],
      ['b4', '0.1'],
    ]);
    expect(notices).toEqual([]);
    expect(model.sizes).toEqual([1, 4, 4, 4, 1]);
    expect(model.params.w40).toBe(-2);
    expect(model.params.b4).toBe(0.1);
  });

  it.each([
    [
      'abc',
      'layers must be the layer sizes from the inputs to the outputs joined by "-", such as 2-3-2; "abc" is not.',
    ],
    [
      '2--2',
      'layers must be the layer sizes from the inputs to the outputs joined by "-", such as 2-3-2; "2--2" is not.',
    ],
    [
      '',
      'layers must be the layer sizes from the inputs to the outputs joined by "-", such as 2-3-2; "" is not.',
    ],
    ['2-7-2', 'layers must have 1 to 6 neurons in every layer; 2-7-2 has a layer of 7.'],
    ['2-0-2', 'layers must have 1 to 6 neurons in every layer; 2-0-2 has a layer of 0.'],
    ['2-2', 'layers must have 1 to 3 hidden layers between the inputs and the outputs; 2-2 has 0.'],
    [
      '2-2-2-2-2-2',
      'layers must have 1 to 3 hidden layers between the inputs and the outputs; 2-2-2-2-2-2 has 4.',
    ],
  ])('refuses layers=%s with a notice naming it, and keeps 2-2-2', (text, reason) => {
    const { model, notices, rest } = modelFromQuery([
      ['layers', text],
      ['w5', '0.3'],
      ['w12', '1'],
    ]);
    expect(model.sizes).toEqual([2, 2, 2]);
    expect(model.params.w5).toBe(0.3);
    expect(notices).toEqual([
      { key: 'layers', given: text, message: `${reason} Using layers = 2-2-2 instead.` },
    ]);
    // w12 is no parameter of the network kept: it is left over, and a page says so.
    expect([...rest]).toEqual([['w12', '1']]);
  });

  it('shortens a long layers value in its notice, and refuses it before reading it', () => {
    const text = '2-'.repeat(5000) + '2';
    const { notices } = modelFromQuery([['layers', text]]);
    expect(notices[0]!.key).toBe('layers');
    expect(notices[0]!.given).toBe(`${text.slice(0, 40)}…`);
    expect(notices[0]!.message.length).toBeLessThan(200);
  });

  it('keeps the base when it names the same network, and falls back to the base network', () => {
    const base: Model = { ...grown, params: { ...grown.params, w7: 0.9 } };
    expect(modelFromQuery([['layers', '2-3-2']], base).model).toEqual(base);
    const refused = modelFromQuery([['layers', '9']], base);
    expect(refused.model).toEqual(base);
    expect(refused.notices[0]!.message).toMatch(/Using layers = 2-3-2 instead\.$/);
  });

  it('moves to another network with its own values, keeping the learning rate and settings', () => {
    const base: Model = {
      ...ARTICLE_MODEL,
      params: { ...ARTICLE_MODEL.params, w5: 9, lr: 0.1 },
      settings: { ...DEFAULT_SETTINGS, act_o: 'tanh' },
    };
    const { model } = modelFromQuery([['layers', '2-3-2']], base);
    expect(model).toEqual({
      sizes: [2, 3, 2],
      params: { ...defaultParams([2, 3, 2]), lr: 0.1 },
      settings: base.settings,
    });
  });

  it('leaves parameters the network lacks over, and strayParameterNotices names each', () => {
    const { rest } = modelFromQuery([
      ['layers', '2-3-2'],
      ['w13', '1'],
      ['b3', '2'],
      ['view', 'sheet'],
    ]);
    expect(strayParameterNotices(rest, grown)).toEqual([
      {
        key: 'w13',
        given: '1',
        message: 'w13 is not a parameter of the 2-3-2 network, so it is ignored.',
      },
      {
        key: 'b3',
        given: '2',
        message: 'b3 is not a parameter of the 2-3-2 network, so it is ignored.',
      },
    ]);
  });

  it('is written first by modelToQuery, and only for another network than the article’s', () => {
    expect(modelToQuery(ARTICLE_MODEL)).toEqual([]);
    expect(modelToQuery(grown)).toEqual([['layers', '2-3-2']]);
    const edited: Model = {
      ...grown,
      params: { ...grown.params, w7: 0.4, lr: 0.2 },
      settings: { ...DEFAULT_SETTINGS, loss: 'ce' },
    };
    expect(modelToQuery(edited)).toEqual([
      ['layers', '2-3-2'],
      ['w7', '0.4'],
      ['lr', '0.2'],
      ['loss', 'ce'],
    ]);
    expect(modelFromQuery(modelToQuery(edited)).model).toEqual(edited);
  });
});
