// Who came: the register in the discussion step, the report's account of it, attendance over sessions
// by person, what absent evaluators still learn, and anonymous sessions kept anonymous.
import { PropertyStore } from '../../src/adapters/propertyStore';
import type { CreateSessionPayload } from '../../src/api/payloads';
import type { EvaluatorView, FacilitatorView } from '../../src/api/views';
import type { Criterion } from '../../src/domain/schemas';
import { allowedValues } from '../../src/domain/scoring';
import { loadPeople } from '../../src/state/stateStore';
import { documentLines } from '../adapters/docs/documentLines';
import {
  CALLS,
  EVALUATORS,
  FACILITATOR,
  api,
  answersFor,
  as,
  scores,
  sessionPayload,
  setUpSession,
  environmentPerTest,
  submitAll,
} from './harness';

const env = environmentPerTest();

const emails = EVALUATORS.map((e) => e.email as string);
const highest = (c: Criterion) => allowedValues(c)[allowedValues(c).length - 1]!;
const lowest = (c: Criterion) => allowedValues(c)[0]!;

const facilitatorState = () => as(env, FACILITATOR, () => api.getSidebarState()) as FacilitatorView;

function sheetValues(name: string): unknown[][] {
  return as(env, FACILITATOR, () => SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name)!.getDataRange().getValues());
}

/** The History tab's rows by header. */
function historyRows(): Array<Record<string, unknown>> {
  const [header, ...rows] = sheetValues('History');
  return rows.map((row) => Object.fromEntries(header!.map((h, i) => [String(h), row[i]])));
}
// The register's rules (the reveal first, the facilitator's, closed with the session) are in
// rules/attendance.test.ts; here, what it becomes on the sheets, in the report and over sessions.
describe('the report', () => {
  it('says who attended and who did not, and marks definition changes and action items as agreed by those present', () => {
    const scorecard = setUpSession(env);
    submitAll(env, scorecard, emails.slice(0, 6), highest);
    submitAll(env, scorecard, emails.slice(6), (c) => (c.id === 'greeting' ? lowest(c) : highest(c)));
    as(env, FACILITATOR, () => api.revealSessionScores({ confirm: true }));
    as(env, FACILITATOR, () => api.markSessionAttendance({ evaluatorId: 'fay', status: 'absent' }));
    as(env, FACILITATOR, () => api.markSessionAttendance({ evaluatorId: 'eli', status: 'apologies' }));
    as(env, FACILITATOR, () =>
      api.changeCriterionDefinition({
        criterionId: 'greeting',
        newDefinition: 'All three parts, before the reason for the call.',
        reason: 'Read two ways',
      }),
    );
    as(env, FACILITATOR, () => api.saveSessionActionItem({ text: 'Retrain on greetings', owner: 'Ana Ruiz', dueDate: '2099-12-15' }));
    const built = as(env, FACILITATOR, () => api.buildSessionReport({}));
    const lines = documentLines(env.documents().find((doc) => doc.id === built.docId)!.body);
    const present = 'Ana Ruiz, Ben Okafor, Chen Wei, Dara Kelly, Gus Lund and Hana Sato';
    expect(lines).toContain('## Who attended');
    expect(lines).toContain(`Attended the discussion: ${present} (6 of 8, 75.0%).`);
    expect(lines).toContain('Did not attend: Eli Novak (sent apologies) and Fay Haddad (absent).');
    // The executive summary says it in one line.
    const summary = lines.slice(lines.indexOf('# Executive summary'), lines.indexOf('# The session'));
    expect(summary).toContain(`Who attended: ${present} (6 of 8); did not attend: Eli Novak (sent apologies) and Fay Haddad (absent).`);
    expect(summary).toContain(`Agreed by those present: ${present}.`);
    // Near the top: in the session's opening, before the scores.
    expect(lines.indexOf('## Who attended')).toBeLessThan(lines.indexOf('# Final calibrated scores'));
    const agreed = `Agreed by those present: ${present}.`;
    const definitions = lines.indexOf('# Scorecard definition updates');
    const actions = lines.indexOf('# Action items');
    const followUp = lines.indexOf('# Follow-up from earlier sessions');
    expect(lines.slice(definitions, actions)).toContain(agreed);
    expect(lines.slice(actions, followUp)).toContain(agreed);
  });
});

// ── Across sessions ────────────────────────────────────────────────────────────────────────────────

type Who = (typeof EVALUATORS)[number]['id'];
const byId = new Map(EVALUATORS.map((e) => [e.id as Who, e]));

/** A month's session with the roster in this order (rows numbered ev-1, ev-2, … as the wizard does). */
function month(n: number, order: readonly Who[], extra: Partial<CreateSessionPayload> = {}): CreateSessionPayload {
  return sessionPayload({
    title: `Calibration month ${n}`,
    sessionDate: `2026-0${n}-20`,
    scoringDeadline: `2026-0${n}-18T17:00:00.000Z`,
    evaluators: order.map((who, i) => {
      const { id: _id, ...person } = byId.get(who)!;
      return { id: `ev-${i + 1}`, ...person, sameAs: '' };
    }),
    ...extra,
  });
}

