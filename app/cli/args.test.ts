import { describe, expect, it } from 'vitest';
import { ARTICLE_PARAMS, defaultParams, DEFAULT_SETTINGS } from '../engine/model';
import { parseArgs, USAGE } from './args';

function model(argv: string[]) {
  const parsed = parseArgs(argv);
  if (!parsed.ok) throw new Error(`expected ok, got ${parsed.error}`);
  return parsed;
}

function refusal(argv: string[]): string {
  const parsed = parseArgs(argv);
  if (parsed.ok) throw new Error(`expected a refusal for ${argv.join(' ')}`);
  return parsed.error;
}

describe('parseArgs: accepted input', () => {
  it('defaults to the article, md and 9 digits', () => {
    const parsed = model([]);
    expect(parsed.help).toBe(false);
    expect(parsed.format).toBe('md');
    expect(parsed.digits).toBe(9);
    expect(parsed.model.params).toEqual(ARTICLE_PARAMS);
    expect(parsed.model.settings).toEqual(DEFAULT_SETTINGS);
  });

  it('reads parameters and settings by name, keeping the rest', () => {
    const parsed = model(['w5=0.3', 'i1=-1', 'lr=0,25', 'act_h=tanh', 'biases=learned']);
    expect(parsed.model.params).toEqual({ ...ARTICLE_PARAMS, w5: 0.3, i1: -1, lr: 0.25 });
    expect(parsed.model.settings).toEqual({
      ...DEFAULT_SETTINGS,
      act_h: 'tanh',
      biases: 'learned',
    });
  });

  it('reads --format and --digits in both spellings', () => {
    expect(model(['--format', 'json']).format).toBe('json');
    expect(model(['--format=tex', '--digits', '4']).format).toBe('tex');
    expect(model(['--digits=17']).digits).toBe(17);
    expect(model(['--digits', '1', '--format=csv'])).toMatchObject({ format: 'csv', digits: 1 });
  });

  it('reads --no-answers: the exercise, for md and tex', () => {
    expect(model([]).answers).toBe(true);
    expect(model(['--no-answers']).answers).toBe(false);
    expect(model(['--format', 'tex', '--no-answers', 'w5=0.3'])).toMatchObject({
      format: 'tex',
      answers: false,
    });
    // The format may come after the flag: the check is made once all is read.
    expect(model(['--no-answers', '--format=md']).answers).toBe(false);
  });

  it('lets the last of a repeated name win, as the page query does', () => {
    expect(model(['w5=0.3', 'w5=0.2']).model.params['w5']).toBe(0.2);
    expect(model(['w5=abc', 'w5=0.2']).model.params['w5']).toBe(0.2);
    expect(model(['--format', 'json', '--format', 'csv']).format).toBe('csv');
  });

  it('accepts compatible cross-entropy settings and the end-of-options marker', () => {
    expect(model(['loss=ce', 't1=0', 't2=1']).model.settings.loss).toBe('ce');
    expect(model(['--', 'w1=1']).model.params['w1']).toBe(1);
  });

  it('answers -h and --help even beside bad arguments', () => {
    expect(model(['--help']).help).toBe(true);
    expect(model(['w5=abc', '-h', '--format', 'xml']).help).toBe(true);
    expect(USAGE).toMatch(/^Usage: npm run --silent sheet -- /);
    for (const word of [
      'w1 ... w8',
      'w5: h1 → o1',
      'hidden_deltas',
      'relu',
      '--digits',
      'json, md, tex, csv',
      '[--no-answers]',
      '--no-answers   the exercise',
    ]) {
      expect(USAGE).toContain(word);
    }
  });
});

