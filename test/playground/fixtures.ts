import { type AppsScriptEnvironment, DEFAULT_OWNER } from 'apps-script-emulator';
import { inflateRawSync } from 'node:zlib';
import { environmentFor } from '../usecases/harness';

export const EVALUATOR = 'ana@example.com';

/** A workbook with what the views and exports must show: formats, a heat map, a hidden protected tab, a dropdown. */
export function sampleWorkbook(): AppsScriptEnvironment {
  const env = environmentFor(DEFAULT_OWNER);
  const { SpreadsheetApp } = env.globals;
  const book = SpreadsheetApp.getActiveSpreadsheet();
  const summary = book.getSheets()[0]!.setName('Summary');
  summary
    .getRange('A1:C1')
    .setValues([['Criterion', 'Agreement', 'Date']])
    .setFontWeight('bold')
    .setBackground('#e8f0fe');
  summary.getRange('A2:C3').setValues([
    ['Greeting <b>', 0.95, new Date(Date.UTC(2026, 4, 1))],
    ['Verification', 0.5, new Date(Date.UTC(2026, 4, 2))],
  ]);
  summary.getRange('B2:B3').setNumberFormat('0%');
  summary.getRange('C2:C3').setNumberFormat('yyyy-mm-dd');
  summary.getRange('A2').setNote('Most agreed');
  summary.getRange('A5:C5').merge().setValue('Merged title');
  summary.setFrozenRows(1);
  const rule = SpreadsheetApp.newConditionalFormatRule()
    .setGradientMinpointWithValue('#e67c73', SpreadsheetApp.InterpolationType.NUMBER, '0')
    .setGradientMaxpointWithValue('#57bb8a', SpreadsheetApp.InterpolationType.NUMBER, '1')
    .setRanges([summary.getRange('B2:B3')])
    .build();
  summary.setConditionalFormatRules([rule]);
  summary.getRange('D2').setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['Yes', 'No', 'N/A']).build());

  const hidden = book.insertSheet('Ana');
  hidden.getRange('A1').setValue('Ana’s scores');
  const protection = hidden.protect().setDescription('Ana only');
  protection.removeEditors(protection.getEditors());
  protection.addEditor(EVALUATOR);
  hidden.hideSheet();
  book.setActiveSheet(summary);
  return env;
}

/** A report-like Doc: title, heading, paragraph, bullet list, table. */
export function sampleReport(env: AppsScriptEnvironment): string {
  const { DocumentApp } = env.globals;
  const doc = DocumentApp.create('Calibration report – May');
  const body = doc.getBody();
  body.appendParagraph('Calibration report').setHeading(DocumentApp.ParagraphHeading.HEADING1);
  body.appendParagraph('Agreement rose to 82%.');
  body.appendListItem('Clarify “verification”').setGlyphType(DocumentApp.GlyphType.BULLET);
  body.appendTable([
    ['Criterion', 'Agreement'],
    ['Greeting', '95%'],
  ]);
  doc.saveAndClose();
  return doc.getId();
}

/** The files inside a .zip (stored or deflated entries), read from its central directory. */
export function zipEntries(zip: Buffer): Map<string, Buffer> {
  const entries = new Map<string, Buffer>();
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip file');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localHeader = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataStart = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
    const data = zip.subarray(dataStart, dataStart + size);
    entries.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