/** Starts, scores (everyone), reveals; marks the given ticks by person; returns the facilitator's view. */
function playMonth(
  payload: CreateSessionPayload,
  order: readonly Who[],
  ticks: Partial<Record<Who, 'absent' | 'apologies'>>,
): FacilitatorView {
  const started = as(env, FACILITATOR, () => api.startSession(payload)).state as FacilitatorView;
  for (const who of order) {
    for (const call of CALLS) as(env, byId.get(who)!.email, () => api.submitCallScores(scores(call.id, answersFor(started.scorecard))));
  }
  as(env, FACILITATOR, () => api.revealSessionScores({ confirm: true }));
  for (const [who, status] of Object.entries(ticks)) {
    as(env, FACILITATOR, () => api.markSessionAttendance({ evaluatorId: `ev-${order.indexOf(who as Who) + 1}`, status: status! }));
  }
  return facilitatorState();
}

describe('attendance over sessions', () => {
  it('follows each person across three sessions with the roster reordered, and flags two missed in a row', () => {
    const first: Who[] = ['ana', 'ben', 'chen', 'dara', 'eli'];
    playMonth(month(1, first), first, { eli: 'absent' });
    as(env, FACILITATOR, () => api.closeCurrentSession());
    const second: Who[] = ['dara', 'eli', 'chen', 'ana', 'ben'];
    const two = playMonth(month(2, second), second, { dara: 'apologies' });
    expect(two.attendance!.flags).toEqual([]);
    as(env, FACILITATOR, () => api.closeCurrentSession());
    const third: Who[] = ['eli', 'chen', 'dara', 'ben', 'ana'];
    const three = playMonth(month(3, third), third, { dara: 'absent', ben: 'apologies' });

    const series = new Map(three.attendance!.overSessions.map((p) => [p.name, p.sessions.map((s) => s.status)]));
    expect(series.get('Dara Kelly')).toEqual(['present', 'apologies', 'absent']);
    expect(series.get('Eli Novak')).toEqual(['absent', 'present', 'present']);
    expect(series.get('Ben Okafor')).toEqual(['present', 'present', 'apologies']);
    expect(series.get('Ana Ruiz')).toEqual(['present', 'present', 'present']);
    expect(three.attendance!.overSessions.map((p) => p.name)).toEqual(third.map((who) => byId.get(who)!.name));
    expect(three.attendance!.flags).toEqual([
      'Dara Kelly missed the last 2 sessions in a row: share the report with them, and pair them with a reviewer who was there to go through the finals and definition changes.',
    ]);

    // The report shows the attendance rate per session.
    const built = as(env, FACILITATOR, () => api.buildSessionReport({}));
    const lines = documentLines(env.documents().find((doc) => doc.id === built.docId)!.body);
    expect(lines).toContain('Attendance by session: 2026-01-20: 80.0%; 2026-02-20: 80.0%; this session: 60.0%.');

    // The Summary's trend has the rate per session, this one included.
    const summary = sheetValues('Summary');
    const header = summary.findIndex((row) => row[0] === 'Date' && row.includes('Attendance'));
    expect(header).toBeGreaterThanOrEqual(0);
    const column = summary[header]!.indexOf('Attendance');
    expect(summary.slice(header + 1, header + 4).map((row) => row[column])).toEqual([0.8, 0.8, 0.6]);

    as(env, FACILITATOR, () => api.closeCurrentSession());
    // History: the rate per session, never a name beside it.
    const history = historyRows();
    expect(history.map((row) => row.Attendance)).toEqual([0.8, 0.8, 0.6]);
    // Per person, by person key, in the store only.
    const directory = as(env, FACILITATOR, () => loadPeople(PropertyStore.document()));
    const dara = directory.people.find((p) => p.name === 'Dara Kelly')!.personKey;
    expect(directory.sessions.map((s) => s.members.find((m) => m.personKey === dara)!.attended)).toEqual([
      'present',
      'apologies',
      'absent',
    ]);
  });
});

