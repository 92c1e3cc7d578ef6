import { useId } from 'react';
import { MAX_FORMULA_LENGTH } from '../engine/expr-parse';
import { usePlayground, usePlaygroundApi } from './context';

/**
 * The formula, typed. The graph follows each keystroke that makes a formula;
 * text that does not is said to be wrong on Enter or on leaving the field —
 * what was expected and at which character — and the last good graph stays.
 */
export function FormulaField({ editable }: { readonly editable: boolean }) {
  const store = usePlaygroundApi();
  const draft = usePlayground((s) => s.draft);
  const error = usePlayground((s) => s.formulaError);
  const id = useId();
  const errorId = `${id}-error`;
  const helpId = `${id}-help`;
  const at = error?.position ?? null;
  return (
    <div className="pg-formula-field" data-invalid={error ? '' : undefined}>
      <label htmlFor={id} className="pg-formula-label">
        Formula <span aria-hidden="true">f =</span>
      </label>
      <input
        id={id}
        className="pg-formula-input"
        type="text"
        value={draft}
        readOnly={!editable}
        maxLength={MAX_FORMULA_LENGTH + 100}
        spellCheck={false}
        autoComplete="off"
        autoCapitalize="off"
        aria-invalid={error !== null}
        aria-describedby={error ? `${errorId} ${helpId}` : helpId}
        onChange={(event) => store.getState().setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            store.getState().commitDraft();
          } else if (event.key === 'Escape' && draft !== store.getState().trace.graph.formula) {
            event.preventDefault();
            store.getState().setDraft(store.getState().trace.graph.formula);
          }
        }}
        onBlur={() => store.getState().commitDraft()}
      />
      <p id={helpId} className="pg-formula-help">
        Numbers, variables (x, w0), + − * / ^, parentheses, and sigmoid tanh relu exp log sin cos
        sqrt abs. Enter checks it; Escape goes back to the graph’s formula.
      </p>
      {error && (
        <div id={errorId} className="pg-formula-error" role="alert">
          <p className="field-error">
            {error.message}. The graph shows the last formula that worked.
          </p>
          {at !== null && at >= 1 && at <= draft.length + 1 && (
            <p className="pg-formula-where" aria-hidden="true">
              <code>
                {draft.slice(0, at - 1)}
                <mark>{draft.slice(at - 1, at) || ' '}</mark>
                {draft.slice(at)}
              </code>
            </p>
          )}
        </div>
      )}
    </div>
  );
}
