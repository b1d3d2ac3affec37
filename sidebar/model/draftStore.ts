// Unsaved answers kept in the browser until the server has them, so a failed call, a closed sidebar
// or a reload never loses what was typed. Keyed by session, evaluator and call: two people sharing a
// browser (or a test switching users) never see each other's answers.
import type { CallDraft } from './scoring';

/** The part of the Web Storage API used here; tests pass a Map-backed one. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface DraftKey {
  sessionId: string;
  evaluatorId: string;
  callId: string;
}

interface DraftStore {
  load(key: DraftKey): CallDraft | null;
  keep(key: DraftKey, draft: CallDraft): void;
  forget(key: DraftKey): void;
}

const storageKey = (key: DraftKey) => `callCalibration.draft.${key.sessionId}.${key.evaluatorId}.${key.callId}`;

const isAnswerDraft = (a: unknown): boolean => {
  if (typeof a !== 'object' || a === null) return false;
  const { value, comment } = a as { value?: unknown; comment?: unknown };
  return typeof comment === 'string' && (value === null || value === 'NA' || (typeof value === 'number' && Number.isFinite(value)));
};

function isCallDraft(value: unknown): value is CallDraft {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every(isAnswerDraft);
}

/** A store over `storage`; when storage is unavailable or refuses a write, it keeps drafts in memory. */
export function createDraftStore(storage: StorageLike | null): DraftStore {
  const memory = new Map<string, CallDraft>();
  return {
    load(key) {
      const k = storageKey(key);
      if (memory.has(k)) return memory.get(k)!;
      try {
        const text = storage?.getItem(k);
        if (!text) return null;
        const parsed: unknown = JSON.parse(text);
        return isCallDraft(parsed) ? parsed : null;
      } catch {
        return null;
      }
    },
    keep(key, draft) {
      const k = storageKey(key);
      try {
        storage?.setItem(k, JSON.stringify(draft));
        if (storage) {
          memory.delete(k);
          return;
        }
      } catch {
        // Quota or privacy settings: memory still carries the draft for this page's life.
      }
      memory.set(k, draft);
    },
    forget(key) {
      const k = storageKey(key);
      memory.delete(k);
      try {
        storage?.removeItem(k);
      } catch {
        // Nothing to undo: the entry was never written.
      }
    },
  };
}
