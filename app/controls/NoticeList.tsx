import { useAppStore } from '../store/context';

/** What the app refused and what it used instead. Polite: it never steals focus. */
export function NoticeList() {
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.length > 0 && (
        <ul>
          {notices.map((notice) => (
            <li key={notice.key} className="notice" data-notice={notice.key}>
              <span>
                <strong>{notice.key}</strong>
                {notice.given !== '' && <> = “{notice.given}”</>}: {notice.message}
              </span>
              <button type="button" className="link-button" onClick={() => dismiss(notice.key)}>
                Dismiss<span className="visually-hidden"> notice about {notice.key}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
