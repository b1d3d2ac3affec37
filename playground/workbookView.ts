import { columnLetters, cellA1 } from 'apps-script-emulator';
import { escapeHtml as e, safeColor } from './html';
import type { RenderedCell, RenderedSheet } from './sheetModel';

// The workbook as HTML: one tab per sheet (hidden ones marked), each sheet a table of display values
// with its formatting, plus what a reader of the real spreadsheet would notice around it: frozen
// header, protections and who may edit, dropdowns, notes and charts.
// Stable hooks for browser tests: #workbook-tabs button[data-sheet-name], section[data-sheet-name],
// td[data-a1] (with data-note / data-validation when present).

function cellStyle(cell: RenderedCell): string {
  const parts: string[] = [];
  const background = safeColor(cell.background);
  const color = safeColor(cell.fontColor);
  if (background) parts.push(`background:${background}`);
  if (color) parts.push(`color:${color}`);
  if (cell.bold) parts.push('font-weight:bold');
  if (cell.italic) parts.push('font-style:italic');
  if (cell.align !== 'left') parts.push(`text-align:${cell.align}`);
  if (cell.wrap) parts.push('white-space:pre-wrap');
  return parts.join(';');
}

/**
 * Sheets lets left-aligned text run on over the empty cells to its right, up to the first one that is
 * not empty: the width it may take, in pixels (its own column's when nothing is free).
 */
function spillWidth(row: readonly RenderedCell[], c: number, widths: readonly number[]): number {
  const cell = row[c]!;
  let width = widths[c] ?? 100;
  if (cell.text === '' || cell.align !== 'left' || cell.wrap) return width;
  for (let next = c + 1; next < row.length && row[next]!.text === '' && !row[next]!.covered && row[next]!.charts.length === 0; next++)
    width += widths[next] ?? 100;
  return width;
}

/**
 * Frozen rows and columns stay in place when the grid scrolls, as in Sheets: the frozen rows go in the
 * table's sticky head with the column letters, and each frozen column's cells stick at their offset
 * from the left (the row numbers' 40 px and the widths of the columns before them).
 */
function stickyLefts(sheet: RenderedSheet): number[] {
  const lefts: number[] = [];
  let left = ROW_NUMBERS_WIDTH;
  for (let c = 0; c < sheet.frozenColumns; c++) {
    lefts.push(left);
    left += shownWidth(sheet.columnWidths[c] ?? DEFAULT_WIDTH);
  }
  return lefts;
}

const ROW_NUMBERS_WIDTH = 40;
const DEFAULT_WIDTH = 100;
const shownWidth = (width: number) => Math.max(24, Math.min(600, width));

function renderCell(
  cell: RenderedCell,
  frozenRows: number,
  frozenColumns: number,
  spill: number,
  own: number,
  stickyLeft?: number,
): string {
  if (cell.covered) return '';
  const spills = spill > own;
  const classes = [
    spills ? 'spills' : '',
    cell.charts.length ? 'chart-cell' : '',
    cell.note ? 'has-note' : '',
    cell.validation ? 'has-validation' : '',
    cell.row === frozenRows ? 'frozen-edge-row' : '',
    cell.column === frozenColumns ? 'frozen-edge-column' : '',
    stickyLeft !== undefined ? 'frozen-column' : '',
  ].filter(Boolean);
  const style = [stickyLeft !== undefined ? `left:${stickyLeft}px` : '', cellStyle(cell)].filter(Boolean).join(';');
  const attributes = [
    `data-a1="${cellA1(cell.row, cell.column)}"`,
    cell.rowSpan > 1 ? `rowspan="${cell.rowSpan}"` : '',
    cell.colSpan > 1 ? `colspan="${cell.colSpan}"` : '',
    classes.length ? `class="${classes.join(' ')}"` : '',
    style ? `style="${style}"` : '',
    cell.note ? `data-note="${e(cell.note)}"` : '',
    cell.validation ? `data-validation="${e(cell.validation)}"` : '',
    cell.note || cell.validation ? `title="${e([cell.note && `Note: ${cell.note}`, cell.validation].filter(Boolean).join('\n'))}"` : '',
  ].filter(Boolean);
  const safeLink = /^https?:\/\//i.test(cell.link) ? cell.link : '';
  const shown = safeLink ? `<a href="${e(safeLink)}" target="_blank" rel="noopener noreferrer">${e(cell.text)}</a>` : e(cell.text);
  const content = spills ? `<div class="spill" style="width:${spill - 8}px">${shown}</div>` : shown;
  // A chart floats over the cells from its anchor cell, as in Sheets.
  const charts = cell.charts.length ? `<div class="chart-anchor">${cell.charts.join('')}</div>` : '';
  return `<td ${attributes.join(' ')}>${content}${charts}</td>`;
}

