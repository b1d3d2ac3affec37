// What the sidebar shows the person at the keyboard, by role. The facilitator sees who submitted and
// when; an evaluator sees their own form; anyone else sees the session's outline and, when Apps Script
// withholds their address, the names they may pick as themselves.
import type { EvaluatorView, FacilitatorView, SidebarState, VisitorView } from '../api/views';
import type { CurrentUser } from '../adapters/identity';
import type { PropertyStore } from '../adapters/propertyStore';
import { loadAllSealed, loadLibrary, loadSealed, loadState } from '../state/stateStore';
import { isRevealComplete, type SessionState } from '../state/sessionState';
import { evaluatorFor, isFacilitator } from './authorization';
import { presetSummaries, scorecardSummary } from './listPresets';
import type { Services } from './services';
import { agendaView, evaluatorForm, evaluatorListing, sessionOverview, submissionStatusView } from './sessionViews';
import { analysisOf } from './sessionScores';

export function sidebarState(services: Services): SidebarState {
  const store = services.store();
  const state = loadState(store);
  const user = services.caller();
  if (state === null) return visitorView(store, null, user);
  if (isFacilitator(state, user)) return facilitatorView(services, store, state);
  return evaluatorView(store, state, user) ?? visitorView(store, state, user);
}

/** The facilitator's whole picture; answers appear only through the agenda, after the reveal. */
export function facilitatorView(services: Services, store: PropertyStore, state: SessionState): FacilitatorView {
  const { session } = state;
  const sealedAll = loadAllSealed(store, session);
  const revealed = isRevealComplete(state);
  const workbook = services.workbook();
  const self = evaluatorFor(state, services.caller());
  return {
    role: 'facilitator',
    session: sessionOverview(state),
    evaluatorEmails: session.evaluators.map((e) => ({ evaluatorId: e.id, email: e.email })),
    status: submissionStatusView(state, sealedAll),
    reveal: {
      state: state.reveal === null ? 'not-started' : revealed ? 'done' : 'incomplete',
      revealedAt: session.revealedAt,
    },
    agenda: revealed ? agendaView(state, analysisOf(state, sealedAll)) : [],
    finals: state.finals.map((f) => ({ ...f })),
    discussion: state.discussion.map((d) => ({ ...d })),
    definitionChanges: state.definitionChanges.map((c) => ({ ...c })),
    scorecard: session.scorecard,
    nextScorecardVersion: state.nextScorecard.version,
    openActionItems: workbook.readActionItems().filter((item) => item.status !== 'done'),
    report: state.report ? { ...state.report } : null,
    damage: workbook.findDamage(session),
    asEvaluator: self ? evaluatorForm(state, self, loadSealed(store, session, self.evaluator.id)) : null,
  };
}

function evaluatorView(store: PropertyStore, state: SessionState, user: CurrentUser): EvaluatorView | null {
  const identity = evaluatorFor(state, user);
  if (identity === null) return null;
  const revealed = isRevealComplete(state);
  return {
    role: 'evaluator',
    session: sessionOverview(state),
    form: evaluatorForm(state, identity, loadSealed(store, state.session, identity.evaluator.id)),
    // After the reveal everyone sees the Summary; before it, nothing of anyone else is read at all.
    agenda: revealed ? agendaView(state, analysisOf(state, loadAllSealed(store, state.session))) : [],
  };
}

function visitorView(store: PropertyStore, state: SessionState | null, user: CurrentUser): VisitorView {
  const library = loadLibrary(store);
  const common = {
    role: 'visitor' as const,
    presets: presetSummaries(),
    latestScorecard: library.latestScorecard ? scorecardSummary(library.latestScorecard, 'The scorecard your last session ended with') : null,
  };
  if (state === null) {
    return {
      ...common,
      session: null,
      message: 'No calibration session is running in this spreadsheet. Start one as its facilitator.',
      claimable: [],
      canCreateSession: true,
    };
  }
  const claimed = new Set(state.claims.map((c) => c.evaluatorId));
  const claimable = evaluatorListing(state.session).filter((listing) => {
    const evaluator = state.session.evaluators.find((e) => e.id === listing.id)!;
    return evaluator.email === '' && !claimed.has(evaluator.id);
  });
  const scoring = state.session.status === 'scoring';
  return {
    ...common,
    session: sessionOverview(state),
    message:
      user.email === ''
        ? claimable.length > 0 && scoring
          ? 'Google does not share your address with the add-on: pick your name once to open your scoring form.'
          : 'Google does not share your address with the add-on, and no evaluator name is left to pick. Ask the facilitator.'
        : `${user.email} is not one of the evaluators of "${state.session.title}". ${
            claimable.length > 0 && scoring ? 'If you are listed without an address, pick your name.' : 'Ask the facilitator to add you.'
          }`,
    claimable: scoring ? claimable : [],
    canCreateSession: false,
  };
}

/** The sidebar state after a change, without opening the spreadsheet for an evaluator. */
export function stateAfterChange(services: Services, store: PropertyStore, state: SessionState): SidebarState {
  const user = services.caller();
  if (isFacilitator(state, user)) return facilitatorView(services, store, state);
  return evaluatorView(store, state, user) ?? visitorView(store, state, user);
}
