// "Your calibration": an evaluator's own feedback after the reveal. Built from the analysis, but only
// from the entries that are the evaluator's own (their score per call, their answers) beside the finals,
// the agreed definitions and the team's notes: nothing in it names or shows another evaluator.
import { criteriaById } from '../domain/scorecardIndex';
import type { CalibrationCall, CalibrationDifference, YourCalibration } from '../api/views';
import { answerDifference } from '../domain/answerDifference';
import type { SessionAnalysis } from '../domain/analysis';
import { describeAnswer } from '../domain/answers';
import type { SessionState } from '../state/sessionState';

const criteriaOf = criteriaById;

function joined(parts: string[]): string {
  return parts.filter((part) => part.trim() !== '').join(' · ');
}

export function yourCalibration(state: SessionState, analysis: SessionAnalysis, evaluatorId: string): YourCalibration {
  const pinned = criteriaOf(state.session.scorecard);
  // The wording the team agreed: this session's definition changes are applied to the next scorecard.
  const agreed = criteriaOf(state.nextScorecard);
  const changed = new Set(
    state.definitionChanges.filter((c) => c.fromVersion >= state.session.scorecard.version).map((c) => c.criterionId),
  );
  const result = analysis.evaluators.find((entry) => entry.evaluatorId === evaluatorId);
  const calls: CalibrationCall[] = analysis.calls.flatMap((call) => {
    const mine = call.evaluators.find((entry) => entry.evaluatorId === evaluatorId);
    if (!mine) return [];
    const differences: CalibrationDifference[] = call.criteria.flatMap((item) => {
      const answer = item.answers.find((entry) => entry.evaluatorId === evaluatorId);
      const kind = answerDifference(answer?.value, item.final.value, item.critical);
      const criterion = pinned.get(item.criterionId);
      if (kind === null || !answer || item.final.value === null || !criterion) return [];
      const entries = state.discussion.filter((d) => d.criterionId === item.criterionId && (d.callId === '' || d.callId === call.callId));
      return [
        {
          criterionId: item.criterionId,
          question: criterion.question,
          critical: item.critical,
          yours: describeAnswer(criterion, answer.value),
          final: describeAnswer(criterion, item.final.value),
          kind,
          definition: (agreed.get(item.criterionId) ?? criterion).definition,
          definitionChanged: changed.has(item.criterionId),
          notes: joined(entries.map((d) => d.notes)),
          resolution: joined(entries.map((d) => d.resolution)),
        },
      ];
    });
    return [
      {
        callId: call.callId,
        callLabel: call.label,
        yourPercent: mine.score.percent,
        calibratedPercent: call.finalScore.percent,
        deviation: mine.deviation,
        differences,
      },
    ];
  });
  return {
    calls,
    meanAbsoluteDeviation: result?.meanAbsoluteDeviation ?? null,
    varianceTarget: analysis.settings.varianceTarget,
    withinTarget: result?.withinTarget ?? null,
  };
}
