import { analyzeSession, type SessionAnalysis } from '../../src/domain/analysis';
import type { Session, Submission } from '../../src/domain/schemas';
import { trendAcrossSessions, type CalibrationTrend } from '../../src/domain/trend';
import { sheet as scoreSheet } from '../fixtures/calibration';
import { presetSession, sheetsPerTest } from './harness';

const h = sheetsPerTest();

/** Three evaluators, two calls; e3 fails the first (critical?) criterion on call 1 and comments on it. */
function scenario(anonymous: boolean): { session: Session; submissions: Submission[]; analysis: SessionAnalysis } {
  const base = presetSession({ evaluators: 3, calls: 2, overrides: { options: { anonymousReveal: anonymous } } });
  const session: Session = { ...base, status: 'revealed', revealedAt: '2026-11-30T18:00:00.000Z' };
  const criteria = session.scorecard.sections.flatMap((s) => s.criteria);
  const top = Object.fromEntries(criteria.map((c) => [c.id, c.type === 'scale' ? c.max : c.type === 'points' ? c.maxPoints : 1]));
  const submissions: Submission[] = [];
  for (const call of session.calls) {
    for (const evaluator of session.evaluators) {
      const sheet = scoreSheet(session, evaluator.id, call.id, top);
      if (evaluator.id === 'e3' && call.id === 'c1') {
        sheet.answers[0] = {
          criterionId: criteria[0]!.id,
          value: criteria[0]!.type === 'scale' ? criteria[0]!.min : 0,
          comment: 'missed it',
        };
      }
      submissions.push(sheet);
    }
  }
  return { session, submissions, analysis: analyzeSession({ session, submissions }) };
}

function rowIndexOf(values: unknown[][], first: unknown): number {
  const index = values.findIndex((row) => row[0] === first);
  if (index === -1) throw new Error(`no row starting with ${String(first)}`);
  return index;
}

