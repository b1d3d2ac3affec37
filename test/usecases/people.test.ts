// People, not rows: an evaluator is the same person next month whatever row they are typed on, matched
// by their address or, without one, by the facilitator confirming "same person as … from last session".
import { PropertyStore } from '../../src/adapters/propertyStore';
import type { CreateSessionPayload } from '../../src/api/payloads';
import type { FacilitatorView } from '../../src/api/views';
import type { Criterion, Scorecard } from '../../src/domain/schemas';
import { allowedValues } from '../../src/domain/scoring';
import { loadPeople } from '../../src/state/stateStore';
import {
  CALLS,
  FACILITATOR,
  api,
  answersFor,
  as,
  documentProperties,
  failure,
  scores,
  sessionPayload,
  environmentPerTest,
  type User,
} from './harness';

const env = environmentPerTest();

const CAI: User = { email: '', key: 'cai-personal-account' };

const people = {
  ana: { name: 'Ana Ruiz', email: 'ana@example.com', role: 'qa-analyst', seniority: 1 },
  ben: { name: 'Ben Okafor', email: 'ben@example.com', role: 'qa-analyst', seniority: 2 },
  chen: { name: 'Chen Wei', email: 'chen@example.com', role: 'team-lead', seniority: 3 },
  dara: { name: 'Dara Kelly', email: 'dara@example.com', role: 'trainer', seniority: 4 },
  cai: { name: 'Cai Moreno', email: '', role: 'bpo-partner', seniority: 2 },
} as const;
type Who = keyof typeof people;

const highest = (c: Criterion) => allowedValues(c)[allowedValues(c).length - 1]!;
const lowest = (c: Criterion) => allowedValues(c)[0]!;

const userOf = (who: Who): User => (who === 'cai' ? CAI : people[who].email);

/** A roster in this order, numbered as the wizard numbers rows (ev-1, ev-2, …). */
function roster(order: readonly Who[], sameAs: Partial<Record<Who, string>> = {}): CreateSessionPayload['evaluators'] {
  return order.map((who, i) => ({ id: `ev-${i + 1}`, ...people[who], sameAs: sameAs[who] ?? '' }));
}

function month(
  n: number,
  order: readonly Who[],
  sameAs: Partial<Record<Who, string>> = {},
  extra: Partial<CreateSessionPayload> = {},
): CreateSessionPayload {
  const date = `2026-0${n}-20`;
  return sessionPayload({
    title: `Calibration ${['January', 'February'][n - 1]} 2026`,
    sessionDate: date,
    scoringDeadline: `2026-0${n}-18T17:00:00.000Z`,
    evaluators: roster(order, sameAs),
    options: { anonymousReveal: false },
    ...extra,
  });
}

/** Plays a whole month: start, each person scores (`lenient` people the lowest values), reveal, close. */
function playMonth(payload: CreateSessionPayload, lenient: readonly Who[], order: readonly Who[]): FacilitatorView {
  const started = as(env, FACILITATOR, () => api.startSession(payload)).state as FacilitatorView;
  const scorecard: Scorecard = started.scorecard;
  const index = new Map(order.map((who, i) => [who, `ev-${i + 1}`]));
  if (order.includes('cai')) as(env, CAI, () => api.claimEvaluatorName({ evaluatorId: index.get('cai')! }));
  for (const who of order) {
    for (const call of CALLS) {
      as(env, userOf(who), () => api.submitCallScores(scores(call.id, answersFor(scorecard, lenient.includes(who) ? lowest : highest))));
    }
  }
  as(env, FACILITATOR, () => api.revealSessionScores({ confirm: true }));
  return started;
}

