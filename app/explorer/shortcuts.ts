/**
 * Keyboard shortcuts of the explorer, in one registry so the help overlay lists
 * exactly what the handler does. None fires while the user types in a field.
 */
import type { AppState } from '../store/app-store';

export interface Shortcut {
  /** as shown in the help overlay */
  readonly keys: string;
  readonly description: string;
  readonly matches: (event: KeyboardEvent) => boolean;
  readonly run: (state: AppState) => void;
}

const plain = (key: string) => (e: KeyboardEvent) =>
  e.key === key && !e.ctrlKey && !e.metaKey && !e.altKey;
const withMod = (key: string, shift: boolean) => (e: KeyboardEvent) =>
  (e.ctrlKey || e.metaKey) && e.shiftKey === shift && e.key.toLowerCase() === key;

export const EXPLORER_SHORTCUTS: readonly Shortcut[] = [
  { keys: '→', description: 'Next step', matches: plain('ArrowRight'), run: (s) => s.next() },
  {
    keys: '←',
    description: 'Previous step',
    matches: plain('ArrowLeft'),
    run: (s) => s.previous(),
  },
  { keys: 'Home', description: 'First step', matches: plain('Home'), run: (s) => s.first() },
  { keys: 'End', description: 'Last step', matches: plain('End'), run: (s) => s.last() },
  {
    keys: 'P',
    description: 'Play or pause the step-through',
    matches: (e) => plain('p')(e) || plain('P')(e),
    run: (s) => s.setPlaying(!s.playing),
  },
  {
    keys: 'Ctrl+Z',
    description: 'Undo the last edit',
    matches: withMod('z', false),
    run: (s) => s.undo(),
  },
  {
    keys: 'Ctrl+Shift+Z or Ctrl+Y',
    description: 'Redo',
    matches: (e) => withMod('z', true)(e) || withMod('y', false)(e),
    run: (s) => s.redo(),
  },
];

const shifted = (key: string) => (e: KeyboardEvent) =>
  e.key === key && e.shiftKey && !e.ctrlKey && !e.metaKey && !e.altKey;
const unshifted = (key: string) => (e: KeyboardEvent) => plain(key)(e) && !e.shiftKey;

/**
 * In a lesson, ← and → (and PageUp/PageDown, which presenter remotes send) move
 * through the lesson's steps; the explorer's own step-through beside the text moves
 * with Shift+← and Shift+→. One rule, so the two never fight over a key.
 */
export const LESSON_SHORTCUTS: readonly Shortcut[] = [
  {
    keys: '→ or PageDown',
    description: 'Next lesson step',
    matches: (e) => unshifted('ArrowRight')(e) || plain('PageDown')(e),
    run: (s) => s.nextLessonStep(),
  },
  {
    keys: '← or PageUp',
    description: 'Previous lesson step',
    matches: (e) => unshifted('ArrowLeft')(e) || plain('PageUp')(e),
    run: (s) => s.previousLessonStep(),
  },
  {
    keys: 'Shift+→',
    description: 'Next step of the computation (the explorer beside the text)',
    matches: shifted('ArrowRight'),
    run: (s) => s.next(),
  },
  {
    keys: 'Shift+←',
    description: 'Previous step of the computation',
    matches: shifted('ArrowLeft'),
    run: (s) => s.previous(),
  },
  {
    keys: 'Ctrl+Z',
    description: 'Undo the last edit',
    matches: withMod('z', false),
    run: (s) => s.undo(),
  },
  {
    keys: 'Ctrl+Shift+Z or Ctrl+Y',
    description: 'Redo',
    matches: (e) => withMod('z', true)(e) || withMod('y', false)(e),
    run: (s) => s.redo(),
  },
];

/** The shortcuts in force in a view: the lesson player has its own; the other pages the explorer's. */
export function shortcutsFor(view: AppState['view']): readonly Shortcut[] {
  return view === 'lesson' ? LESSON_SHORTCUTS : EXPLORER_SHORTCUTS;
}

/**
 * Whether the event comes from a place where keys mean text or their own control.
 * A control marked data-arrows="vertical" (a value label on the network diagram)
 * claims only ↑/↓, so ←/→ still step while it has the focus.
 */
export function isTypingTarget(target: EventTarget | null, key?: string): boolean {
  // Element, not HTMLElement: the diagram's controls are SVG elements.
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') {
    const owner = target.closest('[role="slider"], [role="spinbutton"], [data-own-keys]');
    if (owner?.getAttribute('data-arrows') === 'vertical') {
      return key === 'ArrowUp' || key === 'ArrowDown';
    }
    return owner !== null;
  }
  const type = (target as HTMLInputElement).type;
  return !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(type);
}

/** Runs the first matching shortcut; returns whether one ran. */
export function handleShortcut(event: KeyboardEvent, state: AppState): boolean {
  if (event.defaultPrevented || isTypingTarget(event.target, event.key)) return false;
  const shortcut = shortcutsFor(state.view).find((s) => s.matches(event));
  if (!shortcut) return false;
  event.preventDefault();
  shortcut.run(state);
  return true;
}