describe('the Summary after the reveal', () => {
  it('shows the call × criterion grid on its own tab in reveal order, anonymously, with consensus, final and flags', () => {
    const { session, analysis } = scenario(true);
    h.workbook.writeSummary(session, analysis, null);
    const answers = h.sheet('Answers');
    const header = answers.values[4]!;
    expect(header.slice(0, 8)).toEqual([
      'Call',
      'Criterion',
      'Critical',
      'Evaluator A',
      'Evaluator B',
      'Evaluator C',
      'Consensus',
      'Final',
    ]);
    expect(answers.values.flat()).not.toContain('Evaluator Person 1');
    expect(h.sheet('Summary').values.flat()).not.toContain('Evaluator Person 1');

    const item = analysis.calls[0]!.criteria[0]!;
    const criterion = session.scorecard.sections[0]!.criteria[0]!;
    const row = answers.values[5]!;
    const dissenter = 3 + analysis.revealOrder.indexOf('e3');
    const others = [0, 1, 2].map((i) => 3 + i).filter((column) => column !== dissenter);
    const [low, high] =
      criterion.type === 'yes-no' ? ['No', 'Yes'] : criterion.type === 'scale' ? [criterion.min, criterion.max] : [0, criterion.maxPoints];
    expect(row.slice(0, 2)).toEqual(['Call 1', criterion.question]);
    expect(row[dissenter]).toBe(low);
    for (const column of others) expect(row[column]).toBe(high);
    expect(answers.notes[5]![dissenter]).toBe('missed it');
    expect(row[6]).toBe(high); // consensus: two of three
    expect(row[9]).toBe(item.agreementPercent);
    expect(row[12]).toContain(item.disagreements.includes('critical-mismatch') ? 'critical mismatch' : 'split');
    // Only the dissenting cell is coloured, and Yes/No and numbers are centred alike.
    expect(answers.backgrounds[5]![dissenter]).not.toBe('#ffffff');
    for (const column of others) expect(answers.backgrounds[5]![column]).toBe('#ffffff');
    expect(answers.frozenRows).toBe(5);
    expect(answers.frozenColumns).toBe(2);
  });

  it('shows the headline, per-evaluator results, session figures and the agenda as the analysis computed them', () => {
    const { session, analysis } = scenario(false);
    h.workbook.writeSummary(session, analysis, null);
    const values = h.sheet('Summary').values;

    const headline = rowIndexOf(values, 'Headline');
    expect(headline).toBe(3);
    expect(values[headline + 1]!.slice(0, 2)).toEqual(['Calibration variance', analysis.summary.variance]);

    const figures = rowIndexOf(values, 'Session figures');
    expect(values[figures + 1]!.slice(0, 2)).toEqual(['Calibration variance', analysis.summary.variance]);
    expect(values[figures + 2]!.slice(0, 2)).toEqual(['Evaluators within target', analysis.summary.shareWithinTarget]);
    expect(values[figures + 3]!.slice(0, 2)).toEqual(['Critical (auto-fail) disagreements', analysis.summary.criticalDisagreementCalls]);
    expect(values[figures + 4]![0]).toBe("Krippendorff's α");
    expect(values[figures + 4]![1]).toBe(analysis.summary.alpha ?? '');
    expect(values[figures + 4]![3]).toBe(analysis.summary.alphaWarning ?? '');
    expect(values[figures + 6]!.slice(0, 3)).toEqual(["Gwet's AC1", analysis.summary.gwetAc1 ?? '', analysis.summary.agreementReading]);
    // Every figure carries a note saying what it is and what good looks like.
    const notes = h.sheet('Summary').notes;
    for (let row = figures + 1; row <= figures + 8; row++) expect(notes[row]![0]).not.toBe('');

    const results = rowIndexOf(values, 'Evaluators (lenient +, harsh −, against the final)');
    expect(values[results + 1]!.slice(0, 3)).toEqual(['Evaluator', 'Mean deviation', 'Mean absolute deviation']);
    expect(
      h
        .sheet('Summary')
        .notes[results + 1]!.slice(0, 8)
        .every((note) => note !== ''),
    ).toBe(true);
    analysis.evaluators.forEach((result, i) => {
      const row = values[results + 2 + i]!;
      expect(row.slice(0, 3)).toEqual([result.name, result.meanSignedDeviation, result.meanAbsoluteDeviation]);
      expect(String(row[3])).toMatch(/^(lenient \(above \+2.5 pp\)|harsh \(below −2.5 pp\)|balanced \(within ±2.5 pp\))$/);
      expect(row[4]).toBe(result.alignmentPercent);
      expect(row[6]).toBe(result.criticalDisagreements);
    });
    const perCall = rowIndexOf(values, 'Score and deviation per call');
    expect(values[perCall + 1]!.slice(0, 7)).toEqual([
      'Evaluator',
      'Call 1 score',
      'Call 1 raw',
      'Call 1 deviation',
      'Call 2 score',
      'Call 2 raw',
      'Call 2 deviation',
    ]);
    const call1 = analysis.calls[0]!.evaluators.find((e) => e.evaluatorId === analysis.evaluators[0]!.evaluatorId)!;
    expect(values[perCall + 2]!.slice(0, 4)).toEqual([
      analysis.evaluators[0]!.name,
      call1.comparedScore.percent,
      call1.comparedScore.rawPercent,
      call1.deviation,
    ]);
    expect(values[perCall + 2 + analysis.evaluators.length]!.slice(0, 2)).toEqual([
      'Final (calibrated)',
      analysis.calls[0]!.finalScore.percent,
    ]);

    const agenda = rowIndexOf(values, 'Discussion agenda (most disputed first)');
    expect(analysis.agenda.length).toBeGreaterThan(0);
    analysis.agenda.forEach((item, i) => {
      expect(values[agenda + 2 + i]!.slice(0, 3)).toEqual([item.rank, item.criterionId, item.question]);
    });
  });

  it("charts each evaluator's mean deviation against the target band, and sets widths and frozen rows", () => {
    const { session, analysis } = scenario(false);
    h.workbook.writeSummary(session, analysis, null);
    const summary = h.sheet('Summary');
    const data = rowIndexOf(summary.values, 'Chart data: deviation from the final');
    expect(summary.charts).toHaveLength(1);
    expect(summary.charts[0]!.chartType).toBe('COMBO');
    expect(summary.charts[0]!.ranges).toEqual([`Summary!A${data + 2}:D${data + 5}`]);
    expect(summary.frozenRows).toBe(2);
    expect(summary.columnWidths[1]).toBe(270);
    // Written again (after a final), there is still one chart.
    h.workbook.writeSummary(session, analysis, null);
    expect(h.sheet('Summary').charts).toHaveLength(1);
  });

  it('adds the trend across sessions when there is one', () => {
    const { session, analysis } = scenario(false);
    const trend: CalibrationTrend = trendAcrossSessions([
      {
        sessionId: 'oct-2026',
        title: 'October calibration',
        sessionDate: '2026-10-30',
        closedAt: '2026-10-31T10:00:00.000Z',
        scorecardId: session.scorecard.id,
        scorecardVersion: 1,
        calls: 2,
        evaluators: 3,
        varianceTarget: 5,
        variance: 7.5,
        alpha: 0.6,
        shareWithinTarget: 0.5,
        disputedCriterionIds: [],
        evaluatorDeviations: [{ evaluatorId: 'e1', name: 'Evaluator Person 1', meanAbsoluteDeviation: 4, meanSignedDeviation: 1 }],
        gwetAc1: 0.7,
        criticalDisagreements: 1,
        scoringRule: 'points',
        attendanceRate: null,
      },
    ]);
    h.workbook.writeSummary(session, analysis, trend);
    const values = h.sheet('Summary').values;
    const at = rowIndexOf(values, 'Trend across sessions');
    // One session on record is not yet a line: the variance chart waits for a second.
    expect(h.sheet('Summary').charts.map((chart) => chart.chartType)).toEqual(['COMBO']);
    expect(values[at + 2]!.slice(1, 4)).toEqual(['October calibration', 1, 7.5]);
    expect(values.flat()).toContain('Evaluator Person 1');
  });

  it('is replaced by the analysis, and status updates after the reveal leave it alone', () => {
    const { session, analysis } = scenario(false);
    h.workbook.setUpSession({ ...session, status: 'scoring' }, []);
    h.workbook.writeSummary(session, analysis, null);
    h.workbook.writeStatus(session, []);
    expect(h.sheet('Summary').values.flat()).toContain('Session figures');
  });
});