describe('parseArgs: every kind of bad input is refused, naming the argument', () => {
  it.each([
    [['w5=abc'], 'w5: w5 must be a number; "abc" is not one.'],
    [['w5='], 'w5: w5 must be a number; "" is not one.'],
    [['w5=1e400'], 'w5: w5 = 1e400 is too large to be a finite number.'],
    [['w5=NaN'], 'w5: w5 must be a finite number, not "NaN".'],
    [['w5=2e6'], 'w5: w5 must lie between -1000000 and 1000000; got 2000000.'],
    [['lr=-0.1'], 'lr: lr must lie between 0 and 1000; got -0.1.'],
    [['w9=1'], 'w9: w9 is not a parameter of this network. See --help for the names.'],
    [['foo=abc'], 'foo: foo is not a parameter of this network. See --help for the names.'],
    [
      ['act_h=softmax'],
      'act_h: act_h must be one of sigmoid, tanh, relu, linear; "softmax" is not.',
    ],
    [['loss=mae'], 'loss: loss must be one of mse, ce; "mae" is not.'],
    [['biases=yes'], 'biases: biases must be one of fixed, learned; "yes" is not.'],
    [
      ['hidden_deltas=new'],
      'hidden_deltas: hidden_deltas must be one of original, updated; "new" is not.',
    ],
    [['--format', 'xml'], '--format: --format must be one of json, md, tex, csv; "xml" is not.'],
    [['--format='], '--format: --format must be one of json, md, tex, csv; "" is not.'],
    [['--format'], '--format: --format needs a value; see --help.'],
    [['--digits', '0'], '--digits: --digits must be a whole number from 1 to 17; "0" is not.'],
    [['--digits=18'], '--digits: --digits must be a whole number from 1 to 17; "18" is not.'],
    [['--digits=4.5'], '--digits: --digits must be a whole number from 1 to 17; "4.5" is not.'],
    [['--verbose'], '--verbose: unknown option; see --help.'],
    [['-x'], '-x: unknown option; see --help.'],
    [['w5'], 'w5: an argument is name=value (w5=0.3) or an option (--format md); "w5" is neither.'],
    [['=0.3'], '=0.3: "=0.3" has no name before "=".'],
    [
      ['--no-answers', '--format', 'json'],
      '--no-answers: the exercise is written as md or tex; json holds the answers themselves.',
    ],
    [
      ['--format=csv', '--no-answers'],
      '--no-answers: the exercise is written as md or tex; csv holds the answers themselves.',
    ],
    [['--no-answers=1'], '--no-answers: --no-answers takes no value; see --help.'],
  ])('%j', (argv, message) => {
    expect(refusal(argv)).toBe(message);
  });

  it('refuses settings that cannot work together', () => {
    expect(refusal(['loss=ce', 'act_o=linear'])).toMatch(/^loss: Cross-entropy needs outputs/);
    expect(refusal(['loss=ce', 't2=1.5'])).toMatch(
      /^t2: With cross-entropy a target is a probability/,
    );
  });

  it('reports the first bad argument, on one line', () => {
    const error = refusal(['w1=0.1', 'w2=x', 'w3=y']);
    expect(error).toMatch(/^w2: /);
    expect(error).not.toContain('\n');
  });
});

describe('parseArgs: layers=', () => {
  it('reads the architecture first, wherever it stands, then the parameters it names', () => {
    const parsed = model(['w12=0.7', 'w7=0.3', 'layers=2-3-2', 'act_h=tanh']);
    expect(parsed.model.sizes).toEqual([2, 3, 2]);
    expect(parsed.model.params).toEqual({ ...defaultParams([2, 3, 2]), w7: 0.3, w12: 0.7 });
    expect(parsed.model.settings.act_h).toBe('tanh');
    expect(model(['layers=2-2-2']).model.params).toEqual(ARTICLE_PARAMS);
  });

  it.each([
    [
      ['layers=2-7-2'],
      'layers: layers must have 1 to 6 neurons in every layer; 2-7-2 has a layer of 7.',
    ],
    [
      ['layers=2-2'],
      'layers: layers must have 1 to 3 hidden layers between the inputs and the outputs; 2-2 has 0.',
    ],
    [
      ['layers=two'],
      'layers: layers must be the layer sizes from the inputs to the outputs joined by "-", such as 2-3-2; "two" is not.',
    ],
    [
      ['layers=2-3-2', 'w13=1'],
      'w13: w13 is not a parameter of this network. See --help for the names.',
    ],
    [['w12=1'], 'w12: w12 is not a parameter of this network. See --help for the names.'],
  ])('refuses %j on one line naming it', (argv, message) => {
    expect(refusal(argv)).toBe(message);
  });

  it('is explained in --help with the naming scheme', () => {
    expect(USAGE).toContain('layers         layer sizes from the inputs to the outputs (2-2-2)');
    expect(USAGE).toContain('w7: h1 → o1');
    expect(USAGE).toContain('layers=2-3-2 w7=0.3');
  });
});
