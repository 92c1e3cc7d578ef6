/** Placeholder: being built. */
export function FormulaPanel() {
  return <p className="placeholder">FormulaPanel</p>;
}
