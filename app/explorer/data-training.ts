/**
 * Training on the dataset's batches, as the Data panel runs it: whole epochs
 * from the current model, installed as one edit (one undo step), the loss history
 * the mean error over every row after each epoch (each update's own error is on
 * its own batch, so only whole epochs compare).
 */
import { trainBatches, type BatchTrainResult } from '../engine/batch';
import type { AppStore } from '../store/app-store';
import { dataMismatch } from '../store/data-slice';

export function trainEpochs(store: AppStore, epochs: number): BatchTrainResult | null {
  const { data, model, setModel, recordLosses } = store.getState();
  if (!data || dataMismatch(data, model.sizes) !== null) return null;
  const result = trainBatches(model, data.dataset, data.batch, epochs);
  if (result.updates === 0) return result;
  if (!setModel({ ...model, params: result.params })) return null;
  recordLosses(result.lossPerEpoch[0]!, result.lossPerEpoch.subarray(1));
  return result;
}
