// "Check this spreadsheet": the facilitator asks the add-on to look at the real spreadsheet it runs in
// (permissions, identity, locking, storage, each evaluator tab, how it is installed, the time zone)
// and gets each finding with its fix. It only reads. While a session runs, only its facilitator may
// run it: the tabs' editor lists name the evaluators behind each tab.
import type { PropertyStore } from './ports/propertyStore';
import { UserError } from '../domain/errors';
import type { SpreadsheetCheckView } from '../api/views';
import { REQUIRED_SCOPES, overallStatus, selfCheck, type SelfCheckFacts } from '../domain/selfCheck';
import { loadState } from '../state/stateStore';
import { requireFacilitator } from './authorization';
import type { Services } from './ports/services';

function storeIfAny(services: Services): PropertyStore | null {
  try {
    return services.store();
  } catch (error) {
    // Outside a document there is no store: the lock check reports it in plain words.
    if (error instanceof UserError) return null;
    throw error;
  }
}

export function checkSpreadsheet(services: Services): SpreadsheetCheckView {
  const user = services.caller();
  const probe = services.probe();
  const store = storeIfAny(services);
  const state = store === null ? null : loadState(store);
  if (state !== null) requireFacilitator(state, user);

  let session: SelfCheckFacts['session'] = null;
  if (state !== null) {
    const workbook = services.workbook();
    const owner = workbook.ownerEmail();
    const { evaluators, facilitator } = state.session;
    const tabs = state.session.status === 'closed' ? [] : workbook.inspectEvaluatorTabs(state.session);
    session = {
      title: state.session.title,
      status: state.session.status,
      evaluatorEmails: evaluators.filter((e) => e.email !== '').map((e) => ({ name: e.name, email: e.email.toLowerCase() })),
      tabs: tabs.map((tab) => {
        const evaluator = evaluators.find((e) => e.id === tab.evaluatorId)!;
        const expected = [evaluator.email, facilitator.email, owner ?? '', user.email]
          .map((email) => email.trim().toLowerCase())
          .filter(Boolean);
        return { ...tab, label: evaluator.name, expectedEditors: [...new Set(expected)] };
      }),
    };
  }

  const checks = selfCheck({
    requiredScopes: [...REQUIRED_SCOPES],
    grantedScopes: probe.grantedScopes(REQUIRED_SCOPES),
    userEmail: user.email,
    documentLock: probe.documentLockAvailable(),
    propertyBytes: store?.usedBytes() ?? 0,
    propertyLimitBytes: store?.limitBytes ?? 0,
    installation: probe.installation(),
    timeZone: probe.spreadsheetTimeZone(),
    session,
  });
  return { overall: overallStatus(checks), checks };
}
