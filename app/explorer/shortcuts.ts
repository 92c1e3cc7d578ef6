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
  /** changes the model: inert when the store is not editable (an embed with edit=0) */
  readonly edits?: boolean;
}

const plain = (key: string) => (e: KeyboardEvent) =>
  e.key === key && !e.ctrlKey && !e.metaKey && !e.altKey;
const withMod = (key: string, shift: boolean) => (e: KeyboardEvent) =>
  (e.ctrlKey || e.metaKey) && e.shiftKey === shift && e.key.toLowerCase() === key;

/** Undo and redo, the same in every view that edits. */
const UNDO_REDO: readonly Shortcut[] = [
  {
    keys: 'Ctrl+Z',
    description: 'Undo the last edit',
    matches: withMod('z', false),
    run: (s) => s.undo(),
    edits: true,
  },
  {
    keys: 'Ctrl+Shift+Z or Ctrl+Y',
    description: 'Redo',
    matches: (e) => withMod('z', true)(e) || withMod('y', false)(e),
    run: (s) => s.redo(),
    edits: true,
  },
];

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
  ...UNDO_REDO,
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
  ...UNDO_REDO,
];

const inLesson = (s: AppState) => s.view === 'lesson' && s.lessonSlug !== null;
/** What steps: the playground's own step-through where it is open, else the explorer's. */
const stepper = (s: AppState) =>
  s.view === 'playground' && s.playgroundControl ? s.playgroundControl : s;
/** Space steps, as clickers send it, except on a button or link, where it presses that. */
const space = (e: KeyboardEvent) =>
  plain(' ')(e) &&
  !(e.target instanceof Element && e.target.closest('button, a[href], summary') !== null);

function toggleFullscreen(): void {
  // The Fullscreen API refuses without a user gesture or inside some frames: nothing to do then.
  try {
    const done = document.fullscreenElement
      ? document.exitFullscreen()
      : document.documentElement.requestFullscreen();
    done?.catch(() => undefined);
  } catch {
    /* unsupported */
  }
}

/**
 * Presenter mode: the keys a presentation clicker sends step forward and back —
 * through the lesson's pages in a lesson, through the computation elsewhere —
 * plus full screen, a blank screen and hiding the numbers while the class guesses.
 */
export const PRESENTER_SHORTCUTS: readonly Shortcut[] = [
  {
    keys: '→, PageDown or Space',
    description: 'Next step (in a lesson: the next page)',
    matches: (e) => unshifted('ArrowRight')(e) || plain('PageDown')(e) || space(e),
    run: (s) => (inLesson(s) ? s.nextLessonStep() : stepper(s).next()),
  },
  {
    keys: '← or PageUp',
    description: 'Previous step',
    matches: (e) => unshifted('ArrowLeft')(e) || plain('PageUp')(e),
    run: (s) => (inLesson(s) ? s.previousLessonStep() : stepper(s).previous()),
  },
  {
    keys: 'Home',
    description: 'First step',
    matches: plain('Home'),
    run: (s) => (inLesson(s) ? s.setLessonStep(0) : stepper(s).first()),
  },
  {
    keys: 'End',
    description: 'Last step',
    matches: plain('End'),
    run: (s) => (inLesson(s) ? s.setLessonStep(s.lessonStepCount - 1) : stepper(s).last()),
  },
  {
    keys: 'Shift+→',
    description: 'In a lesson: next step of the computation beside the text',
    matches: shifted('ArrowRight'),
    run: (s) => s.next(),
  },
  {
    keys: 'Shift+←',
    description: 'In a lesson: previous step of the computation',
    matches: shifted('ArrowLeft'),
    run: (s) => s.previous(),
  },
  {
    keys: 'F',
    description: 'Full screen on or off',
    matches: (e) => plain('f')(e) || plain('F')(e),
    run: () => toggleFullscreen(),
  },
  {
    keys: 'B',
    description: 'Blank the screen (any key or click brings it back)',
    matches: (e) => plain('b')(e) || plain('B')(e),
    run: (s) => s.setBlank(true),
  },
  {
    keys: 'H',
    description: 'Hide or show every number (ask the class first)',
    matches: (e) => plain('h')(e) || plain('H')(e),
    run: (s) => s.setValuesHidden(!s.valuesHidden),
  },
];

/**
 * The shortcuts in force: presenter mode has its own; otherwise the lesson player
 * has its own, and the other pages the explorer's.
 */
export function shortcutsFor(
  view: AppState['view'],
  present: AppState['present'] = 'off',
): readonly Shortcut[] {
  if (present !== 'off') return PRESENTER_SHORTCUTS;
  return view === 'lesson' ? LESSON_SHORTCUTS : EXPLORER_SHORTCUTS;
}

/** The keys a place marked data-own-keys="arrows" (the network diagram) moves around with. */
const MOVE_KEYS = [
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
  'PageUp',
  'PageDown',
];

/**
 * Whether the event comes from a place where keys mean text or their own control.
 * A control marked data-arrows="vertical" claims only ↑/↓, so ←/→ still step
 * while it has the focus; a place marked data-own-keys="arrows" claims the keys
 * that move (arrows, Home, End, Page Up/Down) and leaves the others (P, Ctrl+Z, ?).
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
    if (owner?.getAttribute('data-own-keys') === 'arrows') {
      return key !== undefined && MOVE_KEYS.includes(key);
    }
    return owner !== null;
  }
  const type = (target as HTMLInputElement).type;
  return !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(type);
}

/** Runs the first matching shortcut; returns whether one ran. */
export function handleShortcut(event: KeyboardEvent, state: AppState): boolean {
  if (event.defaultPrevented || isTypingTarget(event.target, event.key)) return false;
  const shortcut = shortcutsFor(state.view, state.present).find(
    (s) => s.matches(event) && (state.editable || s.edits !== true),
  );
  if (!shortcut) return false;
  event.preventDefault();
  shortcut.run(state);
  return true;
}
