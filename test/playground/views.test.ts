import { documentsHtml } from '../../playground/reportView';
import { renderWorkbook } from '../../playground/sheetModel';
import { workbookHtml } from '../../playground/workbookView';
import { EVALUATOR, sampleReport, sampleWorkbook } from './fixtures';

function rendered() {
  const env = sampleWorkbook();
  const sheets = renderWorkbook(env.spreadsheet.state, env.spreadsheet.timeZone);
  return { env, sheets, html: workbookHtml(sheets, env.spreadsheet.state.activeSheetId) };
}

describe('the workbook as the user sees it', () => {
  it('shows display values under their number formats', () => {
    const { sheets } = rendered();
    const summary = sheets.find((s) => s.name === 'Summary')!;
    expect(summary.rows[1]!.map((c) => c.text).slice(0, 3)).toEqual(['Greeting <b>', '95%', '2026-05-01']);
    expect(summary.rows[1]![1]!.align).toBe('right');
  });

  it('paints the heat map from the conditional gradient, low red to high green', () => {
    const { sheets } = rendered();
    const summary = sheets.find((s) => s.name === 'Summary')!;
    const high = summary.rows[1]![1]!.background!;
    const low = summary.rows[2]![1]!.background!;
    const green = (hex: string) => parseInt(hex.slice(3, 5), 16);
    const red = (hex: string) => parseInt(hex.slice(1, 3), 16);
    expect(green(high)).toBeGreaterThan(green(low));
    expect(red(low)).toBeGreaterThan(red(high));
  });

  it('marks hidden tabs, lists protections with their editors, notes dropdowns, notes and merges', () => {
    const { html } = rendered();
    expect(html).toMatch(/<button[^>]*data-sheet-name="Ana" data-hidden="true"[^>]*>Ana <span class="badge">hidden<\/span>/);
    expect(html).toContain(`Protected sheet</strong> whole sheet Ana — Ana only: editable by owner@example.com, ${EVALUATOR}`);
    expect(html).toContain('data-validation="dropdown: Yes, No, N/A"');
    expect(html).toContain('data-note="Most agreed"');
    expect(html).toMatch(/data-a1="A5" colspan="3"/);
    expect(html).toContain('Frozen header: 1 row');
    expect(html).toContain('font-weight:bold');
    expect(html).toContain('background:#e8f0fe');
  });

  it('escapes cell text and shows the active sheet first', () => {
    const { html } = rendered();
    expect(html).toContain('Greeting &lt;b&gt;');
    expect(html).not.toContain('Greeting <b>');
    expect(html).toMatch(/<section role="tabpanel" id="sheet-0"[^>]*data-sheet-name="Summary">/);
    expect(html).toMatch(/<section role="tabpanel" id="sheet-1"[^>]*data-sheet-name="Ana" data-hidden="true" hidden>/);
  });
});

describe('the report Doc', () => {
  it('renders headings, paragraphs, lists and tables with the Doc’s sharing', () => {
    const env = sampleWorkbook();
    sampleReport(env);
    const html = documentsHtml(env.documents());
    expect(html).toContain('<h1>Calibration report</h1>');
    expect(html).toContain('<p>Agreement rose to 82%.</p>');
    expect(html).toMatch(/<ul><li[^>]*>Clarify “verification”<\/li><\/ul>/);
    expect(html).toContain('<td>95%</td>');
    expect(html).toContain('owner owner@example.com');
  });

  it('shows an image of the Doc at its size, from its own data', () => {
    const env = sampleWorkbook();
    const id = sampleReport(env);
    const sheet = env.globals.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]!;
    sheet.insertChart(sheet.newChart().addRange(sheet.getRange('A1:B3')).setPosition(10, 1, 0, 0).build());
    env.globals.DocumentApp.openById(id).getBody().appendImage(sheet.getCharts()[0]!.getAs('image/png')).setWidth(600).setHeight(371);
    const html = documentsHtml(env.documents());
    expect(html).toMatch(
      /<p class="doc-image"><img src="data:image\/png;base64,iVBORw0KGgo[A-Za-z0-9+/=]+" width="600" height="371" alt="Chart"><\/p>/,
    );
  });

  it('says how the report comes about when there is none', () => {
    expect(documentsHtml([])).toContain('No report yet');
  });
});
