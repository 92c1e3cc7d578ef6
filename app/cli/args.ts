/**
 * The sheet's command line. Unlike a page's URL, which falls back to a default
 * and carries on, the CLI refuses any argument it cannot use: a teacher printing
 * an answer key must not get the article's numbers where they typed their own.
 * Parameters and settings go through the engine's own checks, so the reasons
 * read the same as in the app.
 */
import {
  ARTICLE_ARCHITECTURE,
  MAX_HIDDEN_LAYERS,
  MAX_LAYER_SIZE,
  networkNames,
  weightLabel,
} from '../engine/architecture';
import { EngineError } from '../engine/errors';
import {
  DEFAULT_SIGNIFICANT_DIGITS,
  MAX_SIGNIFICANT_DIGITS,
  MIN_SIGNIFICANT_DIGITS,
} from '../engine/format';
import {
  ARTICLE_MODEL,
  ARTICLE_PARAMS,
  checkParam,
  DEFAULT_SETTINGS,
  modelNames,
  PARAM_LIMITS,
  SETTING_CHOICES,
  type Model,
  type SettingKey,
} from '../engine/model';
import { dataFromArgs, isDataKey, type DataSetup } from '../engine/data-query';
import { LAYERS_KEY, modelFromQuery } from '../engine/query';
import { EXERCISE_FORMATS, FORMATS, isFormat, type Format } from './formats';

export type ParsedArgs =
  | {
      readonly ok: true;
      /** --help or -h was given: print USAGE and nothing else */
      readonly help: boolean;
      readonly model: Model;
      /** data=…: the examples and their batch, or null for the one example */
      readonly data: DataSetup | null;
      readonly format: Format;
      readonly digits: number;
      /** false with --no-answers: the exercise, blanks where the computed numbers go */
      readonly answers: boolean;
    }
  | {
      readonly ok: false;
      /** one line: the argument at fault, a colon, and why */
      readonly error: string;
    };

const DEFAULT_FORMAT: Format = 'md';
const names = networkNames(ARTICLE_ARCHITECTURE);
const articleValues = (ids: readonly string[]) => ids.map((id) => ARTICLE_PARAMS[id]).join(', ');
const weightIds = names.weights.map((w) => w.id);
const [valueMin, valueMax] = PARAM_LIMITS.weight;
const [lrMin, lrMax] = PARAM_LIMITS.lr;

/** Which neurons each weight connects, four to a line: 'w5: h1 → o1'. */
const weightEdges = weightIds
  .map((id) => weightLabel(names, id) ?? id)
  .reduce<string[][]>((rows, label, k) => {
    if (k % 4 === 0) rows.push([]);
    rows[rows.length - 1]!.push(label.padEnd(14));
    return rows;
  }, [])
  .map((row) => `${' '.repeat(17)}${row.join('').trimEnd()}`)
  .join('\n');
const settingLine = (keys: string, key: SettingKey) =>
  `  ${keys.padEnd(15)}${SETTING_CHOICES[key].join(' | ').padEnd(34)}(${DEFAULT_SETTINGS[key]})`;

