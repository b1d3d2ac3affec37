// Where each record lives in document properties. Records are chunked by PropertyStore; the keys here
// name whole records.
import type { PropertyStore } from '../usecases/ports/propertyStore';
import { UserError, ValidationError, describeIssues } from '../domain/errors';
import { scorecardSchema, type Evaluator, type Scorecard, type Session } from '../domain/schemas';
import * as z from 'zod/mini';
import { migrateSessionState } from './migrations';
import { emptySealedScores, type SealedScores } from './sealedScores';
import { decodeSealedScores, encodeSealedScores, storedSessionId } from './sealedScoresCodec';
import type { SessionState } from './sessionState';

export const SESSION_KEY = 'cc.session';
export const SEALED_PREFIX = 'cc.sub.';
export const LIBRARY_KEY = 'cc.library';

export const sealedKey = (evaluatorId: string) => `${SEALED_PREFIX}${evaluatorId}`;

/** What outlives a closed session in properties: small, so the store never fills month after month. */
export const librarySchema = z.object({
  schemaVersion: z.literal(1),
  /** The scorecard as the last closed session left it (definition changes applied). */
  latestScorecard: z.nullable(scorecardSchema),
  lastClosed: z.nullable(z.object({ sessionId: z.string(), title: z.string(), closedAt: z.string() })),
});
export type Library = z.infer<typeof librarySchema>;

export function loadState(store: PropertyStore): SessionState | null {
  const stored = store.read(SESSION_KEY);
  return stored === undefined ? null : migrateSessionState(stored);
}

export function requireState(store: PropertyStore): SessionState {
  const state = loadState(store);
  if (state === null) throw new UserError('There is no calibration session in this spreadsheet yet: the facilitator starts one from the sidebar.');
  return state;
}

export function loadLibrary(store: PropertyStore): Library {
  const stored = store.read(LIBRARY_KEY);
  if (stored === undefined) return { schemaVersion: 1, latestScorecard: null, lastClosed: null };
  const parsed = librarySchema.safeParse(stored);
  if (!parsed.success) throw new ValidationError('Stored scorecard library', describeIssues(parsed.error));
  return parsed.data;
}

export function latestScorecard(store: PropertyStore): Scorecard | null {
  return loadLibrary(store).latestScorecard;
}

/** One evaluator's sealed record for this session; an empty one when they have saved nothing yet. */
export function loadSealed(store: PropertyStore, session: Session, evaluatorId: string): SealedScores {
  const stored = store.read(sealedKey(evaluatorId));
  // A record left from an earlier session never counts for this one (and was stored against its scorecard).
  if (stored === undefined || storedSessionId(stored) !== session.id) return emptySealedScores(session.id, evaluatorId);
  return decodeSealedScores(stored, session.scorecard, evaluatorId);
}

/** The change that stores one evaluator's record, compactly, against the session's pinned scorecard. */
export function sealedChange(session: Session, sealed: SealedScores): Record<string, unknown> {
  return { [sealedKey(sealed.evaluatorId)]: encodeSealedScores(sealed, session.scorecard) };
}

/** Every evaluator's sealed record: only the reveal, the close and the status view read these together. */
export function loadAllSealed(store: PropertyStore, session: Session): SealedScores[] {
  return session.evaluators.map((evaluator: Evaluator) => loadSealed(store, session, evaluator.id));
}

/** Changes that delete every sealed record in the store (the session they belonged to is archived). */
export function clearAllSealed(store: PropertyStore): Record<string, undefined> {
  return Object.fromEntries(store.keysWithPrefix(SEALED_PREFIX).map((key) => [key, undefined]));
}

/** Stores the session state with one write and hands it back, for steps that record progress. */
export function saveState(store: PropertyStore, state: SessionState): SessionState {
  store.commit({ [SESSION_KEY]: state });
  return state;
}
