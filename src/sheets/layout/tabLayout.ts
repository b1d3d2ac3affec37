// A tab laid out as plain data: its block, the rules and charts on top of it, and how its columns and
// header rows are shaped. The tab writers turn it into a fixed number of Apps Script calls.
import type { Block } from '../block';

/** A 1-based area of the sheet. */
export interface Area {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** A conditional-format rule: a background when a formula holds, or a colour scale. */
export type HeatRule =
  | { kind: 'formula'; area: Area; formula: string; background: string }
  | { kind: 'gradient'; area: Area; minColor: string; maxColor: string };

/**
 * A native chart. `ranges` are its data, header row included, first column the domain (labels or
 * dates). Sizes are in pixels; the anchor is the cell its top-left corner sits on.
 */
export interface ChartSpec {
  kind: 'deviation' | 'variance-trend';
  type: 'COMBO' | 'LINE';
  title: string;
  ranges: Area[];
  anchorRow: number;
  anchorColumn: number;
  width: number;
  height: number;
  /** Options as Google Charts names them (series, axes, colours), set one by one on the builder. */
  options: Record<string, unknown>;
}

export interface TabLayout {
  block: Block;
  rules: HeatRule[];
  charts: ChartSpec[];
  /** Pixels per column from column A; columns past the list keep Sheets' default. */
  columnWidths: number[];
  frozenRows: number;
  frozenColumns: number;
}