export const USAGE = `Usage: npm run --silent sheet -- [name=value ...] [--format json|md|tex|csv] [--digits N] [--no-answers]
Prints the whole worked example of the ${names.sizes.join('-')} network (forward pass, error,
backward pass, update) for the numbers given, with the network's figure: the answer
key, or with --no-answers the exercise that goes with it.
Anything not given keeps the article's value, shown in parentheses.
Network
  ${LAYERS_KEY.padEnd(15)}layer sizes from the inputs to the outputs (${names.sizes.join('-')}), 1 to ${MAX_LAYER_SIZE}
                 neurons each, 1 to ${MAX_HIDDEN_LAYERS} hidden layers. Read first: it decides the
                 parameters. Weights are numbered layer by layer, target by target,
                 source by source (in 2-3-2: w1 ... w12, w7: h1 → o1); values not
                 given follow the article's pattern.
Parameters (of the ${names.sizes.join('-')} network)
  ${names.inputs.join(' ').padEnd(15)}inputs           (${articleValues(names.inputs)})
  ${names.targets.join(' ').padEnd(15)}targets          (${articleValues(names.targets)})
  ${`${weightIds[0]} ... ${weightIds[weightIds.length - 1]}`.padEnd(15)}weights          (${articleValues(weightIds)})
${weightEdges}
  ${names.biases.filter(Boolean).join(' ').padEnd(15)}biases           (${articleValues(names.biases.filter(Boolean))})
  ${'lr'.padEnd(15)}learning rate    (${ARTICLE_PARAMS['lr']})
  Inputs, targets, weights and biases lie between ${valueMin} and ${valueMax};
  the learning rate between ${lrMin} and ${lrMax}.
Settings
${settingLine('act_h', 'act_h')}
${settingLine('act_o', 'act_o')}
${settingLine('loss', 'loss')}
${settingLine('biases', 'biases')}
${settingLine('hidden_deltas', 'hidden_deltas')}
${settingLine('bias_per', 'bias_per')}
  loss=ce needs act_o=sigmoid and targets between 0 and 1.
  hidden_deltas=updated is the mistaken method (the article's slip); the sheet says so.
  bias_per=neuron gives each neuron its own bias, b_<neuron>: b_h1 b_h2 b_o1 b_o2
  (b_h2_1 with several hidden layers), each starting at its layer's value.
Data (many examples: each row's trace, then one update of the first batch)
  data           a set (xor, and, or: 2 inputs, 1 target; circle, blobs, spiral: 200
                 points drawn from seed) or rows: inputs, a colon, targets; rows
                 separated by semicolons (0,0:0;0,1:1;1,0:1;1,1:0). The sheet works
                 through the first row; json carries examples and batch.
  batch          examples per update, 1 ... the rows, or all (all)
  reduce         mean | sum: the batch's gradient (mean)
  shuffle        0 | 1: shuffle the rows before batching (0)
  seed           draws a generated set and the shuffle, 1 to 4294967295 (1)
Options
  --format F     ${FORMATS.join(', ')} (default ${DEFAULT_FORMAT})
  --digits N     significant digits in the formulas, ${MIN_SIGNIFICANT_DIGITS} to ${MAX_SIGNIFICANT_DIGITS} (default ${DEFAULT_SIGNIFICANT_DIGITS});
                 answer keys, json and csv values keep full precision
  --no-answers   the exercise: every formula with blanks where the computed numbers
                 go, the numbers given kept, no answer key (${EXERCISE_FORMATS.join(' and ')} only);
                 the same command without it prints the key
  -h, --help     this text
A name given twice takes its last value. Any argument that cannot be used stops
the sheet: exit status 2 and one line on stderr saying which and why.
Examples
  npm run --silent sheet -- w5=0.3 --no-answers > exercise.md
  npm run --silent sheet -- w5=0.3 > answer-key.md
  npm run --silent sheet -- act_h=tanh loss=ce --format tex > worked-example.tex
  npm run --silent sheet -- i1=1 i2=-1 --format json > answers.json
  npm run --silent sheet -- layers=2-3-2 w7=0.3 > three-hidden-neurons.md
  npm run --silent sheet -- layers=2-2-1 data=xor --format json > xor-batch.json
`;

class ArgError extends Error {
  constructor(
    readonly subject: string,
    message: string,
  ) {
    super(message);
  }
}

function readFormat(text: string): Format {
  if (isFormat(text)) return text;
  throw new ArgError(
    '--format',
    `--format must be one of ${FORMATS.join(', ')}; "${text}" is not.`,
  );
}

function readDigits(text: string): number {
  const digits = /^\d{1,2}$/.test(text) ? Number(text) : NaN;
  if (digits >= MIN_SIGNIFICANT_DIGITS && digits <= MAX_SIGNIFICANT_DIGITS) return digits;
  throw new ArgError(
    '--digits',
    `--digits must be a whole number from ${MIN_SIGNIFICANT_DIGITS} to ${MAX_SIGNIFICANT_DIGITS}; "${text}" is not.`,
  );
}

