import { useEffect, useState } from 'react';
import { HelpDialog } from '../explorer/HelpDialog';
import type { AppState } from '../store/app-store';
import { useAppStore, useAppStoreApi } from '../store/context';
import { searchFor } from '../store/url-sync';
import { ToolButton } from '../ui/ToolButton';
import { useBlankKeys } from './use-blank-keys';

/** Classes on <html>: the presenter theme and type scale, hidden numbers, the tools opened. */
function useRootClass(name: string, on: boolean): void {
  useEffect(() => {
    document.documentElement.classList.toggle(name, on);
    return () => document.documentElement.classList.remove(name);
  }, [name, on]);
}

/** Opens the speaker's window on the same page and step (a second screen, or a second tab). */
function openSpeakerView(state: AppState): void {
  const search = searchFor({ ...state, present: 'speaker' });
  window.open(`${window.location.pathname}${search}`, 'backprop-lab-speaker', 'popup');
}

/**
 * Presenter mode around the audience's page: a minimal bar in place of the header,
 * large high-contrast type (present.css), the editing tools folded away until asked
 * for, a blank screen (B; any key or click returns), and the step kept in step with
 * the speaker view.
 */
export function PresenterShell() {
  const store = useAppStoreApi();
  const hidden = useAppStore((s) => s.valuesHidden);
  const blank = useAppStore((s) => s.blank);
  const view = useAppStore((s) => s.view);
  const [toolsOpen, setToolsOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  useRootClass('present', true);
  useRootClass('present-values-hidden', hidden);
  useRootClass('present-tools-open', toolsOpen);

  useBlankKeys(store);

  const state = store.getState();
  return (
    <>
      <header className="present-bar print-hidden" aria-label="Presenter">
        <span className="present-brand">Backprop Lab</span>
        <ToolButton expanded={toolsOpen} onClick={() => setToolsOpen(!toolsOpen)}>
          {toolsOpen ? 'Hide tools' : 'Tools'}
        </ToolButton>
        <ToolButton pressed={hidden} keys="H" onClick={() => state.setValuesHidden(!hidden)}>
          Hide numbers
        </ToolButton>
        <ToolButton onClick={() => openSpeakerView(store.getState())}>Speaker view</ToolButton>
        <ToolButton keys="B" onClick={() => state.setBlank(true)}>
          Blank
        </ToolButton>
        {/* A lesson's own bar has the keys' help; elsewhere it is here. */}
        {view !== 'lesson' && (
          <ToolButton keys="?" onClick={() => setHelpOpen(true)}>
            Keys
          </ToolButton>
        )}
        <ToolButton onClick={() => state.setPresent('off')}>Exit presenter mode</ToolButton>
      </header>
      {view !== 'lesson' && (
        <HelpDialog
          open={helpOpen}
          onOpen={() => setHelpOpen(true)}
          onClose={() => setHelpOpen(false)}
        />
      )}
      {blank && (
        <button
          type="button"
          className="present-blank"
          aria-label="Screen blanked: press any key or click to return"
          // The blank screen takes the focus, so the key or click that lifts it lands here.
          autoFocus
          onClick={() => state.setBlank(false)}
        />
      )}
    </>
  );
}
