// People, not rows: who an evaluator is from one session to the next. A person is matched by their
// address (lower case) or, when they have none, by the facilitator confirming "same person as … from
// last session"; never by the row they were typed on. Drift, trend and History follow the person key.
import { revealLabels } from './analysis/revealOrder';
import { UserError } from './errors';
import type { AttendanceStatus, PeopleDirectory, Person, PersonKey, Session, SessionMembership } from './schemas';

export const emptyPeopleDirectory = (): PeopleDirectory => ({ schemaVersion: 1, people: [], sessions: [] });

/** An evaluator as the wizard sends them: who they are, and optionally whom the facilitator says they are. */
interface RosterEntry {
  name: string;
  email: string;
  /** A person key from an earlier session the facilitator confirmed this row is; '' for none. */
  sameAs: string;
}

interface MatchedRoster {
  /** One person key per roster entry, in roster order. */
  personKeys: PersonKey[];
  /** The directory with every entry's latest name and address. */
  directory: PeopleDirectory;
}

const normalEmail = (email: string) => email.trim().toLowerCase();

/**
 * Gives each roster entry its person key: the person with the same address; else the person the
 * facilitator confirmed; else someone new. Refuses a confirmation that contradicts an address, or two
 * rows that would be the same person.
 */
export function matchRoster(directory: PeopleDirectory, roster: readonly RosterEntry[], newPersonKey: () => PersonKey): MatchedRoster {
  const byEmail = new Map(directory.people.filter((p) => p.email !== '').map((p) => [p.email, p]));
  const byKey = new Map(directory.people.map((p) => [p.personKey, p]));
  const personKeys = roster.map((entry, i) => {
    const who = `Evaluator ${i + 1} (${entry.name.trim()})`;
    const email = normalEmail(entry.email);
    const known = email !== '' ? byEmail.get(email) : undefined;
    const confirmed = entry.sameAs !== '' ? byKey.get(entry.sameAs) : undefined;
    if (entry.sameAs !== '' && confirmed === undefined) {
      throw new UserError(
        `${who}: the person they were marked as the same as is not in this spreadsheet's earlier sessions. Pick them again or clear "Same person as".`,
      );
    }
    if (known && confirmed && known.personKey !== confirmed.personKey) {
      throw new UserError(
        `${who}: ${email} belongs to ${known.name} from an earlier session, but the row is marked as the same person as ${confirmed.name}. Clear one of the two.`,
      );
    }
    return (known ?? confirmed)?.personKey ?? newPersonKey();
  });
  const seen = new Map<PersonKey, number>();
  personKeys.forEach((key, i) => {
    const first = seen.get(key);
    if (first !== undefined) {
      throw new UserError(`Evaluators ${first + 1} and ${i + 1} are the same person from an earlier session: list each person once.`);
    }
    seen.set(key, i);
  });
  const updated = new Map(directory.people.map((p) => [p.personKey, p]));
  roster.forEach((entry, i) => {
    const key = personKeys[i];
    const before = updated.get(key);
    const email = normalEmail(entry.email) || before?.email || '';
    // An address now given to this person is theirs alone: whoever held it before loses it.
    for (const [otherKey, other] of updated) {
      if (otherKey !== key && email !== '' && other.email === email) updated.set(otherKey, { ...other, email: '' });
    }
    updated.set(key, { personKey: key, name: entry.name.trim(), email });
  });
  return { personKeys, directory: { ...directory, people: [...updated.values()] } };
}

/** The id History and the Scores log give a label ("Evaluator B" → "evaluator-b"). */
export function labelId(label: string): string {
  return (
    label
      .trim()
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'evaluator'
  );
}

/**
 * Who was who in a session, for the directory: each evaluator's person key with the id History calls
 * them by. Evaluators without a person key (sessions stored before keys existed) are matched by their
 * address in `directory` where they have one, and left out otherwise: a row position is never a person.
 */
export function membershipOf(
  session: Session,
  labels: ReadonlyMap<string, string>,
  directory: PeopleDirectory,
  attendance: ReadonlyMap<string, AttendanceStatus> = new Map(),
): SessionMembership {
  const anonymous = session.options.anonymousReveal;
  const byEmail = new Map(directory.people.filter((p) => p.email !== '').map((p) => [p.email, p.personKey]));
  const members = session.evaluators.flatMap((evaluator) => {
    const personKey = evaluator.personKey || (evaluator.email !== '' ? byEmail.get(normalEmail(evaluator.email)) : undefined);
    if (!personKey) return [];
    const label = labels.get(evaluator.id) ?? evaluator.name;
    return [{ personKey, shownAs: anonymous ? labelId(label) : evaluator.id, attended: attendance.get(evaluator.id) ?? null }];
  });
  return { sessionId: session.id, anonymous, sessionDate: session.sessionDate, members };
}

/** The directory with `membership` recorded (replacing an earlier record of the same session). */
function withMembership(directory: PeopleDirectory, membership: SessionMembership): PeopleDirectory {
  return { ...directory, sessions: [...directory.sessions.filter((s) => s.sessionId !== membership.sessionId), membership] };
}

/**
 * The people of a session stored before person keys existed, added by address: how History written
 * before this version is linked to people where the addresses allow. Keys are only given to evaluators
 * with an address; anyone else stays tied to that one session.
 */
export function withPeopleOf(directory: PeopleDirectory, session: Session, newPersonKey: () => PersonKey): PeopleDirectory {
  const people = [...directory.people];
  for (const evaluator of session.evaluators) {
    const email = normalEmail(evaluator.email);
    if (evaluator.personKey !== '' && !people.some((p) => p.personKey === evaluator.personKey)) {
      people.push({ personKey: evaluator.personKey, name: evaluator.name, email });
    } else if (evaluator.personKey === '' && email !== '' && !people.some((p) => p.email === email)) {
      people.push({ personKey: newPersonKey(), name: evaluator.name, email });
    }
  }
  return { ...directory, people };
}

/** Person lookups for the trend: who a History row's evaluator id is, and what they are called now. */
export interface PersonResolver {
  personKeyOf(sessionId: string, shownAs: string): PersonKey | null;
  /** Whether the session's reveal was anonymous (null when the directory does not know the session). */
  anonymous(sessionId: string): boolean | null;
  person(personKey: PersonKey): Person | null;
}

export function personResolver(directory: PeopleDirectory, extra: readonly SessionMembership[] = []): PersonResolver {
  const sessions = new Map([...directory.sessions, ...extra].map((s) => [s.sessionId, s]));
  const people = new Map(directory.people.map((p) => [p.personKey, p]));
  return {
    personKeyOf: (sessionId, shownAs) => sessions.get(sessionId)?.members.find((m) => m.shownAs === shownAs)?.personKey ?? null,
    anonymous: (sessionId) => sessions.get(sessionId)?.anonymous ?? null,
    person: (personKey) => people.get(personKey) ?? null,
  };
}

/**
 * The directory with a closed session's people and who was who in it, unless already recorded. For a
 * session stored before person keys existed, this is how its History row is linked to people by address.
 */
export function withSessionRecorded(
  directory: PeopleDirectory,
  session: Session,
  newPersonKey: () => PersonKey,
  attendance: ReadonlyMap<string, AttendanceStatus> = new Map(),
): PeopleDirectory {
  if (directory.sessions.some((s) => s.sessionId === session.id)) return directory;
  const withPeople = withPeopleOf(directory, session, newPersonKey);
  return withMembership(withPeople, membershipOf(session, revealLabels(session), withPeople, attendance));
}
