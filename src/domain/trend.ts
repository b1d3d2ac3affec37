import { z } from './zod';
import type { SessionAnalysis } from './analysis';
import { attendanceRate, registerOf, submittedIn } from './attendance';
import { UserError, parseWith } from './errors';
import { labelId, type PersonResolver } from './people';
import { sessionHistoryEntrySchema, type AttendanceMark, type ScoringRule, type Session, type SessionHistoryEntry } from './schemas';

/** An evaluator whose deviation moved by less than this many points since last time is "steady". */
const DRIFT_THRESHOLD = 1;
/** A criterion disputed in at least REWRITE_MIN_DISPUTES of the last REWRITE_WINDOW sessions needs rewording. */
const REWRITE_WINDOW = 3;
const REWRITE_MIN_DISPUTES = 2;

interface SessionTrendPoint {
  sessionId: string;
  title: string;
  sessionDate: string;
  scorecardId: string;
  scorecardVersion: number;
  variance: number | null;
  alpha: number | null;
  shareWithinTarget: number | null;
  varianceTarget: number;
  /** variance ≤ varianceTarget. */
  varianceWithinTarget: boolean | null;
  /** Change since the previous session, in points (negative = better calibrated). */
  varianceChange: number | null;
  alphaChange: number | null;
  shareWithinTargetChange: number | null;
  /** The scorecard's wording changed since the previous session of the same scorecard. */
  scorecardChanged: boolean;
  /** Gwet's AC1/AC2 as recorded at close; null on rows written before it was recorded. */
  gwetAc1: number | null;
  criticalDisagreements: number | null;
  scoringRule: ScoringRule;
  /**
   * The scoring rule differs from the previous session's: figures either side of this session were
   * computed under different weightings, so a change in variance may be the rule, not the team.
   */
  scoringRuleChanged: boolean;
  /** Share of the roster present at the discussion (docs/scoring.md); null before the register existed. */
  attendanceRate: number | null;
}

export type Drift = 'closer' | 'further' | 'steady';

interface EvaluatorDrift {
  /**
   * The person the series follows. A History row whose evaluator the directory cannot place (rows
   * written before person keys, without an address) stands alone as "<session id>/<evaluator id>":
   * the same row position in two sessions is never taken for the same person.
   */
  personKey: string;
  /** The id their latest session's History row calls them by. */
  evaluatorId: string;
  /** Their name now (the directory's), else the name in their latest session. */
  name: string;
  /** Their sessions in order, with their mean absolute and signed deviation from the finals. */
  series: { sessionId: string; meanAbsoluteDeviation: number | null; meanSignedDeviation: number | null }[];
  /** Latest deviation − the one before it, in points; negative means closer to the finals. */
  changeSincePrevious: number | null;
  changeSinceFirst: number | null;
  drift: Drift | null;
}

interface RewriteCandidate {
  criterionId: string;
  /** The recent sessions where it was disputed, oldest first. */
  disputedIn: string[];
  advice: string;
}

export interface CalibrationTrend {
  /** Oldest first. */
  sessions: SessionTrendPoint[];
  evaluators: EvaluatorDrift[];
  rewriteCandidates: RewriteCandidate[];
}

function change(current: number | null, previous: number | null): number | null {
  return current === null || previous === null ? null : current - previous;
}

function driftOf(changeSincePrevious: number | null): Drift | null {
  if (changeSincePrevious === null) return null;
  if (changeSincePrevious <= -DRIFT_THRESHOLD) return 'closer';
  if (changeSincePrevious >= DRIFT_THRESHOLD) return 'further';
  return 'steady';
}

/** Sessions oldest first: by session date, then close time; entries of the same moment keep their order. */
function chronological(history: readonly SessionHistoryEntry[]): SessionHistoryEntry[] {
  return history
    .map((entry, index) => ({ entry, index }))
    .sort(
      (a, b) =>
        (a.entry.sessionDate < b.entry.sessionDate ? -1 : a.entry.sessionDate > b.entry.sessionDate ? 1 : 0) ||
        (Date.parse(a.entry.closedAt) || 0) - (Date.parse(b.entry.closedAt) || 0) ||
        a.index - b.index,
    )
    .map(({ entry }) => entry);
}

