// "Email invitations" and "Email reminders" while scoring is open: each asks first, naming who will be
// emailed, then shows who was emailed, who could not be and why, and what is left of today's quota.
import type { FacilitatorView } from '../../src/api/views';
import { api } from '../api';
import { rerender, ui } from '../app';
import { h } from '../dom';
import { mailQuestion, mailRecipients, mailReport, type MailKind } from '../model/mail';
import { act } from '../shell';
import { actions, button, confirmBox, focusOn, help, notice, tid } from './parts';

const label = (kind: MailKind) => `Email ${kind}s`;
const starter = (kind: MailKind) => `email-${kind}s`;

function send(kind: MailKind): void {
  act(() => (kind === 'invitation' ? api.sendInvitations() : api.sendReminders()), {
    busy: `Emailing the ${kind}s…`,
    done: (result) => {
      ui.confirming = null;
      ui.mail = result;
      rerender();
      focusOn(starter(kind));
      return mailReport(result).headline;
    },
  });
}

function confirmMail(state: FacilitatorView, kind: MailKind): HTMLElement {
  const r = mailRecipients(kind, state);
  return confirmBox(
    'mail',
    `${label(kind)}?`,
    mailQuestion(kind, r),
    starter(kind),
    r.to.length > 0 ? `Yes, email ${r.to.length}` : '',
    () => send(kind),
  );
}

function mailResult(): HTMLElement | null {
  if (!ui.mail) return null;
  const report = mailReport(ui.mail);
  return notice(
    ui.mail.failed.length > 0 ? 'warn' : 'success',
    [
      h('strong', null, report.headline),
      h(
        'ul',
        null,
        report.lines.map((line) => h('li', null, line)),
      ),
    ],
    {
      'data-testid': 'mail-result',
    },
  );
}

export function mailPanel(state: FacilitatorView): HTMLElement | null {
  if (state.session.status !== 'scoring') return null;
  const kind = ui.confirming === 'invitation' || ui.confirming === 'reminder' ? ui.confirming : null;
  const start = (k: MailKind) =>
    button(
      label(k),
      () => {
        ui.confirming = k;
        rerender();
        focusOn('confirm-mail-title');
      },
      { ...tid(starter(k)) },
    );
  return h(
    'div',
    { class: 'mail' },
    h('h3', null, 'Email the evaluators'),
    help('One message each, from your account.'),
    kind ? confirmMail(state, kind) : actions(start('invitation'), start('reminder')),
    mailResult(),
  );
}
