// The Summary and Answers tabs: status only while scoring; after the reveal, the analysis written as one
// block per tab, with the charts, column widths and frozen rows set. A fixed number of calls whatever
// the size of the session.
import type { SessionAnalysis } from '../../domain/analysis';
import type { Session } from '../../domain/schemas';
import type { CalibrationTrend } from '../../domain/trend';
import { answersLayout, answersPlaceholder } from '../layout/answersSheet';
import { revealedSummary, statusSummary } from '../layout/summarySheet';
import type { Area, ChartSpec, TabLayout } from '../layout/tabLayout';
import { fixedTab } from '../naming';
import type { TabRegistry, Tabs } from '../registry';
import type { Workbook } from '../../usecases/ports/workbook';
import type { StatusRow } from '../../api/views';
import type { ChartPicture } from '../../usecases/ports/chartPictures';
import { clearOwnedSheet, fitSheet, sameCells, sameSize, shapeSheet, writeBlock, writeChangedCells, writeValuesAt } from '../writer';

const SUMMARY = fixedTab('summary');
const ANSWERS = fixedTab('answers');

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type TabSpec = typeof SUMMARY;

function rangeOf(sheet: Sheet, area: Area): GoogleAppsScript.Spreadsheet.Range {
  return sheet.getRange(area.row, area.column, area.numRows, area.numColumns);
}

const chartTypes = (): Record<ChartSpec['type'], GoogleAppsScript.Charts.ChartType> => ({
  COMBO: Charts.ChartType.COMBO,
  LINE: Charts.ChartType.LINE,
});

function insertChart(sheet: Sheet, spec: ChartSpec): void {
  let builder = sheet.newChart().setChartType(chartTypes()[spec.type]);
  for (const area of spec.ranges) builder = builder.addRange(rangeOf(sheet, area));
  builder = builder
    .setNumHeaders(1)
    .setPosition(spec.anchorRow, spec.anchorColumn, 0, 0)
    .setOption('title', spec.title)
    .setOption('width', spec.width)
    .setOption('height', spec.height);
  for (const [option, value] of Object.entries(spec.options)) builder = builder.setOption(option, value);
  sheet.insertChart(builder.build());
}

function writeLayout(sheet: Sheet, layout: TabLayout): void {
  clearOwnedSheet(sheet);
  writeBlock(sheet, 1, 1, layout.block);
  // Widths for every column the layout names must exist first (a new sheet has 26).
  fitSheet(sheet, 1, layout.columnWidths.length);
  shapeSheet(sheet, layout.columnWidths, { rows: layout.frozenRows, columns: layout.frozenColumns });
  if (layout.rules.length > 0) {
    const rules = layout.rules.map((rule) => {
      const builder = SpreadsheetApp.newConditionalFormatRule().setRanges([rangeOf(sheet, rule.area)]);
      if (rule.kind === 'formula') return builder.whenFormulaSatisfied(rule.formula).setBackground(rule.background).build();
      return builder.setGradientMinpoint(rule.minColor).setGradientMaxpoint(rule.maxColor).build();
    });
    sheet.setConditionalFormatRules(rules);
  }
  for (const chart of layout.charts) insertChart(sheet, chart);
}

export function writeStatusSummary(registry: TabRegistry, session: Session, status: readonly StatusRow[]): void {
  writeLayout(registry.ensure(SUMMARY).sheet, statusSummary(session, status));
}

/** Before the reveal, the status block's values only (the layout is the one set-up wrote). */
export function writeStatusCounts(registry: TabRegistry, session: Session, status: readonly StatusRow[]): void {
  const anchor = registry.range(SUMMARY);
  if (anchor) writeValuesAt(anchor, 1, statusSummary(session, status).block);
}

export function writeAnswersPlaceholder(registry: TabRegistry, session: Session): void {
  writeLayout(registry.ensure(ANSWERS).sheet, answersPlaceholder(session));
}

/**
 * Sheets gives the title back through the chart's options (ChartOptions.get); the reference does not
 * promise every option is readable, so a missing or failed read is "no title" and the report names the
 * chart by its place instead.
 */
function chartTitle(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): string | null {
  try {
    const title = chart.getOptions().get('title');
    return typeof title === 'string' && title.trim() !== '' ? title : null;
  } catch {
    return null;
  }
}

/**
 * The chart as a PNG (EmbeddedChart.getAs, https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart#getAs(String)).
 * The reference does not say when Sheets refuses one (a hidden sheet, an empty range, a conversion
 * quota): any refusal leaves the chart without a picture, and the report says where the chart is.
 */
function chartPicture(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): ChartPicture | null {
  try {
    return chart.getAs('image/png') as unknown as ChartPicture;
  } catch {
    return null;
  }
}

/** Laid out alike: the same block size, rules, charts, column widths and frozen rows and columns. */
function sameShape(a: TabLayout, b: TabLayout): boolean {
  const shape = (layout: TabLayout) =>
    JSON.stringify([layout.rules, layout.charts, layout.columnWidths, layout.frozenRows, layout.frozenColumns]);
  return sameSize(a.block, b.block) && shape(a) === shape(b);
}

/**
 * A tab laid out as `before` now shows `after`: when only cells changed, those are written (nothing when
 * none did) and the rules, charts and column widths stay; otherwise, or when the tab is gone, it is laid
 * out again whole.
 */
function relayOut(registry: TabRegistry, spec: TabSpec, before: TabLayout, after: TabLayout): void {
  const alike = sameShape(before, after);
  if (alike && sameCells(before.block, after.block)) return;
  const anchor = alike ? registry.range(spec) : null;
  if (anchor) writeChangedCells(anchor, before.block, after.block);
  else writeLayout(registry.ensure(spec).sheet, after);
}

interface Revealed {
  analysis: SessionAnalysis;
  trend: CalibrationTrend | null;
}

/** After a final: the Summary and the Answers tab laid out as `before` now show `after`. */
export function writeSummaryChange(registry: TabRegistry, session: Session, before: Revealed, after: Revealed): void {
  relayOut(
    registry,
    SUMMARY,
    revealedSummary(session, before.analysis, before.trend),
    revealedSummary(session, after.analysis, after.trend),
  );
  relayOut(registry, ANSWERS, answersLayout(session, before.analysis), answersLayout(session, after.analysis));
}

/** The Summary and Answers tabs after the reveal; before it, and after a final, see acrossTabs.ts. */
export const summaryTabPart = (tabs: Tabs): Pick<Workbook, 'writeSummary' | 'summaryCharts'> => ({
  /** The Summary and the Answers tab, both from the same analysis. */
  writeSummary(session, analysis, trend) {
    const registry = tabs();
    writeLayout(registry.ensure(SUMMARY).sheet, revealedSummary(session, analysis, trend));
    writeLayout(registry.ensure(ANSWERS).sheet, answersLayout(session, analysis));
  },
  /** Each chart on the Summary, in the order Sheets lists them: three calls a chart, two for the tab. */
  summaryCharts() {
    const sheet = tabs().find(SUMMARY);
    if (sheet === null) return [];
    return sheet.getCharts().map((chart) => ({ title: chartTitle(chart), picture: chartPicture(chart) }));
  },
});
