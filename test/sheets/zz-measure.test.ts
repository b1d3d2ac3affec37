import { analyzeSession } from '../../src/domain/analysis';
import { buildScorecard, buildSubmissions } from '../fixtures/calibration';
import { presetSession, setUp } from './harness';
it('measure', () => {
  const h = setUp();
  const session = presetSession({ evaluators: 20, calls: 10, scorecard: buildScorecard(60) });
  const t = Date.now();
  h.workbook.setUpSession(session, []);
  const rev = { ...session, status: 'revealed' as const };
  const subs = buildSubmissions(session);
  const a = analyzeSession({ session: rev, submissions: subs });
  const m = h.env.calls.mark();
  h.workbook.revealEvaluatorTabs(rev, subs);
  h.workbook.writeSummary(rev, a, null);
  process.stdout.write(`\nlarge reveal+summary ${h.env.calls.total(m)} in ${Date.now() - t} ms\n`);
  h.teardown();
});
