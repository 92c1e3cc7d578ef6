import { useState } from 'react';
import { HelpDialog } from '../../explorer/HelpDialog';
import { useAppStoreApi } from '../../store/context';
import { PracticeBar } from './PracticeBar';

interface LessonBarProps {
  readonly title: string;
  /** whether to offer practice numbers (they change the network, not a widget) */
  readonly practice: boolean;
}

/** The lesson's title, the way back to the index, practice numbers and the keyboard help. */
export function LessonBar({ title, practice }: LessonBarProps) {
  const store = useAppStoreApi();
  const [helpOpen, setHelpOpen] = useState(false);
  return (
    <div className="lesson-bar">
      <a
        className="lesson-back"
        href="?view=lessons"
        onClick={(event) => {
          event.preventDefault();
          store.getState().setView('lessons');
        }}
      >
        <span aria-hidden="true">← </span>All lessons
      </a>
      <h1 className="lesson-title">{title}</h1>
      <div className="lesson-tools">
        {practice && <PracticeBar />}
        <button
          type="button"
          className="tool"
          onClick={() => setHelpOpen(true)}
          aria-keyshortcuts="?"
        >
          Keys
        </button>
      </div>
      <HelpDialog
        open={helpOpen}
        onOpen={() => setHelpOpen(true)}
        onClose={() => setHelpOpen(false)}
      />
    </div>
  );
}
