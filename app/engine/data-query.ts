/**
 * The dataset's part of the query contract: data= (a set's name or rows),
 * batch= (examples per update, a number or `all`), reduce=mean|sum,
 * shuffle=0|1 and seed= (which draws a generated set and the shuffles). Pages
 * read it leniently (each refusal a notice, the default kept); the CLI strictly
 * (the first refusal ends the run).
 */
import type { Architecture } from './architecture';
import { DEFAULT_BATCH, REDUCE_MODES, type ReduceMode } from './batch-options';
import type { DataKey, DataSetup } from './data-link';
import { readDataset, type Dataset } from './dataset';
import { EngineError } from './errors';
import { quoted } from './model';
import type { Notice } from './query';
import { parseSeed } from './random';

export { DATA_KEYS, dataToQuery, isDataKey, type DataKey, type DataSetup } from './data-link';

type Read = (key: DataKey) => string | undefined;

/** What a refusal does with the error and the text it refused, as given. */
type Refuse = (error: EngineError, given: string) => void;

/**
 * Reads the data keys; `refuse` decides what a refusal does (the page notes it
 * and keeps the default, the CLI throws). Null when there is no data= at all.
 */
function read(get: Read, sizes: Architecture, refuse: Refuse): DataSetup | null {
  // A refusal quotes the text as read (trimmed, for batch, reduce and shuffle); the
  // notice keeps the text as given.
  const refuseKey = (key: DataKey, given: string, rule: string, shown = given) =>
    refuse(new EngineError('bad-data', key, `${rule}; "${quoted(shown)}" is not.`), given);
  const seedText = get('seed');
  let seed = DEFAULT_BATCH.seed;
  if (seedText !== undefined) {
    const parsed = parseSeed(seedText);
    if (parsed === undefined) {
      refuseKey('seed', seedText, 'seed must be a whole number from 1 to 4294967295');
    } else seed = parsed;
  }
  const text = get('data');
  if (text === undefined) {
    for (const key of ['batch', 'reduce', 'shuffle'] as const) {
      const given = get(key);
      if (given !== undefined) {
        refuseKey(key, given, `${key} applies to a dataset, and there is no data=`);
      }
    }
    return null;
  }
  let dataset: Dataset;
  try {
    dataset = readDataset(text, sizes, seed);
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    refuse(error, text);
    return null;
  }
  const count = dataset.examples.length;
  let size = count;
  const batchGiven = get('batch');
  if (batchGiven !== undefined && batchGiven.trim().toLowerCase() !== 'all') {
    const batchText = batchGiven.trim();
    const n = /^\d{1,6}$/.test(batchText) ? Number(batchText) : NaN;
    if (n >= 1 && n <= count) size = n;
    else {
      const rule = `batch must be a whole number from 1 to ${count} (the rows) or all`;
      refuseKey('batch', batchGiven, rule, batchText);
    }
  }
  let reduce: ReduceMode = DEFAULT_BATCH.reduce;
  const reduceGiven = get('reduce');
  if (reduceGiven !== undefined) {
    const reduceText = reduceGiven.trim();
    if ((REDUCE_MODES as readonly string[]).includes(reduceText)) reduce = reduceText as ReduceMode;
    else {
      const rule = `reduce must be one of ${REDUCE_MODES.join(', ')}`;
      refuseKey('reduce', reduceGiven, rule, reduceText);
    }
  }
  let shuffle = DEFAULT_BATCH.shuffle;
  const shuffleGiven = get('shuffle');
  if (shuffleGiven !== undefined) {
    const shuffleText = shuffleGiven.trim();
    if (shuffleText === '0' || shuffleText === '1') shuffle = shuffleText === '1';
    else
      refuseKey('shuffle', shuffleGiven, 'shuffle must be 0 (the order given) or 1', shuffleText);
  }
  return { dataset, batch: { size, reduce, shuffle, seed }, fullBatch: size === count };
}

/** The page's reading: every refusal a notice, its default kept (no data: the one example). */
export function dataFromQuery(
  get: Read,
  sizes: Architecture,
): { readonly setup: DataSetup | null; readonly notices: readonly Notice[] } {
  const notices: Notice[] = [];
  const setup = read(get, sizes, (error, given) => {
    const fallback =
      error.subject === 'data' ? 'Using the one example instead.' : 'Using the default instead.';
    notices.push({
      key: error.subject,
      given: quoted(given),
      message: `${error.message} ${fallback}`,
    });
  });
  return { setup, notices };
}

/** The CLI's reading: the first refusal is thrown. */
export function dataFromArgs(get: Read, sizes: Architecture): DataSetup | null {
  return read(get, sizes, (error) => {
    throw error;
  });
}
