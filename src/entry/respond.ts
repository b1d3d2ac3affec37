// The error class from zod's core, not the `z.core` namespace: that one would bring all of core into the bundle.
import { $ZodError } from 'zod/v4/core';
import { isMissingPermission } from '../adapters/permissions';
import { UserError, describeIssues } from '../domain/errors';

/**
 * Every sidebar call goes through here: a UserError's message reaches the sidebar as it is; anything
 * else is logged for the developer and reported as a short, clear failure, never as a stack.
 */
export function respond<T>(action: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof UserError) throw new Error(error.message);
    if (error instanceof $ZodError) throw new Error(`Could not ${action}: ${describeIssues(error).join('; ')}`);
    console.error(`${action} failed`, error instanceof Error ? (error.stack ?? error.message) : String(error));
    const detail = error instanceof Error ? error.message : String(error);
    // A permission Google has not granted: trying again or repairing cannot help, allowing it can.
    if (isMissingPermission(error)) {
      throw new Error(
        `Could not ${action}: Google has not given the add-on a permission it needs (${detail}). ` +
          'Open Extensions → Call Calibration → Check this spreadsheet to see which, and allow it.',
      );
    }
    throw new Error(`Could not ${action}: ${detail}. Try again; if it keeps failing, use "Repair session".`);
  }
}
