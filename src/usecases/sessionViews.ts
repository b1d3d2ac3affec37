// The views the sidebar receives, built from stored state. Each builder is given only what its reader
// may see: an evaluator's form is built from that evaluator's sealed record alone, and the status rows
// carry counts and times, never answers.
import { criterionWithId } from '../domain/scorecardIndex';
import type {
  AgendaItemView,
  CallForm,
  EvaluatorForm,
  EvaluatorListing,
  SessionOverview,
  StatusRow,
  SubmissionStatusView,
} from '../api/views';
import { publicRoster, type SessionAnalysis } from '../domain/analysis';
import type { Criterion, Session } from '../domain/schemas';
import { draftFor, submittedFor, type SealedScores } from '../state/sealedScores';
import { isRevealComplete, type SessionState } from '../state/sessionState';
import { identificationOf, type EvaluatorIdentity } from './authorization';

/**
 * Evaluators as anyone who opens the sidebar sees them. Anonymous: by name, and without seniority, which
 * with juniors first would say who is "Evaluator A".
 */
export function evaluatorListing(session: Session): EvaluatorListing[] {
  const anonymous = session.options.anonymousReveal;
  return publicRoster(session).map(({ id, name, role, seniority }) => ({ id, name, role, seniority: anonymous ? null : seniority }));
}

export function sessionOverview(state: SessionState): SessionOverview {
  const { session } = state;
  return {
    id: session.id,
    title: session.title,
    sessionDate: session.sessionDate,
    scoringDeadline: session.scoringDeadline,
    status: session.status,
    facilitatorName: session.facilitator.name,
    createdAt: session.createdAt,
    revealedAt: session.revealedAt,
    closedAt: session.closedAt,
    scorecardName: session.scorecard.name,
    scorecardVersion: session.scorecard.version,
    options: { ...session.options },
    calls: session.calls.map((call) => ({ ...call })),
    evaluators: evaluatorListing(session),
  };
}

function callForm(session: Session, sealed: SealedScores, callId: string): CallForm {
  const call = session.calls.find((c) => c.id === callId)!;
  const submitted = submittedFor(sealed, callId);
  const draft = draftFor(sealed, callId);
  const shown = draft ?? submitted;
  const state: CallForm['state'] = submitted ? (draft ? 'revising' : 'submitted') : draft ? 'draft' : 'not-started';
  return {
    call: { ...call },
    answers: shown ? shown.answers.map((a) => ({ ...a })) : [],
    state,
    submittedAt: submitted?.submittedAt ?? '',
    draftSavedAt: draft?.updatedAt ?? '',
    revision: submitted?.revision ?? 0,
  };
}

/** The caller's own form: built from their own sealed record and nothing else. */
export function evaluatorForm(state: SessionState, identity: EvaluatorIdentity, sealed: SealedScores): EvaluatorForm {
  const { session } = state;
  if (sealed.evaluatorId !== identity.evaluator.id) throw new Error("a form is built only from its own evaluator's record");
  const calls = session.calls.map((call) => callForm(session, sealed, call.id));
  return {
    evaluatorId: identity.evaluator.id,
    name: identity.evaluator.name,
    identifiedBy: identity.identifiedBy,
    scorecard: session.scorecard,
    calls,
    callsSubmitted: calls.filter((c) => c.submittedAt !== '').length,
    callsTotal: calls.length,
    canEdit: session.status === 'scoring',
  };
}

/** Who has submitted and when: counts and times only. */
export function submissionStatusView(state: SessionState, sealedAll: readonly SealedScores[]): SubmissionStatusView {
  const { session } = state;
  const rows: StatusRow[] = publicRoster(session).map((evaluator) => {
    const sealed = sealedAll.find((s) => s.evaluatorId === evaluator.id);
    const times = (sealed?.submitted ?? [])
      .filter((s) => session.calls.some((c) => c.id === s.callId))
      .map((s) => s.submittedAt)
      .sort();
    return {
      evaluatorId: evaluator.id,
      name: evaluator.name,
      role: evaluator.role,
      identifiedBy: identificationOf(state, evaluator),
      callsSubmitted: times.length,
      callsTotal: session.calls.length,
      lastSubmittedAt: times[times.length - 1] ?? '',
    };
  });
  const notSubmitted = rows.filter((r) => r.callsSubmitted < r.callsTotal).map((r) => r.name);
  return { rows, notSubmitted, allSubmitted: notSubmitted.length === 0 };
}

function criterionById(session: Session, id: string): Criterion | undefined {
  return criterionWithId(session.scorecard, id);
}

/** The discussion agenda with what the team has recorded so far; empty until the reveal is complete. */
export function agendaView(state: SessionState, analysis: SessionAnalysis | null): AgendaItemView[] {
  if (analysis === null || !isRevealComplete(state)) return [];
  const { session } = state;
  return analysis.agenda.map((item) => {
    const entry = state.discussion.find((d) => d.criterionId === item.criterionId && d.callId === '');
    return {
      rank: item.rank,
      criterionId: item.criterionId,
      question: item.question,
      definition: criterionById(session, item.criterionId)?.definition ?? '',
      critical: item.critical,
      why: [...item.why],
      calls: item.callIds.map((callId) => {
        const call = analysis.calls.find((c) => c.callId === callId)!;
        const onCall = call.criteria.find((c) => c.criterionId === item.criterionId)!;
        return {
          callId,
          callLabel: call.label,
          consensus: onCall.consensus.value,
          final: onCall.final.value,
          finalSource: onCall.final.source,
          agreementPercent: onCall.agreementPercent,
        };
      }),
      notes: entry?.notes ?? '',
      resolution: entry?.resolution ?? '',
    };
  });
}
