import { keyForEmail } from 'apps-script-emulator';
import { decodeRecord } from '../src/adapters/chunking';
import { migrateSessionState } from '../src/state/migrations';
import type { SessionState } from '../src/state/sessionState';
import { SESSION_KEY } from '../src/state/stateStore';
import type { PlaygroundUser } from './client/protocol';

// Who the playground can act as: the facilitator, every evaluator of the current session (each a
// different Google account), someone with no part in the session, and someone whose address Apps
// Script withholds. Evaluators without an address get a withheld account of their own, so each can
// pick their own name in the sidebar.

export const PLAYGROUND_OWNER = 'facilitator@example.com';
export const SOMEONE_ELSE = 'someone.else@example.com';
export const WITHHELD_VISITOR_KEY = 'withheld-visitor';

/** The session stored in the document's properties, or null when there is none or it cannot be read. */
export function storedSession(documentProperties: Record<string, string>): SessionState | null {
  try {
    const stored = decodeRecord(SESSION_KEY, documentProperties);
    return stored === undefined ? null : migrateSessionState(stored);
  } catch {
    // A damaged record is the add-on's to report (its sidebar says so); the switcher just lists fewer people.
    return null;
  }
}

const byEmail = (email: string): Pick<PlaygroundUser, 'key' | 'email'> => ({ key: keyForEmail(email), email });

export function playgroundUsers(ownerEmail: string, session: SessionState | null): PlaygroundUser[] {
  const facilitatorEmail = session?.facilitator.email || ownerEmail;
  const facilitatorName = session?.session.facilitator.name;
  const users: PlaygroundUser[] = [
    {
      ...byEmail(facilitatorEmail),
      label: facilitatorName ? `${facilitatorName} (facilitator)` : 'Facilitator (spreadsheet owner)',
      role: 'facilitator',
    },
  ];
  for (const evaluator of session?.session.evaluators ?? []) {
    const email = evaluator.email.toLowerCase();
    if (email !== '' && email === facilitatorEmail.toLowerCase()) {
      users[0]!.label = `${evaluator.name} (facilitator, also scoring)`;
      continue;
    }
    const identity = email === '' ? { key: `withheld-${evaluator.id}`, email: '' } : byEmail(email);
    users.push({ ...identity, label: `${evaluator.name} (${evaluator.role}, evaluator)`, role: 'evaluator' });
  }
  if (facilitatorEmail.toLowerCase() !== ownerEmail.toLowerCase()) {
    users.push({ ...byEmail(ownerEmail), label: 'Spreadsheet owner', role: 'someone-else' });
  }
  users.push({ ...byEmail(SOMEONE_ELSE), label: 'Someone else (not in the session)', role: 'someone-else' });
  users.push({ key: WITHHELD_VISITOR_KEY, email: '', label: 'Someone whose address Apps Script withholds', role: 'withheld' });
  return users;
}
