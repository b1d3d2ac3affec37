// The picture EmbeddedChart.getAs('image/png') returns, drawn from the chart's data the way Sheets lays
// it out: the first column of its range is the domain, each further column a series, the header rows
// name them (https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart#getAs(String)).
// Column, bar and combo charts draw bars (a combo's series with type "line" as lines, the
// Google Charts option); line and area charts draw lines. Grid lines with their figures and the zero line
// are drawn; words (title, labels, legend) are not (the environment has no fonts), so whoever
// shows the image beside text names the chart themselves, as the add-on's report does.
//
// Google's reference does not say how large the image is; the environment draws it at the chart's
// width and height options, else at 600 × 371, the size Sheets gives a new chart. Callers must not
// depend on either: the add-on sizes the image where it puts it.
import { Raster } from '../png';
import { cellAt } from './grid';
import type { MemorySpreadsheet } from './memorySpreadsheet';
import type { ChartState } from './workbookSchema';

const DEFAULT_SIZE = { width: 600, height: 371 };
const PALETTE = ['#4285f4', '#db4437', '#f4b400', '#0f9d58', '#ab47bc', '#00acc1'];
const GRID = '#e0e0e0';
const AXIS = '#9e9e9e';
const LABEL = '#5f6368';

interface Series {
  values: Array<number | null>;
  line: boolean;
  color: string;
  dashed: boolean;
  pointSize: number;
}

function sizeOf(options: ChartState['options']): { width: number; height: number } {
  const width = options.width;
  const height = options.height;
  return {
    width: typeof width === 'number' && width >= 50 && width <= 4000 ? Math.round(width) : DEFAULT_SIZE.width,
    height: typeof height === 'number' && height >= 50 && height <= 4000 ? Math.round(height) : DEFAULT_SIZE.height,
  };
}

/** The series of the chart's first range, read from the cells as they are now. */
function seriesOf(book: MemorySpreadsheet, chart: ChartState): { rows: number; series: Series[] } {
  const range = chart.ranges[0];
  if (range === undefined || !book.hasSheet(range.sheetId)) return { rows: 0, series: [] };
  const sheet = book.sheet(range.sheetId);
  const numHeaders = typeof chart.options.numHeaders === 'number' && chart.options.numHeaders >= 0 ? chart.options.numHeaders : 1;
  const firstRow = range.row + numHeaders;
  const rows = Math.max(0, range.numRows - numHeaders);
  const seriesOptions = (chart.options.series ?? {}) as Record<
    string,
    { type?: string; color?: string; lineDashStyle?: unknown; pointSize?: number }
  >;
  const lineByDefault =
    chart.chartType === 'LINE' || chart.chartType === 'AREA' || (chart.chartType === 'COMBO' && chart.options.seriesType === 'line');
  const series: Series[] = [];
  for (let i = 0; i < range.numColumns - 1; i++) {
    const own = seriesOptions[String(i)] ?? {};
    series.push({
      values: Array.from({ length: rows }, (_, r) => {
        const value = cellAt(sheet, firstRow + r, range.column + 1 + i)?.value;
        return typeof value === 'number' && Number.isFinite(value) ? value : null;
      }),
      line: own.type ? own.type === 'line' : lineByDefault,
      color: typeof own.color === 'string' ? own.color : PALETTE[i % PALETTE.length]!,
      dashed: Array.isArray(own.lineDashStyle),
      pointSize: typeof own.pointSize === 'number' ? own.pointSize : 0,
    });
  }
  return { rows, series };
}

function niceStep(span: number): number {
  const raw = span / 5 || 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 2.5, 5, 10].map((m) => m * power).find((step) => step >= raw) ?? power * 10;
}

export function chartPng(book: MemorySpreadsheet, chart: ChartState): Uint8Array {
  const { width, height } = sizeOf(chart.options);
  const raster = new Raster(width, height);
  const { rows, series } = seriesOf(book, chart);
  // Room a real chart gives its title (top), axis labels (left) and legend (bottom).
  const plot = { left: 48, top: 36, right: width - 16, bottom: height - 44 };
  const values = series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values, low === 0 ? 1 : 0);
  const step = niceStep(high - low);
  const min = Math.floor(low / step) * step;
  const max = Math.ceil(high / step) * step || step;
  const y = (value: number) => plot.bottom - ((value - min) / (max - min)) * (plot.bottom - plot.top);

  for (let tick = min; tick <= max + step / 2; tick += step) {
    raster.line(plot.left, y(tick), plot.right, y(tick), GRID);
    const figure = Math.round(tick * 100) / 100;
    raster.number(String(figure), plot.left - 6, y(tick), LABEL);
  }
  raster.line(plot.left, plot.top, plot.left, plot.bottom, AXIS);
  raster.line(plot.left, y(0), plot.right, y(0), AXIS, 2);

  const slot = rows > 0 ? (plot.right - plot.left) / rows : 0;
  const bars = series.filter((s) => !s.line);
  const barWidth = bars.length > 0 ? (slot * 0.6) / bars.length : 0;
  for (let r = 0; r < rows; r++) {
    bars.forEach((s, b) => {
      const value = s.values[r];
      if (value === null || value === undefined) return;
      const x = plot.left + slot * r + slot * 0.2 + barWidth * b;
      raster.fillRect(x, y(0), Math.max(1, barWidth - 1), y(value) - y(0), s.color);
    });
  }
  for (const s of series.filter((candidate) => candidate.line)) {
    const centre = (r: number) => plot.left + slot * r + slot / 2;
    let previous: { x: number; y: number } | null = null;
    s.values.forEach((value, r) => {
      if (value === null) {
        previous = null;
        return;
      }
      const point = { x: centre(r), y: y(value) };
      if (previous) raster.line(previous.x, previous.y, point.x, point.y, s.color, 2, s.dashed ? 6 : 0);
      // A lone point of a line series still shows, as in Sheets.
      if (s.pointSize > 0 || rows === 1) raster.fillRect(point.x - 3, point.y - 3, 7, 7, s.color);
      previous = point;
    });
  }
  return raster.png();
}