function renderGrid(sheet: RenderedSheet): string {
  if (sheet.numRows === 0 || sheet.numColumns === 0) return '<p class="empty-sheet">This sheet is empty.</p>';
  const cols = sheet.columnWidths.map((width) => `<col style="width:${shownWidth(width)}px">`).join('');
  const head = `<tr class="column-letters"><th class="corner"></th>${sheet.columnWidths.map((_, i) => `<th scope="col">${columnLetters(i + 1)}</th>`).join('')}</tr>`;
  const lefts = stickyLefts(sheet);
  const rows = sheet.rows.map((row, i) => {
    const frozen = i < sheet.frozenRows ? ' class="frozen"' : '';
    const cells = row
      .map((cell, c) =>
        renderCell(
          cell,
          sheet.frozenRows,
          sheet.frozenColumns,
          spillWidth(row, c, sheet.columnWidths),
          sheet.columnWidths[c] ?? DEFAULT_WIDTH,
          lefts[cell.column - 1],
        ),
      )
      .join('');
    return `<tr${frozen}><th scope="row">${i + 1}</th>${cells}</tr>`;
  });
  const frozenRows = rows.slice(0, sheet.frozenRows).join('');
  const body = rows.slice(sheet.frozenRows).join('');
  // Fixed layout needs the table's own width: the sum of the columns, as set on the sheet.
  const width = ROW_NUMBERS_WIDTH + sheet.columnWidths.reduce((sum, w) => sum + shownWidth(w), 0);
  return `<div class="grid-scroll"><table class="grid" style="width:${width}px"><colgroup><col class="row-numbers">${cols}</colgroup><thead>${head}${frozenRows}</thead><tbody>${body}</tbody></table></div>`;
}

function renderFacts(sheet: RenderedSheet): string {
  const facts: string[] = [];
  if (sheet.hidden) facts.push('<li class="hidden-note">Hidden tab: people see it only after “Show sheet”.</li>');
  if (sheet.frozenRows) facts.push(`<li>Frozen header: ${sheet.frozenRows} row${sheet.frozenRows > 1 ? 's' : ''}</li>`);
  if (sheet.frozenColumns) facts.push(`<li>Frozen columns: ${sheet.frozenColumns}</li>`);
  for (const chart of sheet.charts) facts.push(`<li>Chart: ${e(chart)}</li>`);
  if (sheet.unevaluatedRules.length) facts.push(`<li>Conditional formats not shown: ${e(sheet.unevaluatedRules.join(', '))}</li>`);
  if (sheet.truncated) facts.push(`<li>Only the first ${sheet.numRows} rows and ${sheet.numColumns} columns are shown.</li>`);
  const protections = sheet.protections.map(
    (p) =>
      `<li class="protection"><strong>Protected ${p.type === 'SHEET' ? 'sheet' : 'range'}</strong> ${e(p.range)}` +
      (p.description ? ` — ${e(p.description)}` : '') +
      `: editable by ${e(p.editors)}` +
      (p.unprotected.length ? `; open ranges ${e(p.unprotected.join(', '))}` : '') +
      '</li>',
  );
  const items = [...facts, ...protections];
  return items.length ? `<ul class="sheet-facts">${items.join('')}</ul>` : '';
}

/** The workbook view; `activeSheetId` is the tab shown first. */
export function workbookHtml(sheets: RenderedSheet[], activeSheetId: number): string {
  if (sheets.length === 0) return '<p>No sheets.</p>';
  const active = sheets.some((s) => s.id === activeSheetId) ? activeSheetId : sheets[0]!.id;
  const tabs = sheets
    .map((sheet, i) => {
      const selected = sheet.id === active;
      const color = safeColor(sheet.tabColor);
      return (
        `<button type="button" role="tab" id="sheet-tab-${i}" aria-controls="sheet-${i}" aria-selected="${selected}"` +
        ` data-sheet-name="${e(sheet.name)}"${sheet.hidden ? ' data-hidden="true" class="hidden-tab"' : ''}` +
        `${color ? ` style="border-bottom-color:${color}"` : ''}>${e(sheet.name)}${sheet.hidden ? ' <span class="badge">hidden</span>' : ''}</button>`
      );
    })
    .join('');
  const panels = sheets
    .map(
      (sheet, i) =>
        `<section role="tabpanel" id="sheet-${i}" aria-labelledby="sheet-tab-${i}" data-sheet-name="${e(sheet.name)}"` +
        `${sheet.hidden ? ' data-hidden="true"' : ''}${sheet.id === active ? '' : ' hidden'}>` +
        `<h3>${e(sheet.name)}${sheet.hidden ? ' <span class="badge">hidden</span>' : ''}</h3>${renderFacts(sheet)}${renderGrid(sheet)}</section>`,
    )
    .join('');
  return `<div id="workbook-tabs" role="tablist" aria-label="Sheets">${tabs}</div>${panels}`;
}
