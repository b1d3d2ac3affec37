import type { ConfidenceInterval } from '../agreement';
import type { Consensus } from '../consensus';
import type { AnswerValue, ConsensusRule, EvaluatorRole, ScoringRule } from '../schemas';
import type { CallScore } from '../scoring';

/*
 * The session analysis is plain data: JSON-serialisable, no Maps, no undefined, numbers unrounded.
 * Conventions: a field named …Percent is 0–100; …Share and `spread` are 0–1; …Points and deviations are
 * percentage points of the call score. null means "not defined here" (see docs/scoring.md for each case).
 */

export type DisagreementKind = 'na-vs-scored' | 'critical-mismatch' | 'split';
export const disagreementKinds: readonly DisagreementKind[] = ['critical-mismatch', 'na-vs-scored', 'split'];

/** Where a criterion's final value came from: the team's recorded final, else the consensus, else none. */
export type FinalSource = 'recorded' | 'consensus' | 'unresolved';

export type Direction = 'lenient' | 'harsh' | 'balanced';

export interface EvaluatorAnswer {
  evaluatorId: string;
  value: AnswerValue;
  comment: string;
}

export interface ValueCount {
  value: AnswerValue;
  count: number;
}

/** One criterion on one call: what everyone answered and how far apart they were. */
export interface CriterionOnCall {
  callId: string;
  criterionId: string;
  sectionId: string;
  critical: boolean;
  /** The criterion's effective points when every criterion applies, under the session's scoring rule. */
  maximum: number;
  /** maximum ÷ the scorecard's maximum: its effective share of the call score. */
  share: number;
  /** In reveal order; only evaluators who submitted this call. */
  answers: EvaluatorAnswer[];
  /** Each distinct answer and how many gave it: most common first, then lowest value first, N/A last. */
  tally: ValueCount[];
  consensus: Consensus;
  final: { value: AnswerValue | null; source: FinalSource };
  /** Share of evaluators giving the most common answer (N/A counts as an answer); null with no answers. */
  agreementPercent: number | null;
  /** (highest − lowest scored answer) ÷ the criterion's range; null when nobody scored it. */
  spread: number | null;
  /** spread × share × 100: how many points of the call score lie between the harshest and most lenient. */
  swingPoints: number | null;
  disagreements: DisagreementKind[];
  /** swingPoints above the session's variance target, or a critical mismatch (an auto-fail is at stake). */
  overTarget: boolean;
}

/** One evaluator's score sheet for one call, compared with the final and the expert. */
export interface EvaluatorOnCall {
  evaluatorId: string;
  /** The evaluator's call score on every criterion they answered (0 % on an auto-fail, raw beside). */
  score: CallScore;
  /**
   * The score the deviation is computed from: `score` without the unresolved criteria (`leftOut`), so
   * evaluator and calibrated score cover the same criteria. The same object as `score` when nothing is left out.
   */
  comparedScore: CallScore;
  /** Unresolved criteria (a tie with no final) the evaluator answered, left out of `comparedScore`. */
  leftOut: string[];
  /**
   * Evaluator raw % − calibrated raw % on the same criteria, in points; positive = lenient, negative =
   * harsh. Raw scores (before the auto-fail rule), so an auto-fail disagreement is counted apart
   * (`criticalDisagreement`) instead of swamping the variance. Null when either score is undefined.
   */
  deviation: number | null;
  /** Evaluator raw % − expert raw %, in points; null without an expert score, and for the expert. */
  deviationFromExpert: number | null;
  /** The evaluator failed a critical criterion the final passed, or passed one the final failed. */
  criticalDisagreement: boolean;
  /** Those critical criteria, in scorecard order. */
  criticalDisagreementCriteria: string[];
  /** Points-weighted agreement of each answer with the final, 0–100; see docs/scoring.md. */
  alignmentPercent: number | null;
}

export interface CallResult {
  callId: string;
  label: string;
  /** Reveal order; only evaluators who submitted this call. */
  evaluators: EvaluatorOnCall[];
  /** Scorecard order. */
  criteria: CriterionOnCall[];
  /**
   * The call scored on the consensus answers, over the calibrated score's criteria: where a tie without
   * consensus was settled by a recorded final, the final stands in; unresolved criteria are left out.
   */
  consensusScore: CallScore;
  /** The calibrated score: the call scored on the finals (criteria without a final are left out). */
  finalScore: CallScore;
  /** Criteria with neither a recorded final nor a consensus. */
  unresolvedCriteria: string[];
  recordedFinalCount: number;
  /** The expert's call score (0 % on an auto-fail); null without an expert sheet for this call. */
  expertPercent: number | null;
  /** The expert's raw score, before the auto-fail rule. */
  expertRawPercent: number | null;
  /** Expert raw % − consensus raw %, over the criteria that have a consensus; null without both. */
  expertVsConsensusGap: number | null;
  /** Criteria where the expert's answer differs from the consensus (criteria with a consensus only). */
  expertDiffersFromConsensus: string[];
  /** At least one evaluator disagrees with the final about failing a critical criterion. */
  criticalDisagreement: boolean;
  lowestPercent: number | null;
  highestPercent: number | null;
}

