/** Placeholder: being built. */
export function Stepper() {
  return <p className="placeholder">Stepper</p>;
}
