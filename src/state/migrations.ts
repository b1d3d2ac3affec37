// Stored state outlives the code that wrote it: a spreadsheet set up by an older version of the add-on
// must keep working after an update. Each older shape is described here and lifted to the current one
// when loaded; the next save writes the current shape.
import { z } from '../domain/zod';
import { applyDefinitionChange } from '../domain/definitions';
import { ValidationError, describeIssues } from '../domain/errors';
import { definitionChangeSchema, discussionEntrySchema, finalSchema, sessionSchema, type ScoringRule } from '../domain/schemas';
import { SESSION_STATE_VERSION, sessionStateSchema, type SessionState } from './sessionState';
import { builtOnFirstUse } from '../domain/schemas/builtOnFirstUse';

/**
 * Version 1 (the first release): the facilitator was known by address only, claims were a map from
 * evaluator id to token hash, the report was a bare URL, and nothing recorded reveal or close progress.
 */
const sessionStateV1Schema = builtOnFirstUse(() =>
  z.object({
    schemaVersion: z.literal(1),
    session: sessionSchema,
    facilitatorEmail: z.string(),
    claims: z.record(z.string(), z.string()),
    finals: z.array(finalSchema),
    discussion: z.array(discussionEntrySchema),
    definitionChanges: z.array(definitionChangeSchema),
    reportUrl: z.string(),
  }),
);

type SessionStateV1 = z.infer<typeof sessionStateV1Schema>;

function docIdFromUrl(url: string): string {
  return /\/d\/([A-Za-z0-9_-]+)/.exec(url)?.[1] ?? url;
}

function migrateV1(old: SessionStateV1): SessionState {
  const { session } = old;
  const revealed = session.status !== 'scoring';
  return {
    schemaVersion: SESSION_STATE_VERSION,
    session,
    facilitator: { email: old.facilitatorEmail.toLowerCase(), tokenHash: '' },
    claims: Object.entries(old.claims).map(([evaluatorId, tokenHash]) => ({
      evaluatorId,
      tokenHash,
      claimedAt: session.createdAt,
    })),
    finals: old.finals,
    discussion: old.discussion,
    definitionChanges: old.definitionChanges,
    attendance: [],
    nextScorecard: old.definitionChanges.reduce(applyDefinitionChange, session.scorecard),
    report: old.reportUrl
      ? { docId: docIdFromUrl(old.reportUrl), url: old.reportUrl, builtAt: session.revealedAt || session.createdAt }
      : null,
    // Version 1 revealed in one step, so a revealed session was revealed completely.
    reveal: revealed
      ? { startedAt: session.revealedAt, tabsWritten: true, summaryWritten: true, discussionWritten: true, completedAt: session.revealedAt }
      : null,
    close: null,
  };
}

/**
 * A session stored before the scoring rule was recorded was scored with the `points` rule, and keeps it,
 * so a closed (or half-discussed) session's figures never change under an update of the add-on. Reading
 * the field's absence here, before the schema's default for new sessions applies, keeps the state
 * version unchanged: the field is additive.
 */
function withRecordedScoringRule(stored: unknown): unknown {
  if (typeof stored !== 'object' || stored === null) return stored;
  const session = (stored as { session?: unknown }).session;
  if (typeof session !== 'object' || session === null || 'scoringRule' in session) return stored;
  return { ...stored, session: { ...session, scoringRule: 'points' satisfies ScoringRule } };
}

/** Reads stored session state of any known version as the current version. */
export function migrateSessionState(raw: unknown): SessionState {
  const stored = withRecordedScoringRule(raw);
  const version = typeof stored === 'object' && stored !== null ? (stored as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (version === 1) {
    const old = sessionStateV1Schema.safeParse(stored);
    if (!old.success) throw new ValidationError('Stored session (version 1)', describeIssues(old.error));
    return sessionStateSchema.parse(migrateV1(old.data));
  }
  if (version === SESSION_STATE_VERSION) {
    const current = sessionStateSchema.safeParse(stored);
    if (!current.success) throw new ValidationError('Stored session', describeIssues(current.error));
    return current.data;
  }
  throw new ValidationError('Stored session', [
    `was saved by a ${typeof version === 'number' && version > SESSION_STATE_VERSION ? 'newer' : 'different'} version of the add-on (format ${String(version)}); update the add-on`,
  ]);
}
