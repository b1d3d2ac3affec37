// The playground shows a sheet as Sheets would: negative numbers under sectioned formats, HYPERLINK
// cells as links, column widths as set, text running over empty neighbours only, charts drawn.
import { chartData, chartSvg } from '../../playground/chartSvg';
import { hyperlinkOf, renderWorkbook } from '../../playground/sheetModel';
import { workbookHtml } from '../../playground/workbookView';
import { withEnvironment } from '../usecases/harness';

function sheetWith(build: (sheet: GoogleAppsScript.Spreadsheet.Sheet) => void) {
  return withEnvironment({ owner: 'lead@example.com', timeZone: 'Etc/UTC' }, (env) => {
    const sheet = env.globals.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]!;
    build(sheet);
    const sheets = renderWorkbook(env.spreadsheet.state, env.spreadsheet.timeZone);
    return { sheet: sheets[0]!, html: workbookHtml(sheets, env.spreadsheet.state.activeSheetId) };
  });
}

describe('the playground renders as Sheets would', () => {
  it('shows a negative deviation as -98.1, not -+98.1', () => {
    const { sheet } = sheetWith((s) =>
      s
        .getRange(1, 1, 1, 2)
        .setNumberFormats([['+0.0;-0.0;0.0', '+0.0;-0.0;0.0']])
        .setValues([[-98.1, 2]]),
    );
    expect(sheet.rows[0]!.map((cell) => cell.text)).toEqual(['-98.1', '+2.0']);
  });

  it('shows a HYPERLINK cell as a link with its label', () => {
    expect(hyperlinkOf('=HYPERLINK("https://example.com/a", "Open the report")')).toEqual({
      url: 'https://example.com/a',
      label: 'Open the report',
    });
    const { html } = sheetWith((s) => s.getRange(1, 1).setFormula('=HYPERLINK("https://example.com/a", "Open the report")'));
    expect(html).toContain('<a href="https://example.com/a" target="_blank" rel="noopener noreferrer">Open the report</a>');
  });

  it('sets the widths as the sheet has them, and lets text run over empty cells only', () => {
    const { sheet, html } = sheetWith((s) => {
      s.setColumnWidth(1, 240);
      s.getRange(1, 1, 2, 3).setValues([
        ['A long label that runs on', '', ''],
        ['A long label that stops', 'here', ''],
      ]);
    });
    expect(sheet.columnWidths).toEqual([240, 100]);
    expect(html).toContain('<table class="grid" style="width:380px">');
    expect(html).toContain('<div class="spill" style="width:332px">A long label that runs on</div>');
    expect(html).not.toContain('A long label that stops</div>');
  });

  it('draws a combo chart: bars for the series, dashed lines for the target band', () => {
    const data = chartData(
      'COMBO',
      {
        title: 'Deviation',
        width: 400,
        height: 240,
        seriesType: 'bars',
        series: { 1: { type: 'line', lineDashStyle: [4, 4] }, 2: { type: 'line', lineDashStyle: [4, 4] } },
      },
      ['Evaluator', 'Mean deviation', 'Target −', 'Target +'],
      [
        ['A', -3, -5, 5],
        ['B', 7, -5, 5],
      ],
    );
    expect(data.lines).toEqual([false, true, true]);
    const svg = chartSvg(data);
    expect(svg.match(/<rect x="[\d.]+" y="[\d.]+" width="[\d.]+" height="[\d.]+" fill="#4285f4"\/>/g)).toHaveLength(3); // two bars and the legend's swatch
    expect(svg.match(/stroke-dasharray="5 4"/g)).toHaveLength(2);
    expect(svg).toContain('>Deviation</text>');
  });

  it('draws an inserted chart at its anchor cell', () => {
    const { html } = sheetWith((s) => {
      s.getRange(1, 1, 3, 2).setValues([
        ['Date', 'Variance'],
        ['2026-10', 6],
        ['2026-11', 4],
      ]);
      s.insertChart(
        s
          .newChart()
          .setChartType(Charts.ChartType.LINE)
          .addRange(s.getRange(1, 1, 3, 2))
          .setPosition(5, 1, 0, 0)
          .setOption('title', 'Variance')
          .build(),
      );
    });
    expect(html).toMatch(/<td data-a1="A5"[^>]*>.*<div class="chart-anchor"><svg[^>]*aria-label="Variance"/);
  });
});

describe('frozen rows and columns in the playground', () => {
  it('puts the frozen rows in the sticky head with the column letters, and pins frozen columns at their offsets', () => {
    const { html } = sheetWith((s) => {
      s.setColumnWidth(1, 200);
      s.setColumnWidth(2, 80);
      s.getRange(1, 1, 4, 3).setValues([
        ['Title', '', ''],
        ['Header', 'B', 'C'],
        ['Body', 1, 2],
        ['More', 3, 4],
      ]);
      s.setFrozenRows(2);
      s.setFrozenColumns(2);
    });
    const head = /<thead>([\s\S]*?)<\/thead>/.exec(html)![1]!;
    expect(head).toContain('data-a1="A1"');
    expect(head).toContain('data-a1="B2"');
    expect(head).not.toContain('data-a1="A3"');
    // Row numbers take 40 px, so column A sticks at 40 px and column B after A's 200 px.
    expect(html).toMatch(/<td data-a1="A3" class="[^"]*frozen-column[^"]*" style="left:40px"/);
    expect(html).toMatch(/<td data-a1="B3" class="[^"]*frozen-column[^"]*" style="left:240px/);
    expect(html).not.toMatch(/<td data-a1="C3"[^>]*frozen-column/);
  });
});
