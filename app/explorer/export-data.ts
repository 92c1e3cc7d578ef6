/**
 * What the export buttons save: the whole trace as the command-line sheet's
 * JSON or CSV (the same pure functions, so a download and `npm run sheet`
 * agree), file names, and the download itself.
 */
import { renderCsv, renderJson } from '../cli/formats';
import type { Trace } from '../engine/trace';

export const EXPORT_BASENAME = 'backprop-lab';

export interface ExportFile {
  readonly name: string;
  readonly type: string;
  readonly text: string;
}

/** {params, settings, quantities, steps: [{id, phase, value, symbol, formula, substituted, …}]} */
export function jsonExport(trace: Trace, digits: number): ExportFile {
  return {
    name: `${EXPORT_BASENAME}-values.json`,
    type: 'application/json',
    text: renderJson(trace, digits),
  };
}

/** One row per trace entry: id, phase, value (full precision), symbol, formula, substituted. */
export function csvExport(trace: Trace, digits: number): ExportFile {
  return {
    name: `${EXPORT_BASENAME}-values.csv`,
    type: 'text/csv',
    text: renderCsv(trace, digits),
  };
}

/** Saves a blob under a file name, as a link with `download` does. */
export function downloadBlob(blob: Blob, name: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The click has handed the blob to the download; free it once that has begun.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
