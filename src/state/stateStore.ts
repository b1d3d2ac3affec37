// Where each record lives in document properties. Records are chunked by PropertyStore; the keys here
// name whole records.
import type { PropertyStore } from '../usecases/ports/propertyStore';
import { UserError, ValidationError, describeIssues } from '../domain/errors';
import {
  peopleDirectorySchema,
  scorecardSchema,
  type Evaluator,
  type PeopleDirectory,
  type Scorecard,
  type Session,
} from '../domain/schemas';
import { emptyPeopleDirectory } from '../domain/people';
import { z } from '../domain/zod';
import { migrateSessionState } from './migrations';
import { emptySealedScores, type SealedScores } from './sealedScores';
import { decodeSealedScores, encodeSealedScores, storedSessionId } from './sealedScoresCodec';
import type { SessionState } from './sessionState';
import { builtOnFirstUse } from '../domain/schemas/builtOnFirstUse';

export const SESSION_KEY = 'cc.session';
export const SEALED_PREFIX = 'cc.sub.';
export const LIBRARY_KEY = 'cc.library';
/** Everyone who has been an evaluator here, and who was who in each closed session (see domain/people.ts). */
export const PEOPLE_KEY = 'cc.people';

export const sealedKey = (evaluatorId: string) => `${SEALED_PREFIX}${evaluatorId}`;

/** What outlives a closed session in properties: small, so the store never fills month after month. */
const librarySchema = builtOnFirstUse(() =>
  z.object({
    schemaVersion: z.literal(1),
    /** The scorecard as the last closed session left it (definition changes applied). */
    latestScorecard: z.nullable(scorecardSchema),
    lastClosed: z.nullable(z.object({ sessionId: z.string(), title: z.string(), closedAt: z.string() })),
  }),
);
type Library = z.infer<typeof librarySchema>;

export function loadState(store: PropertyStore): SessionState | null {
  const stored = store.read(SESSION_KEY);
  return stored === undefined ? null : migrateSessionState(stored);
}

export function requireState(store: PropertyStore): SessionState {
  const state = loadState(store);
  if (state === null)
    throw new UserError('There is no calibration session in this spreadsheet yet: the facilitator starts one from the sidebar.');
  return state;
}

export function loadLibrary(store: PropertyStore): Library {
  const stored = store.read(LIBRARY_KEY);
  if (stored === undefined) return { schemaVersion: 1, latestScorecard: null, lastClosed: null };
  const parsed = librarySchema.safeParse(stored);
  if (!parsed.success) throw new ValidationError('Stored scorecard library', describeIssues(parsed.error));
  return parsed.data;
}

export function loadPeople(store: PropertyStore): PeopleDirectory {
  const stored = store.read(PEOPLE_KEY);
  if (stored === undefined) return emptyPeopleDirectory();
  const parsed = peopleDirectorySchema.safeParse(stored);
  if (!parsed.success) throw new ValidationError('Stored list of people', describeIssues(parsed.error));
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

const ARCHIVE_PREFIX = 'cc.archive.';
const archiveKey = (sessionId: string) => `${ARCHIVE_PREFIX}${sessionId}`;

/**
 * A closed session as it stood when the next one started: its state and every sealed record, exactly
 * as stored, so its report can be built again. Nothing of a closed session is ever deleted.
 */
const archiveRecordSchema = builtOnFirstUse(() =>
  z.object({
    schemaVersion: z.literal(1),
    archivedAt: z.string(),
    state: z.unknown(),
    sealed: z.record(z.string(), z.unknown()),
  }),
);

interface ArchivedSession {
  state: SessionState;
  sealed: SealedScores[];
}

/** The change that archives `state` with its sealed records. */
export function archiveChange(store: PropertyStore, state: SessionState, archivedAt: string): Record<string, unknown> {
  const sealed: Record<string, unknown> = {};
  for (const evaluator of state.session.evaluators) {
    const stored = store.read(sealedKey(evaluator.id));
    if (stored !== undefined && storedSessionId(stored) === state.session.id) sealed[evaluator.id] = stored;
  }
  return { [archiveKey(state.session.id)]: { schemaVersion: 1, archivedAt, state, sealed } };
}

/** Ids of the archived sessions, in the order their keys sort. */
function archivedSessionIds(store: PropertyStore): string[] {
  return store.keysWithPrefix(ARCHIVE_PREFIX).map((key) => key.slice(ARCHIVE_PREFIX.length));
}

/** The change that stores an archived session's state again (its report link), its sealed records untouched. */
export function archivedStateChange(store: PropertyStore, state: SessionState): Record<string, unknown> {
  const stored = archiveRecordSchema.parse(store.read(archiveKey(state.session.id)));
  return { [archiveKey(state.session.id)]: { ...stored, state } };
}

export function loadArchive(store: PropertyStore, sessionId: string): ArchivedSession | null {
  const stored = store.read(archiveKey(sessionId));
  if (stored === undefined) return null;
  const parsed = archiveRecordSchema.safeParse(stored);
  if (!parsed.success) throw new ValidationError(`Archived session "${sessionId}"`, describeIssues(parsed.error));
  const state = migrateSessionState(parsed.data.state);
  return {
    state,
    sealed: state.session.evaluators.map((evaluator) => {
      const record = parsed.data.sealed[evaluator.id];
      return record === undefined
        ? emptySealedScores(state.session.id, evaluator.id)
        : decodeSealedScores(record, state.session.scorecard, evaluator.id);
    }),
  };
}

/** The archived sessions' states, oldest first by session date, without decoding anyone's answers. */
export function archivedStates(store: PropertyStore): SessionState[] {
  return archivedSessionIds(store)
    .map((sessionId) => migrateSessionState(archiveRecordSchema.parse(store.read(archiveKey(sessionId))).state))
    .sort((a, b) => (a.session.sessionDate < b.session.sessionDate ? -1 : a.session.sessionDate > b.session.sessionDate ? 1 : 0));
}
