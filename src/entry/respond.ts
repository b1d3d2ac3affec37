import { UserError } from '../domain/errors';
import { anythingChanged, startCountingChanges } from '../adapters/changes';
import { isMissingPermission } from '../adapters/permissions';
import { PropertyStore } from '../adapters/propertyStore';
import { openWorkbook } from '../sheets';
import { loadState } from '../state/stateStore';

/** Letters and digits that cannot be misread when spoken or copied (no 0/O, 1/I/L). */
const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A short reference the facilitator can quote; the execution log holds the detail under it. */
function newReference(): string {
  let ref = '';
  for (let i = 0; i < 4; i++) ref += REFERENCE_ALPHABET.charAt(Math.floor(Math.random() * REFERENCE_ALPHABET.length));
  return ref;
}

/** Tabs of the session renamed or deleted, looked for after a failure; [] when none or when looking fails too. */
function damageNow(): string[] {
  try {
    const state = loadState(PropertyStore.document());
    return state === null ? [] : openWorkbook().findDamage(state.session);
  } catch {
    return [];
  }
}

/**
 * Every sidebar call goes through here. `doing` names the action as in "while starting the session".
 * A UserError's message reaches the sidebar as it is. Anything else is logged with its stack under a
 * short reference, and the sidebar is told, in plain words, what happened: "Nothing was changed" only
 * when no write had begun, and "Repair session" only when the damage check finds something to repair.
 */
export function respond<T>(doing: string, work: () => T): T {
  startCountingChanges();
  try {
    return work();
  } catch (error) {
    if (error instanceof UserError) {
      // A refusal should come before the first write; one that comes after is logged, to be found and fixed.
      if (anythingChanged()) console.error(`refused after a change while ${doing}: ${error.message}`);
      throw new Error(error.message);
    }
    const ref = newReference();
    console.error(`ref ${ref}: failed while ${doing}`, error instanceof Error ? (error.stack ?? error.message) : String(error));
    // A permission Google has not granted: trying again or repairing cannot help, allowing it can.
    if (isMissingPermission(error)) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new Error(
        `Something went wrong while ${doing}: Google has not given the add-on a permission it needs (${detail}). ` +
          `${anythingChanged() ? 'Part of it may have been saved. ' : 'Nothing was changed. '}` +
          'Open Extensions → Call Calibration → Check this spreadsheet to see which, and allow it.',
      );
    }
    if (!anythingChanged())
      throw new Error(`Something went wrong while ${doing}. Nothing was changed. Try again; if it keeps happening, quote ref ${ref}.`);
    const damage = damageNow();
    if (damage.length > 0) {
      throw new Error(
        `Something went wrong while ${doing}, part-way through (ref ${ref}). Some tabs need rebuilding: ${damage.join('; ')}. Use "Repair session".`,
      );
    }
    throw new Error(
      `Something went wrong while ${doing}, part-way through: part of it may have been saved. Try again; if it keeps happening, quote ref ${ref}.`,
    );
  }
}
