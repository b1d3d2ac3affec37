// The one way the sidebar talks to the server: google.script.run, promisified and typed from the
// server's action table (a type-only import: no server code enters the sidebar bundle).
import type { ActionName, ActionPayload, ActionResult } from '../src/api/actions';

/** The payload argument of an action: optional when the action takes no details. */
export type PayloadArgs<N extends ActionName> =
  undefined extends ActionPayload<N> ? [payload?: ActionPayload<N>] : [payload: ActionPayload<N>];

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error | string) => void): ScriptRun;
  [name: string]: unknown;
}

declare global {
  interface Window {
    google?: { script: { run: ScriptRun; host: { close(): void } } };
  }
}

/** The message to show for a failed call: the server's own words, never a stack. */
export function failureMessage(error: unknown): string {
  if (error instanceof Error) return error.message.replace(/^(Exception|Error):\s*/, '');
  if (typeof error === 'string') return error;
  return 'The add-on could not be reached. Check your connection and try again.';
}

export function callServer<N extends ActionName>(name: N, ...args: PayloadArgs<N>): Promise<ActionResult<N>> {
  return new Promise((resolve, reject) => {
    const run = window.google?.script.run;
    if (!run) {
      reject(new Error('This sidebar runs inside Google Sheets (or the local playground).'));
      return;
    }
    const call = run
      .withSuccessHandler((value) => resolve(value as ActionResult<N>))
      .withFailureHandler((error) => reject(new Error(failureMessage(error))));
    (call[name] as (...a: unknown[]) => void)(...args);
  });
}
