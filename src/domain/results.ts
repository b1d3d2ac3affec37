// The long-format results of a session, one row per evaluator × call plus the consensus, final and
// expert scores of each call, and one row of session figures: the tables behind pivots, Looker Studio
// and independent checking. Every figure is the analysis's own, unrounded; docs/results-tables.md
// describes each column.
import type { SessionAnalysis } from './analysis';
import type { Session } from './schemas';
import type { CallScore } from './scoring';

/**
 * Whether the expert benchmark may be shown. Not in an anonymous session: the expert's scores, or the
 * gap between them and the consensus, would tell everyone which reveal label is the expert's, and the
 * team knows who the expert is.
 */
export function expertBenchmarkShown(session: Pick<Session, 'options'>): boolean {
  return session.options.expertEvaluatorId !== '' && !session.options.anonymousReveal;
}

export const EXPERT_HIDDEN_SENTENCE =
  "The expert benchmark is not shown in an anonymous session: the expert's scores would tell everyone which label is theirs.";

const resultRowKinds = ['evaluator', 'consensus', 'final', 'expert'] as const;
type ResultRowKind = (typeof resultRowKinds)[number];

export interface ResultRow {
  sessionId: string;
  sessionDate: string;
  callId: string;
  call: string;
  /** The evaluator's name, or their reveal label in an anonymous session; blank on consensus and final rows. */
  evaluator: string;
  kind: ResultRowKind;
  /** 0–100; 0 on an auto-fail; null when there is no score. */
  scorePercent: number | null;
  rawScorePercent: number | null;
  autoFail: boolean;
  /** Failed critical criterion ids, comma-separated, in scorecard order. */
  failedCritical: string;
  /** Evaluator rows: raw − calibrated raw, in pp. */
  deviation: number | null;
  /** Evaluator rows: raw − expert raw, in pp (blank for the expert). */
  deviationFromExpert: number | null;
  alignmentPercent: number | null;
  /** Evaluator rows: they disagree with the final about failing a critical criterion. Final rows: someone does. */
  criticalDisagreement: boolean | null;
  /** Unresolved criterion ids left out of this score, comma-separated. */
  leftOut: string;
}

export interface SessionResultRow {
  sessionId: string;
  sessionDate: string;
  variance: number | null;
  target: number;
  evaluatorsWithinTarget: number;
  /** 0–100. */
  shareWithinTargetPercent: number | null;
  alpha: number | null;
  gwetAc1: number | null;
  criticalDisagreements: number;
}

function scoreFields(score: CallScore): Pick<ResultRow, 'scorePercent' | 'rawScorePercent' | 'autoFail' | 'failedCritical'> {
  return {
    scorePercent: score.percent,
    rawScorePercent: score.rawPercent,
    autoFail: score.autoFail,
    failedCritical: score.failedCritical.join(', '),
  };
}

const noComparison = { deviation: null, deviationFromExpert: null, alignmentPercent: null } as const;

/** Every row of the session for the Results table: per call its evaluators (reveal order), then consensus, final and expert. */
export function resultRows(session: Session, analysis: SessionAnalysis): ResultRow[] {
  const anonymous = session.options.anonymousReveal;
  const nameOf = new Map(analysis.evaluators.map((e) => [e.evaluatorId, anonymous ? e.revealLabel : e.name]));
  const expertId = expertBenchmarkShown(session) ? analysis.settings.expertEvaluatorId : null;
  const rows: ResultRow[] = [];
  for (const call of analysis.calls) {
    const base = { sessionId: session.id, sessionDate: session.sessionDate, callId: call.callId, call: call.label };
    const unresolved = call.unresolvedCriteria.join(', ');
    for (const entry of call.evaluators) {
      rows.push({
        ...base,
        evaluator: nameOf.get(entry.evaluatorId) ?? entry.evaluatorId,
        kind: 'evaluator',
        // The score the deviation was computed from: without the unresolved criteria it left out.
        ...scoreFields(entry.comparedScore),
        deviation: entry.deviation,
        deviationFromExpert: expertId === null ? null : entry.deviationFromExpert,
        alignmentPercent: entry.alignmentPercent,
        criticalDisagreement: entry.criticalDisagreement,
        leftOut: entry.leftOut.join(', '),
      });
    }
    if (call.evaluators.length === 0) continue;
    rows.push({
      ...base,
      evaluator: '',
      kind: 'consensus',
      ...scoreFields(call.consensusScore),
      ...noComparison,
      criticalDisagreement: null,
      leftOut: unresolved,
    });
    rows.push({
      ...base,
      evaluator: '',
      kind: 'final',
      ...scoreFields(call.finalScore),
      ...noComparison,
      criticalDisagreement: call.criticalDisagreement,
      leftOut: unresolved,
    });
    const expert = expertId === null ? undefined : call.evaluators.find((entry) => entry.evaluatorId === expertId);
    if (expert !== undefined) {
      rows.push({
        ...base,
        evaluator: nameOf.get(expert.evaluatorId) ?? expert.evaluatorId,
        kind: 'expert',
        ...scoreFields(expert.score),
        ...noComparison,
        criticalDisagreement: null,
        leftOut: '',
      });
    }
  }
  return rows;
}

/** The session's figures for the Session results table. */
export function sessionResultRow(session: Session, analysis: SessionAnalysis): SessionResultRow {
  const { summary } = analysis;
  return {
    sessionId: session.id,
    sessionDate: session.sessionDate,
    variance: summary.variance,
    target: analysis.settings.varianceTarget,
    evaluatorsWithinTarget: summary.evaluatorsWithinTarget,
    shareWithinTargetPercent: summary.shareWithinTarget === null ? null : summary.shareWithinTarget * 100,
    alpha: summary.alpha,
    gwetAc1: summary.gwetAc1,
    criticalDisagreements: summary.criticalDisagreementCalls,
  };
}
