// "Email invitations" and "Email reminders" in words: whom a batch is about to reach before it is sent,
// and what happened after. Pure: the views only lay these lines out.
import type { FacilitatorView, MailResult } from '../../src/api/views';
import { plural } from './format';

export type MailKind = MailResult['kind'];

export interface Recipients {
  /** Names a message would go to. */
  to: string[];
  noAddress: string[];
}

/** Who a batch would email, from what the facilitator already sees (a reminder skips who is done). */
export function mailRecipients(kind: MailKind, view: Pick<FacilitatorView, 'status' | 'evaluatorEmails'>): Recipients {
  const emailOf = new Map(view.evaluatorEmails.map((e) => [e.evaluatorId, e.email]));
  const r: Recipients = { to: [], noAddress: [] };
  for (const row of view.status.rows) {
    if (kind === 'invitation' || row.callsSubmitted < row.callsTotal) (emailOf.get(row.evaluatorId) ? r.to : r.noAddress).push(row.name);
  }
  return r;
}

/** The question asked before sending: "Email a reminder to Ana, Ben? No address: Dev." */
export function mailQuestion(kind: MailKind, r: Recipients): string {
  const ask =
    r.to.length > 0 ? `Email ${kind === 'invitation' ? 'an invitation' : 'a reminder'} to ${r.to.join(', ')}?` : 'Nobody to email.';
  return r.noAddress.length > 0 ? `${ask} No address: ${r.noAddress.join(', ')}.` : ask;
}

/** What a batch did: a headline, then one line per outcome (sent, each failure with why, no address, done, quota). */
export function mailReport(result: MailResult): { headline: string; lines: string[] } {
  const { sent, failed, withoutAddress, alreadySubmitted } = result;
  return {
    headline: `${plural(sent.length, result.kind)} sent${failed.length > 0 ? `; ${failed.length} failed` : ''}.`,
    lines: [
      sent.length > 0 ? `Emailed: ${sent.join(', ')}` : '',
      ...failed.map((f) => `Not sent to ${f.email}: ${f.reason}`),
      withoutAddress.length > 0 ? `No address, tell them yourself: ${withoutAddress.join(', ')}` : '',
      alreadySubmitted.length > 0 ? `Already submitted: ${alreadySubmitted.join(', ')}` : '',
      `You may email ${plural(result.remainingQuota, 'more person', 'more people')} today.`,
    ].filter(Boolean),
  };
}
