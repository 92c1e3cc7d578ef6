/**
 * What a trace entry is about — its neuron, the neuron whose path it follows,
 * its parameter — as the engine records it on the entry (trace-types.ts), in
 * the shape the views read: absent rather than null.
 */
import type { TraceEntry } from '../engine/trace';

export interface EntrySubject {
  /** the neuron the quantity belongs to: 'h1' for net_h1, delta_h1, dE_dout_h1_via_o2 */
  readonly neuron?: string;
  /** the neuron a path comes through: 'o2' for dE_dout_h1_via_o2 */
  readonly via?: string;
  /** the parameter it is about: 'w5' for dE_dw5, dnet_o1_dw5, w5_new; 'b_h1' for dE_db_h1 */
  readonly parameter?: string;
}

export type SubjectEntry = Pick<TraceEntry, 'neuron' | 'via' | 'parameter'>;

export function entrySubject(entry: SubjectEntry): EntrySubject {
  return {
    ...(entry.neuron !== null && { neuron: entry.neuron }),
    ...(entry.via !== null && { via: entry.via }),
    ...(entry.parameter !== null && { parameter: entry.parameter }),
  };
}
