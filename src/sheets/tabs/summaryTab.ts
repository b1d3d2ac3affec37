// The Summary tab: status only while scoring; after the reveal, the whole analysis written as one block,
// with the heat map and the chart on top. A fixed number of calls whatever the size of the session.
import type { SessionAnalysis } from '../../domain/analysis';
import type { Session } from '../../domain/schemas';
import type { CalibrationTrend } from '../../domain/trend';
import { revealedSummary, statusSummary, type Area, type SummaryLayout } from '../layout/summarySheet';
import { fixedTab } from '../naming';
import type { TabRegistry } from '../registry';
import type { SubmissionStatusRow } from '../workbook';
import { clearOwnedSheet, fitSheet, writeBlock, writeValuesAt } from '../writer';

/** Columns the chart covers at the default width, so it never hangs past the sheet's edge. */
const CHART_WIDTH_COLUMNS = 6;

const SUMMARY = fixedTab('summary');

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function rangeOf(sheet: Sheet, area: Area): GoogleAppsScript.Spreadsheet.Range {
  return sheet.getRange(area.row, area.column, area.numRows, area.numColumns);
}

function writeLayout(sheet: Sheet, layout: SummaryLayout): void {
  clearOwnedSheet(sheet);
  writeBlock(sheet, 1, 1, layout.block);
  if (layout.rules.length > 0) {
    const rules = layout.rules.map((rule) => {
      const builder = SpreadsheetApp.newConditionalFormatRule().setRanges([rangeOf(sheet, rule.area)]);
      if (rule.kind === 'formula') return builder.whenFormulaSatisfied(rule.formula).setBackground(rule.background).build();
      return builder.setGradientMinpoint(rule.minColor).setGradientMaxpoint(rule.maxColor).build();
    });
    sheet.setConditionalFormatRules(rules);
  }
  if (layout.chart) {
    // The chart sits to the right of the block; its anchor cell must exist.
    fitSheet(sheet, layout.chart.anchorRow, layout.chart.anchorColumn + CHART_WIDTH_COLUMNS);
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType.SCATTER)
      .addRange(rangeOf(sheet, layout.chart.data))
      .setNumHeaders(1)
      .setPosition(layout.chart.anchorRow, layout.chart.anchorColumn, 0, 0)
      .setOption('title', layout.chart.title)
      .setOption('hAxis', { title: 'Final score (%)' })
      .setOption('vAxis', { title: "Evaluator's score (%)" })
      .build();
    sheet.insertChart(chart);
  }
}

export function writeStatusSummary(registry: TabRegistry, session: Session, status: readonly SubmissionStatusRow[]): void {
  writeLayout(registry.ensure(SUMMARY).sheet, statusSummary(session, status));
}

/** Before the reveal, the status block's values only (the layout is the one set-up wrote). */
export function writeStatusCounts(registry: TabRegistry, session: Session, status: readonly SubmissionStatusRow[]): void {
  const anchor = registry.range(SUMMARY);
  if (anchor) writeValuesAt(anchor, 1, statusSummary(session, status).block);
}

export function writeRevealedSummary(registry: TabRegistry, session: Session, analysis: SessionAnalysis, trend: CalibrationTrend | null): void {
  writeLayout(registry.ensure(SUMMARY).sheet, revealedSummary(session, analysis, trend));
}
