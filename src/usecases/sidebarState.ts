// What the sidebar shows the person at the keyboard, by role. The facilitator sees who submitted and
// when; an evaluator sees their own form; anyone else sees the session's outline and, when Apps Script
// withholds their address, the names they may pick as themselves.
import type {
  AttendanceView,
  EvaluatorView,
  FacilitatorView,
  NextSessionOffer,
  PersonDriftView,
  SessionTemplate,
  SidebarState,
  SignedInAs,
  VisitorView,
} from '../api/views';
import { revealLabels } from '../domain/analysis';
import { attendanceOverSessions, attendanceRate, registerOf, statusByEvaluator, submittedIn, whatWasAgreed } from '../domain/attendance';
import { membershipOf, withPeopleOf } from '../domain/people';
import { titlePattern } from '../domain/titlePattern';
import type { CurrentUser } from './ports/currentUser';
import type { PropertyStore } from './ports/propertyStore';
import { archivedStates, loadAllSealed, loadLibrary, loadPeople, loadSealed, loadState } from '../state/stateStore';
import type { SessionAnalysis } from '../domain/analysis';
import type { ActionItem, PeopleDirectory, Session, SessionHistoryEntry } from '../domain/schemas';
import { earlierSessions, trendAfter } from './refreshSummary';
import { TABS_CHECKED_KEY, loadTabsChecked, sameTabsChecked } from '../state/tabsChecked';
import { isCloseComplete, isRevealComplete, type SessionState } from '../state/sessionState';
import { canFacilitate, evaluatorFor, isFacilitator, mayStartNext, whoMayStartNext } from './authorization';
import { presetSummaries, scorecardSummary } from './listPresets';
import type { Services } from './ports/services';
import { agendaView, evaluatorForm, evaluatorListing, sessionOverview, submissionStatusView } from './sessionViews';
import { analysisOf } from './sessionScores';
import { reportView } from './buildReport';
import { yourCalibration } from './yourCalibration';

interface ViewOptions {
  /**
   * Look for tabs renamed or deleted by hand, three service calls per tab: `true` always (after a repair,
   * and when asked with "Check tabs"); `'ifChanged'` only when the number of sheets differs from the last
   * look, or the last look found something (opening the sidebar).
   */
  checkDamage?: boolean | 'ifChanged';
  /** The sessions before this one, when the caller has just read History: not read a second time. */
  earlierSessions?: readonly SessionHistoryEntry[];
  /** The action items as this call already read them (creating a session reads them before it lays out the tabs). */
  actionItems?: ActionItem[];
}

export function sidebarState(services: Services, options: ViewOptions = {}): SidebarState {
  const store = services.store();
  const state = loadState(store);
  const user = services.caller();
  if (state === null) return visitorView(services, store, null, user);
  if (canFacilitate(state, user)) return facilitatorView(services, store, state, options);
  return evaluatorView(services, store, state, user) ?? visitorView(services, store, state, user);
}

export function signedInAs(user: CurrentUser): SignedInAs {
  return { email: user.email, withheld: user.email === '' };
}

/** The closed session as the wizard pre-fills the next one: roster, facilitator, options, team, title pattern. */
function sessionTemplate(state: SessionState): SessionTemplate {
  const { session } = state;
  return {
    sessionId: session.id,
    titlePattern: titlePattern(session.title, session.sessionDate),
    facilitatorName: session.facilitator.name,
    evaluators: session.evaluators.map((e) => ({
      personKey: e.personKey,
      name: e.name,
      email: e.email,
      role: e.role,
      seniority: e.seniority,
    })),
    // The wizard numbers evaluators ev-1, ev-2, … in row order: the expert is named by that row.
    options: { ...session.options, expertEvaluatorId: expertRow(session) },
    team: {
      coFacilitators: [...session.team.coFacilitators],
      managers: [...session.team.managers],
      managerAccess: session.team.managerAccess,
    },
  };
}

function expertRow(session: SessionState['session']): string {
  const index = session.evaluators.findIndex((e) => e.id === session.options.expertEvaluatorId);
  return index >= 0 ? `ev-${index + 1}` : '';
}

/**
 * What a closed session hands on to the next one, for someone who may start it; null while the session
 * runs, or when this user may not start the next one (only the facilitator, a co-facilitator or the owner).
 */
function nextSessionOffer(services: Services, store: PropertyStore, state: SessionState, user: CurrentUser): NextSessionOffer | null {
  if (!isCloseComplete(state)) return null;
  if (!canFacilitate(state, user) && !mayStartNext(state, user, services.workbook().ownerEmail())) return null;
  const { latestScorecard } = loadLibrary(store);
  return {
    presets: presetSummaries(),
    latestScorecard: latestScorecard ? scorecardSummary(latestScorecard, 'The scorecard your last session ended with') : null,
    previous: sessionTemplate(state),
  };
}

