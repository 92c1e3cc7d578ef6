/** Placeholder: being built. */
export function CheckPanel() {
  return <p className="placeholder">CheckPanel</p>;
}
