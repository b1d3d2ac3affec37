// What the sidebar shows the person at the keyboard, by role. The facilitator sees who submitted and
// when; an evaluator sees their own form; anyone else sees the session's outline and, when Apps Script
// withholds their address, the names they may pick as themselves.
import type { EvaluatorView, FacilitatorView, NextSessionOffer, SidebarState, VisitorView } from '../api/views';
import type { CurrentUser } from '../adapters/identity';
import type { PropertyStore } from '../adapters/propertyStore';
import { loadAllSealed, loadLibrary, loadSealed, loadState } from '../state/stateStore';
import { isCloseComplete, isRevealComplete, type SessionState } from '../state/sessionState';
import { evaluatorFor, isFacilitator } from './authorization';
import { presetSummaries, scorecardSummary } from './listPresets';
import type { Services } from './services';
import { agendaView, evaluatorForm, evaluatorListing, sessionOverview, submissionStatusView } from './sessionViews';
import { analysisOf } from './sessionScores';
import { reportView } from './buildReport';
import { yourCalibration } from './yourCalibration';

export interface ViewOptions {
  /** Look for tabs renamed or deleted by hand (three service calls per tab): on load and after a repair only. */
  checkDamage?: boolean;
}

export function sidebarState(services: Services, options: ViewOptions = {}): SidebarState {
  const store = services.store();
  const state = loadState(store);
  const user = services.caller();
  if (state === null) return visitorView(store, null, user);
  if (isFacilitator(state, user)) return facilitatorView(services, store, state, options);
  return evaluatorView(store, state, user) ?? visitorView(store, state, user);
}

/** What a closed session hands on to the next one; null while the session runs. */
function nextSessionOffer(store: PropertyStore, state: SessionState): NextSessionOffer | null {
  if (!isCloseComplete(state)) return null;
  const { latestScorecard } = loadLibrary(store);
  return {
    presets: presetSummaries(),
    latestScorecard: latestScorecard ? scorecardSummary(latestScorecard, 'The scorecard your last session ended with') : null,
  };
}

/** The facilitator's whole picture; answers appear only through the agenda, after the reveal. */
export function facilitatorView(services: Services, store: PropertyStore, state: SessionState, options: ViewOptions = {}): FacilitatorView {
  const { session } = state;
  // A closed session's evaluator tabs are archived: nothing is left that a repair would rebuild.
  const checkDamage = options.checkDamage === true && state.close === null;
  const sealedAll = loadAllSealed(store, session);
  const revealed = isRevealComplete(state);
  const workbook = services.workbook();
  const self = evaluatorFor(state, services.caller());
  const actionItems = workbook.readActionItems();
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
    openActionItems: actionItems.filter((item) => item.status !== 'done'),
    report: reportView(state, actionItems),
    damage: checkDamage ? workbook.findDamage(session) : [],
    damageChecked: checkDamage,
    asEvaluator: self ? evaluatorForm(state, self, loadSealed(store, session, self.evaluator.id)) : null,
    nextSession: nextSessionOffer(store, state),
  };
}

function evaluatorView(store: PropertyStore, state: SessionState, user: CurrentUser): EvaluatorView | null {
  const identity = evaluatorFor(state, user);
  if (identity === null) return null;
  const revealed = isRevealComplete(state);
  // After the reveal everyone sees the Summary; before it, nothing of anyone else is read at all.
  const analysis = revealed ? analysisOf(state, loadAllSealed(store, state.session)) : null;
  return {
    role: 'evaluator',
    session: sessionOverview(state),
    form: evaluatorForm(state, identity, loadSealed(store, state.session, identity.evaluator.id)),
    calibration: analysis ? yourCalibration(state, analysis, identity.evaluator.id) : null,
    agenda: analysis ? agendaView(state, analysis) : [],
    nextSession: nextSessionOffer(store, state),
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
  if (isCloseComplete(state)) {
    return {
      ...common,
      session: sessionOverview(state),
      message: `"${state.session.title}" is closed. Anyone can start the next session, which replaces it in the sidebar.`,
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
