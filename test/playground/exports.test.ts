import * as ExcelJS from 'exceljs';
import { documentToDocx, excelSheetName, workbookToXlsx } from '../../playground/exports';
import { sampleReport, sampleWorkbook, zipEntries } from './fixtures';

describe('exports', () => {
  it('writes the workbook as .xlsx with hidden tabs hidden, values, formats, bold and backgrounds', async () => {
    const env = sampleWorkbook();
    const data = await workbookToXlsx(env.spreadsheet.state, env.spreadsheet.timeZone);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(data as unknown as ArrayBuffer);
    const summary = book.getWorksheet('Summary')!;
    const ana = book.getWorksheet('Ana')!;
    expect(summary.state).toBe('visible');
    expect(ana.state).toBe('hidden');
    expect(ana.getCell('A1').value).toBe('Ana’s scores');
    expect(summary.getCell('A1').value).toBe('Criterion');
    expect(summary.getCell('A1').font?.bold).toBe(true);
    expect(summary.getCell('A1').fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFE8F0FE' } });
    expect(summary.getCell('B2').value).toBe(0.95);
    expect(summary.getCell('B2').numFmt).toBe('0%');
    // The heat map is exported as the colour people see.
    expect(summary.getCell('B2').fill).toMatchObject({ type: 'pattern' });
    expect(summary.getCell('C2').value).toEqual(new Date(Date.UTC(2026, 4, 1)));
    expect(summary.getCell('A2').note).toBeDefined();
    expect(summary.getCell('A5').isMerged).toBe(true);
    expect(summary.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('writes the report Doc as .docx whose document.xml holds its heading, list and table', async () => {
    const env = sampleWorkbook();
    const id = sampleReport(env);
    const doc = env.documents().find((d) => d.id === id)!;
    const files = zipEntries(await documentToDocx(doc));
    const xml = files.get('word/document.xml')!.toString('utf8');
    expect(xml).toContain('Calibration report');
    expect(xml).toContain('Heading1');
    expect(xml).toContain('Clarify “verification”');
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain('95%');
  });
});

describe('what the exports keep of the layout', () => {
  it('keeps column widths and frozen rows and columns in the .xlsx', async () => {
    const env = sampleWorkbook();
    const sheet = env.globals.SpreadsheetApp.getActiveSpreadsheet().insertSheet('Layout');
    sheet.getRange('A1:C3').setValues([
      ['Evaluator', 'Mean deviation', 'Within target'],
      ['Ana', -3.5, 'yes'],
      ['Ben', 7, 'no'],
    ]);
    sheet.setColumnWidth(1, 280).setColumnWidth(2, 140);
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(1);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await workbookToXlsx(env.spreadsheet.state, env.spreadsheet.timeZone)) as unknown as ArrayBuffer);
    const layout = book.getWorksheet('Layout')!;
    // Excel measures widths in characters of about 7 pixels.
    expect(layout.getColumn(1).width).toBe(40);
    expect(layout.getColumn(2).width).toBe(20);
    expect(layout.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 1 });
  });

  it('puts the report Doc images into the .docx at their size', async () => {
    const env = sampleWorkbook();
    const id = sampleReport(env);
    const sheet = env.globals.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]!;
    sheet.insertChart(sheet.newChart().addRange(sheet.getRange('A1:B3')).setPosition(10, 1, 0, 0).build());
    env.globals.DocumentApp.openById(id).getBody().appendImage(sheet.getCharts()[0]!.getAs('image/png')).setWidth(600).setHeight(371);
    const files = zipEntries(await documentToDocx(env.documents().find((d) => d.id === id)!));
    expect([...files.keys()].some((name) => /^word\/media\/.+\.png$/.test(name))).toBe(true);
    // 600 × 371 pixels as Word's EMUs (9525 per pixel).
    expect(files.get('word/document.xml')!.toString('utf8')).toContain(`cx="${600 * 9525}" cy="${371 * 9525}"`);
  });
});

describe('tab names Excel accepts', () => {
  it('keeps ordinary names, and renames reserved, long or forbidden ones uniquely', () => {
    const taken = new Set<string>();
    expect(excelSheetName('Summary', taken)).toBe('Summary');
    expect(excelSheetName('History', taken)).toBe('History (sheet)');
    expect(excelSheetName('Scores: Ana/Ben [draft]?', taken)).toBe('Scores_ Ana_Ben _draft__');
    const long = 'Scores – a very long evaluator name indeed';
    expect(excelSheetName(long, taken)).toBe(long.slice(0, 31));
    expect(excelSheetName(long, taken)).toBe(`${long.slice(0, 27)} (2)`);
    expect(excelSheetName('SUMMARY', taken)).toBe('SUMMARY (2)');
  });

  it('exports a workbook with a History tab', async () => {
    const env = sampleWorkbook();
    env.globals.SpreadsheetApp.getActiveSpreadsheet().insertSheet('History').getRange('A1').setValue('past sessions');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await workbookToXlsx(env.spreadsheet.state, env.spreadsheet.timeZone)) as unknown as ArrayBuffer);
    expect(book.getWorksheet('History (sheet)')!.getCell('A1').value).toBe('past sessions');
  });
});