export interface EvaluatorResult {
  evaluatorId: string;
  name: string;
  role: EvaluatorRole;
  seniority: number;
  /** "Evaluator A", "Evaluator B", … in reveal order, for an anonymous reveal. */
  revealLabel: string;
  callsScored: number;
  missingCallIds: string[];
  /** Mean |evaluator % − final %| over the calls scored, in points. */
  meanAbsoluteDeviation: number | null;
  meanSignedDeviation: number | null;
  direction: Direction | null;
  alignmentPercent: number | null;
  /** meanAbsoluteDeviation ≤ the session's variance target. */
  withinTarget: boolean | null;
  /** Mean |evaluator raw % − expert raw %| over the calls both scored; null for the expert. */
  meanAbsoluteDeviationFromExpert: number | null;
  /** Calls where the evaluator disagreed with the final about failing a critical criterion. */
  criticalDisagreements: number;
}

export interface CriterionReliability {
  criterionId: string;
  /** Krippendorff's α, interval level, on answer fractions across the calls (N/A = missing). */
  alpha: number | null;
  alphaWarning: string | null;
  /** Share of agreeing pairs of answers (N/A counts as an answer), 0–100. */
  pairwiseAgreementPercent: number | null;
  /** Mean spread over the calls where someone scored it. */
  meanSpread: number | null;
}

export interface SessionSummary {
  /** Calibration variance: mean |evaluator % − final %| over every evaluator × call, in points. */
  variance: number | null;
  evaluatorsMeasured: number;
  evaluatorsWithinTarget: number;
  /** evaluatorsWithinTarget ÷ evaluatorsMeasured, 0–1. */
  shareWithinTarget: number | null;
  /** Krippendorff's α, interval level, over every call × criterion. */
  alpha: number | null;
  alphaWarning: string | null;
  alphaDescription: string;
  /** 95% percentile bootstrap over call × criterion units, fixed seed. */
  alphaInterval: ConfidenceInterval | null;
  pairwiseAgreementPercent: number | null;
  /**
   * Gwet's agreement coefficient over every call × criterion, on the same answer fractions as α: AC2 with
   * quadratic weights (the counterpart of interval α), which is AC1 when every criterion is Yes/No.
   */
  gwetAc1: number | null;
  /** A plain reading of α beside AC1, saying when they disagree and why (the prevalence paradox). */
  agreementReading: string;
  /** Calls where at least one evaluator disagreed with the final about failing a critical criterion. */
  criticalDisagreementCalls: number;
}

export interface AgendaItem {
  rank: number;
  criterionId: string;
  question: string;
  sectionId: string;
  critical: boolean;
  /** Calls where the criterion shows a disagreement, in session order. */
  callIds: string[];
  kinds: DisagreementKind[];
  overTarget: boolean;
  totalSwingPoints: number;
  lowestAgreementPercent: number;
  /** Plain sentences, one per call and kind: "3 say Yes, 5 say No on Call 2". */
  why: string[];
}

interface AnalysisSettings {
  varianceTarget: number;
  consensusRule: ConsensusRule;
  expertEvaluatorId: string | null;
  juniorsFirst: boolean;
  /** |mean signed deviation| above this labels an evaluator lenient or harsh: half the variance target. */
  directionThreshold: number;
  /** The scoring rule the session was created under. */
  scoringRule: ScoringRule;
}

export interface SessionAnalysis {
  sessionId: string;
  title: string;
  scorecardId: string;
  scorecardVersion: number;
  settings: AnalysisSettings;
  /** Every evaluator of the session, in reveal order. */
  revealOrder: string[];
  /** Submitted score sheets used (drafts are ignored). */
  submittedCount: number;
  calls: CallResult[];
  /** Reveal order. */
  evaluators: EvaluatorResult[];
  /** Scorecard order. */
  criteria: CriterionReliability[];
  summary: SessionSummary;
  /** Most disputed first. */
  agenda: AgendaItem[];
  /** Facts the facilitator should know before trusting the numbers; never names an evaluator. */
  warnings: string[];
}
