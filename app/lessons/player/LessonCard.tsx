import { lessonSummary, type Progress } from '../progress';
import type { LessonMeta } from '../schema';
import { LessonLink } from './LessonLink';

interface LessonCardProps {
  readonly meta: LessonMeta;
  readonly progress: Progress;
  /** every lesson's title by slug, to name the prerequisites */
  readonly titles: ReadonlyMap<string, string>;
}

/** One lesson in the index: what it is, how long, what comes first, how far the learner got. */
export function LessonCard({ meta, progress, titles }: LessonCardProps) {
  const summary = lessonSummary(progress, meta);
  const action = summary.complete ? 'Review' : summary.started ? 'Continue' : 'Start';
  const titleId = `lesson-card-${meta.slug}`;
  return (
    <li className="lesson-card" data-lesson={meta.slug} aria-labelledby={titleId}>
      <p className="lesson-card-order" aria-hidden="true">
        {meta.order}
      </p>
      <h2 id={titleId} className="lesson-card-title">
        {meta.title}
      </h2>
      <div className="lesson-card-body">
        <p className="lesson-card-summary">{meta.summary}</p>
        <p className="lesson-card-facts">
          <span>{meta.minutes} min</span>
          <span>
            {meta.stepCount} {meta.stepCount === 1 ? 'step' : 'steps'}
          </span>
          {meta.prerequisites.length > 0 && (
            <span>
              After{' '}
              {meta.prerequisites.map((slug, k) => (
                <span key={slug}>
                  {k > 0 && ', '}
                  <LessonLink slug={slug}>{titles.get(slug) ?? slug}</LessonLink>
                </span>
              ))}
            </span>
          )}
        </p>
        <div className="lesson-card-progress">
          <progress
            max={meta.stepCount}
            value={summary.visited}
            aria-label={`Progress in ${meta.title}`}
          />
          <span className="lesson-card-progress-text">
            {summary.visited} of {meta.stepCount} steps seen
            {summary.answered > 0 &&
              ` · ${summary.answered} ${summary.answered === 1 ? 'check' : 'checks'} answered`}
          </span>
        </div>
      </div>
      <LessonLink className="button lesson-card-open" slug={meta.slug} step={summary.resumeAt}>
        {action}
        <span className="visually-hidden">: {meta.title}</span>
      </LessonLink>
    </li>
  );
}
