// The use cases' ports in memory: a property store, a workbook that records what it was asked to do,
// documents, mail and a settable caller. Rule tests run the real action table against these, with no
// Apps Script environment at all; sheets, bundle and end-to-end tests use the environment instead.
import { type ActionName, type ActionResult, actions } from '../../src/api/actions';
import { sha256Hex } from '../../src/adapters/sha256';
import { parseWith } from '../../src/domain/errors';
import type { CreateSessionPayload } from '../../src/api/payloads';
import type { ActionItem, AnswerValue, Criterion, Scorecard, SessionHistoryEntry } from '../../src/domain/schemas';
import type { CurrentUser } from '../../src/usecases/ports/currentUser';
import type { PropertyStore } from '../../src/usecases/ports/propertyStore';
import type { ReportDocument, ReportDocuments } from '../../src/usecases/ports/reportDocuments';
import type { Services } from '../../src/usecases/ports/services';
import type { Workbook } from '../../src/usecases/ports/workbook';
import type { SummaryChart } from '../../src/usecases/ports/chartPictures';
import { CALLS, EVALUATORS, FACILITATOR, PRESET, answersFor, scores, sessionPayload } from './sessionData';

/** A user at the keyboard: an address, or a withheld address and a private token. */
export type MemoryUser = string | { email: ''; token: string };

class MemoryStore implements PropertyStore {
  readonly limitBytes = 500 * 1024;
  constructor(readonly records: Map<string, string>) {}
  usedBytes(): number {
    return [...this.records].reduce((sum, [key, value]) => sum + key.length + value.length, 0);
  }
  read(key: string): unknown {
    const text = this.records.get(key);
    return text === undefined ? undefined : JSON.parse(text);
  }
  keysWithPrefix(prefix: string): string[] {
    return [...this.records.keys()].filter((key) => key.startsWith(prefix));
  }
  commit(changes: Record<string, unknown>): void {
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined) this.records.delete(key);
      else this.records.set(key, JSON.stringify(value));
    }
  }
}

/** A workbook with no sheets: it remembers what the use cases wrote and answers reads from that. */
class RecordingWorkbook implements Workbook {
  readonly calls: string[] = [];
  actionItems: ActionItem[] = [];
  history: SessionHistoryEntry[] = [];
  loggedSessions: string[] = [];
  constructor(
    public scorecard: Scorecard | null,
    /** The spreadsheet's owner as Apps Script reports it: '' when withheld, null on a shared drive. */
    private readonly owner: string | null,
  ) {}
  private record(name: string): void {
    this.calls.push(name);
  }
  readScorecard(): Scorecard {
    this.record('readScorecard');
    if (this.scorecard === null) throw new Error('no Scorecard sheet');
    return this.scorecard;
  }
  writeScorecard(scorecard: Scorecard): void {
    this.record('writeScorecard');
    this.scorecard = scorecard;
  }
  hasScorecard(): boolean {
    this.record('hasScorecard');
    return this.scorecard !== null;
  }
  writeDefinitionChange(_change: unknown, options: { scorecard: Scorecard }): string {
    this.record('writeDefinitionChange');
    this.scorecard = options.scorecard;
    return '';
  }
  setUpSession(): void {
    this.record('setUpSession');
  }
  writeStatus(): void {
    this.record('writeStatus');
  }
  writeSubmissionCounts(): void {
    this.record('writeSubmissionCounts');
  }
  revealEvaluatorTabs(_session: unknown, _submissions: unknown, beforeWriting?: () => void): void {
    this.record('revealEvaluatorTabs');
    beforeWriting?.();
  }
  writeSummary(): void {
    this.record('writeSummary');
  }
  /** What summaryCharts answers: none, unless a test puts some there. */
  charts: SummaryChart[] = [];
  summaryCharts(): SummaryChart[] {
    this.record('summaryCharts');
    return this.charts;
  }
  writeResults(): void {
    this.record('writeResults');
  }
  writeFinalChange(): void {
    this.record('writeFinalChange');
  }
  writeDiscussion(): void {
    this.record('writeDiscussion');
  }
  readActionItems(): ActionItem[] {
    this.record('readActionItems');
    return this.actionItems;
  }
  writeActionItems(items: ActionItem[]): void {
    this.record('writeActionItems');
    this.actionItems = items;
  }
  readHistory(): SessionHistoryEntry[] {
    this.record('readHistory');
    return this.history;
  }
  appendHistory(entry: SessionHistoryEntry): void {
    this.record('appendHistory');
    this.history = [...this.history, entry];
  }
  appendScoresLog(rows: ReadonlyArray<{ sessionId: string }>): void {
    this.record('appendScoresLog');
    this.loggedSessions = [...new Set([...this.loggedSessions, ...rows.map((row) => row.sessionId)])];
  }
  sessionsInScoresLog(): string[] {
    this.record('sessionsInScoresLog');
    return this.loggedSessions;
  }
  archiveEvaluatorTabs(): void {
    this.record('archiveEvaluatorTabs');
  }
  inspectEvaluatorTabs(): [] {
    this.record('inspectEvaluatorTabs');
    return [];
  }
  removeEvaluatorTabs(): void {
    this.record('removeEvaluatorTabs');
  }
  setReportLink(): void {
    this.record('setReportLink');
  }
  findDamage(): string[] {
    this.record('findDamage');
    return [];
  }
  /** Sheets added or deleted by hand are modelled by changing this. */
  sheets = 12;
  sheetCount(): number {
    this.record('sheetCount');
    return this.sheets;
  }
  spreadsheetUrl(): string {
    return 'https://docs.google.com/spreadsheets/d/memory/edit';
  }
  ownerEmail(): string | null {
    return this.owner;
  }
  progress(): void {}
}