/** The Summary's drift table, row by row: [name, latest deviation, change since previous, change since first, drift]. */
function driftRows(): unknown[][] {
  const rows = as(env, FACILITATOR, () => SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Summary')!.getDataRange().getValues());
  const header = rows.findIndex((row) => row[0] === 'Evaluator' && row[1] === 'Latest mean absolute deviation');
  if (header < 0) throw new Error('the Summary has no drift table');
  const table: unknown[][] = [];
  for (const row of rows.slice(header + 1)) {
    if (row[0] === '' || row[0] === null) break;
    table.push(row.slice(0, 5));
  }
  return table;
}

/** The drift table by name: name → [latest deviation, change since previous, change since first, drift]. */
function driftTable(): Map<string, unknown[]> {
  return new Map(driftRows().map((row) => [String(row[0]), row.slice(1)]));
}

describe('a person is the same person next month', () => {
  it('follows each person when the roster order is swapped, by address and by the facilitator confirming who has none', () => {
    const first: Who[] = ['ana', 'ben', 'chen', 'dara', 'cai'];
    // Month 1: Ana and Cai are far from the group; Ben, Chen and Dara agree.
    playMonth(month(1, first), ['ana', 'cai'], first);
    as(env, FACILITATOR, () => api.closeCurrentSession());

    // The next session offers the roster, each row carrying its person.
    const offer = as(env, FACILITATOR, () => api.getSidebarState());
    if (offer.role !== 'facilitator' || !offer.nextSession?.previous) throw new Error('the closed session should offer its roster');
    const previous = offer.nextSession.previous;
    expect(previous.evaluators.map((e) => e.name)).toEqual(first.map((who) => people[who].name));
    expect(previous.facilitatorName).toBe('Lee Facilitator');
    expect(previous.titlePattern).toBe('Calibration {month} {year}');
    const caiKey = previous.evaluators.find((e) => e.name === 'Cai Moreno')!.personKey;
    expect(caiKey).toMatch(/^p-/);

    // Month 2: the rows are in another order (ev-1 is now Dara), Ana and Cai are now with the group, Ben is far.
    const second: Who[] = ['dara', 'cai', 'ben', 'ana', 'chen'];
    playMonth(month(2, second, { cai: caiKey }), ['ben'], second);

    const drift = driftTable();
    const [anaLatest, , anaSinceFirst, anaDrift] = drift.get('Ana Ruiz')!;
    const [benLatest, , benSinceFirst, benDrift] = drift.get('Ben Okafor')!;
    const [, , caiSinceFirst, caiDrift] = drift.get('Cai Moreno')!;
    const [, , daraSinceFirst] = drift.get('Dara Kelly')!;
    expect(anaLatest).toBe(0);
    expect(anaSinceFirst as number).toBeLessThan(0);
    expect(anaDrift).toBe('closer');
    expect(benLatest as number).toBeGreaterThan(0);
    expect(benSinceFirst as number).toBeGreaterThan(0);
    expect(benDrift).toBe('further');
    expect(caiSinceFirst as number).toBeLessThan(0);
    expect(caiDrift).toBe('closer');
    expect(daraSinceFirst).toBe(0);
    // Five people, each with one row: nobody was split in two or merged by row position.
    expect(drift.size).toBe(5);

    // The facilitator's own view follows the same people.
    const own = as(env, FACILITATOR, () => api.getSidebarState()) as FacilitatorView;
    expect(own.people.find((p) => p.name === 'Ben Okafor')).toMatchObject({ sessions: 2, drift: 'further' });
    expect(own.people.find((p) => p.name === 'Cai Moreno')).toMatchObject({ sessions: 2, drift: 'closer' });

    const directory = as(env, FACILITATOR, () => loadPeople(PropertyStore.document()));
    expect(directory.people).toHaveLength(5);
    expect(directory.people.find((p) => p.personKey === caiKey)?.name).toBe('Cai Moreno');
  });

  it("follows people through an anonymous month in the facilitator's own view, and nowhere else", () => {
    const order: Who[] = ['ana', 'ben', 'chen', 'dara'];
    playMonth(month(1, order, {}, { options: { anonymousReveal: true } }), ['ana'], order);
    as(env, FACILITATOR, () => api.closeCurrentSession());
    const swapped: Who[] = ['dara', 'chen', 'ben', 'ana'];
    playMonth(month(2, swapped), ['ben'], swapped);
    // The Summary (every editor reads it) names no one's anonymous month: one session each.
    const drift = driftTable();
    expect(drift.get('Ana Ruiz')![2]).toBe('');
    const own = as(env, FACILITATOR, () => api.getSidebarState()) as FacilitatorView;
    expect(own.people.find((p) => p.name === 'Ana Ruiz')).toMatchObject({ sessions: 2, drift: 'closer' });
    // An evaluator's sidebar has no such view.
    expect(JSON.stringify(as(env, people.ben.email, () => api.getSidebarState()))).not.toContain('"people"');
  });

  it('keeps someone without an address apart when the facilitator does not confirm them', () => {
    const order: Who[] = ['ana', 'ben', 'chen', 'cai'];
    playMonth(month(1, order), ['cai'], order);
    as(env, FACILITATOR, () => api.closeCurrentSession());
    playMonth(month(2, order), [], order);
    // Cai's second session is someone new to the add-on: no series links the two.
    const cai = driftRows().filter((row) => row[0] === 'Cai Moreno');
    expect(cai).toHaveLength(2);
    for (const row of cai) expect(row[3] === '' || row[3] === null).toBe(true);
    expect(driftTable().get('Ana Ruiz')![2]).toBe(0);
  });

  it('refuses a confirmation that contradicts an address, or one person on two rows, changing nothing', () => {
    const order: Who[] = ['ana', 'ben', 'cai'];
    playMonth(month(1, order), [], order);
    as(env, FACILITATOR, () => api.closeCurrentSession());
    const view = as(env, FACILITATOR, () => api.getSidebarState()) as FacilitatorView;
    const key = (name: string) => view.nextSession!.previous!.evaluators.find((e) => e.name === name)!.personKey;
    const before = documentProperties(env);
    expect(failure(env, FACILITATOR, () => api.startSession(month(2, order, { ana: key('Ben Okafor') })))).toBe(
      'Evaluator 1 (Ana Ruiz): ana@example.com belongs to Ana Ruiz from an earlier session, but the row is marked as the same person as Ben Okafor. Clear one of the two.',
    );
    expect(failure(env, FACILITATOR, () => api.startSession(month(2, ['ana', 'cai'], { cai: key('Ana Ruiz') })))).toBe(
      'Evaluators 1 and 2 are the same person from an earlier session: list each person once.',
    );
    expect(failure(env, FACILITATOR, () => api.startSession(month(2, order, { cai: 'p-nobody' })))).toMatch(
      /^Evaluator 3 \(Cai Moreno\): the person they were marked as the same as is not in this spreadsheet's earlier sessions/,
    );
    expect(documentProperties(env)).toEqual(before);
  });

  it('links History closed before person keys existed to people by their address', () => {
    const order: Who[] = ['ana', 'ben', 'chen', 'dara'];
    playMonth(month(1, order), ['ana'], order);
    // As an older version stored it: no person keys, no directory.
    as(env, FACILITATOR, () => {
      const store = PropertyStore.document();
      const state = store.read('cc.session') as { session: { evaluators: Array<{ personKey?: string }> } };
      for (const evaluator of state.session.evaluators) delete evaluator.personKey;
      store.commit({ 'cc.session': state, 'cc.people': undefined });
    });
    as(env, FACILITATOR, () => api.closeCurrentSession());
    const swapped: Who[] = ['dara', 'chen', 'ben', 'ana'];
    playMonth(month(2, swapped), ['ben'], swapped);
    const drift = driftTable();
    expect(drift.get('Ana Ruiz')![3]).toBe('closer');
    expect(drift.get('Ben Okafor')![3]).toBe('further');
    expect(drift.size).toBe(4);
  });
});
