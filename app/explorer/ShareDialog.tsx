import './share-dialog.css';
import { useEffect, useId, useRef, useState } from 'react';
import { PANEL_NAMES } from './panel-ids';
import { useAppStore } from '../store/context';
import { DEFAULT_PANELS, PANELS, THEMES, type Panel, type Theme } from './embed-options';
import { embedUrl, iframeSnippet } from './embed-snippet';

interface ShareDialogProps {
  readonly onClose: () => void;
}

/**
 * The iframe snippet for this moment (numbers, settings, step), with the widget's
 * options. Mounted only while open, so it follows the model only then.
 */
export function ShareDialog({ onClose }: ShareDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const model = useAppStore((s) => s.model);
  const step = useAppStore((s) => s.step);
  const [panels, setPanels] = useState<readonly Panel[]>(DEFAULT_PANELS);
  const [controls, setControls] = useState(true);
  const [theme, setTheme] = useState<Theme>('auto');
  const [copied, setCopied] = useState('');
  const codeId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  const snippet = iframeSnippet(
    embedUrl(window.location.origin, model, step, { panels, controls, theme }),
  );
  const toggle = (panel: Panel) =>
    setPanels((now) => (now.includes(panel) ? now.filter((p) => p !== panel) : [...now, panel]));
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied('Snippet copied');
    } catch {
      setCopied('Select the snippet and copy it');
    }
  };
  return (
    <dialog
      ref={dialog}
      className="help-dialog share-dialog"
      aria-labelledby="share-title"
      onClose={onClose}
    >
      <h2 id="share-title">Embed this network</h2>
      <fieldset>
        <legend>Panels</legend>
        {PANELS.map((panel) => (
          <label key={panel}>
            <input
              type="checkbox"
              checked={panels.includes(panel)}
              onChange={() => toggle(panel)}
            />{' '}
            {PANEL_NAMES[panel].label}
          </label>
        ))}
      </fieldset>
      <label>
        <input
          type="checkbox"
          checked={controls}
          onChange={(event) => setControls(event.target.checked)}
        />{' '}
        Step buttons
      </label>
      <fieldset>
        <legend>Theme</legend>
        {THEMES.map((choice) => (
          <label key={choice}>
            <input
              type="radio"
              name="share-theme"
              checked={theme === choice}
              onChange={() => setTheme(choice)}
            />{' '}
            {choice}
          </label>
        ))}
      </fieldset>
      <label htmlFor={codeId}>HTML to paste into your page</label>
      <textarea id={codeId} readOnly rows={5} value={snippet} spellCheck={false} />
      <div className="share-actions">
        <button type="button" className="tool" onClick={copy}>
          Copy snippet
        </button>
        <span role="status">{copied}</span>
        <button type="button" className="tool" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
