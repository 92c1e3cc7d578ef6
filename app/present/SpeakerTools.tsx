import { PanelSection } from '../explorer/panel-registry';

/**
 * The network's numbers and settings, editable from the lectern: the audience's
 * window follows every change (and this one follows theirs). Folded away until
 * asked for, so the notes keep the screen.
 */
export function SpeakerTools() {
  return (
    <details className="speaker-tools">
      <summary className="speaker-label">Numbers and settings</summary>
      <div className="speaker-tools-body">
        <PanelSection id="params" />
        <PanelSection id="settings" />
      </div>
    </details>
  );
}
