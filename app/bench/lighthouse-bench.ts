/**
 * `npm run bench:lighthouse`: Lighthouse alone (the explorer, a lesson and the
 * embed; desktop and mobile), on a fresh build unless --no-build --dist DIR.
 * Options: --lighthouse-runs N (default 3), --port N.
 */
import { chromiumPath, log, runSession } from './bench-session';
import { finish, readBrowserArgs } from './browser-bench';
import { lighthouseRows } from './lighthouse-runs';
import { budgetTable } from './report-table';

const args = readBrowserArgs();
const runs = Math.max(1, args.lighthouseRuns);

finish(
  runSession(args.session, async (session) => {
    const rows = await lighthouseRows(session.url, { chromePath: chromiumPath(), runs, log });
    if (session.stopping()) return 130;
    console.log(`\nLighthouse 12 (median of ${runs} runs)\n`);
    console.log(budgetTable(rows));
    return rows.some((r) => Number.isFinite(r.measured)) ? 0 : 1;
  }),
);
