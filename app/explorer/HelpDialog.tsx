import { useEffect, useRef } from 'react';
import { DIAGRAM_KEYS } from '../graph/graph-nav';
import { useAppStore } from '../store/context';
import { isTypingTarget, shortcutsFor } from './shortcuts';
import { KeyRows } from './KeyRows';

interface HelpDialogProps {
  readonly open: boolean;
  readonly onOpen: () => void;
  readonly onClose: () => void;
}

/** The keyboard help, opened by the Keys button or by pressing ?. A native modal dialog: Escape closes it, focus returns. */
export function HelpDialog({ open, onOpen, onClose }: HelpDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const view = useAppStore((s) => s.view);
  const present = useAppStore((s) => s.present);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      // A modal dialog focuses its first control, here the Close button at its foot, and
      // scrolls there: start the reader at the top, on the title, instead.
      element.querySelector<HTMLElement>('#help-title')?.focus();
      element.scrollTop = 0;
    }
    if (!open && element.open) element.close();
  }, [open]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === '?' && !isTypingTarget(event.target)) {
        event.preventDefault();
        onOpen();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onOpen]);
  return (
    <dialog ref={dialog} className="help-dialog" aria-labelledby="help-title" onClose={onClose}>
      <h2 id="help-title" tabIndex={-1}>
        Keyboard
      </h2>
      <table>
        <tbody>
          <KeyRows keys={shortcutsFor(view, present)} />
          <tr>
            <th scope="row">
              <kbd>↑</kbd> <kbd>↓</kbd>
            </th>
            <td>
              In a number field or the diagram’s value editor: nudge the value (Shift for larger
              steps)
            </td>
          </tr>
          <tr>
            <th scope="row">
              <kbd>?</kbd>
            </th>
            <td>This help</td>
          </tr>
        </tbody>
      </table>
      <h3 id="help-diagram">Network diagram</h3>
      <table aria-labelledby="help-diagram">
        <tbody>
          <KeyRows keys={DIAGRAM_KEYS} />
        </tbody>
      </table>
      {present !== 'off' && (
        <p>
          Presenter mode: a clicker’s page keys step. The speaker view shares everything with this
          window (numbers, settings, step, blank screen, hidden numbers), and either one drives.
        </p>
      )}
      {view === 'lesson' && present === 'off' && (
        <p>
          In a lesson, <kbd>←</kbd> <kbd>→</kbd> turn the lesson’s pages; hold <kbd>Shift</kbd> to
          step through the computation instead.
        </p>
      )}
      <p>Step keys do nothing while you type in a field; press Escape or Tab to leave it.</p>
      <form method="dialog">
        <button type="submit" className="button">
          Close
        </button>
      </form>
    </dialog>
  );
}
