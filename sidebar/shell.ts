// The frame every view sits in: one alert region for failures, one polite status line for progress
// and results, and `act`, the only way a view runs a server call. While a call runs every button is
// disabled and a second action is refused, so a double click never sends twice.
import { failureMessage } from './rpc';
import { byId, clear, h } from './dom';

export const shellIds = { alert: 'alert', status: 'status', view: 'view' } as const;

let running = false;

export function showAlert(message: string): void {
  const alert = byId(shellIds.alert);
  if (!alert) return;
  clear(alert);
  // The region stays in the page (only emptied), so screen readers announce each new message.
  if (message) alert.append(h('p', null, message));
}

/** A short result or progress line, read out politely. */
export function showStatus(message: string, busy = false): void {
  const status = byId(shellIds.status);
  if (!status) return;
  clear(status);
  status.classList.toggle('busy', busy);
  if (busy) status.append(h('span', { class: 'spinner', 'aria-hidden': 'true' }));
  if (message) status.append(h('span', { 'data-testid': busy ? 'busy' : 'status-text' }, message));
}

function setControlsDisabled(disabled: boolean): void {
  const view = byId(shellIds.view);
  if (!view) return;
  view.setAttribute('aria-busy', String(disabled));
  // Opening an item of a list (aria-expanded) asks nothing of the server, so it stays possible.
  for (const button of Array.from(view.querySelectorAll<HTMLButtonElement>('button:not([aria-expanded])'))) {
    if (disabled) {
      if (button.disabled) continue;
      button.disabled = true;
      button.dataset.busyDisabled = 'true';
    } else if (button.dataset.busyDisabled) {
      button.disabled = false;
      delete button.dataset.busyDisabled;
    }
  }
}

/** Puts focus back where the keyboard user was, or on the view's heading when that control is gone. */
function restoreFocus(id: string): void {
  const active = document.activeElement;
  if (active && active !== document.body && document.contains(active)) return;
  const target = (id && byId(id)) || byId(shellIds.view)?.querySelector<HTMLElement>('h1, h2');
  target?.focus();
}

interface ActOptions<T> {
  /** Progress text shown while the call runs: "Submitting Call 1…". */
  busy: string;
  /** Runs with the result; returns the status text to show ('' for none). */
  // biome-ignore lint/suspicious/noConfusingVoidType: a done callback may show nothing and return nothing
  done?: (result: T) => string | void;
  /** Runs after a failure, once the alert shows the server's message. */
  failed?: () => void;
}

/**
 * Runs one server call with progress, disabled buttons and a clear failure message. Returns false
 * without calling when another call is still running.
 */
export function act<T>(work: () => Promise<T>, options: ActOptions<T>): boolean {
  if (running) return false;
  running = true;
  const focusedId = document.activeElement instanceof HTMLElement ? document.activeElement.id : '';
  showAlert('');
  showStatus(options.busy, true);
  setControlsDisabled(true);
  work()
    .then(
      (result) => {
        running = false;
        setControlsDisabled(false);
        showStatus((options.done?.(result) as string | undefined) ?? '');
      },
      (error: unknown) => {
        running = false;
        setControlsDisabled(false);
        showStatus('');
        showAlert(failureMessage(error));
        options.failed?.();
      },
    )
    .catch((error: unknown) => {
      // A view failed to draw the result: say so rather than leave a half-drawn sidebar.
      running = false;
      setControlsDisabled(false);
      showStatus('');
      showAlert(`The sidebar could not show the result: ${failureMessage(error)}`);
    })
    .finally(() => restoreFocus(focusedId));
  return true;
}

/** Shows a problem found before anything was sent, and moves focus to the field to fix. */
export function showInputProblems(problems: string[], fieldId = ''): void {
  showStatus('');
  showAlert(problems.length === 1 ? problems[0]! : `Please fix: ${problems.join(' ')}`);
  if (fieldId) byId(fieldId)?.focus();
}
