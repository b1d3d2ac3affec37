// A facilitator starts a session: the scorecard is pinned, the caller becomes its facilitator, each
// evaluator is matched to the person they are (by address, or as the facilitator confirmed), and the
// workbook is laid out. The state is stored before any sheet is touched, so a failure in the sheets
// leaves a session that "Repair session" completes. A closed session is archived whole (state and
// sealed scores) so its report can be built again; a running session is replaced only before anyone
// scored, and the tabs it made are removed.
import { z } from '../domain/zod';
import type { createSessionPayloadSchema } from '../api/payloads';
import type { CreateSessionResult } from '../api/views';
import type { CurrentUser } from './ports/currentUser';
import type { PropertyStore } from './ports/propertyStore';
import { UserError, parseWith } from '../domain/errors';
import { matchRoster, withSessionRecorded } from '../domain/people';
import { presetById } from '../domain/presets';
import { drawLabelOrder } from '../domain/analysis';
import { evaluatorSchema, sessionSchema, type Scorecard, type Session } from '../domain/schemas';
import { SESSION_STATE_VERSION, isCloseComplete, type SessionState } from '../state/sessionState';
import {
  PEOPLE_KEY,
  SESSION_KEY,
  archiveChange,
  clearAllSealed,
  loadAllSealed,
  loadLibrary,
  loadPeople,
  loadState,
} from '../state/stateStore';
import { TABS_CHECKED_KEY, type TabsChecked } from '../state/tabsChecked';
import { clearEarlierSessions } from '../state/earlierSessions';
import { isFacilitator, mayStartNext, whoMayStartNext } from './authorization';
import type { Services } from './ports/services';
import { facilitatorView } from './sidebarState';
import { submissionStatusView } from './sessionViews';
import type { Workbook } from './ports/workbook';

type CreateSessionInput = z.output<typeof createSessionPayloadSchema>;

const lower = (emails: readonly string[]) => [...new Set(emails.map((email) => email.trim().toLowerCase()))];

export function createSession(services: Services, input: CreateSessionInput): CreateSessionResult {
  const user = services.caller();
  return services.underLock(() => {
    const store = services.store();
    const workbook = services.workbook();
    const existing = loadState(store);
    const replacing = requireMayStart(store, existing, user, workbook);
    requireTabsProtectableFor(user, workbook);
    const scorecard = scorecardFor(input.scorecard, store, () => workbook.readScorecard());
    const now = services.now();
    const newPersonKey = () => `p-${services.newId()}`;
    let people = loadPeople(store);
    if (replacing === 'closed' && existing) people = withSessionRecorded(people, existing.session, newPersonKey);
    const matched = matchRoster(people, input.evaluators, newPersonKey);
    const evaluators = input.evaluators.map(({ sameAs: _sameAs, ...e }, i) => ({
      ...e,
      email: e.email.trim().toLowerCase(),
      personKey: matched.personKeys[i],
    }));
    const anonymous = input.options.anonymousReveal ?? true;
    const juniorsFirst = input.options.juniorsFirst ?? true;
    const session: Session = parseWith(
      sessionSchema,
      {
        id: `${input.sessionDate}-${services.newId()}`,
        title: input.title,
        sessionDate: input.sessionDate,
        scoringDeadline: input.scoringDeadline,
        facilitator: { name: input.facilitatorName, email: user.email },
        calls: input.calls,
        evaluators,
        options: input.options,
        labelOrder: anonymous
          ? drawLabelOrder(
              parseWith(z.array(evaluatorSchema), evaluators, 'Evaluators'),
              juniorsFirst,
              evaluators.map(() => services.newId()),
            )
          : [],
        team: {
          coFacilitators: lower(input.team.coFacilitators).filter((email) => email !== user.email),
          managers: lower(input.team.managers),
          managerAccess: input.team.managerAccess,
        },
        scorecard,
        status: 'scoring',
        createdAt: now,
      },
      'New session',
    );
    const state: SessionState = {
      schemaVersion: SESSION_STATE_VERSION,
      session,
      facilitator: { email: user.email, tokenHash: user.tokenHash() },
      claims: [],
      finals: [],
      discussion: [],
      definitionChanges: [],
      attendance: [],
      nextScorecard: scorecard,
      report: null,
      reveal: null,
      close: null,
    };
    // Read before any write; laying out the tabs keeps these items as they are, so the view reuses them.
    const actionItems = workbook.readActionItems();
    const openActions = actionItems.filter((item) => item.status !== 'done');
    store.commit({
      ...clearAllSealed(store),
      // The last session's copy of the sessions before it: this session's is taken at its own reveal.
      ...clearEarlierSessions(),
      ...(replacing === 'closed' && existing ? archiveChange(store, existing, now) : {}),
      [SESSION_KEY]: state,
      [PEOPLE_KEY]: matched.directory,
    });
    // Laying out the tabs takes seconds (a few hundred calls): say so while it runs.
    workbook.progress(`Setting up "${session.title}": the shared tabs and one tab per evaluator…`);
    // Replaced before anyone scored: its hidden tabs would otherwise be left behind for good.
    if (replacing === 'unscored' && existing) workbook.removeEvaluatorTabs(existing.session);
    // The status is laid out with the tabs, written once; the evaluator tabs are new (the session's id is).
    workbook.setUpSession(session, openActions, submissionStatusView(state, []).rows, { newSession: true });
    // The tabs as laid out, so opening the sidebar need not look at each one to know none was deleted.
    store.commit({ [TABS_CHECKED_KEY]: { sessionId: session.id, sheets: workbook.sheetCount(), damaged: false } satisfies TabsChecked });
    return { state: facilitatorView(services, store, state, { actionItems }), warnings: setupWarnings(session) };
  });
}

