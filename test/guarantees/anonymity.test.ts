// Guarantee: anonymous means anonymous. An anonymous session is played to the end (scored, revealed,
// discussed, reported, shared, closed, followed by the next session), then everything an evaluator can
// read is searched for anything that links a label ("Evaluator C") to a person: every cell and note with
// its row, every tab's name and position, protections (descriptions and editor lists), named ranges,
// every answer of every entry point, and the report Doc. The label-to-person map stays in the store.
import { PropertyStore } from '../../src/adapters/propertyStore';
import { revealLabels } from '../../src/domain/analysis';
import { labelId } from '../../src/domain/people';
import type { Session } from '../../src/domain/schemas';
import { registryToken } from '../../src/sheets/naming';
import { loadArchive } from '../../src/state/stateStore';
import { documentLines } from '../adapters/docs/documentLines';
import {
  CALLS,
  EVALUATORS,
  FACILITATOR,
  answersFor,
  api,
  as,
  everythingSeenBy,
  scores,
  sessionPayload,
  environmentPerTest,
} from '../usecases/harness';

const env = environmentPerTest();

/** As the wizard sends them: rows numbered ev-1, ev-2, … and typed juniors first, as facilitators often do. */
const roster = [...EVALUATORS].sort((a, b) => a.seniority - b.seniority).map((e, i) => ({ ...e, id: `ev-${i + 1}` }));
const ANA = roster.find((e) => e.name === 'Ana Ruiz')!;

interface Person {
  id: string;
  name: string;
  email: string;
  label: string;
}

/** Every way a person can be named: name, first name, address, evaluator id (also as a named range spells it). */
function marksOf(person: Person): RegExp[] {
  const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [person.name, person.name.split(' ')[0]!, person.email, person.id, registryToken(person.id)].map(
    (mark) => new RegExp(`(^|[^A-Za-z0-9])${escaped(mark)}($|[^A-Za-z0-9])`, 'i'),
  );
}

function labelMarks(label: string): RegExp[] {
  const letter = label.replace('Evaluator ', '');
  return [
    new RegExp(`Evaluator ${letter}(?![A-Z])`),
    new RegExp(`${labelId(label)}(?![a-z])`),
    new RegExp(`evaluator_h${letter.toLowerCase()}(?![a-z])`, 'i'),
  ];
}

/** A unit of what an evaluator can read that names both a label and someone who is not that label. */
function links(units: readonly { where: string; text: string }[], people: readonly Person[]): string[] {
  const found: string[] = [];
  for (const unit of units) {
    const labels = people.filter((p) => labelMarks(p.label).some((mark) => mark.test(unit.text)));
    if (labels.length === 0) continue;
    for (const person of people) {
      if (person.id === ANA.id) continue; // Ana knows who she is.
      if (marksOf(person).some((mark) => mark.test(unit.text)))
        found.push(`${unit.where}: ${person.name} beside ${labels.map((p) => p.label).join(', ')}: ${unit.text.slice(0, 300)}`);
    }
  }
  return found;
}

/** Each object of an entry point's answer, with its own plain fields only: a label and a name in one object link them. */
function objectUnits(name: string, value: unknown, path = name): Array<{ where: string; text: string }> {
  if (value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((item, i) => objectUnits(name, item, `${path}[${i}]`));
  const own = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v === null || typeof v !== 'object')
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(' | ');
  return [
    { where: path, text: own },
    ...Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => objectUnits(name, v, `${path}.${k}`)),
  ];
}