describe('absent evaluators still learn', () => {
  it('shows an evaluator marked absent the finals that differ from their answers, the definition changes and their action items', () => {
    const scorecard = setUpSession(env);
    submitAll(env, scorecard, emails.slice(0, 7), highest);
    submitAll(env, scorecard, emails.slice(7), (c) => (c.id === 'greeting' ? lowest(c) : highest(c)));
    as(env, FACILITATOR, () => api.revealSessionScores({ confirm: true }));
    as(env, FACILITATOR, () => api.markSessionAttendance({ evaluatorId: 'hana', status: 'absent' }));
    as(env, FACILITATOR, () =>
      api.changeCriterionDefinition({
        criterionId: 'greeting',
        newDefinition: 'All three parts, before the reason for the call.',
        reason: 'Read two ways',
      }),
    );
    as(env, FACILITATOR, () =>
      api.saveSessionActionItem({ text: 'Re-listen to the greetings', owner: 'Hana Sato', dueDate: '2099-12-15' }),
    );
    as(env, FACILITATOR, () => api.saveSessionActionItem({ text: 'Update the guide', owner: 'Ana Ruiz' }));

    const hana = as(env, 'hana@example.com', () => api.getSidebarState()) as EvaluatorView;
    expect(hana.attendance).toBe('absent');
    const greeting = scorecard.sections.flatMap((s) => s.criteria).find((c) => c.id === 'greeting')!;
    expect(hana.agreed!.finals.map((f) => [f.callLabel, f.question])).toEqual(CALLS.map((call) => [call.label, greeting.question]));
    expect(hana.agreed!.finals[0]).toMatchObject({ yourAnswer: expect.any(String), final: expect.any(String) });
    expect(hana.agreed!.finals[0]!.yourAnswer).not.toBe(hana.agreed!.finals[0]!.final);
    expect(hana.agreed!.definitionChanges.map((c) => c.criterionId)).toEqual(['greeting']);
    expect(hana.agreed!.actionItems.map((a) => a.text)).toEqual(['Re-listen to the greetings']);

    // Someone who was there needs no catching up.
    const ana = as(env, 'ana@example.com', () => api.getSidebarState()) as EvaluatorView;
    expect(ana.attendance).toBe('present');
    expect(ana.agreed).toBeNull();
  });
});

describe('an anonymous session', () => {
  it('starts everyone present, so the register never says who scored nothing', () => {
    const scorecard = setUpSession(env, { options: { anonymousReveal: true } });
    submitAll(env, scorecard, emails.slice(0, 6));
    as(env, FACILITATOR, () => api.revealSessionScores({ confirm: true }));
    const register = facilitatorState().attendance!.register;
    expect(register.map((e) => e.status)).toEqual(EVALUATORS.map(() => 'present'));
    expect(register.filter((e) => !e.submitted).map((e) => e.evaluatorId)).toEqual(['gus', 'hana']);
  });

  it("keeps attendance by name in the facilitator's views and the report, and never beside a label", () => {
    const order: Who[] = ['ana', 'ben', 'chen', 'dara'];
    playMonth(month(1, order, { options: { anonymousReveal: false } }), order, {});
    as(env, FACILITATOR, () => api.closeCurrentSession());
    const view = playMonth(month(2, order, { options: { anonymousReveal: true } }), order, { ben: 'absent' });

    // The facilitator sees names, no label.
    expect(view.attendance!.register.map((e) => e.name)).toEqual(order.map((who) => byId.get(who)!.name));
    expect(JSON.stringify(view.attendance)).not.toMatch(/Evaluator [A-Z]\b/);

    // Evaluators learn their own tick only: nobody else's register, and so nothing to set beside a label.
    for (const who of order) {
      const seen = as(env, byId.get(who)!.email, () => api.getSidebarState()) as EvaluatorView;
      expect(seen.attendance).toBe(who === 'ben' ? 'absent' : 'present');
      const text = JSON.stringify(seen);
      expect(text).not.toMatch(/"register"|overSessions|flags/);
      if (who !== 'ben') expect(text).not.toContain('absent');
    }

    // The report the facilitator shares names who attended, alphabetically, with no label beside a name.
    const built = as(env, FACILITATOR, () => api.buildSessionReport({}));
    const lines = documentLines(env.documents().find((doc) => doc.id === built.docId)!.body);
    const start = lines.indexOf('## Who attended');
    const section = lines.slice(start, lines.indexOf('# Final calibrated scores'));
    expect(section).toContain('Attended the discussion: Ana Ruiz, Chen Wei and Dara Kelly (3 of 4, 75.0%).');
    expect(section).toContain('Did not attend: Ben Okafor (absent).');
    expect(section.join('\n')).not.toMatch(/Evaluator [A-Z]\b/);

    as(env, FACILITATOR, () => api.closeCurrentSession());
    // History: the rate, and labels only; nothing says which label stayed away.
    const row = historyRows()[1]!;
    expect(row.Attendance).toBe(0.75);
    const rowText = JSON.stringify(row);
    for (const who of order) expect(rowText).not.toContain(byId.get(who)!.name);
    // Every cell of every tab: no name beside "absent".
    for (const values of [sheetValues('History'), sheetValues('Summary')]) {
      for (const cells of values) {
        const line = cells.join(' ');
        if (/absent|apolog/i.test(line)) for (const who of order) expect(line).not.toContain(byId.get(who)!.name);
      }
    }
  });
});
