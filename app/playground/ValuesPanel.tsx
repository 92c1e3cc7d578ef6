import { useId } from 'react';
import { ExpressionLeafField } from '../graph/ExpressionLeafField';
import { usePlayground, usePlaygroundApi } from './context';

function LeafRow({ leaf, editable }: { readonly leaf: string; readonly editable: boolean }) {
  const store = usePlaygroundApi();
  const value = usePlayground((s) => s.trace.leaves[leaf]!);
  const error = usePlayground((s) => s.leafErrors[leaf]);
  const output = usePlayground((s) => s.trace.graph.output);
  const errorId = useId();
  return (
    <tr>
      <th scope="row">{leaf}</th>
      <td className="pg-leaf">
        {editable ? (
          <ExpressionLeafField
            leaf={leaf}
            value={value}
            error={error}
            errorId={errorId}
            style={{}}
            onValue={(next) => store.getState().setLeaf(leaf, next)}
            onError={(message) =>
              message === undefined
                ? store.getState().clearLeafError(leaf)
                : store.setState({
                    leafErrors: { ...store.getState().leafErrors, [leaf]: message },
                  })
            }
          />
        ) : (
          <span data-pg="" data-leaf={leaf} />
        )}
        {error !== undefined && (
          <p id={errorId} className="field-error" role="alert">
            {error}
          </p>
        )}
      </td>
      <td>
        <span className="visually-hidden">
          ∂{output}/∂{leaf} ={' '}
        </span>
        <span className="pg-number" data-pg="" data-quantity={`d${output}_d${leaf}`} />
      </td>
    </tr>
  );
}

/**
 * Every leaf with its value, editable (type, ↑/↓: 0.1, Shift 1, Alt 0.01), and
 * its gradient; the output's value above them. The table is also what a screen
 * reader reads for the graph's numbers.
 */
export function ValuesPanel({ editable }: { readonly editable: boolean }) {
  const leaves = usePlayground((s) => s.trace.graph.leaves);
  const output = usePlayground((s) => s.trace.graph.output);
  const captionId = useId();
  return (
    <div className="pg-values">
      <p className="pg-output-value">
        {output} = <span className="pg-number" data-pg="" data-quantity={output} />
      </p>
      <table className="pg-values-table" aria-labelledby={captionId}>
        <caption id={captionId}>Leaves, their values and gradients</caption>
        <thead>
          <tr>
            <th scope="col">Leaf</th>
            <th scope="col">Value</th>
            <th scope="col">∂{output}/∂leaf</th>
          </tr>
        </thead>
        <tbody>
          {leaves.map((leaf) => (
            <LeafRow key={leaf} leaf={leaf} editable={editable} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