/**
 * What the new session replaces: nothing, a closed session (archived, never deleted), or a running
 * session nobody has scored in. After a close only its facilitator, a co-facilitator or the
 * spreadsheet's owner may start the next one; a running session is replaced only by its own
 * facilitator, and only while nobody has saved a score: no score is ever discarded by starting over.
 */
function requireMayStart(
  store: PropertyStore,
  existing: SessionState | null,
  user: CurrentUser,
  workbook: Workbook,
): 'none' | 'closed' | 'unscored' {
  if (existing === null) return 'none';
  const { title } = existing.session;
  if (isCloseComplete(existing)) {
    if (!mayStartNext(existing, user, workbook.ownerEmail())) {
      throw new UserError(`Only ${whoMayStartNext(existing)} can start the session after "${title}". Ask one of them.`);
    }
    return 'closed';
  }
  if (existing.close !== null) {
    throw new UserError(
      isFacilitator(existing, user)
        ? `Closing "${title}" stopped part-way: click "Close session" again to complete it, then start the next session.`
        : `"${title}" is being closed: its facilitator completes the close before the next session can start.`,
    );
  }
  if (!isFacilitator(existing, user)) {
    throw new UserError(`"${title}" is running in this spreadsheet: only its facilitator can start another session.`);
  }
  const saved = loadAllSealed(store, existing.session).filter((s) => s.submitted.length > 0 || s.drafts.length > 0);
  if (saved.length > 0 || existing.reveal !== null) {
    throw new UserError(
      `"${title}" already has saved scores (${saved.length} ${saved.length === 1 ? 'evaluator' : 'evaluators'}): close it before starting a new session.`,
    );
  }
  return 'unscored';
}

/**
 * Each evaluator tab is protected for its evaluator and the facilitator, and a protection lists people by
 * address. The spreadsheet's owner can always edit, so a facilitator whose address Apps Script withholds
 * can still set up as the owner; anyone else would lock themselves out of the tabs half way through set-up.
 * When the owner's address is withheld too, the caller may be the owner, and set-up goes ahead.
 */
function requireTabsProtectableFor(user: CurrentUser, workbook: Workbook): void {
  if (user.email !== '') return;
  const owner = workbook.ownerEmail();
  if (owner === '') return;
  // A spreadsheet on a shared drive has no owner (getOwner() is null), so nobody is exempt from the tabs' protection.
  if (owner === null) {
    throw new UserError(
      'Google does not share your address with the add-on, and this spreadsheet is on a shared drive, so the evaluator tabs cannot be protected for you: ask a colleague whose address Google shares (someone in your organization) to start the session.',
    );
  }
  throw new UserError(
    'Google does not share your address with the add-on, so the evaluator tabs cannot be protected for you: ask the spreadsheet owner to start the session.',
  );
}

function scorecardFor(source: CreateSessionInput['scorecard'], store: PropertyStore, readSheet: () => Scorecard): Scorecard {
  switch (source.source) {
    case 'preset':
      return presetById(source.presetId).scorecard;
    case 'sheet':
      return readSheet();
    case 'latest': {
      const latest = loadLibrary(store).latestScorecard;
      if (!latest) throw new UserError('No session has been closed in this spreadsheet yet: pick a preset or the Scorecard sheet.');
      return latest;
    }
  }
}

const DAY = 24 * 3600 * 1000;

/** Advice from calibration practice; none of it stops the session. */
export function setupWarnings(session: Session): string[] {
  const warnings: string[] = [];
  const calls = session.calls.length;
  if (calls < 2 || calls > 4) warnings.push(`${calls} ${calls === 1 ? 'call' : 'calls'}: 2–4 calls keep a session focused and comparable.`);
  const evaluators = session.evaluators.length;
  if (evaluators < 6 || evaluators > 8) {
    warnings.push(
      `${evaluators} ${evaluators === 1 ? 'evaluator' : 'evaluators'}: 6–8 give stable agreement figures and a discussion everyone joins.`,
    );
  }
  // The session has a date but no time, so the advice is in calendar days, on the deadline's own date.
  const deadlineDate = session.scoringDeadline.slice(0, 10);
  const daysBefore = Math.round((Date.parse(session.sessionDate) - Date.parse(deadlineDate)) / DAY);
  if (daysBefore < 1) {
    warnings.push('The scoring deadline is on or after the session date: set it 24–48 hours before, to leave time to prepare the agenda.');
  } else if (daysBefore > 2) {
    warnings.push(`The scoring deadline is ${daysBefore} days before the session: 24–48 hours before keeps the calls fresh in mind.`);
  }
  return warnings;
}