/** The facilitator's whole picture; answers appear only through the agenda, after the reveal. */
export function facilitatorView(services: Services, store: PropertyStore, state: SessionState, options: ViewOptions = {}): FacilitatorView {
  const { session } = state;
  // A closed session's evaluator tabs are archived: nothing is left that a repair would rebuild.
  const checkDamage = options.checkDamage !== undefined && options.checkDamage !== false && state.close === null;
  const sealedAll = loadAllSealed(store, session);
  const revealed = isRevealComplete(state);
  const workbook = services.workbook();
  const user = services.caller();
  const self = evaluatorFor(state, user);
  const analysis = revealed ? analysisOf(state, sealedAll) : null;
  const actionItems = options.actionItems ?? workbook.readActionItems();
  return {
    role: 'facilitator',
    signedInAs: signedInAs(user),
    isLead: isFacilitator(state, user),
    claims: state.claims.map((claim) => ({
      evaluatorId: claim.evaluatorId,
      name: session.evaluators.find((e) => e.id === claim.evaluatorId)?.name ?? claim.evaluatorId,
      claimedAt: claim.claimedAt,
    })),
    session: sessionOverview(state),
    evaluatorEmails: session.evaluators.map((e) => ({ evaluatorId: e.id, email: e.email })),
    status: submissionStatusView(state, sealedAll),
    reveal: {
      state: state.reveal === null ? 'not-started' : revealed ? 'done' : 'incomplete',
      revealedAt: session.revealedAt,
    },
    agenda: analysis ? agendaView(state, analysis) : [],
    finals: state.finals.map((f) => ({ ...f })),
    discussion: state.discussion.map((d) => ({ ...d })),
    definitionChanges: state.definitionChanges.map((c) => ({ ...c })),
    scorecard: session.scorecard,
    nextScorecardVersion: state.nextScorecard.version,
    openActionItems: actionItems.filter((item) => item.status !== 'done'),
    report: reportView(state, actionItems),
    damage: checkDamage ? damageOf(services, store, session, options.checkDamage === 'ifChanged') : [],
    damageChecked: checkDamage,
    asEvaluator: self ? evaluatorForm(state, self, loadSealed(store, session, self.evaluator.id)) : null,
    nextSession: nextSessionOffer(services, store, state, user),
    // The earlier sessions as the reveal stored them (refreshSummary.earlierSessions): History is not read on an opening.
    people: analysis
      ? peopleDrift(options.earlierSessions ?? earlierSessions(workbook, store, state), state, analysis, loadPeople(store))
      : [],
    archivedSessions: archivedStates(store)
      .filter((archived) => canFacilitate(archived, user))
      .map((archived) => ({
        sessionId: archived.session.id,
        title: archived.session.title,
        sessionDate: archived.session.sessionDate,
        reportUrl: archived.report?.url ?? '',
      })),
    attendance: analysis ? attendanceView(store, state, analysis) : null,
  };
}

/**
 * The register, with each person of the roster over the last sessions (matched by person key, so a
 * reordered or renamed roster changes nothing) and who to follow up. Facilitator only: it names people,
 * anonymous sessions included, but never beside a label.
 */
function attendanceView(store: PropertyStore, state: SessionState, analysis: SessionAnalysis): AttendanceView {
  const { session } = state;
  const register = registerOf(session, state.attendance, submittedIn(analysis));
  // A session stored before person keys existed is placed by address, with keys that live for this view only.
  let n = 0;
  const directory = withPeopleOf(loadPeople(store), session, () => `view-${++n}`);
  const current = membershipOf(session, revealLabels(session), directory, statusByEvaluator(register));
  const overSessions = attendanceOverSessions(directory, current);
  return {
    register,
    rate: attendanceRate(register),
    overSessions,
    flags: overSessions.map((person) => person.suggestion).filter((s) => s !== ''),
  };
}

/**
 * The tabs changed by hand. When only a change may call for a look, the number of sheets is compared
 * with the last look's first: a deleted tab changes it. What a full look saw is stored (under the lock,
 * as every write to the store is) only when it differs from what was stored. The record is bookkeeping,
 * not session data: a repair, which changes no stored data, may still update it.
 */
function damageOf(services: Services, store: PropertyStore, session: Session, onlyIfChanged: boolean): string[] {
  const workbook = services.workbook();
  const last = loadTabsChecked(store);
  const sheets = workbook.sheetCount();
  if (onlyIfChanged && sameTabsChecked(last, { sessionId: session.id, sheets, damaged: false })) return [];
  const damage = workbook.findDamage(session);
  const seen = { sessionId: session.id, sheets, damaged: damage.length > 0 };
  if (!sameTabsChecked(last, seen)) {
    try {
      services.underLock(() => services.store().commit({ [TABS_CHECKED_KEY]: seen }), { sheets: false });
    } catch {
      // Busy, or the store is full: showing the sidebar matters more, and the next opening looks again.
    }
  }
  return damage;
}

