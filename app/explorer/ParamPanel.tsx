/** Placeholder: being built. */
export function ParamPanel() {
  return <p className="placeholder">ParamPanel</p>;
}
