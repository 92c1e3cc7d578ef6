/**
 * The widget's height, for the host's auto-size: reported once the content has
 * settled, then at each change. A widget that reported every intermediate height
 * while its formulas and fonts arrive would have its iframe resized several times
 * in the first second, each resize moving the host's page under its reader.
 *
 * "Settled" means nothing is still on its way: no formula waiting for its HTML
 * (data-tex-loading), no part still loading (aria-busy), no font loading. A part
 * that never arrives (a chunk that failed to load) must not keep the host's
 * iframe at its first size forever, so after SETTLE_TIMEOUT_MS the height is
 * reported as it is.
 */
export const SETTLE_TIMEOUT_MS = 10_000;

const LOADING = '[data-tex-loading], [aria-busy="true"]';

function stillLoading(content: HTMLElement): boolean {
  if (content.querySelector(LOADING) !== null) return true;
  return typeof document.fonts !== 'undefined' && document.fonts.status === 'loading';
}

/** Calls `report` with the content's height (whole CSS pixels); returns the function that stops watching. */
export function watchContentHeight(
  content: HTMLElement,
  report: (height: number) => void,
): () => void {
  let settled = false;
  let reported = -1;
  let frame = 0;
  const started = performance.now();

  const check = () => {
    frame = 0;
    // Measuring first lays the page out, which is what starts the loading of any font it needs.
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (!settled) {
      if (stillLoading(content) && performance.now() - started < SETTLE_TIMEOUT_MS) return;
      settled = true;
      mutations.disconnect();
      clearTimeout(timeout);
    }
    if (height !== reported) {
      reported = height;
      report(height);
    }
  };
  // Many changes in one frame (a drag, a panel opening) make one report.
  const schedule = () => {
    if (frame === 0) frame = requestAnimationFrame(check);
  };

  const sizes = new ResizeObserver(schedule);
  sizes.observe(content);
  // Until settled, a formula or part can arrive without changing the height: look again then.
  const mutations = new MutationObserver(schedule);
  mutations.observe(content, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-tex-loading', 'aria-busy'],
  });
  document.fonts?.addEventListener('loadingdone', schedule);
  const timeout = setTimeout(schedule, SETTLE_TIMEOUT_MS);

  return () => {
    sizes.disconnect();
    mutations.disconnect();
    document.fonts?.removeEventListener('loadingdone', schedule);
    clearTimeout(timeout);
    cancelAnimationFrame(frame);
  };
}