it('no tab, cell, note, tab order, protection, named range, sidebar answer or report links a label to a person', () => {
  const started = as(env, FACILITATOR, () =>
    api.startSession(sessionPayload({ evaluators: roster.map((e) => ({ ...e })), options: { anonymousReveal: true, juniorsFirst: true } })),
  );
  if (started.state.role !== 'facilitator') throw new Error('expected the facilitator view');
  const scorecard = started.state.scorecard;
  // Not everyone submits everything: one person submits nothing, another one call only.
  roster.forEach((evaluator, n) => {
    const calls = n === 2 ? [] : n === 5 ? CALLS.slice(0, 1) : CALLS;
    for (const call of calls)
      as(env, evaluator.email, () =>
        api.submitCallScores(
          scores(
            call.id,
            answersFor(scorecard, (c, i) => (c.type === 'scale' ? 1 + ((i + n) % 5) : (i + n) % 3 === 0 ? 0 : 1)),
          ),
        ),
      );
  });
  // Before the reveal, with the status refreshed on the sheets: what every editor could read then (version history keeps it).
  as(env, FACILITATOR, () => api.getSubmissionStatus());
  const beforeReveal = as(env, ANA.email, () =>
    SpreadsheetApp.getActiveSpreadsheet()
      .getSheets()
      .map((sheet) => ({ name: sheet.getName(), values: sheet.getDataRange().getDisplayValues() })),
  );
  as(env, FACILITATOR, () => api.revealSessionScores({ confirm: true }));
  as(env, FACILITATOR, () => api.recordFinalValue({ callId: 'c1', criterionId: 'greeting', value: 1 }));
  as(env, FACILITATOR, () => api.recordDiscussionNotes({ criterionId: 'greeting', notes: 'Read two ways', resolution: 'Both names' }));
  const report = as(env, FACILITATOR, () => api.buildSessionReport());
  as(env, FACILITATOR, () => api.shareSessionReport({ includeParticipants: true }));
  const sessionId = started.state.session.id;
  as(env, FACILITATOR, () => api.closeCurrentSession());
  as(env, FACILITATOR, () =>
    api.startSession(
      sessionPayload({
        title: 'December calibration',
        sessionDate: '2026-12-28',
        scoringDeadline: '2026-12-26T17:00:00.000Z',
        evaluators: roster.map((e) => ({ ...e })),
      }),
    ),
  );

  // The truth, from the store: only the facilitator's views read it.
  const session: Session = as(env, FACILITATOR, () => loadArchive(PropertyStore.document(), sessionId)!.state.session);
  const labels = revealLabels(session);
  const people: Person[] = session.evaluators.map((e) => ({ id: e.id, name: e.name, email: e.email, label: labels.get(e.id)! }));
  // The labels are drawn, not read off the roster: juniors first, yet not the roster's order.
  const labelOrder = [...people].sort((a, b) => a.label.localeCompare(b.label)).map((p) => p.id);
  expect(labelOrder).toEqual(session.labelOrder);

  const units: Array<{ where: string; text: string }> = [];
  const workbook = as(env, ANA.email, () => {
    const book = SpreadsheetApp.getActiveSpreadsheet();
    return {
      sheets: book.getSheets().map((sheet) => {
        const range = sheet.getDataRange();
        return {
          name: sheet.getName(),
          values: range.getDisplayValues(),
          notes: range.getNotes(),
          protections: [] as Array<{ description: string; editors: string[] }>,
        };
      }),
      namedRanges: book.getNamedRanges().map((named) => ({ name: named.getName(), sheet: named.getRange().getSheet().getName() })),
    };
  });
  // Protections as their editors read them (listing a protection's editors needs edit access to it): more than Ana sees.
  const protections = as(env, FACILITATOR, () =>
    SpreadsheetApp.getActiveSpreadsheet()
      .getSheets()
      .map((sheet) =>
        [...sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET), ...sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)].map(
          (p) => ({
            description: p.getDescription(),
            editors: p.getEditors().map((u) => u.getEmail()),
          }),
        ),
      ),
  );
  workbook.sheets.forEach((sheet, i) => (sheet.protections = protections[i]!));
  for (const sheet of workbook.sheets) {
    units.push({ where: `tab name "${sheet.name}"`, text: sheet.name });
    sheet.values.forEach((row, r) =>
      units.push({ where: `${sheet.name}!row ${r + 1}`, text: [...row, ...(sheet.notes[r] ?? [])].join(' | ') }),
    );
    for (const protection of sheet.protections) {
      units.push({
        where: `${sheet.name} protection`,
        text: `${sheet.name} | ${protection.description} | ${protection.editors.join(', ')}`,
      });
      // Evaluators need no edit access to their tab, so no evaluator is listed on one.
      if (/^(Scores – )?Evaluator [A-Z]/.test(sheet.name)) {
        expect(protection.editors.filter((email) => people.some((p) => p.email === email))).toEqual([]);
      }
    }
  }
  for (const named of workbook.namedRanges) units.push({ where: `named range ${named.name}`, text: `${named.name} | ${named.sheet}` });

  // Tabs named and ordered by label.
  const evaluatorTabs = workbook.sheets.map((s) => s.name).filter((name) => /Evaluator [A-Z]+ – 2026-11-30$/.test(name));
  expect(evaluatorTabs).toHaveLength(roster.length);
  expect(evaluatorTabs).toEqual([...evaluatorTabs].sort());

  // The Session tab lists people by name and without seniority.
  const sessionTab = workbook.sheets.find((s) => s.name === 'Session')!;
  const header = sessionTab.values.findIndex((row) => row[0] === 'Evaluator' && row[1] === 'Role');
  const listed = sessionTab.values.slice(header + 1, header + 1 + roster.length).map((row) => row[0]);
  expect(listed).toEqual([...listed].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
  expect(sessionTab.values.slice(header + 1, header + 1 + roster.length).every((row) => row[2] === '')).toBe(true);

  // Every entry point, as Ana calls it, object by object.
  const seen = everythingSeenBy(env, ANA.email, new Set(['startSession']));
  for (const [i, line] of seen.split('\n').entries()) {
    try {
      units.push(...objectUnits(`answer ${i}`, JSON.parse(line)));
    } catch {
      units.push({ where: `message ${i}`, text: line });
    }
  }
  // The report Doc, which Ana can open: line by line.
  const doc = env.documents().find((d) => d.id === report.docId)!;
  expect(doc.viewers).toContain(ANA.email);
  documentLines(doc.body).forEach((line, i) => units.push({ where: `report line ${i + 1}`, text: line }));

  // Joins by elimination: no sheet ever showed a person's count or time of submission beside their name,
  // and no labelled tab shows a submission time.
  for (const sheet of [...beforeReveal, ...workbook.sheets]) {
    for (const row of sheet.values) {
      if (!people.some((p) => row.includes(p.name))) continue;
      expect({ sheet: sheet.name, row: row.filter((cell) => /^\d{4}-\d{2}-\d{2}[ T]\d|^\d+\/\d+\/\d+ \d/.test(cell)) }).toEqual({
        sheet: sheet.name,
        row: [],
      });
    }
  }
  for (const sheet of workbook.sheets.filter((s) => /^Evaluator [A-Z]+ – /.test(s.name))) {
    const submittedAt = sheet.values[3]!.indexOf('Submitted at');
    expect(sheet.values.slice(4).every((row) => row[submittedAt] === '')).toBe(true);
  }
  const sessionRows = workbook.sheets.find((s) => s.name === 'Session')!.values;
  const listedRows = sessionRows.filter((row) => people.some((p) => p.name === row[0]));
  expect(listedRows.every((row) => row[5] === '' && row[6] === '' && row[7] === '')).toBe(true);
  expect(documentLines(doc.body).filter((line) => /submit/i.test(line) && people.some((p) => line.includes(p.name)))).toEqual([]);

  expect(units.length).toBeGreaterThan(200);
  expect(links(units, people)).toEqual([]);
  // The search does find a link where there is one (the store, which no evaluator can read).
  expect(links([{ where: 'store', text: `${people[1].label} = ${people[1].name}` }], people)).toHaveLength(1);
});
