import * as z from 'zod';
import type { EmulatorContext } from './context';
import { requireValidEmail } from './email';
import { instrument } from './instrument';

export const DEFAULT_DAILY_EMAIL_QUOTA = 100;

export const sentMailSchema = z.object({
  from: z.string(),
  senderName: z.string().nullable(),
  to: z.array(z.string()),
  cc: z.array(z.string()),
  bcc: z.array(z.string()),
  replyTo: z.string().nullable(),
  subject: z.string(),
  body: z.string(),
  htmlBody: z.string().nullable(),
  sentAt: z.number(),
  /** Key of the user whose quota the message used. */
  user: z.string(),
});
export type SentMail = z.infer<typeof sentMailSchema>;

export const mailStateSchema = z.object({
  dailyQuota: z.number().int().nonnegative(),
  sent: z.array(sentMailSchema),
});
export type MailState = z.infer<typeof mailStateSchema>;

function recipients(list: unknown): string[] {
  if (list === undefined || list === null || String(list).trim() === '') return [];
  return String(list)
    .split(',')
    .map((address) => requireValidEmail(address));
}

/** Quotas count recipients per user per day; the environment models a single day. */
export function recipientsUsed(state: MailState, userKey: string): number {
  return state.sent.filter((m) => m.user === userKey).reduce((n, m) => n + m.to.length + m.cc.length + m.bcc.length, 0);
}

export function createMailApp(ctx: EmulatorContext, state: MailState): GoogleAppsScript.Mail.MailApp {
  const remaining = () => Math.max(0, state.dailyQuota - recipientsUsed(state, ctx.activeUser().key));

  const send = (message: GoogleAppsScript.Mail.MailAdvancedParameters) => {
    const to = recipients(message.to);
    const cc = recipients(message.cc);
    const bcc = recipients(message.bcc);
    const count = to.length + cc.length + bcc.length;
    if (count === 0) throw new Error('Failed to send email: no recipient');
    if (count > remaining()) throw new Error('Service invoked too many times for one day: email.');
    state.sent.push({
      from: ctx.activeUser().email,
      senderName: message.name ?? null,
      to,
      cc,
      bcc,
      replyTo: message.replyTo ? requireValidEmail(message.replyTo) : null,
      subject: String(message.subject ?? ''),
      body: String(message.body ?? ''),
      htmlBody: message.htmlBody ?? null,
      sentAt: ctx.now(),
      user: ctx.activeUser().key,
    });
  };

  const mailApp: Pick<GoogleAppsScript.Mail.MailApp, 'sendEmail' | 'getRemainingDailyQuota'> = {
    getRemainingDailyQuota: remaining,
    sendEmail: ((...args: unknown[]) => {
      if (args.length === 1 && typeof args[0] === 'object' && args[0] !== null)
        return send(args[0] as GoogleAppsScript.Mail.MailAdvancedParameters);
      if (args.length === 3) return send({ to: String(args[0]), subject: String(args[1]), body: String(args[2]) });
      if (args.length === 4 && typeof args[3] === 'object' && args[3] !== null) {
        return send({
          ...(args[3] as GoogleAppsScript.Mail.MailAdvancedParameters),
          to: String(args[0]),
          subject: String(args[1]),
          body: String(args[2]),
        });
      }
      if (args.length === 4)
        return send({ to: String(args[0]), replyTo: String(args[1]), subject: String(args[2]), body: String(args[3]) });
      throw new Error('MailApp.sendEmail: unsupported arguments');
    }) as GoogleAppsScript.Mail.MailApp['sendEmail'],
  };
  return instrument(mailApp, ctx, 'MailApp') as unknown as GoogleAppsScript.Mail.MailApp;
}