interface TrendOptions {
  /** Who each History row's evaluator is; without it no series spans two sessions. */
  people?: PersonResolver;
  /**
   * Whether anonymous sessions count in each person's series. Only the facilitator's own views include
   * them: a named series with an anonymous session's deviation in it would tell which label was whom.
   */
  includeAnonymous?: boolean;
}

function evaluatorDrifts(sessions: readonly SessionHistoryEntry[], options: TrendOptions): EvaluatorDrift[] {
  const byEvaluator = new Map<string, EvaluatorDrift>();
  const { people, includeAnonymous = false } = options;
  for (const session of sessions) {
    if (!includeAnonymous && people?.anonymous(session.sessionId) === true) continue;
    for (const deviation of session.evaluatorDeviations) {
      const personKey = people?.personKeyOf(session.sessionId, deviation.evaluatorId) ?? `${session.sessionId}/${deviation.evaluatorId}`;
      const person = people?.person(personKey) ?? null;
      let drift = byEvaluator.get(personKey);
      if (drift === undefined) {
        drift = {
          personKey,
          evaluatorId: deviation.evaluatorId,
          name: deviation.name,
          series: [],
          changeSincePrevious: null,
          changeSinceFirst: null,
          drift: null,
        };
        byEvaluator.set(personKey, drift);
      }
      drift.evaluatorId = deviation.evaluatorId;
      drift.name = person?.name ?? deviation.name;
      drift.series.push({
        sessionId: session.sessionId,
        meanAbsoluteDeviation: deviation.meanAbsoluteDeviation,
        meanSignedDeviation: deviation.meanSignedDeviation,
      });
    }
  }
  return [...byEvaluator.values()].map((drift) => {
    const measured = drift.series.map((point) => point.meanAbsoluteDeviation).filter((value): value is number => value !== null);
    const latest = measured.length > 0 ? measured[measured.length - 1] : null;
    const changeSincePrevious = measured.length >= 2 ? change(latest, measured[measured.length - 2]) : null;
    return {
      ...drift,
      changeSincePrevious,
      changeSinceFirst: measured.length >= 2 ? change(latest, measured[0]) : null,
      drift: driftOf(changeSincePrevious),
    };
  });
}

/** Criteria disputed in at least 2 of the last 3 sessions that used the latest session's scorecard. */
function rewriteCandidates(sessions: readonly SessionHistoryEntry[]): RewriteCandidate[] {
  if (sessions.length === 0) return [];
  const scorecardId = sessions[sessions.length - 1].scorecardId;
  const recent = sessions.filter((session) => session.scorecardId === scorecardId).slice(-REWRITE_WINDOW);
  const disputedIn = new Map<string, string[]>();
  for (const session of recent) {
    for (const criterionId of new Set(session.disputedCriterionIds)) {
      disputedIn.set(criterionId, [...(disputedIn.get(criterionId) ?? []), session.sessionId]);
    }
  }
  return [...disputedIn]
    .filter(([, ids]) => ids.length >= REWRITE_MIN_DISPUTES)
    .map(([criterionId, ids]) => ({
      criterionId,
      disputedIn: ids,
      advice: `Rewrite this criterion: disputed in ${ids.length} of the last ${recent.length} sessions.`,
    }));
}

/**
 * Calibration health across closed sessions: variance and α series with the change since the previous
 * session, each evaluator's drift, and criteria to rewrite. Entries are read through the schema, so a
 * malformed History row is reported, not trusted.
 */
