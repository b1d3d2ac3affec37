// One call scored the way the analysis scores it: the scorecard weighed once under the rule, the
// answers keyed by criterion (a later duplicate wins), then scoreWeighted, the one scoring function
// the add-on uses.
import { CURRENT_SCORING_RULE, type Answer, type AnswerValue, type Scorecard, type ScoringRule } from '../../src/domain/schemas';
import { type CallScore, scoreWeighted, weightedCriteria } from '../../src/domain/scoring';

/** Answers keyed by criterion id, or as a submission lists them. */
export type AnswerSource = ReadonlyMap<string, AnswerValue> | readonly Pick<Answer, 'criterionId' | 'value'>[];

export function scoreAnswers(scorecard: Scorecard, answers: AnswerSource, rule: ScoringRule = CURRENT_SCORING_RULE): CallScore {
  const byCriterion = Array.isArray(answers)
    ? new Map(answers.map((answer) => [answer.criterionId, answer.value] as const))
    : new Map(answers as ReadonlyMap<string, AnswerValue>);
  return scoreWeighted(weightedCriteria(scorecard, rule), byCriterion);
}
