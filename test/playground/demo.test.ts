import { join } from 'node:path';
import { inspectSheetByName } from 'apps-script-emulator';
import { loadAddon } from '../../playground/bridge';
import { DEMO_CALLS, DEMO_EVALUATORS, DEMO_TITLE, loadDemo } from '../../playground/demo';
import { documentToDocx, workbookToXlsx } from '../../playground/exports';
import * as ExcelJS from 'exceljs';
import { environmentFor } from '../usecases/harness';
import { zipEntries } from './fixtures';
import { PLAYGROUND_OWNER } from '../../playground/users';

const distDir = join(__dirname, '../../dist');

describe('the demo session', () => {
  it('exports as a workbook and, when the report entry point exists, a report Doc', async () => {
    const env = environmentFor({ owner: PLAYGROUND_OWNER, htmlDir: distDir });
    const addon = loadAddon(distDir, { ...env.globals });
    loadDemo(env, addon);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await workbookToXlsx(env.spreadsheet.state, env.spreadsheet.timeZone)) as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toContain('Summary');
    for (const doc of env.documents()) {
      const xml = zipEntries(await documentToDocx(doc))
        .get('word/document.xml')!
        .toString('utf8');
      const heading = doc.body.find((block) => block.type === 'paragraph' && block.heading !== 'NORMAL');
      const text = heading && 'runs' in heading ? heading.runs.map((r) => r.text).join('') : '';
      expect(text).not.toBe('');
      expect(xml).toContain(text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
    }
    expect(env.documents().length).toBe(addon.functions.includes('buildSessionReport') ? 1 : 0);
  });

  it('drives the real entry points to a revealed session with real disagreements', () => {
    const env = environmentFor({ owner: PLAYGROUND_OWNER, htmlDir: distDir });
    const addon = loadAddon(distDir, { ...env.globals });
    const view = loadDemo(env, addon);

    expect(view.role).toBe('facilitator');
    expect(view.session.title).toBe(DEMO_TITLE);
    expect(view.session.status).toBe('revealed');
    expect(view.session.evaluators).toHaveLength(8);
    expect(new Set(DEMO_EVALUATORS.map((e) => e.role)).size).toBeGreaterThanOrEqual(6);
    expect(view.session.calls.map((c) => c.id)).toEqual(DEMO_CALLS.map((c) => c.id));
    expect(view.status.allSubmitted).toBe(true);
    // The evaluator whose address is withheld picked her own name.
    expect(view.status.rows.find((r) => r.evaluatorId === 'emma')?.identifiedBy).toBe('self-declared');
    // Disagreements reach the agenda, and the facilitator recorded a final and the discussion.
    expect(view.agenda.length).toBeGreaterThan(0);
    expect(view.finals.length).toBeGreaterThan(0);
    expect(view.discussion.length).toBeGreaterThan(0);

    const summary = inspectSheetByName(env.spreadsheet, 'Summary');
    expect(summary.hidden).toBe(false);
    const text = summary.displayValues.flat().join(' ');
    expect(text).toContain(DEMO_CALLS[0].label);
    // The heat map and the N/A answer made it into the sheets.
    expect(summary.conditionalFormats.length + summary.backgrounds.flat().filter((b) => b !== '#ffffff').length).toBeGreaterThan(0);
    const allText = env.spreadsheet.state.sheets.flatMap((s) => inspectSheetByName(env.spreadsheet, s.name).displayValues.flat()).join(' ');
    expect(allText).toMatch(/N\/A/);
  });
});
