/**
 * What a trace entry is about — its neuron, the neuron whose path it follows,
 * its parameter — read once, here, from its kind. The entry says what it is
 * (kind, layer); its id says whom, in a pattern fixed per kind (trace.ts), so
 * this reads the id by its kind's pattern rather than guessing the kind from
 * the id. Names of any shape pass: h1_2, b_h1, w12.
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

const after = (id: string, prefix: string) =>
  id.startsWith(prefix) ? id.slice(prefix.length) : '';

export function entrySubject(entry: Pick<TraceEntry, 'id' | 'kind'>): EntrySubject {
  const { id } = entry;
  switch (entry.kind) {
    case 'weighted-sum':
      return { neuron: after(id, 'net_') };
    case 'activation':
      return { neuron: after(id, 'out_') };
    case 'output-error':
      return { neuron: after(id, 'E_') };
    case 'error-slope':
    case 'sum-of-paths':
      return { neuron: after(id, 'dE_dout_') };
    case 'path': {
      const [neuron = '', via = ''] = after(id, 'dE_dout_').split('_via_');
      return { neuron, via };
    }
    case 'activation-slope':
      return { neuron: after(id, 'dout_').split('_dnet_')[0] ?? '' };
    case 'delta':
      return { neuron: after(id, 'delta_') };
    case 'input': {
      // dnet_<neuron>_d<parameter>: no neuron name holds a 'd', so the last '_d' splits them.
      const rest = after(id, 'dnet_');
      const cut = rest.lastIndexOf('_d');
      return { neuron: rest.slice(0, cut), parameter: rest.slice(cut + 2) };
    }
    case 'weight-gradient':
    case 'bias-gradient':
      return { parameter: after(id, 'dE_d') };
    case 'update':
      return { parameter: id.endsWith('_new') ? id.slice(0, -'_new'.length) : '' };
    case 'total-error':
    case 'error-after-update':
      return {};
  }
}
