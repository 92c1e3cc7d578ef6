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

/**
 * Reads the data keys; `refuse` decides what a refusal does (the page notes it
 * and keeps the default, the CLI throws). Null when there is no data= at all.
 */
function read(
  get: Read,
  sizes: Architecture,
  refuse: (error: EngineError) => void,
): DataSetup | null {
  const seedText = get('seed');
  let seed = DEFAULT_BATCH.seed;
  if (seedText !== undefined) {
    const parsed = parseSeed(seedText);
    if (parsed === undefined) {
      refuse(bad('seed', seedText, 'seed must be a whole number from 1 to 4294967295'));
    } else seed = parsed;
  }
  const text = get('data');
  if (text === undefined) {
    for (const key of ['batch', 'reduce', 'shuffle'] as const) {
      if (get(key) !== undefined) {
        refuse(bad(key, get(key)!, `${key} applies to a dataset, and there is no data=`));
      }
    }
    return null;
  }
  let dataset: Dataset;
  try {
    dataset = readDataset(text, sizes, seed);
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    refuse(error);
    return null;
  }
  const count = dataset.examples.length;
  let size = count;
  const batchText = get('batch')?.trim();
  if (batchText !== undefined && batchText.toLowerCase() !== 'all') {
    const n = /^\d{1,6}$/.test(batchText) ? Number(batchText) : NaN;
    if (n >= 1 && n <= count) size = n;
    else {
      refuse(
        bad(
          'batch',
          batchText,
          `batch must be a whole number from 1 to ${count} (the rows) or all`,
        ),
      );
    }
  }
  let reduce: ReduceMode = DEFAULT_BATCH.reduce;
  const reduceText = get('reduce')?.trim();
  if (reduceText !== undefined) {
    if ((REDUCE_MODES as readonly string[]).includes(reduceText)) reduce = reduceText as ReduceMode;
    else refuse(bad('reduce', reduceText, `reduce must be one of ${REDUCE_MODES.join(', ')}`));
  }
  let shuffle = DEFAULT_BATCH.shuffle;
  const shuffleText = get('shuffle')?.trim();
  if (shuffleText !== undefined) {
    if (shuffleText === '0' || shuffleText === '1') shuffle = shuffleText === '1';
    else refuse(bad('shuffle', shuffleText, 'shuffle must be 0 (the order given) or 1'));
  }
  return { dataset, batch: { size, reduce, shuffle, seed }, fullBatch: size === count };
}

const bad = (key: DataKey, given: string, rule: string) =>
  new EngineError('bad-data', key, `${rule}; "${quoted(given)}" is not.`);

/** The page's reading: every refusal a notice, its default kept (no data: the one example). */
export function dataFromQuery(
  get: Read,
  sizes: Architecture,
): { readonly setup: DataSetup | null; readonly notices: readonly Notice[] } {
  const notices: Notice[] = [];
  const setup = read(get, sizes, (error) => {
    const given = get(error.subject as DataKey) ?? '';
    const fallback =
      error.subject === 'data' ? 'Using the one example instead.' : 'Using the default instead.';
    notices.push({
      key: error.subject,
      given: given.length > 40 ? `${given.slice(0, 40)}…` : given,
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
