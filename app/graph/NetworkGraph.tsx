/** Placeholder: being built. */
export function NetworkGraph() {
  return <p className="placeholder">NetworkGraph</p>;
}