const OPTIONS = ['--format', '--digits'] as const;
const NO_ANSWERS = '--no-answers';

/** Reads argv (without node and the script). Bad input is returned, never thrown; nothing is printed. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const defaults = {
    model: ARTICLE_MODEL,
    format: DEFAULT_FORMAT,
    digits: DEFAULT_SIGNIFICANT_DIGITS,
    answers: true,
  };
  // Help wins over everything else, so a broken command line can still ask for it.
  const help = argv.some((arg) => arg === '--help' || arg === '-h');
  if (help) return { ok: true, help, data: null, ...defaults };
  let { format, digits, answers } = defaults;
  // name → text; a Map keeps the last value of a repeated name, as the page's query does.
  const given = new Map<string, string>();
  try {
    for (let k = 0; k < argv.length; k++) {
      const arg = argv[k] ?? '';
      if (arg === '--') continue; // the end-of-options marker npm or a shell may pass on
      if (arg === NO_ANSWERS) {
        answers = false;
        continue;
      }
      if (arg.startsWith('-')) {
        const [flag = '', inline] = splitOnce(arg);
        if (flag === NO_ANSWERS) throw new ArgError(flag, `${flag} takes no value; see --help.`);
        const option = OPTIONS.find((o) => o === flag);
        if (!option) throw new ArgError(flag, 'unknown option; see --help.');
        const value = inline ?? argv[++k];
        if (value === undefined) throw new ArgError(option, `${option} needs a value; see --help.`);
        if (option === '--format') format = readFormat(value);
        else digits = readDigits(value);
        continue;
      }
      const [name = '', text] = splitOnce(arg);
      if (text === undefined) {
        throw new ArgError(
          arg,
          `an argument is name=value (w5=0.3) or an option (--format md); "${arg}" is neither.`,
        );
      }
      if (name === '') throw new ArgError(arg, `"${arg}" has no name before "=".`);
      given.set(name, text);
    }
    if (!answers && !EXERCISE_FORMATS.includes(format)) {
      throw new ArgError(
        NO_ANSWERS,
        `the exercise is written as ${EXERCISE_FORMATS.join(' or ')}; ${format} holds the answers themselves.`,
      );
    }
    const model = modelOf(given);
    const data = dataFromArgs((key) => given.get(key), model.sizes);
    if (data && !answers) {
      throw new ArgError(NO_ANSWERS, 'the exercise is written for one example; leave out data=.');
    }
    return { ok: true, help: false, model, data, format, digits, answers };
  } catch (error) {
    if (error instanceof ArgError || error instanceof EngineError) {
      return { ok: false, error: `${error.subject}: ${error.message}` };
    }
    throw error;
  }
}

function splitOnce(arg: string): [string, string | undefined] {
  const at = arg.indexOf('=');
  return at < 0 ? [arg, undefined] : [arg.slice(0, at), arg.slice(at + 1)];
}

/**
 * The article's model with the given names set, read strictly by the pages' own
 * reader (layers= and bias_per= first: they decide which names are parameters);
 * throws the first EngineError. Names that are neither parameters, settings nor
 * data are refused, in the engine's words.
 */
function modelOf(given: ReadonlyMap<string, string>): Model {
  const { model, rest } = modelFromQuery(given, ARTICLE_MODEL, { strict: true });
  for (const name of rest.keys()) {
    if (isDataKey(name)) continue;
    try {
      checkParam(modelNames(model), name, NaN);
    } catch (error) {
      // The engine's words fit a page that lists the names; on a terminal, say where they are.
      if (error instanceof EngineError && error.code === 'unknown-parameter') {
        throw new EngineError(error.code, name, `${error.message} See --help for the names.`);
      }
      throw error;
    }
  }
  return model;
}
