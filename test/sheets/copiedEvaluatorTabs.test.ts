// A new session's evaluator tabs: the first laid out, the others copies of it (insertSheet with a
// template). Each copy must be the tab its own evaluator would have had if laid out from scratch, and
// carry nothing of the first evaluator's.
import type { SheetView } from 'apps-script-emulator';
import type { Session } from '../../src/domain/schemas';
import { evaluatorTabs } from '../../src/sheets/naming';
import { FACILITATOR, evaluatorEmail, presetSession, sheetsPerTest } from './harness';

const h = sheetsPerTest();

/** Everything about one evaluator tab a person or a script can see, by evaluator id. */
interface TabPicture {
  sheet: Omit<SheetView, 'sheetId' | 'index'>;
  namedRanges: Array<{ name: string; range: string }>;
}

function tabsOf(session: Session): Map<string, TabPicture> {
  const view = h.view();
  return new Map(
    evaluatorTabs(session).map((spec) => {
      const named = view.namedRanges.find((candidate) => candidate.name === spec.registryName);
      if (!named) throw new Error(`no anchor for ${spec.baseName}`);
      const { sheetId: _sheetId, index: _index, ...sheet } = view.sheets.find((candidate) => named.range.startsWith(`${candidate.name}!`))!;
      const namedRanges = view.namedRanges.filter((candidate) => candidate.range.startsWith(`${sheet.name}!`));
      return [spec.evaluatorId, { sheet, namedRanges }];
    }),
  );
}

/** Sets up `session` in a spreadsheet of its own and returns its evaluator tabs and the calls it made. */
function setUpIn(session: Session, options: { newSession: boolean; sharedWith?: string[] }) {
  h.restart();
  if (options.sharedWith) h.env.drive.shareForEditing(...options.sharedWith);
  const mark = h.env.calls.mark();
  h.env.run(FACILITATOR, () => h.workbook.setUpSession(session, [], undefined, { newSession: options.newSession }));
  return { tabs: tabsOf(session), calls: h.env.calls.since(mark), activeSheet: h.view().activeSheet };
}

const named = presetSession({ evaluators: 4, calls: 2 });
const anonymous = presetSession({ evaluators: 4, calls: 2, overrides: { options: { anonymousReveal: true } } });

describe("a new session's evaluator tabs, copied from the first", () => {
  it.each([
    ['a named', named],
    ['an anonymous', anonymous],
  ])('are, in %s session, each the tab its evaluator gets when laid out on its own', (_kind, session) => {
    const copied = setUpIn(session, { newSession: true });
    const laidOut = setUpIn(session, { newSession: false });
    expect(copied.activeSheet).toBe('Session');
    expect([...copied.tabs.keys()]).toEqual(evaluatorTabs(session).map((spec) => spec.evaluatorId));
    for (const [evaluatorId, tab] of copied.tabs) {
      // Values, formats, notes, widths, frozen header, hidden, name, protection and anchor alike.
      expect({ evaluatorId, ...tab }).toEqual({ evaluatorId, ...laidOut.tabs.get(evaluatorId) });
      expect(tab.sheet.hidden).toBe(true);
      expect(tab.sheet.frozenRows).toBe(4);
      expect(tab.sheet.columnWidths).toEqual({ 5: 320, 8: 320 });
      expect(tab.sheet.protections).toHaveLength(1);
      expect(tab.namedRanges).toHaveLength(1);
    }
    // Tabs 2..N really are copies: one insertSheet each, and no tab looked up, read or cleared.
    expect(copied.calls['SpreadsheetApp.Spreadsheet.insertSheet']).toBe(laidOut.calls['SpreadsheetApp.Spreadsheet.insertSheet']);
    expect(copied.calls['SpreadsheetApp.Range.setNumberFormats']).toBe(laidOut.calls['SpreadsheetApp.Range.setNumberFormats']! - 3);
    for (const read of ['Sheet.getProtections', 'Sheet.getMaxRows', 'Sheet.getMaxColumns', 'Sheet.clear', 'Sheet.getLastRow']) {
      expect({ read, calls: copied.calls[`SpreadsheetApp.${read}`] ?? 0 }).toEqual({ read, calls: 0 });
    }
  });

  it('carry nothing of the first evaluator in an anonymous session: no name, address or label in a cell, note, name, protection or anchor', () => {
    const { tabs } = setUpIn(anonymous, { newSession: true });
    const specs = evaluatorTabs(anonymous);
    const labels = specs.map((spec) => spec.baseName.replace('Scores – ', ''));
    const people = anonymous.evaluators.flatMap((evaluator) => [evaluator.name, evaluator.email]);
    specs.forEach((spec, i) => {
      const tab = tabs.get(spec.evaluatorId)!;
      const seen = JSON.stringify([
        tab.sheet.name,
        tab.sheet.values,
        tab.sheet.displayValues,
        tab.sheet.notes,
        tab.sheet.validations,
        tab.sheet.protections.map((protection) => [protection.description, protection.editors]),
        tab.namedRanges,
      ]);
      expect(seen).toContain(labels[i]!);
      for (const other of labels.filter((_, j) => j !== i))
        expect({ tab: labels[i], other, found: seen.includes(`${other}`) }).toMatchObject({ found: false });
      for (const person of people) expect({ tab: labels[i], person, found: seen.includes(person) }).toMatchObject({ found: false });
      expect(tab.sheet.protections[0]!.editors).toEqual([FACILITATOR]);
    });
  });

  it("never take a user's own sheet whose name clashes: the copy is named around it, and the user's sheet is left as it was", () => {
    const mine = h.ss().insertSheet('Scores – Evaluator Person 2');
    mine.getRange('A1').setValue('my notes');
    h.env.run(FACILITATOR, () => h.workbook.setUpSession(named, [], undefined, { newSession: true }));
    expect(h.sheet('Scores – Evaluator Person 2')).toMatchObject({ hidden: false, values: [['my notes']], protections: [] });
    const copy = h.sheet('Scores – Evaluator Person 2 (2)');
    expect(copy).toMatchObject({ hidden: true, frozenRows: 4 });
    expect(copy.values[0]![0]).toBe('Scores – Evaluator Person 2');
    expect(copy.protections[0]!.editors.sort()).toEqual([FACILITATOR, evaluatorEmail(1)].sort());
  });

  it('let only their own evaluator and the facilitator edit, however many others the spreadsheet is shared with', () => {
    const others = ['colleague@example.com', evaluatorEmail(0), evaluatorEmail(1), evaluatorEmail(2), evaluatorEmail(3)];
    const { tabs, calls } = setUpIn(named, { newSession: true, sharedWith: others });
    named.evaluators.forEach((evaluator) => {
      const protection = tabs.get(evaluator.id)!.sheet.protections[0]!;
      expect(protection.restricted).toBe(true);
      expect(protection.domainEdit).toBe(false);
      expect(protection.editors.sort()).toEqual([FACILITATOR, evaluator.email].sort());
    });
    // Who a new protection lets edit is read once, on the first tab, not once a tab.
    expect(calls['SpreadsheetApp.Protection.getEditors']).toBe(1);
    expect(calls['SpreadsheetApp.Protection.removeEditors']).toBe(named.evaluators.length);
  });
});
