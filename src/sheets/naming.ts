// What our tabs are called, and the named ranges that find them again after someone renames them.
// Sheet names are for people and may clash or change; the registry name is ours and stable.
import { revealOrder } from '../domain/analysis';
import { labelId } from '../domain/people';
import type { Session } from '../domain/schemas';
import { evaluatorLabels } from './layout/labels';
import { fnv1a } from '../domain/fnv1a';

type FixedTab =
  | 'session'
  | 'scorecard'
  | 'summary'
  | 'answers'
  | 'discussion'
  | 'actionItems'
  | 'history'
  | 'scores'
  | 'results'
  | 'sessionResults';

/**
 * The tabs every session expects. The results tabs are not among them: they are made at the first
 * reveal, so a session that has not revealed yet is not missing them.
 */
export const fixedTabs: readonly FixedTab[] = [
  'session',
  'scorecard',
  'summary',
  'answers',
  'discussion',
  'actionItems',
  'history',
  'scores',
];

const fixedTabNames: Record<FixedTab, string> = {
  session: 'Session',
  scorecard: 'Scorecard',
  summary: 'Summary',
  answers: 'Answers',
  discussion: 'Discussion',
  actionItems: 'Action Items',
  history: 'History',
  scores: 'Scores',
  results: 'Results',
  sessionResults: 'Session results',
};

/** A tab we manage: how to find it (registry) and what it should be called (base name). */
export interface TabSpec {
  registryName: string;
  baseName: string;
}

const PREFIX = 'CallCal_';
const SHEET_NAME_LIMIT = 90;

/**
 * Ids allow letters, digits, ".", "-" and "_"; named-range names allow only letters, digits and "_".
 * Each of the three is spelled as "_" plus a letter, so distinct ids stay distinct and "_S_" (never
 * produced here) can separate two ids.
 */
export function registryToken(id: string): string {
  return id.replace(/[._-]/g, (ch) => (ch === '_' ? '_u' : ch === '.' ? '_d' : '_h'));
}

const REGISTRY_NAME_LIMIT = 200;

/** Long ids would pass Sheets' limit on named-range names; those are shortened to a stable digest. */
function registryName(kind: string, sessionId: string, evaluatorId: string): string {
  const name = `${PREFIX}${kind}_${registryToken(sessionId)}_S_${registryToken(evaluatorId)}`;
  if (name.length <= REGISTRY_NAME_LIMIT) return name;
  const key = `${sessionId}\u0000${evaluatorId}`;
  return `${PREFIX}${kind}_h${fnv1a(key, 0x811c9dc5)}${fnv1a(key, 0x01234567)}`;
}

export function fixedTab(tab: FixedTab): TabSpec {
  return { registryName: `${PREFIX}${tab}`, baseName: fixedTabNames[tab] };
}

/** The named range over the open session's run of rows on a results tab (one session is open at a time). */
export function sessionRowsName(tab: 'results' | 'sessionResults'): string {
  return `${PREFIX}rows_${tab}`;
}

/** A name Sheets accepts: no control characters or brackets, trimmed, at most 90 characters. */
export function sheetSafeName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = name
    .replace(/[\u0000-\u001F\u007F[\]*?/\\:]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return (cleaned === '' ? 'Tab' : cleaned).slice(0, SHEET_NAME_LIMIT).trim();
}

type Named = Pick<Session, 'id' | 'options' | 'labelOrder'>;

/**
 * What a tab's named range calls its evaluator. Evaluator ids are listed beside names in the sidebar, so
 * an anonymous session's named ranges carry the label instead: any editor can list named ranges.
 * (Anonymous sessions stored before label orders existed keep the names they were made with.)
 */
function registryKey(session: Named, evaluatorId: string, label: string): string {
  return session.options.anonymousReveal && session.labelOrder.length > 0 ? labelId(label) : evaluatorId;
}

/** `label` is how the sheets name the evaluator: their name, or "Evaluator A" for an anonymous reveal. */
export function evaluatorTab(session: Named, evaluatorId: string, label: string): TabSpec {
  return {
    registryName: registryName('eval', session.id, registryKey(session, evaluatorId, label)),
    baseName: sheetSafeName(`Scores – ${label}`),
  };
}

/** After the close: the tab keeps its data under a name with the session date, and leaves the session's registry. */
export function archivedEvaluatorTab(session: Named & Pick<Session, 'sessionDate'>, evaluatorId: string, label: string): TabSpec {
  return {
    registryName: registryName('archive', session.id, registryKey(session, evaluatorId, label)),
    baseName: sheetSafeName(`${label} – ${session.sessionDate}`),
  };
}

/**
 * Every evaluator tab of the session, in reveal order: by label when anonymous, so the tabs' order says
 * no more than their names.
 */
export function evaluatorTabs(session: Session): Array<TabSpec & { evaluatorId: string }> {
  const labels = evaluatorLabels(session);
  return revealOrder(session).map((evaluator) => ({
    evaluatorId: evaluator.id,
    ...evaluatorTab(session, evaluator.id, labels.get(evaluator.id) ?? evaluator.name),
  }));
}

/** Every tab a session expects, fixed tabs first, then one per evaluator in session order. */
export function sessionTabs(session: Session): TabSpec[] {
  return [...fixedTabs.map(fixedTab), ...evaluatorTabs(session)];
}

/** `Summary`, else `Summary (2)`, `Summary (3)`, … whichever is free first (names compare without case, as in Sheets). */
export function freeName(baseName: string, taken: readonly string[]): string {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  if (!used.has(baseName.toLowerCase())) return baseName;
  for (let n = 2; ; n++) {
    const candidate = `${baseName.slice(0, SHEET_NAME_LIMIT - 6)} (${n})`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/** Whether `name` is one we could have given the tab: its base name or a clash-avoiding variant. */
export function isOurName(name: string, baseName: string): boolean {
  if (name === baseName) return true;
  const stem = baseName.slice(0, SHEET_NAME_LIMIT - 6);
  return name.startsWith(`${stem} (`) && /^\(\d+\)$/.test(name.slice(stem.length + 1));
}
