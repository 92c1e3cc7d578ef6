import { PanelSection } from '../explorer/panel-registry';
import { useAppStore } from '../store/context';

/**
 * The network's numbers and settings, editable from the lectern, and with a
 * dataset its rows and batching: the audience's window follows every change
 * (and this one follows theirs). Folded away until asked for, so the notes keep
 * the screen.
 */
export function SpeakerTools() {
  const hasData = useAppStore((s) => s.data !== null);
  return (
    <details className="speaker-tools">
      <summary className="speaker-label">Numbers and settings</summary>
      <div className="speaker-tools-body">
        <PanelSection id="params" />
        <PanelSection id="settings" />
        {hasData && <PanelSection id="data" />}
      </div>
    </details>
  );
}
