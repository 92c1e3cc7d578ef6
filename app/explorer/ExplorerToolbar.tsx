import { lazy, Suspense, useState } from 'react';
import { useAppStore, useAppStoreApi } from '../store/context';
import { HelpDialog } from './HelpDialog';

// Built on demand: most visits never open it.
const ShareDialog = lazy(() => import('./ShareDialog').then((m) => ({ default: m.ShareDialog })));

/** Undo, redo, reset, a link to this moment, and the keyboard help. */
export function ExplorerToolbar() {
  const store = useAppStoreApi();
  const canUndo = useAppStore((s) => s.past.length > 0);
  const canRedo = useAppStore((s) => s.future.length > 0);
  const presenting = useAppStore((s) => s.present === 'audience');
  const [copied, setCopied] = useState('');
  const [helpOpen, setHelpOpen] = useState(false);
  const [shareOpen, setShareOpen] = useState(false);
  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied('Link copied');
    } catch {
      setCopied('Copy the address bar: the link is there');
    }
    setTimeout(() => setCopied(''), 2500);
  };
  return (
    <div className="toolbar" role="toolbar" aria-label="Network edits">
      <button
        type="button"
        className="tool"
        disabled={!canUndo}
        onClick={() => store.getState().undo()}
        aria-keyshortcuts="Control+Z"
      >
        Undo
      </button>
      <button
        type="button"
        className="tool"
        disabled={!canRedo}
        onClick={() => store.getState().redo()}
        aria-keyshortcuts="Control+Shift+Z"
      >
        Redo
      </button>
      <button type="button" className="tool" onClick={() => store.getState().reset()}>
        Reset to the article
      </button>
      <button type="button" className="tool" onClick={copyLink}>
        Copy link
      </button>
      <button type="button" className="tool" onClick={() => setShareOpen(true)}>
        Share / embed
      </button>
      {/* Presenter mode has the keys' help in its own bar. */}
      {!presenting && (
        <button
          type="button"
          className="tool"
          onClick={() => setHelpOpen(true)}
          aria-keyshortcuts="?"
        >
          Keys
        </button>
      )}
      <span className="toolbar-status" role="status">
        {copied}
      </span>
      {shareOpen && (
        <Suspense fallback={null}>
          <ShareDialog onClose={() => setShareOpen(false)} />
        </Suspense>
      )}
      {!presenting && (
        <HelpDialog
          open={helpOpen}
          onClose={() => setHelpOpen(false)}
          onOpen={() => setHelpOpen(true)}
        />
      )}
    </div>
  );
}
