import { useAppStore } from '../store/context';

/** A new version is ready: offered, never forced — the learner reloads when it suits them. */
export function UpdateBanner() {
  const apply = useAppStore((s) => s.newVersion);
  const offer = useAppStore((s) => s.offerNewVersion);
  return (
    <div className="update-banner-region" role="status" aria-live="polite">
      {apply && (
        <p className="notice update-banner" data-update-ready="">
          <span>A new version of Backprop Lab is ready. Your progress and place are kept.</span>
          <button type="button" onClick={apply}>
            Reload
          </button>
          <button type="button" className="link-button" onClick={() => offer(null)}>
            Later
          </button>
        </p>
      )}
    </div>
  );
}
