import { describe, expect, it } from 'vitest';
import { defaultParams, DEFAULT_SETTINGS, paramIds } from '../engine/model';
import { computeTrace } from '../engine/trace';
import { entrySubject } from './entry-subject';

const traceOf = (sizes: number[]) =>
  computeTrace({
    sizes,
    params: defaultParams(sizes),
    settings: { ...DEFAULT_SETTINGS, biases: 'learned' },
  });

describe('what a trace entry is about', () => {
  it('reads the article’s ids', () => {
    const byId = new Map(traceOf([2, 2, 2]).entries.map((e) => [e.id, e]));
    const subject = (id: string) => entrySubject(byId.get(id)!);
    expect(subject('net_h1')).toEqual({ neuron: 'h1' });
    expect(subject('dE_dout_h1_via_o2')).toEqual({ neuron: 'h1', via: 'o2' });
    expect(subject('dout_o1_dnet_o1')).toEqual({ neuron: 'o1' });
    expect(subject('dnet_o1_dw5')).toEqual({ neuron: 'o1', parameter: 'w5' });
    expect(subject('dE_db1')).toEqual({ parameter: 'b1' });
    expect(subject('w5_new')).toEqual({ parameter: 'w5' });
    expect(subject('E_total')).toEqual({});
  });

  it('names only neurons and parameters of the network, in any architecture', () => {
    for (const sizes of [
      [2, 3, 2],
      [3, 4, 3, 2],
      [1, 1, 1],
      [6, 6, 6, 6, 6],
    ]) {
      const trace = traceOf(sizes);
      const neurons = new Set(trace.names.neurons.flat());
      const params = new Set(paramIds(trace.names));
      for (const entry of trace.entries) {
        const { neuron, via, parameter } = entrySubject(entry);
        if (neuron !== undefined) expect(neurons, entry.id).toContain(neuron);
        if (via !== undefined) expect(neurons, entry.id).toContain(via);
        if (parameter !== undefined) expect(params, entry.id).toContain(parameter);
        // Every entry but the two totals is about something.
        if (entry.kind !== 'total-error' && entry.kind !== 'error-after-update')
          expect(neuron ?? parameter, entry.id).toBeTruthy();
      }
    }
  });
});