describe('status before the reveal', () => {
  it('shows who submitted and when, on the Summary and the Session tab', () => {
    const session = presetSession({ evaluators: 2, calls: 2 });
    h.workbook.setUpSession(session, []);
    h.workbook.writeStatus(session, [
      {
        evaluatorId: 'e1',
        name: 'Evaluator Person 1',
        role: 'team-lead',
        identifiedBy: 'email',
        callsSubmitted: 2,
        callsTotal: 2,
        lastSubmittedAt: '2026-11-28T09:30:00.000Z',
      },
      {
        evaluatorId: 'e2',
        name: 'Evaluator Person 2',
        role: 'qa-analyst',
        identifiedBy: 'self-declared',
        callsSubmitted: 0,
        callsTotal: 2,
        lastSubmittedAt: '',
      },
    ]);
    const summary = h.sheet('Summary').values;
    expect(summary[2]![0]).toBe('1 of 2 evaluators has submitted every call.');
    expect(summary[5]).toEqual(['Evaluator Person 1', 'Team lead', 'by email', 2, 2, new Date('2026-11-28T09:30:00.000Z')]);
    expect(summary[6]!.slice(0, 5)).toEqual(['Evaluator Person 2', 'QA analyst', 'self-declared', 0, 2]);
    const sessionRows = h.sheet('Session').values;
    expect(sessionRows.find((row) => row[0] === 'Evaluator Person 2')!.slice(4, 7)).toEqual(['Self-declared (picked own name)', 0, 2]);
  });
});
