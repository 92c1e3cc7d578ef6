import { Tex } from '../../formulas/Tex';
import { LiveCell } from './LiveCell';

export interface MatrixCellSpec {
  /** a trace quantity or a parameter id */
  readonly quantity?: string;
  readonly param?: string;
  /** its scalar symbol in TeX (w_{5}, \delta_{o1}), shown when names are on */
  readonly symbol: string;
}

interface MatrixBlockProps {
  /** TeX: W^{[2]} */
  readonly label: string;
  /** for screen readers: "W2" */
  readonly name: string;
  readonly rows: readonly (readonly MatrixCellSpec[])[];
  readonly showSymbols: boolean;
}

/**
 * A matrix in brackets, each cell a live number (and, on request, the scalar it
 * is), with its name and its shape (rows × columns) beside it.
 */
export function MatrixBlock({ label, name, rows, showSymbols }: MatrixBlockProps) {
  const shape = `${rows.length}×${rows[0]?.length ?? 0}`;
  return (
    <figure className="mx-block">
      <figcaption className="mx-caption">
        <Tex tex={label} />
        <span className="mx-shape">
          <span className="visually-hidden">shape </span>
          {shape}
        </span>
      </figcaption>
      <span className="mx-brackets">
        <table className="mx-table" aria-label={`${name}, ${shape.replace('×', ' by ')}`}>
          <tbody>
            {rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => (
                  <td key={c} className="mx-cell">
                    {showSymbols && (
                      <span className="mx-symbol">
                        <Tex tex={cell.symbol} />
                      </span>
                    )}
                    {cell.quantity !== undefined ? (
                      <LiveCell quantity={cell.quantity} />
                    ) : (
                      <LiveCell param={cell.param ?? ''} />
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </span>
    </figure>
  );
}
