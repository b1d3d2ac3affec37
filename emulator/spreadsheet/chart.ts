import { blobApi } from '../blob';
import { instrument } from '../instrument';
import { chartPng } from './chartImage';
import { signatureError } from './arguments';
import { ChartType, enumMember } from './enums';
import type { MemorySpreadsheet } from './memorySpreadsheet';
import { internalRange, rangeApi } from './range';
import type { ChartState } from './workbookSchema';

type Chart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type Builder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type Range = GoogleAppsScript.Spreadsheet.Range;
type JsonValue = ChartState['options'][string];

/** A chart not yet inserted has id 0; insertChart gives it the workbook's next id. */
export function newChartState(): ChartState {
  return { id: 0, chartType: 'COLUMN', ranges: [], position: { row: 1, column: 1, offsetX: 0, offsetY: 0 }, options: {} };
}

export function chartApi(book: MemorySpreadsheet, state: ChartState): Chart {
  return instrument(new MemoryEmbeddedChart(book, structuredClone(state)), book.ctx, 'SpreadsheetApp', 'EmbeddedChart') as unknown as Chart;
}

export function chartBuilderApi(book: MemorySpreadsheet, state: ChartState): Builder {
  return instrument(
    new MemoryEmbeddedChartBuilder(book, structuredClone(state)),
    book.ctx,
    'SpreadsheetApp',
    'EmbeddedChartBuilder',
  ) as unknown as Builder;
}

export function chartStateOf(chart: unknown, method: string): ChartState {
  if (!(chart instanceof MemoryEmbeddedChart)) throw signatureError(method, [chart]);
  return structuredClone(chart._state);
}

function containerInfo(book: MemorySpreadsheet, position: ChartState['position']): GoogleAppsScript.Spreadsheet.ContainerInfo {
  const info: GoogleAppsScript.Spreadsheet.ContainerInfo = {
    getAnchorColumn: () => position.column,
    getAnchorRow: () => position.row,
    getOffsetX: () => position.offsetX,
    getOffsetY: () => position.offsetY,
  };
  return instrument(info, book.ctx, 'SpreadsheetApp', 'ContainerInfo');
}

/** Chart option values are kept as JSON so that workbooks round-trip through a file. */
function jsonOption(option: string, value: unknown): JsonValue {
  try {
    return JSON.parse(JSON.stringify(value ?? null)) as JsonValue;
  } catch {
    throw new Error(`Chart option "${option}" must be plain data.`);
  }
}

export class MemoryEmbeddedChart
  implements
    Pick<
      Chart,
      | 'getAs'
      | 'getBlob'
      | 'getChartId'
      | 'getContainerInfo'
      | 'getNumHeaders'
      | 'getOptions'
      | 'getRanges'
      | 'getTransposeRowsAndColumns'
      | 'modify'
    >
{
  constructor(
    readonly _book: MemorySpreadsheet,
    readonly _state: ChartState,
  ) {}

  /**
   * The chart as a picture: "For images in BMP, GIF, JPEG, or PNG format, any of 'image/bmp',
   * 'image/gif', 'image/jpeg', or 'image/png' are also valid", besides 'application/pdf'
   * (https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart#getAs(String)).
   * The environment draws PNG only (chartImage.ts), from the cells as they are now. The reference does
   * not say whether a chart on a hidden sheet, or one whose data range is empty, converts; here both
   * do (an empty chart is its axes), and the add-on goes on without the image when Sheets refuses.
   */
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    if (contentType !== 'image/png') {
      throw new Error(
        `EmbeddedChart.getAs('${String(contentType)}') is not supported by the in-memory Apps Script environment (image/png is)`,
      );
    }
    return blobApi(this._book.ctx, chartPng(this._book, this._state), 'image/png', 'chart.png');
  }
  /** "Return the data inside this object as a blob": for a chart, its image (PNG here). */
  getBlob(): GoogleAppsScript.Base.Blob {
    return blobApi(this._book.ctx, chartPng(this._book, this._state), 'image/png', 'chart.png');
  }
  getChartId(): number | null {
    return this._state.id === 0 ? null : this._state.id;
  }
  getContainerInfo(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    return containerInfo(this._book, this._state.position);
  }
  getNumHeaders(): number {
    const headers = this._state.options.numHeaders;
    return typeof headers === 'number' ? headers : -1;
  }
  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    const options = structuredClone(this._state.options);
    return instrument({ get: (option: string) => options[option] ?? null }, this._book.ctx, 'SpreadsheetApp', 'ChartOptions');
  }
  getRanges(): Range[] {
    return this._state.ranges.map((range) => rangeApi(this._book, range.sheetId, range));
  }
  getTransposeRowsAndColumns(): boolean {
    return this._state.options.transpose === true;
  }
  modify(): Builder {
    return chartBuilderApi(this._book, this._state);
  }
  /** The chart type, which Apps Script exposes only through the builder; kept for inspection. */
  getType(): string {
    return this._state.chartType;
  }
}

