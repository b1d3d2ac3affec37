import { createSpreadsheetApp, inspectWorkbook } from '../../spreadsheet';
import { createTestWorkbook } from './testContext';

describe('spreadsheet and sheets', () => {
  it('starts with one visible Sheet1 and knows its id, name and url', () => {
    const { ss } = createTestWorkbook();
    expect(ss.getId()).toBe('sheet-123');
    expect(ss.getName()).toBe('Calibration');
    expect(ss.getUrl()).toBe('https://docs.google.com/spreadsheets/d/sheet-123/edit');
    expect(ss.getSheets().map((sheet) => sheet.getName())).toEqual(['Sheet1']);
    ss.rename('Q3 calibration');
    expect(ss.getName()).toBe('Q3 calibration');
  });

  it('inserts sheets by name and index, activates them and rejects duplicate names', () => {
    const { ss } = createTestWorkbook();
    const summary = ss.insertSheet('Summary', 0);
    expect(ss.getActiveSheet().getName()).toBe('Summary');
    expect(summary.getIndex()).toBe(1);
    expect(ss.insertSheet().getName()).toBe('Sheet3');
    expect(() => ss.insertSheet('summary')).toThrow('A sheet with the name "summary" already exists. Please enter another name.');
    expect(() => ss.getSheetByName('Sheet1')!.setName('Summary')).toThrow('A sheet with the name "Summary" already exists.');
    expect(ss.getSheetByName('Missing')).toBeNull();
  });

  it('hides and shows sheets but never hides the last visible one', () => {
    const { ss, spreadsheet } = createTestWorkbook();
    const first = ss.getSheets()[0]!;
    const second = ss.insertSheet('Eval - Ann');
    second.hideSheet();
    expect(second.isSheetHidden()).toBe(true);
    expect(() => first.hideSheet()).toThrow("You can't hide all the sheets in a document.");
    expect(first.isSheetHidden()).toBe(false);
    second.showSheet();
    first.hideSheet();
    expect(inspectWorkbook(spreadsheet).sheets.map((sheet) => [sheet.name, sheet.hidden])).toEqual([
      ['Sheet1', true],
      ['Eval - Ann', false],
    ]);
    expect(ss.getActiveSheet().getName()).toBe('Eval - Ann');
  });

  it('copies a template sheet with insertSheet: its cells, not its widths, frozen rows, protection, name or hidden state', () => {
    const { ss, app, spreadsheet } = createTestWorkbook();
    const template = ss.insertSheet('Template');
    const block = template.getRange(1, 1, 2, 2);
    block.setNumberFormats([
      ['@', '@'],
      ['@', '0.0'],
    ]);
    block.setValues([
      ['Title', 'x'],
      ['y', 2],
    ]);
    block.setBackgrounds([
      ['#eeeeee', null],
      [null, null],
    ]);
    block.setNotes([
      ['a note', ''],
      ['', ''],
    ]);
    template.setColumnWidth(2, 320);
    template.setFrozenRows(1);
    ss.setNamedRange('Anchor', block);
    template.protect().setDescription('mine');
    const copy = ss.insertSheet('Copy', { template });
    expect(ss.getActiveSheet().getName()).toBe('Copy');
    expect(copy.getRange(1, 1, 2, 2).getValues()).toEqual([
      ['Title', 'x'],
      ['y', 2],
    ]);
    expect(copy.getRange(1, 1, 2, 2).getNumberFormats()).toEqual([
      ['@', '@'],
      ['@', '0.0'],
    ]);
    expect(copy.getRange(1, 1).getBackground()).toBe('#eeeeee');
    expect(copy.getRange(1, 1).getNote()).toBe('a note');
    // What the reference does not promise stays behind: the add-on must set it on the copy itself.
    expect(copy.getFrozenRows()).toBe(0);
    expect(copy.getColumnWidth(2)).toBe(100);
    expect(copy.getProtections(app.ProtectionType.SHEET)).toEqual([]);
    expect(ss.getRangeByName('Anchor')!.getSheet().getName()).toBe('Template');
    copy.getRange(1, 1).setValue('Changed');
    expect(template.getRange(1, 1).getValue()).toBe('Title');
    template.hideSheet();
    expect(ss.insertSheet('Second copy', 1, { template }).isSheetHidden()).toBe(false);
    expect(inspectWorkbook(spreadsheet).sheets.map((sheet) => sheet.name)).toEqual(['Sheet1', 'Second copy', 'Template', 'Copy']);
  });

  it('deletes sheets but never the last one or the last visible one', () => {
    const { ss } = createTestWorkbook();
    const only = ss.getSheets()[0]!;
    expect(() => ss.deleteSheet(only)).toThrow("You can't remove all the sheets in a document.");
    const hidden = ss.insertSheet('Hidden');
    hidden.hideSheet();
    expect(() => ss.deleteSheet(only)).toThrow("You can't remove all the visible sheets in a document.");
    ss.deleteSheet(hidden);
    expect(ss.getNumSheets()).toBe(1);
    expect(() => hidden.getName()).toThrow('The sheet has been deleted.');
  });

  it('moves the active sheet', () => {
    const { ss } = createTestWorkbook();
    ss.insertSheet('B');
    ss.insertSheet('C');
    ss.setActiveSheet(ss.getSheetByName('C')!);
    ss.moveActiveSheet(1);
    expect(ss.getSheets().map((sheet) => sheet.getName())).toEqual(['C', 'Sheet1', 'B']);
  });

  it('resolves A1 notation with and without sheet names', () => {
    const { ss } = createTestWorkbook();
    ss.insertSheet("Bob's tab");
    const range = ss.getRange("'Bob''s tab'!B2:C4");
    expect(range.getSheet().getName()).toBe("Bob's tab");
    expect([range.getRow(), range.getColumn(), range.getNumRows(), range.getNumColumns()]).toEqual([2, 2, 3, 2]);
    expect(range.getA1Notation()).toBe('B2:C4');
    expect(ss.getRange('Sheet1!A:B').getNumRows()).toBe(1000);
    expect(ss.getRange('Sheet1!2:3').getNumColumns()).toBe(26);
    expect(() => ss.getRange('Nope!A1')).toThrow('Range not found');
    expect(() => ss.getRange('Sheet1!hello world')).toThrow('Range not found');
  });

  it('throws Apps Script errors for bad coordinates', () => {
    const { ss } = createTestWorkbook();
    const sheet = ss.getActiveSheet();
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow('The number of columns in the range must be at least 1.');
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange(1, 26, 1, 2)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange('AA1')).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
  });

  it('throws Apps Script errors when data does not match the range', () => {
    const { ss } = createTestWorkbook();
    const range = ss.getRange('A1:C2');
    expect(() => range.setValues([[1, 2, 3]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() =>
      range.setValues([
        [1, 2, 3],
        [4, 5],
      ]),
    ).toThrow('The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.');
    expect(() => range.setBackgrounds([['#fff']])).toThrow('The number of rows in the data');
    expect(() => range.setValues('abc' as never)).toThrow(
      "The parameters (String) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
    expect(range.isBlank()).toBe(true);
  });

  it('tracks last row/column, data range, and grows only through insert calls or appendRow', () => {
    const { ss } = createTestWorkbook();
    const sheet = ss.getActiveSheet();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
    sheet.getRange('B3').setValue('x');
    sheet.getRange('A1').setBackground('#eeeeee'); // formatting is not content
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([3, 2]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:B3');
    sheet.insertRowsAfter(1000, 5);
    sheet.insertColumnsAfter(26, 2);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1005, 28]);
    sheet.getRange(1005, 28).setValue('corner');
    sheet.deleteRows(1, 2);
    expect(sheet.getRange('B1').getValue()).toBe('x');
    expect(sheet.getMaxRows()).toBe(1003);
    expect(() => sheet.deleteRows(1, 1003)).toThrow('Sorry, it is not possible to delete all non-frozen rows.');
    expect(() => sheet.deleteRows(1000, 10)).toThrow('Those rows are out of bounds.');
  });

  it('appends rows after the last row with content, growing the grid when full', () => {
    const { ss } = createTestWorkbook();
    const sheet = ss.getActiveSheet();
    sheet.deleteRows(3, 998);
    sheet.appendRow(['a', 1]);
    sheet.appendRow(['b', 2]);
    sheet.appendRow(['c', 3]);
    expect(sheet.getMaxRows()).toBe(3);
    sheet.appendRow(['d', '00042']);
    expect(sheet.getMaxRows()).toBe(4);
    expect(sheet.getRange('A1:B4').getValues()).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
      ['d', 42],
    ]);
  });

  it('keeps named ranges, merges and protections anchored when rows are inserted', () => {
    const { ss, spreadsheet } = createTestWorkbook();
    const sheet = ss.getActiveSheet();
    ss.setNamedRange('Scores', sheet.getRange('B2:B5'));
    sheet.getRange('C2:D2').merge();
    sheet.getRange('A3').protect();
    sheet.insertRowsBefore(1, 2);
    expect(ss.getRangeByName('Scores')!.getA1Notation()).toBe('B4:B7');
    const view = inspectWorkbook(spreadsheet);
    expect(view.sheets[0]!.merges).toEqual(['C4:D4']);
    expect(view.protections[0]!.a1).toBe('A5');
  });

  it('manages named ranges and rejects invalid names', () => {
    const { ss } = createTestWorkbook();
    const range = ss.getRange('A1:A3');
    ss.setNamedRange('call_ids', range);
    expect(() => ss.setNamedRange('A1', range)).toThrow('Invalid range name "A1"');
    expect(() => ss.setNamedRange('has space', range)).toThrow('Invalid range name');
    expect(() => ss.setNamedRange('1abc', range)).toThrow('Invalid range name');
    const [named] = ss.getNamedRanges();
    expect(named!.getName()).toBe('call_ids');
    named!.setRange(ss.getRange('B1:B2')).setName('callIds');
    expect(ss.getRangeByName('callIds')!.getA1Notation()).toBe('B1:B2');
    ss.removeNamedRange('callIds');
    expect(ss.getRangeByName('callIds')).toBeNull();
    expect(() => ss.removeNamedRange('callIds')).toThrow('Named range not found');
  });

  it('records frozen panes, widths, tab colour, merges, notes and toasts', () => {
    const { ss, spreadsheet, ctx } = createTestWorkbook();
    const sheet = ss.getActiveSheet();
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(2);
    sheet.setColumnWidth(1, 240);
    sheet.setColumnWidths(2, 2, 80);
    sheet.setTabColor('#00ff00');
    sheet.getRange('A1:C1').mergeAcross();
    expect(sheet.getRange('B1').isPartOfMerge()).toBe(true);
    expect(() => sheet.getRange('B1:D1').merge()).toThrow('You must select all cells in a merged range to merge or unmerge them.');
    sheet.getRange('A2').setNote('Why 3?');
    ctx.advanceClock(1500);
    ss.toast('Scores revealed', 'Calibration', 3);
    expect(sheet.getColumnWidth(1)).toBe(240);
    expect(sheet.getColumnWidth(5)).toBe(100);
    const view = inspectWorkbook(spreadsheet);
    const first = view.sheets[0]!;
    expect(first).toMatchObject({ frozenRows: 1, frozenColumns: 2, tabColor: '#00ff00', merges: ['A1:C1'] });
    expect(first.columnWidths).toEqual({ 1: 240, 2: 80, 3: 80 });
    expect(first.notes[1]![0]).toBe('Why 3?');
    expect(view.toasts).toEqual([
      {
        message: 'Scores revealed',
        title: 'Calibration',
        timeoutSeconds: 3,
        at: Date.UTC(2026, 0, 5, 9, 0, 1, 500),
        user: 'owner@example.com',
      },
    ]);
    sheet.getRange('A1:C1').breakApart();
    expect(sheet.getRange('B1').isPartOfMerge()).toBe(false);
  });

  it('auto-resizes columns from their longest displayed value', () => {
    const { ss } = createTestWorkbook();
    const sheet = ss.getActiveSheet();
    sheet.getRange('A1:A2').setValues([['short'], ['a considerably longer label']]);
    sheet.autoResizeColumns(1, 2);
    expect(sheet.getColumnWidth(1)).toBeGreaterThan(100);
    expect(sheet.getColumnWidth(2)).toBe(100);
  });

  it('offsets and clears ranges', () => {
    const { ss } = createTestWorkbook();
    const sheet = ss.getActiveSheet();
    const range = sheet.getRange('A1:B2');
    range
      .setValues([
        [1, 2],
        [3, 4],
      ])
      .setFontWeight('bold')
      .setBackground('#ff0000');
    const moved = range.offset(1, 1);
    expect(moved.getA1Notation()).toBe('B2:C3');
    expect(moved.getValues()).toEqual([
      [4, ''],
      ['', ''],
    ]);
    range.clear({ contentsOnly: true });
    expect(range.getValues()).toEqual([
      ['', ''],
      ['', ''],
    ]);
    expect(range.getFontWeights()).toEqual([
      ['bold', 'bold'],
      ['bold', 'bold'],
    ]);
    range.clearFormat();
    expect(range.getBackground()).toBe('#ffffff');
    expect(range.getFontWeight()).toBe('normal');
  });

  it('throws a clear error from getUi without a Ui, and returns the given one otherwise', () => {
    const { app, ctx } = createTestWorkbook();
    expect(() => app.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
    const ui = { alert: () => undefined } as unknown as GoogleAppsScript.Base.Ui;
    expect(createSpreadsheetApp(ctx, { ui }).app.getUi()).toBe(ui);
  });
});
