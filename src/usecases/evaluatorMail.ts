// What the facilitator emails evaluators, and how a batch of messages is sent: one message per
// evaluator (an address never sees the others), each failure kept with its reason while the rest go on.
// Consumer accounts may email about 100 recipients a day, so the quota is asked for once, up front, and
// messages past it are reported rather than attempted.
import type { MailResult } from '../api/views';
import type { Call, Evaluator, Session } from '../domain/schemas';
import type { Mailer } from './ports/services';

export interface EvaluatorMessage {
  evaluator: Evaluator;
  subject: string;
  body: string;
}

/** The deadline as people read it, unambiguous whatever their time zone: `2026-11-28 17:00 UTC`. */
function deadlineText(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return `${at.toISOString().slice(0, 10)} ${at.toISOString().slice(11, 16)} UTC`;
}

function callLines(calls: readonly Call[]): string[] {
  return calls.map((call) => (call.recordingUrl ? `- ${call.label}: ${call.recordingUrl}` : `- ${call.label}`));
}

const HOW_TO_SCORE = [
  'In the spreadsheet, choose Extensions → Call Calibration → Open, and score each call in the sidebar.',
  'Your answers stay sealed, the facilitator included, until the scores are revealed.',
];

export function invitationFor(session: Session, evaluator: Evaluator, spreadsheetUrl: string): EvaluatorMessage {
  const deadline = deadlineText(session.scoringDeadline);
  return {
    evaluator,
    subject: `Calibration "${session.title}": please score ${session.calls.length === 1 ? 'the call' : `${session.calls.length} calls`} by ${deadline}`,
    body: [
      `Hello ${evaluator.name},`,
      '',
      `${session.facilitator.name} invites you to the calibration session "${session.title}" on ${session.sessionDate}.`,
      '',
      `The spreadsheet: ${spreadsheetUrl}`,
      ...HOW_TO_SCORE,
      '',
      'The calls to score:',
      ...callLines(session.calls),
      '',
      `Please submit your scores by ${deadline}.`,
    ].join('\n'),
  };
}

export function reminderFor(session: Session, evaluator: Evaluator, pending: readonly Call[], spreadsheetUrl: string): EvaluatorMessage {
  const deadline = deadlineText(session.scoringDeadline);
  return {
    evaluator,
    subject: `Reminder: score the calls of "${session.title}" by ${deadline}`,
    body: [
      `Hello ${evaluator.name},`,
      '',
      `Your scores for the calibration session "${session.title}" are due by ${deadline}. Still to submit:`,
      ...callLines(pending),
      '',
      `The spreadsheet: ${spreadsheetUrl}`,
      ...HOW_TO_SCORE,
    ].join('\n'),
  };
}

const QUOTA_REASON =
  "The daily email quota of your Google account is used up: send the rest tomorrow, or send them the spreadsheet's link yourself.";

function reasonOf(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  if (/too many times|quota/i.test(detail)) return QUOTA_REASON;
  return `Apps Script did not send it (${detail}). Check the address in the session's evaluator list.`;
}

/** Sends each message on its own; the result says who got one, who did not and why, and who has no address. */
export function sendEach(
  mailer: Mailer,
  kind: MailResult['kind'],
  messages: readonly EvaluatorMessage[],
  alreadySubmitted: string[] = [],
): MailResult {
  const result: MailResult = { kind, sent: [], failed: [], withoutAddress: [], alreadySubmitted, remainingQuota: 0 };
  const addressed = messages.filter((message) => message.evaluator.email !== '');
  result.withoutAddress = messages.filter((message) => message.evaluator.email === '').map((message) => message.evaluator.name);
  let remaining = addressed.length === 0 ? 0 : mailer.remainingQuota();
  for (const { evaluator, subject, body } of addressed) {
    if (remaining <= 0) {
      result.failed.push({ email: evaluator.email, reason: QUOTA_REASON });
      continue;
    }
    try {
      mailer.send({ to: evaluator.email, subject, body });
      result.sent.push(evaluator.email);
      remaining -= 1;
    } catch (error) {
      result.failed.push({ email: evaluator.email, reason: reasonOf(error) });
    }
  }
  result.remainingQuota = Math.max(0, remaining);
  return result;
}
