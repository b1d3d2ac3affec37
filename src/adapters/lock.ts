import { UserError } from '../domain/errors';

const LOCK_WAIT_MS = 10000;

export const BUSY_MESSAGE = 'Someone else is saving to this calibration session right now. Nothing was changed: try again in a moment.';

/**
 * Runs a read-modify-write under the document lock, so two people saving at once never overwrite each
 * other. The lock is released in `finally`, after pending sheet writes are flushed (work that touches no
 * sheet, such as sealing a submission, passes `{ flush: false }` to spare a service call).
 */
export function withDocumentLock<T>(work: () => T, options: { flush?: boolean } = {}): T {
  const lock = LockService.getDocumentLock();
  if (!lock) throw new UserError('Open this from a spreadsheet: the add-on needs the document to lock it.');
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new UserError(BUSY_MESSAGE);
  try {
    const result = work();
    if (options.flush !== false) SpreadsheetApp.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}
