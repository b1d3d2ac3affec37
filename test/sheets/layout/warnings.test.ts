import { analyzeSession } from '../../../src/domain/analysis';
import { values } from '../../../src/sheets/block';
import { warningsBlock } from '../../../src/sheets/layout/summaryBlocks';
import { buildScorecard, buildSession, buildSubmissions } from '../../fixtures/calibration';

describe('the Summary block "Before trusting the numbers"', () => {
  const session = buildSession({ evaluators: 3, calls: 2, scorecard: buildScorecard(4) });

  it('says so when there is nothing to flag, rather than showing an empty heading', () => {
    const analysis = analyzeSession({ session, submissions: buildSubmissions(session), finals: [] });
    expect(analysis.warnings).toEqual([]);
    expect(values(warningsBlock(analysis)).flat()).toContain(
      'Nothing to flag: every evaluator scored every call, and every call has a calibrated score.',
    );
  });

  it('lists the analysis warnings when there are some', () => {
    const submissions = buildSubmissions(session).filter((s) => s.evaluatorId !== session.evaluators[0].id);
    const analysis = analyzeSession({ session, submissions, finals: [] });
    expect(analysis.warnings.length).toBeGreaterThan(0);
    expect(values(warningsBlock(analysis)).flat()).toEqual(expect.arrayContaining(analysis.warnings));
  });
});
