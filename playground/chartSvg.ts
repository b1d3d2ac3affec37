// Draws a sheet's embedded chart as SVG, the way Sheets would draw it from its data range: the first
// column is the domain (labels or dates), each further column a series, the header row names them.
// Column, bar and combo charts draw bars (a combo's series with type "line" as lines); line charts
// draw lines. Enough to read the chart in the playground, not a full charting engine.
import { escapeHtml as e } from './html';

export interface ChartData {
  type: string;
  title: string;
  width: number;
  height: number;
  /** Series names, from the header row. */
  series: string[];
  /** Domain label and one value per series (null where the cell is empty). */
  rows: Array<{ label: string; values: Array<number | null> }>;
  /** Per series index: drawn as a line (true) or a bar (false). */
  lines: boolean[];
  colors: string[];
  dashed: boolean[];
}

const PALETTE = ['#4285f4', '#db4437', '#f4b400', '#0f9d58', '#ab47bc', '#00acc1'];

/** The chart's options read the way Google Charts reads them (series.N.type, series.N.color, lineDashStyle). */
export function chartData(
  type: string,
  options: Record<string, unknown>,
  header: string[],
  rows: Array<Array<string | number | null>>,
): ChartData {
  const seriesOptions = (options.series ?? {}) as Record<string, { type?: string; color?: string; lineDashStyle?: unknown }>;
  const series = header.slice(1);
  const defaultLine = type === 'LINE' || (type === 'COMBO' && options.seriesType === 'line');
  return {
    type,
    title: typeof options.title === 'string' ? options.title : '',
    width: typeof options.width === 'number' ? options.width : 480,
    height: typeof options.height === 'number' ? options.height : 300,
    series,
    rows: rows.map((row) => ({
      label: String(row[0] ?? ''),
      values: row.slice(1).map((v) => (typeof v === 'number' && Number.isFinite(v) ? v : null)),
    })),
    lines: series.map((_, i) => (seriesOptions[i]?.type ? seriesOptions[i]!.type === 'line' : defaultLine)),
    colors: series.map((_, i) => seriesOptions[i]?.color ?? PALETTE[i % PALETTE.length]!),
    dashed: series.map((_, i) => Array.isArray(seriesOptions[i]?.lineDashStyle)),
  };
}

function niceStep(span: number): number {
  const raw = span / 5;
  const power = 10 ** Math.floor(Math.log10(raw || 1));
  return [1, 2, 2.5, 5, 10].map((m) => m * power).find((step) => step >= raw) ?? power * 10;
}

export function chartSvg(chart: ChartData): string {
  const { width, height } = chart;
  const margin = { top: 34, right: 16, bottom: 52, left: 44 };
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const values = chart.rows.flatMap((row) => row.values).filter((v): v is number => v !== null);
  let min = Math.min(0, ...values);
  let max = Math.max(0, ...values);
  if (min === max) max = min + 1;
  const step = niceStep(max - min);
  min = Math.floor(min / step) * step;
  max = Math.ceil(max / step) * step;
  const y = (v: number) => margin.top + plotH - ((v - min) / (max - min)) * plotH;
  const slot = plotW / Math.max(1, chart.rows.length);
  const x = (i: number) => margin.left + slot * (i + 0.5);
  const parts: string[] = [];
  parts.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="#fff" stroke="#dadce0"/>`);
  parts.push(
    `<text x="${width / 2}" y="20" text-anchor="middle" font-size="13" font-weight="bold" fill="#202124">${e(chart.title)}</text>`,
  );
  for (let v = min; v <= max + step / 2; v += step) {
    const label = Number(v.toFixed(6));
    parts.push(
      `<line x1="${margin.left}" x2="${width - margin.right}" y1="${y(v)}" y2="${y(v)}" stroke="${label === 0 ? '#9aa0a6' : '#ebebeb'}"/>`,
    );
    parts.push(`<text x="${margin.left - 6}" y="${y(v) + 4}" text-anchor="end" font-size="10" fill="#5f6368">${label}</text>`);
  }
  const bars = chart.series.map((_, i) => i).filter((i) => !chart.lines[i]);
  const barWidth = (slot * 0.7) / Math.max(1, bars.length);
  chart.rows.forEach((row, r) => {
    bars.forEach((s, k) => {
      const v = row.values[s];
      if (v === null || v === undefined) return;
      const left = x(r) - (slot * 0.7) / 2 + k * barWidth;
      const top = Math.min(y(v), y(0));
      parts.push(
        `<rect x="${left.toFixed(1)}" y="${top.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${Math.abs(y(v) - y(0)).toFixed(1)}" fill="${e(chart.colors[s]!)}"/>`,
      );
    });
    const label = row.label.length > 14 ? `${row.label.slice(0, 13)}…` : row.label;
    parts.push(`<text x="${x(r)}" y="${margin.top + plotH + 14}" text-anchor="middle" font-size="10" fill="#5f6368">${e(label)}</text>`);
  });
  chart.series.forEach((_, s) => {
    if (!chart.lines[s]) return;
    // A line across the whole plot when every row has the same value (a target band), else point to point.
    const points = chart.rows
      .map((row, r) =>
        row.values[s] === null || row.values[s] === undefined ? null : `${x(r).toFixed(1)},${y(row.values[s]!).toFixed(1)}`,
      )
      .filter(Boolean);
    const dash = chart.dashed[s] ? ' stroke-dasharray="5 4"' : '';
    if (points.length === 1) {
      const [px, py] = points[0]!.split(',');
      parts.push(`<circle cx="${px}" cy="${py}" r="3" fill="${e(chart.colors[s]!)}"/>`);
    }
    parts.push(`<polyline points="${points.join(' ')}" fill="none" stroke="${e(chart.colors[s]!)}" stroke-width="2"${dash}/>`);
    if (!chart.dashed[s])
      for (const point of points) {
        const [px, py] = point!.split(',');
        parts.push(`<circle cx="${px}" cy="${py}" r="3" fill="${e(chart.colors[s]!)}"/>`);
      }
  });
  let legendX = margin.left;
  chart.series.forEach((name, s) => {
    const swatch = chart.lines[s]
      ? `<line x1="${legendX}" x2="${legendX + 14}" y1="${height - 14}" y2="${height - 14}" stroke="${e(chart.colors[s]!)}" stroke-width="2"${chart.dashed[s] ? ' stroke-dasharray="4 3"' : ''}/>`
      : `<rect x="${legendX}" y="${height - 19}" width="12" height="10" fill="${e(chart.colors[s]!)}"/>`;
    parts.push(swatch, `<text x="${legendX + 18}" y="${height - 10}" font-size="10" fill="#3c4043">${e(name)}</text>`);
    legendX += 26 + name.length * 5.6;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" class="sheet-chart" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${e(chart.title)}">${parts.join('')}</svg>`;
}
