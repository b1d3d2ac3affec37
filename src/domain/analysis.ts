import { discussionAgenda } from './analysis/agenda';
import { analyzeCall, type AlignmentTotals } from './analysis/callResult';
import { recordedFinals, submittedSheets } from './analysis/collect';
import { analyzeCriterionOnCall } from './analysis/criterionOnCall';
import { analyzeEvaluator } from './analysis/evaluatorResult';
import { criterionReliability, sessionReliability, unitRatings } from './analysis/reliability';
import { revealOrder } from './analysis/revealOrder';
import type { CallResult, EvaluatorResult, SessionAnalysis, SessionSummary } from './analysis/types';
import type { Criterion, Final, Session, Submission } from './schemas';
import { weightedCriteria } from './scoring';

export type * from './analysis/types';
export { disagreementKinds } from './analysis/types';
export { drawLabelOrder, publicRoster, revealOrder, revealLabel, revealLabels } from './analysis/revealOrder';
export { directionOf } from './analysis/evaluatorResult';
export { criterionAlignment } from './analysis/callResult';
export { ALPHA_LEVEL, BOOTSTRAP_SAMPLES, BOOTSTRAP_SEED } from './analysis/reliability';

interface SessionAnalysisInput {
  session: Session;
  /** Every score sheet of the session; drafts and other sessions' sheets are ignored. */
  submissions: readonly Submission[];
  /** Finals the team recorded; a criterion without one takes the consensus. */
  finals?: readonly Final[];
}

/**
 * Everything the reveal, the discussion and the report show about one session, from the submitted score
 * sheets and the recorded finals. Pure and deterministic; the definitions are in docs/scoring.md.
 */
export function analyzeSession({ session, submissions, finals = [] }: SessionAnalysisInput): SessionAnalysis {
  const criteria = weightedCriteria(session.scorecard, session.scoringRule);
  const criterionById = new Map<string, Criterion>(criteria.map((item) => [item.criterion.id, item.criterion]));
  const order = revealOrder(session);
  const { varianceTarget, consensusRule, juniorsFirst } = session.options;
  const expertEvaluatorId = session.options.expertEvaluatorId === '' ? null : session.options.expertEvaluatorId;
  const directionThreshold = varianceTarget / 2;

  const sheets = submittedSheets(session, submissions);
  const finalsByCall = recordedFinals(session, finals, criterionById);

  const calls: CallResult[] = [];
  const alignment = new Map<string, Map<string, AlignmentTotals>>();
  for (const call of session.calls) {
    const callSheets = sheets.byCall.get(call.id) ?? new Map();
    const callFinals = finalsByCall.get(call.id) ?? new Map();
    const results = criteria.map((weighted) =>
      analyzeCriterionOnCall(weighted, {
        callId: call.id,
        order,
        sheets: callSheets,
        rule: consensusRule,
        expertEvaluatorId,
        recordedFinal: callFinals.get(weighted.criterion.id),
        varianceTarget,
      }),
    );
    const analyzed = analyzeCall({ call, criteria, results, order, sheets: callSheets, expertEvaluatorId });
    calls.push(analyzed.result);
    alignment.set(call.id, analyzed.alignment);
  }

  const evaluators = order.map((evaluator, revealIndex) =>
    analyzeEvaluator({ evaluator, revealIndex, calls, alignment, varianceTarget, directionThreshold }),
  );
  const revealIds = order.map((evaluator) => evaluator.id);
  const units = unitRatings(calls, criteria, revealIds);

  return {
    sessionId: session.id,
    title: session.title,
    scorecardId: session.scorecard.id,
    scorecardVersion: session.scorecard.version,
    settings: { varianceTarget, consensusRule, expertEvaluatorId, juniorsFirst, directionThreshold, scoringRule: session.scoringRule },
    revealOrder: revealIds,
    submittedCount: sheets.count,
    calls,
    evaluators,
    criteria: criterionReliability(calls, criteria, units),
    summary: { ...summarize(calls, evaluators), ...sessionReliability(units) },
    agenda: discussionAgenda(calls, criteria),
    warnings: warningsFor(session, calls, evaluators, sheets.count),
  };
}

function summarize(
  calls: readonly CallResult[],
  evaluators: readonly EvaluatorResult[],
): Pick<SessionSummary, 'variance' | 'evaluatorsMeasured' | 'evaluatorsWithinTarget' | 'shareWithinTarget' | 'criticalDisagreementCalls'> {
  const deviations = calls.flatMap((call) =>
    call.evaluators.map((entry) => entry.deviation).filter((deviation): deviation is number => deviation !== null),
  );
  const measured = evaluators.filter((evaluator) => evaluator.withinTarget !== null);
  const within = measured.filter((evaluator) => evaluator.withinTarget === true).length;
  return {
    variance: deviations.length === 0 ? null : deviations.reduce((sum, deviation) => sum + Math.abs(deviation), 0) / deviations.length,
    evaluatorsMeasured: measured.length,
    evaluatorsWithinTarget: within,
    shareWithinTarget: measured.length === 0 ? null : within / measured.length,
    criticalDisagreementCalls: calls.filter((call) => call.criticalDisagreement).length,
  };
}

function warningsFor(session: Session, calls: readonly CallResult[], evaluators: readonly EvaluatorResult[], submitted: number): string[] {
  const warnings: string[] = [];
  if (submitted === 0) return ['No score sheets have been submitted yet, so there is nothing to compare.'];
  const active = evaluators.filter((evaluator) => evaluator.callsScored > 0);
  if (active.length === 1) {
    warnings.push('Only one evaluator has submitted scores: there is nobody to compare with, so agreement statistics are not available.');
  }
  const idle = evaluators.length - active.length;
  if (idle > 0) {
    warnings.push(
      `${idle} of ${evaluators.length} ${evaluators.length === 1 ? 'evaluator' : 'evaluators'} ${idle === 1 ? 'has' : 'have'} not submitted any call yet.`,
    );
  }
  const partial = active.filter((evaluator) => evaluator.missingCallIds.length > 0).length;
  if (partial > 0) {
    warnings.push(
      `${partial} ${partial === 1 ? 'evaluator has' : 'evaluators have'} submitted only some of the ${session.calls.length} calls; their results cover the calls they scored.`,
    );
  }
  for (const call of calls) {
    if (call.evaluators.length === 0) {
      warnings.push(`Nobody has submitted scores for ${call.label} yet.`);
      continue;
    }
    const unresolved = call.unresolvedCriteria.length;
    if (unresolved > 0) {
      warnings.push(
        `${unresolved} ${unresolved === 1 ? 'criterion' : 'criteria'} on ${call.label} ${unresolved === 1 ? 'has' : 'have'} no consensus and no recorded final: left out of the calibrated score until the team records one.`,
      );
    }
    if (call.finalScore.percent === null && unresolved < call.criteria.length) {
      warnings.push(`${call.label} has no calibrated score: ${call.finalScore.reason}.`);
    }
    const gaps = call.evaluators.filter((entry) => entry.score.unanswered.length > 0).length;
    if (gaps > 0) {
      warnings.push(
        `${gaps} submitted score ${gaps === 1 ? 'sheet' : 'sheets'} for ${call.label} left criteria unanswered; those criteria are left out of ${gaps === 1 ? 'that score' : 'those scores'}.`,
      );
    }
  }
  return warnings;
}