/** Each person over time, anonymous sessions included: the facilitator's own follow-up. */
function peopleDrift(
  earlier: readonly SessionHistoryEntry[],
  state: SessionState,
  analysis: SessionAnalysis,
  people: PeopleDirectory,
): PersonDriftView[] {
  const trend = trendAfter(earlier, state, analysis, people, true);
  if (trend === null) return [];
  return trend.evaluators.map((person) => ({
    name: person.name,
    sessions: person.series.length,
    latest: person.series[person.series.length - 1]?.meanAbsoluteDeviation ?? null,
    changeSincePrevious: person.changeSincePrevious,
    changeSinceFirst: person.changeSinceFirst,
    drift: person.drift,
  }));
}

function evaluatorView(services: Services, store: PropertyStore, state: SessionState, user: CurrentUser): EvaluatorView | null {
  const identity = evaluatorFor(state, user);
  if (identity === null) return null;
  const revealed = isRevealComplete(state);
  const nextSession = nextSessionOffer(services, store, state, user);
  // After the reveal everyone sees the Summary; before it, nothing of anyone else is read at all.
  const analysis = revealed ? analysisOf(state, loadAllSealed(store, state.session)) : null;
  const evaluatorId = identity.evaluator.id;
  const attendance = analysis
    ? (registerOf(state.session, state.attendance, submittedIn(analysis)).find((e) => e.evaluatorId === evaluatorId)?.status ?? null)
    : null;
  const away = analysis !== null && attendance !== null && attendance !== 'present';
  return {
    role: 'evaluator',
    signedInAs: signedInAs(user),
    session: sessionOverview(state),
    form: evaluatorForm(state, identity, loadSealed(store, state.session, identity.evaluator.id)),
    calibration: analysis ? yourCalibration(state, analysis, identity.evaluator.id) : null,
    agenda: analysis ? agendaView(state, analysis) : [],
    nextSession,
    startMessage: isCloseComplete(state) && nextSession === null ? `Only ${whoMayStartNext(state)} can start the next session.` : '',
    attendance,
    // Someone who was not in the room still learns what was agreed: their own answers the finals
    // overturned, the new wording, and their actions. Nothing of anyone else's answers.
    agreed: away
      ? whatWasAgreed(state.session, analysis!, evaluatorId, state.definitionChanges, services.workbook().readActionItems())
      : null,
  };
}

function visitorView(services: Services, store: PropertyStore, state: SessionState | null, user: CurrentUser): VisitorView {
  const library = loadLibrary(store);
  const common = {
    role: 'visitor' as const,
    signedInAs: signedInAs(user),
    previous: null,
    presets: presetSummaries(),
    latestScorecard: library.latestScorecard
      ? scorecardSummary(library.latestScorecard, 'The scorecard your last session ended with')
      : null,
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
    const may = mayStartNext(state, user, services.workbook().ownerEmail());
    return {
      ...common,
      session: sessionOverview(state),
      message: may
        ? `"${state.session.title}" is closed. Start the next session: it starts from this one, and this one is kept so its report can be built again.`
        : `"${state.session.title}" is closed. Only ${whoMayStartNext(state)} can start the next session.`,
      claimable: [],
      canCreateSession: may,
      previous: may ? sessionTemplate(state) : null,
    };
  }
  const claimed = new Set(state.claims.map((c) => c.evaluatorId));
  const claimable = evaluatorListing(state.session).filter((listing) => {
    const evaluator = state.session.evaluators.find((e) => e.id === listing.id)!;
    return evaluator.email === '' && !claimed.has(evaluator.id);
  });
  const scoring = state.session.status === 'scoring';
  const withheld = user.email === '';
  return {
    ...common,
    session: sessionOverview(state),
    message: withheld
      ? claimable.length > 0 && scoring
        ? 'Google does not share your address with the add-on: pick your name once to open your scoring form. The facilitator sees that you picked it, and when.'
        : 'Google does not share your address with the add-on, and no evaluator name is left to pick. Ask the facilitator.'
      : `${user.email} is not one of the evaluators of "${state.session.title}". If you should score, ask the facilitator (${state.session.facilitator.name}) to add ${user.email} to your row.`,
    // Only someone whose address is withheld may say who they are: a known address is matched by itself.
    claimable: scoring && withheld ? claimable : [],
    canCreateSession: false,
  };
}

/** The sidebar state after a change, without opening the spreadsheet for an evaluator. */
export function stateAfterChange(services: Services, store: PropertyStore, state: SessionState): SidebarState {
  const user = services.caller();
  if (canFacilitate(state, user)) return facilitatorView(services, store, state);
  return evaluatorView(services, store, state, user) ?? visitorView(services, store, state, user);
}
