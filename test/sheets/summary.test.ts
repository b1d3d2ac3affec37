import { analyzeSession, type SessionAnalysis } from '../../src/domain/analysis';
import type { Session, Submission } from '../../src/domain/schemas';
import { trendAcrossSessions, type CalibrationTrend } from '../../src/domain/trend';
import { sheet as scoreSheet } from '../fixtures/calibration';
import { presetSession, setUp, type Harness } from './harness';

let h: Harness;
beforeEach(() => {
  h = setUp();
});
afterEach(() => h.teardown());

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
        sheet.answers[0] = { criterionId: criteria[0]!.id, value: criteria[0]!.type === 'scale' ? criteria[0]!.min : 0, comment: 'missed it' };
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
  it('shows the call × criterion grid in reveal order, anonymously, with consensus, final and flags', () => {
    const { session, analysis } = scenario(true);
    h.workbook.writeSummary(session, analysis, null);
    const summary = h.sheet('Summary');
    const heading = rowIndexOf(summary.values, 'Answers: call × criterion');
    const header = summary.values[heading + 1]!;
    expect(header.slice(0, 10)).toEqual(['Call', 'Criterion id', 'Question', 'Critical', 'Evaluator A', 'Evaluator B', 'Evaluator C', 'Consensus', 'Final', 'Final from']);
    expect(summary.values.flat()).not.toContain('Evaluator Person 1');

    const item = analysis.calls[0]!.criteria[0]!;
    const criterion = session.scorecard.sections[0]!.criteria[0]!;
    const row = summary.values[heading + 2]!;
    const dissenter = 4 + analysis.revealOrder.indexOf('e3');
    const others = [0, 1, 2].map((i) => 4 + i).filter((column) => column !== dissenter);
    const [low, high] = criterion.type === 'yes-no' ? ['No', 'Yes'] : criterion.type === 'scale' ? [criterion.min, criterion.max] : [0, criterion.maxPoints];
    expect(row.slice(0, 2)).toEqual(['Call 1', item.criterionId]);
    expect(row[dissenter]).toBe(low);
    for (const column of others) expect(row[column]).toBe(high);
    expect(summary.notes[heading + 2]![dissenter]).toBe('missed it');
    expect(row[7]).toBe(high); // consensus: two of three
    expect(row[10]).toBe(item.agreementPercent);
    expect(row[13]).toContain(item.disagreements.includes('critical-mismatch') ? 'critical mismatch' : 'split');

    const rules = summary.conditionalFormats;
    expect(rules).toHaveLength(4);
    expect(rules[0]!.boolean!.criteria).toBe('CUSTOM_FORMULA');
    expect(String(rules[0]!.boolean!.values[0])).toContain('critical mismatch');
    const bodyRow = heading + 3;
    expect(rules[0]!.ranges).toEqual([`Summary!E${bodyRow}:N${bodyRow + analysis.calls.length * analysis.calls[0]!.criteria.length - 1}`]);
    expect(rules[3]!.gradient).not.toBeNull();
  });

  it('shows per-evaluator results, session figures and the agenda as the analysis computed them', () => {
    const { session, analysis } = scenario(false);
    h.workbook.writeSummary(session, analysis, null);
    const values = h.sheet('Summary').values;

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
    expect(values[results + 1]!.slice(0, 7)).toEqual(['Evaluator', 'Call 1 score', 'Call 1 raw', 'Call 1 deviation', 'Call 2 score', 'Call 2 raw', 'Call 2 deviation']);
    expect(h.sheet('Summary').notes[results + 1]!.slice(0, 12).every((note) => note !== '')).toBe(true);
    analysis.evaluators.forEach((result, i) => {
      const row = values[results + 2 + i]!;
      const call1 = analysis.calls[0]!.evaluators.find((e) => e.evaluatorId === result.evaluatorId)!;
      expect(row.slice(0, 4)).toEqual([result.name, call1.comparedScore.percent, call1.comparedScore.rawPercent, call1.deviation]);
      expect(row[7]).toBe(result.meanSignedDeviation);
      expect(row[8]).toBe(result.meanAbsoluteDeviation);
      expect(String(row[9])).toMatch(/^(lenient \(above \+2.5 pp\)|harsh \(below −2.5 pp\)|balanced \(within ±2.5 pp\))$/);
      expect(row[10]).toBe(result.alignmentPercent);
      expect(row[12]).toBe(result.criticalDisagreements);
    });
    expect(values[results + 2 + analysis.evaluators.length]!.slice(0, 2)).toEqual(['Final (calibrated)', analysis.calls[0]!.finalScore.percent]);

    const agenda = rowIndexOf(values, 'Discussion agenda (most disputed first)');
    expect(analysis.agenda.length).toBeGreaterThan(0);
    analysis.agenda.forEach((item, i) => {
      expect(values[agenda + 2 + i]!.slice(0, 3)).toEqual([item.rank, item.criterionId, item.question]);
    });
  });

  it("charts each evaluator's score against the final score per call", () => {
    const { session, analysis } = scenario(false);
    h.workbook.writeSummary(session, analysis, null);
    const summary = h.sheet('Summary');
    const data = rowIndexOf(summary.values, 'Scores per call (chart data)');
    expect(summary.values[data + 1]!.slice(0, 5)).toEqual(['Call', 'Final score', ...analysis.evaluators.map((e) => e.name)]);
    expect(summary.charts).toHaveLength(1);
    expect(summary.charts[0]!.chartType).toBe('SCATTER');
    expect(summary.charts[0]!.ranges).toEqual([`Summary!B${data + 2}:E${data + 4}`]);
    // Written again (after a final), there is still one chart and the rules are not doubled.
    h.workbook.writeSummary(session, analysis, null);
    expect(h.sheet('Summary').charts).toHaveLength(1);
    expect(h.sheet('Summary').conditionalFormats).toHaveLength(4);
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
      { evaluatorId: 'e1', name: 'Evaluator Person 1', role: 'team-lead', identifiedBy: 'email', callsSubmitted: 2, callsTotal: 2, lastSubmittedAt: '2026-11-28T09:30:00.000Z' },
      { evaluatorId: 'e2', name: 'Evaluator Person 2', role: 'qa-analyst', identifiedBy: 'self-declared', callsSubmitted: 0, callsTotal: 2, lastSubmittedAt: '' },
    ]);
    const summary = h.sheet('Summary').values;
    expect(summary[2]![0]).toBe('1 of 2 evaluators has submitted every call.');
    expect(summary[5]).toEqual(['Evaluator Person 1', 'Team lead', 'by email', 2, 2, new Date('2026-11-28T09:30:00.000Z')]);
    expect(summary[6]!.slice(0, 5)).toEqual(['Evaluator Person 2', 'QA analyst', 'self-declared', 0, 2]);
    const sessionRows = h.sheet('Session').values;
    expect(sessionRows.find((row) => row[0] === 'Evaluator Person 2')!.slice(4, 7)).toEqual(['Self-declared (picked own name)', 0, 2]);
  });
});
