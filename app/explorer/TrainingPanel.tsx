/** Placeholder: being built. */
export function TrainingPanel() {
  return <p className="placeholder">TrainingPanel</p>;
}