class MemoryDocuments implements ReportDocuments {
  readonly docs = new Map<string, ReportDocument & { viewers: string[]; editors: string[]; writes: number }>();
  create(name: string): ReportDocument {
    const id = `doc-${this.docs.size + 1}`;
    const doc = {
      id,
      url: `https://docs.google.com/document/d/${id}/edit#${encodeURIComponent(name)}`,
      viewers: [] as string[],
      editors: [] as string[],
      writes: 0,
      write() {
        doc.writes++;
      },
      addViewer(email: string) {
        doc.viewers.push(email);
      },
      addEditor(email: string) {
        doc.editors.push(email);
      },
    };
    this.docs.set(id, doc);
    return doc;
  }
  open(docId: string): ReportDocument | null {
    return this.docs.get(docId) ?? null;
  }
}

/** Every port of the use cases in memory, and a way to call any action of the table as any user. */
export function memoryServices(options: { scorecard?: Scorecard; owner?: string | null } = {}) {
  const records = new Map<string, string>();
  const workbook = new RecordingWorkbook(options.scorecard ?? null, options.owner === undefined ? 'owner@example.com' : options.owner);
  const documents = new MemoryDocuments();
  const sent: Array<{ to: string; subject: string; body: string }> = [];
  /** The caller's mail for the day: how many recipients are left, and addresses Apps Script refuses with a message. */
  const mail = { quota: 100, refused: new Map<string, string>() };
  let locks = 0;
  let ids = 0;
  let clock = Date.parse('2026-11-28T09:00:00.000Z');

  function servicesFor(user: MemoryUser): Services {
    const caller: CurrentUser =
      typeof user === 'string'
        ? { email: user.toLowerCase(), tokenHash: () => sha256Hex(`token-of-${user}`) }
        : { email: '', tokenHash: () => sha256Hex(user.token) };
    return {
      caller: () => caller,
      store: () => new MemoryStore(records),
      workbook: () => workbook,
      documents: () => documents,
      underLock: (work) => {
        locks++;
        return work();
      },
      probe: () => ({
        grantedScopes: (required) => [...required],
        documentLockAvailable: () => true,
        installation: () => 'APPS_MARKETPLACE_DOMAIN_ADD_ON',
        spreadsheetTimeZone: () => 'Europe/London',
      }),
      mailer: () => ({
        remainingQuota: () => mail.quota,
        send: (message) => {
          const refusal = mail.refused.get(message.to);
          if (refusal !== undefined) throw new Error(refusal);
          mail.quota -= 1;
          sent.push(message);
        },
      }),
      now: () => {
        clock += 1000;
        return new Date(clock).toISOString();
      },
      newId: () => `id${++ids}`,
    };
  }

  return {
    records,
    workbook,
    documents,
    sent,
    mail,
    locksTaken: () => locks,
    /** Runs one row of the action table as `user`: its payload parsed by the row's schema, then its use case. */
    run<N extends ActionName>(user: MemoryUser, name: N, payload?: unknown): ActionResult<N> {
      const { payload: schema, subject, run } = actions[name];
      return (run as (services: Services, input: unknown) => ActionResult<N>)(servicesFor(user), parseWith(schema, payload, subject));
    },
    /** The message `name` is refused with (fails the test when it succeeds). */
    refusal(user: MemoryUser, name: ActionName, payload?: unknown): string {
      try {
        this.run(user, name, payload);
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error(`expected ${name} to be refused`);
    },
    /** The whole store, as stored. */
    snapshot: () => JSON.stringify([...records.entries()].sort()),
  };
}

export type MemoryPorts = ReturnType<typeof memoryServices>;

/** A session started by the facilitator on in-memory ports; the workbook's record of calls starts empty. */
export function memorySession(
  overrides: Partial<CreateSessionPayload> = {},
  options: Parameters<typeof memoryServices>[0] = {},
): { ports: MemoryPorts; scorecard: Scorecard } {
  const ports = memoryServices({ scorecard: PRESET.scorecard, ...options });
  const created = ports.run(FACILITATOR, 'startSession', sessionPayload(overrides));
  if (created.state.role !== 'facilitator') throw new Error('the creator should see the facilitator view');
  ports.workbook.calls.length = 0;
  return { ports, scorecard: created.state.scorecard };
}

/** Each listed evaluator submits every call with `pick` (default: the highest allowed value). */
export function submitAllIn(
  ports: MemoryPorts,
  scorecard: Scorecard,
  who: readonly MemoryUser[] = EVALUATORS.map((e) => e.email),
  pick?: (c: Criterion, i: number) => AnswerValue,
): void {
  for (const user of who) for (const call of CALLS) ports.run(user, 'submitCallScores', scores(call.id, answersFor(scorecard, pick)));
}

/** Asserts that `name` is refused to `user` with `message`, and that not one stored byte changed. */
export function expectRefusedUnchanged(ports: MemoryPorts, user: MemoryUser, name: ActionName, payload: unknown, message: RegExp): void {
  const before = ports.snapshot();
  expect(ports.refusal(user, name, payload)).toMatch(message);
  expect(ports.snapshot()).toBe(before);
}
