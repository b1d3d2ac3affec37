// The sessions before the running one, as History held them at its reveal. History gains rows only
// when a session closes, so between the reveal and the close every step that draws the trend (a final,
// the register, the facilitator's sidebar, the report) reads this copy, which comes with the store every
// call reads anyway, instead of the History tab. The reveal, the repair and the close read the tab and
// store the copy again: "Repair session" is how an edit made to History by hand reaches the trend.
// Facilitator-side state: only the facilitator's steps read it (History is a shared tab, so it holds
// nothing History does not), and the next session to start deletes it.
import { UserError } from '../domain/errors';
import { z } from '../domain/zod';
import { sessionHistoryEntrySchema, type SessionHistoryEntry } from '../domain/schemas';
import { builtOnFirstUse } from '../domain/schemas/builtOnFirstUse';
import type { CommitOptions, PropertyStore } from '../usecases/ports/propertyStore';

export const EARLIER_SESSIONS_KEY = 'cc.earlier';

const earlierSessionsSchema = builtOnFirstUse(() =>
  z.object({
    /** The session the copy was taken for: a copy left from another session is never used. */
    sessionId: z.string(),
    entries: z.array(sessionHistoryEntrySchema),
  }),
);
type EarlierSessions = z.infer<typeof earlierSessionsSchema>;

/**
 * The copy never takes room the session's own steps need: a copy that would leave less than this free
 * is not stored, and the steps read History instead, as they did before there was a copy.
 */
const ROOM_LEFT: NonNullable<CommitOptions['keepFree']> = { bytes: 32 * 1024, reason: 'for the session itself' };

/** The sessions before `sessionId` as last stored for it; null when none was stored for this session (read History). */
export function loadEarlierSessions(store: PropertyStore, sessionId: string): SessionHistoryEntry[] | null {
  const parsed = earlierSessionsSchema.safeParse(store.read(EARLIER_SESSIONS_KEY));
  // Unreadable counts as missing: History is still there to read.
  return parsed.success && parsed.data.sessionId === sessionId ? parsed.data.entries : null;
}

/**
 * Commits `changes` together with the copy of the sessions before `sessionId`, in the same single write.
 * When the copy would not fit, `changes` are written without it and any older copy is removed, so no
 * step ever uses a copy that History has moved past.
 */
export function commitWithEarlierSessions(
  store: PropertyStore,
  changes: Record<string, unknown>,
  sessionId: string,
  entries: readonly SessionHistoryEntry[],
): void {
  const copy: EarlierSessions = { sessionId, entries: [...entries] };
  try {
    // The store refuses a write before making it, so a refusal here costs no service call.
    store.commit({ ...changes, [EARLIER_SESSIONS_KEY]: copy }, { keepFree: ROOM_LEFT });
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    store.commit({ ...changes, [EARLIER_SESSIONS_KEY]: undefined });
  }
}

/** The change that removes the copy (a new session starts: its earlier sessions are read from History). */
export const clearEarlierSessions = (): Record<string, undefined> => ({ [EARLIER_SESSIONS_KEY]: undefined });