export function trendAcrossSessions(history: readonly SessionHistoryEntry[], options: TrendOptions = {}): CalibrationTrend {
  const entries = parseWith(z.array(sessionHistoryEntrySchema), history, 'Session history');
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.sessionId)) throw new UserError(`Session "${entry.sessionId}" appears twice in the history.`);
    seen.add(entry.sessionId);
  }
  const sessions = chronological(entries);
  const lastVersion = new Map<string, number>();
  const points = sessions.map((session, index): SessionTrendPoint => {
    const previous = index > 0 ? sessions[index - 1] : null;
    const previousVersion = lastVersion.get(session.scorecardId);
    lastVersion.set(session.scorecardId, session.scorecardVersion);
    return {
      sessionId: session.sessionId,
      title: session.title,
      sessionDate: session.sessionDate,
      scorecardId: session.scorecardId,
      scorecardVersion: session.scorecardVersion,
      variance: session.variance,
      alpha: session.alpha,
      shareWithinTarget: session.shareWithinTarget,
      varianceTarget: session.varianceTarget,
      varianceWithinTarget: session.variance === null ? null : session.variance <= session.varianceTarget,
      varianceChange: change(session.variance, previous?.variance ?? null),
      alphaChange: change(session.alpha, previous?.alpha ?? null),
      shareWithinTargetChange: change(session.shareWithinTarget, previous?.shareWithinTarget ?? null),
      scorecardChanged: previousVersion !== undefined && previousVersion !== session.scorecardVersion,
      gwetAc1: session.gwetAc1,
      criticalDisagreements: session.criticalDisagreements,
      scoringRule: session.scoringRule,
      scoringRuleChanged: previous !== null && previous.scoringRule !== session.scoringRule,
      attendanceRate: session.attendanceRate,
    };
  });
  return { sessions: points, evaluators: evaluatorDrifts(sessions, options), rewriteCandidates: rewriteCandidates(sessions) };
}

/**
 * The History row of a session at close, from its final analysis and its register's ticks. The row holds
 * the attendance rate only: who attended is kept by person key in the store (people.ts), never by name
 * or label on a tab, so an anonymous session's row cannot say which label stayed away.
 */
export function historyEntryFor(
  session: Session,
  analysis: SessionAnalysis,
  attendance: readonly AttendanceMark[] = [],
): SessionHistoryEntry {
  if (analysis.sessionId !== session.id) {
    throw new UserError(`The analysis is of session "${analysis.sessionId}", not "${session.id}".`);
  }
  const active = analysis.evaluators.filter((evaluator) => evaluator.callsScored > 0);
  return parseWith(
    sessionHistoryEntrySchema,
    {
      sessionId: session.id,
      title: session.title,
      sessionDate: session.sessionDate,
      closedAt: session.closedAt,
      scorecardId: session.scorecard.id,
      scorecardVersion: session.scorecard.version,
      calls: session.calls.length,
      evaluators: active.length,
      varianceTarget: session.options.varianceTarget,
      variance: analysis.summary.variance,
      alpha: analysis.summary.alpha,
      gwetAc1: analysis.summary.gwetAc1,
      criticalDisagreements: analysis.summary.criticalDisagreementCalls,
      scoringRule: session.scoringRule,
      shareWithinTarget: analysis.summary.shareWithinTarget,
      attendanceRate: attendanceRate(registerOf(session, attendance, submittedIn(analysis))),
      disputedCriterionIds: analysis.agenda.filter((item) => item.overTarget).map((item) => item.criterionId),
      // An anonymous session's row names labels only; the label-to-person map stays in the store.
      evaluatorDeviations: active.map((evaluator) => ({
        evaluatorId: session.options.anonymousReveal ? labelId(evaluator.revealLabel) : evaluator.evaluatorId,
        name: session.options.anonymousReveal ? evaluator.revealLabel : evaluator.name,
        meanAbsoluteDeviation: evaluator.meanAbsoluteDeviation,
        meanSignedDeviation: evaluator.meanSignedDeviation,
      })),
    },
    `History of session "${session.title}"`,
  );
}
