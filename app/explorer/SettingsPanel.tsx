/** Placeholder: being built. */
export function SettingsPanel() {
  return <p className="placeholder">SettingsPanel</p>;
}