type BuilderMethods =
  | 'addRange'
  | 'asAreaChart'
  | 'asBarChart'
  | 'asColumnChart'
  | 'asLineChart'
  | 'asPieChart'
  | 'asScatterChart'
  | 'asTableChart'
  | 'build'
  | 'clearRanges'
  | 'getChartType'
  | 'getContainer'
  | 'getRanges'
  | 'removeRange'
  | 'setChartType'
  | 'setNumHeaders'
  | 'setOption'
  | 'setPosition'
  | 'setTransposeRowsAndColumns';

export class MemoryEmbeddedChartBuilder implements Pick<Builder, BuilderMethods> {
  constructor(
    readonly _book: MemorySpreadsheet,
    readonly _state: ChartState,
  ) {}

  private self(): Builder {
    return this as unknown as Builder;
  }

  /**
   * The type-specific builders Apps Script returns share these methods; this emulator returns the
   * same builder, which also answers setTitle (stored as the 'title' option).
   */
  private as(type: keyof typeof ChartType): any {
    this._state.chartType = type;
    return this;
  }

  setTitle(title: string): Builder {
    this._state.options.title = String(title);
    return this.self();
  }
  setChartType(type: GoogleAppsScript.Charts.ChartType): Builder {
    this._state.chartType = enumMember(ChartType, type, 'chart type');
    return this.self();
  }
  getChartType(): GoogleAppsScript.Charts.ChartType {
    return this._state.chartType as unknown as GoogleAppsScript.Charts.ChartType;
  }
  asAreaChart(): GoogleAppsScript.Spreadsheet.EmbeddedAreaChartBuilder {
    return this.as('AREA');
  }
  asBarChart(): GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder {
    return this.as('BAR');
  }
  asColumnChart(): GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder {
    return this.as('COLUMN');
  }
  asLineChart(): GoogleAppsScript.Spreadsheet.EmbeddedLineChartBuilder {
    return this.as('LINE');
  }
  asPieChart(): GoogleAppsScript.Spreadsheet.EmbeddedPieChartBuilder {
    return this.as('PIE');
  }
  asScatterChart(): GoogleAppsScript.Spreadsheet.EmbeddedScatterChartBuilder {
    return this.as('SCATTER');
  }
  asTableChart(): GoogleAppsScript.Spreadsheet.EmbeddedTableChartBuilder {
    return this.as('TABLE');
  }
  addRange(range: Range): Builder {
    const inner = internalRange(range, 'EmbeddedChartBuilder.addRange');
    this._state.ranges.push({ ...inner._grid, sheetId: inner._sheetId });
    return this.self();
  }
  removeRange(range: Range): Builder {
    const inner = internalRange(range, 'EmbeddedChartBuilder.removeRange');
    const same = (candidate: ChartState['ranges'][number]) =>
      candidate.sheetId === inner._sheetId &&
      candidate.row === inner._grid.row &&
      candidate.column === inner._grid.column &&
      candidate.numRows === inner._grid.numRows &&
      candidate.numColumns === inner._grid.numColumns;
    this._state.ranges = this._state.ranges.filter((candidate) => !same(candidate));
    return this.self();
  }
  clearRanges(): Builder {
    this._state.ranges = [];
    return this.self();
  }
  getRanges(): Range[] {
    return this._state.ranges.map((range) => rangeApi(this._book, range.sheetId, range));
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): Builder {
    const args = [anchorRowPos, anchorColPos, offsetX, offsetY];
    if (!args.every((arg) => typeof arg === 'number' && Number.isInteger(arg)))
      throw signatureError('EmbeddedChartBuilder.setPosition', args);
    this._state.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this.self();
  }
  getContainer(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    return containerInfo(this._book, this._state.position);
  }
  setOption(option: string, value: any): Builder {
    this._state.options[String(option)] = jsonOption(String(option), value);
    return this.self();
  }
  setNumHeaders(headers: number): Builder {
    this._state.options.numHeaders = headers;
    return this.self();
  }
  setTransposeRowsAndColumns(transpose: boolean): Builder {
    this._state.options.transpose = Boolean(transpose);
    return this.self();
  }
  build(): Chart {
    return chartApi(this._book, this._state);
  }
}
