// The Session sheet: the overview, the calls with their recordings, the evaluators with their
// submission status, and the open action items carried over from earlier sessions.
import { publicRoster } from '../../domain/analysis';
import type { ActionItem, Session } from '../../domain/schemas';
import { block, bold, date, dateTime, INTEGER_FORMAT, link, num, text, type Block, type Row } from '../block';
import type { StatusRow } from '../../api/views';
import { HEADER_BACKGROUND, TITLE_BACKGROUND } from './palette';
import { actionItemCells } from './actionItemsSheet';
import { roleLabels } from '../../domain/labels';

export const sessionStatusLabels: Record<Session['status'], string> = {
  scoring: 'Blind scoring',
  revealed: 'Revealed: discussing',
  closed: 'Closed',
};

const identifiedByLabels: Record<StatusRow['identifiedBy'], string> = {
  email: 'By email address',
  'self-declared': 'Self-declared (picked own name)',
  'not yet': 'Not yet',
};

function header(labels: readonly string[]): Row {
  return labels.map((label) => bold(label, { background: HEADER_BACKGROUND }));
}

/** Row 1: title; rows 2–8: overview; row 9: the report link; then calls, evaluators, open actions. */
const SESSION_OVERVIEW_ROW = 2;
const SESSION_REPORT_ROW = 9;
const CALLS_ROW = 11;

interface SessionSheetPositions {
  /** First row of each block (1-based). */
  overview: number;
  report: number;
  calls: number;
  evaluators: number;
  actions: number;
}

/** Where each block sits: fixed from the session alone, so a status update can rewrite its block in place. */
export function sessionSheetPositions(session: Session): SessionSheetPositions {
  const calls = CALLS_ROW;
  const evaluators = calls + 2 + session.calls.length + 1;
  const actions = evaluators + 2 + session.evaluators.length + 1;
  return { overview: SESSION_OVERVIEW_ROW, report: SESSION_REPORT_ROW, calls, evaluators, actions };
}

export function sessionOverview(session: Session): Block {
  const facilitator =
    session.facilitator.email === '' ? session.facilitator.name : `${session.facilitator.name} (${session.facilitator.email})`;
  return block([
    [bold('Session'), text(session.title)],
    [bold('Session date'), date(session.sessionDate)],
    [bold('Scoring deadline'), dateTime(session.scoringDeadline)],
    [bold('Facilitator'), text(facilitator)],
    [bold('Status'), text(sessionStatusLabels[session.status])],
    [bold('Scorecard'), text(`${session.scorecard.name} (version ${session.scorecard.version})`)],
    [bold('Session id'), text(session.id)],
  ]);
}

export function reportLinkRow(url: string): Block {
  return block([[bold('Report'), url === '' ? text('Not built yet') : link(url, 'Open the report')]]);
}

function callsBlock(session: Session): Block {
  return block([
    [bold('Calls', { background: TITLE_BACKGROUND })],
    header(['Call id', 'Call', 'Agent', 'Channel', 'Call date', 'Recording', 'Notes']),
    ...session.calls.map((call) => [
      text(call.id),
      text(call.label),
      text(call.agent),
      text(call.channel),
      date(call.callDate),
      link(call.recordingUrl, 'Open recording'),
      text(call.notes),
    ]),
  ]);
}

/** Before anyone has opened the sidebar: nobody identified, nothing submitted. */
export function initialStatus(session: Session): StatusRow[] {
  return publicRoster(session).map((evaluator) => ({
    evaluatorId: evaluator.id,
    name: evaluator.name,
    role: evaluator.role,
    identifiedBy: 'not yet',
    callsSubmitted: 0,
    callsTotal: session.calls.length,
    lastSubmittedAt: '',
  }));
}

/**
 * One row per evaluator: who they are and when they submitted, never what. In an anonymous session by
 * name and without seniority, so nothing here lines up with the labels.
 */
export function evaluatorsBlock(session: Session, status: readonly StatusRow[]): Block {
  const byId = new Map(status.map((row) => [row.evaluatorId, row]));
  const anonymous = session.options.anonymousReveal;
  return block([
    [bold('Evaluators', { background: TITLE_BACKGROUND })],
    header(
      anonymous
        ? [
            'Evaluator',
            'Role',
            'Seniority (not shown: anonymous reveal)',
            'Email',
            'Identified',
            'Calls submitted (in the facilitator’s sidebar)',
            'Of',
            'Last submitted',
          ]
        : ['Evaluator', 'Role', 'Seniority', 'Email', 'Identified', 'Calls submitted', 'Of', 'Last submitted'],
    ),
    ...publicRoster(session).map((evaluator) => {
      const row = byId.get(evaluator.id);
      // Anonymous: when and how much each person submitted would match the labelled tabs after the reveal.
      return [
        text(evaluator.name),
        text(roleLabels[evaluator.role]),
        anonymous ? text('') : num(evaluator.seniority, INTEGER_FORMAT),
        text(evaluator.email),
        text(identifiedByLabels[row?.identifiedBy ?? 'not yet']),
        anonymous ? text('') : num(row?.callsSubmitted ?? 0, INTEGER_FORMAT),
        anonymous ? text('') : num(row?.callsTotal ?? session.calls.length, INTEGER_FORMAT),
        anonymous ? text('') : dateTime(row?.lastSubmittedAt ?? ''),
      ];
    }),
  ]);
}

function carriedActionsBlock(openActions: readonly ActionItem[]): Block {
  return block([
    [bold('Open action items from earlier sessions', { background: TITLE_BACKGROUND })],
    header(['Id', 'Action', 'Owner', 'Due', 'Status', 'From session', 'Criterion']),
    ...(openActions.length === 0 ? [[text('None: every earlier action item is done.')]] : openActions.map(actionItemCells)),
  ]);
}

/** The whole sheet as one block, row 1 at the top. */
export function sessionSheet(session: Session, openActions: readonly ActionItem[], status: readonly StatusRow[]): Block {
  const positions = sessionSheetPositions(session);
  const parts: Array<[number, Block]> = [
    [1, block([[bold(`Calibration session: ${session.title}`, { background: TITLE_BACKGROUND })]])],
    [positions.overview, sessionOverview(session)],
    [positions.report, reportLinkRow('')],
    [positions.calls, callsBlock(session)],
    [positions.evaluators, evaluatorsBlock(session, status)],
    [positions.actions, carriedActionsBlock(openActions)],
  ];
  const rows: Row[] = [];
  for (const [row, part] of parts) {
    while (rows.length < row - 1) rows.push([]);
    rows.push(...part.rows);
  }
  return block(rows);
}
