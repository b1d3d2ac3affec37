import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageBreak,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import * as ExcelJS from 'exceljs';
import type { BlockNode, TextRun as DocTextRun, DocumentView, WorkbookState } from 'apps-script-emulator';
import { renderWorkbook } from './sheetModel';

// Files a team can take into Sheets or Docs by hand: the workbook as .xlsx (values, number formats,
// bold, backgrounds as they are seen, merges, notes, frozen header, hidden tabs still hidden) and
// the report as .docx (headings, paragraphs, lists, tables).

/** '#rrggbb' or '#rgb' as the 'RRGGBB' both libraries want; null for anything else. */
function hex6(color: string | null | undefined): string | null {
  const match = /^#([0-9a-f]{6}|[0-9a-f]{3})$/i.exec((color ?? '').trim());
  if (!match) return null;
  const hex = match[1]!.length === 3 ? [...match[1]!].map((c) => c + c).join('') : match[1]!;
  return hex.toUpperCase();
}

const PIXELS_PER_EXCEL_WIDTH_UNIT = 7;
const EXCEL_NAME_LIMIT = 31;

/**
 * A tab name Excel accepts: Sheets allows 100 characters and any of \ / ? * [ ] :, Excel allows 31
 * characters, none of those, and reserves "History". Names stay unique, ignoring case, as Excel wants.
 */
export function excelSheetName(name: string, taken: Set<string>): string {
  let base =
    name
      .replace(/[\\/?*[\]:]/g, '_')
      .replace(/^'+|'+$/g, '')
      .trim() || 'Sheet';
  if (base.toLowerCase() === 'history') base = `${base} (sheet)`;
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const candidate = base.slice(0, EXCEL_NAME_LIMIT - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) {
      taken.add(candidate.toLowerCase());
      return candidate;
    }
  }
}

export async function workbookToXlsx(workbook: WorkbookState, timeZone: string): Promise<Buffer> {
  if (workbook.sheets.length > 0 && workbook.sheets.every((s) => s.hidden)) throw new Error('The workbook has no visible sheet to export.');
  const book = new ExcelJS.Workbook();
  const everything = { rows: Number.MAX_SAFE_INTEGER, columns: Number.MAX_SAFE_INTEGER };
  const names = new Set<string>();
  for (const sheet of renderWorkbook(workbook, timeZone, everything)) {
    const frozen = sheet.frozenRows || sheet.frozenColumns;
    const ws = book.addWorksheet(excelSheetName(sheet.name, names), {
      state: sheet.hidden ? 'hidden' : 'visible',
      views: frozen ? [{ state: 'frozen', ySplit: sheet.frozenRows, xSplit: sheet.frozenColumns }] : [],
      properties: hex6(sheet.tabColor) ? { tabColor: { argb: `FF${hex6(sheet.tabColor)}` } } : {},
    });
    sheet.columnWidths.forEach((px, i) => (ws.getColumn(i + 1).width = px / PIXELS_PER_EXCEL_WIDTH_UNIT));
    for (const row of sheet.rows) {
      for (const cell of row) {
        if (cell.covered) continue;
        const target = ws.getCell(cell.row, cell.column);
        if (cell.value !== '') target.value = cell.value;
        if (cell.numberFormat !== 'General' && cell.value !== '') target.numFmt = cell.numberFormat;
        const fontColor = hex6(cell.fontColor);
        if (cell.bold || cell.italic || fontColor) {
          target.font = { bold: cell.bold, italic: cell.italic, ...(fontColor ? { color: { argb: `FF${fontColor}` } } : {}) };
        }
        const background = hex6(cell.background);
        if (background) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${background}` } };
        if (cell.align !== 'left' || cell.wrap) target.alignment = { horizontal: cell.align, wrapText: cell.wrap };
        if (cell.note) target.note = cell.note;
        if (cell.validation.startsWith('dropdown: ')) {
          const list = cell.validation.slice('dropdown: '.length);
          // Excel's inline list holds at most 255 characters; longer lists are kept as a note.
          if (list.length <= 255 && !list.includes('"'))
            target.dataValidation = { type: 'list', allowBlank: true, formulae: [`"${list.replace(/, /g, ',')}"`] };
        }
        if (cell.rowSpan > 1 || cell.colSpan > 1)
          ws.mergeCells(cell.row, cell.column, cell.row + cell.rowSpan - 1, cell.column + cell.colSpan - 1);
      }
    }
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

const headingLevels: Partial<Record<string, (typeof HeadingLevel)[keyof typeof HeadingLevel]>> = {
  TITLE: HeadingLevel.TITLE,
  HEADING1: HeadingLevel.HEADING_1,
  HEADING2: HeadingLevel.HEADING_2,
  HEADING3: HeadingLevel.HEADING_3,
  HEADING4: HeadingLevel.HEADING_4,
  HEADING5: HeadingLevel.HEADING_5,
  HEADING6: HeadingLevel.HEADING_6,
};

function runs(source: readonly DocTextRun[]): Array<TextRun | ExternalHyperlink> {
  return source.flatMap((run): Array<TextRun | ExternalHyperlink> => {
    const color = hex6(run.style.foregroundColor);
    const shade = hex6(run.style.backgroundColor);
    const link = run.style.linkUrl && /^https?:\/\//i.test(run.style.linkUrl) ? run.style.linkUrl : null;
    // A line break inside a run becomes a run that starts on a new line.
    const pieces = run.text.split(/\r?\n|\r/).map(
      (line, i) =>
        new TextRun({
          text: line,
          ...(i > 0 ? { break: 1 } : {}),
          bold: run.style.bold,
          italics: run.style.italic,
          strike: run.style.strikethrough,
          ...(run.style.underline ? { underline: {} } : {}),
          ...(color ? { color } : {}),
          ...(shade ? { shading: { type: ShadingType.CLEAR, fill: shade, color: 'auto' } } : {}),
          ...(link ? { style: 'Hyperlink' } : {}),
        }),
    );
    return link ? [new ExternalHyperlink({ link, children: pieces })] : pieces;
  });
}

const NUMBERED = 'numbered-list';
const orderedGlyphs = new Set(['NUMBER', 'LATIN_UPPER', 'LATIN_LOWER', 'ROMAN_UPPER', 'ROMAN_LOWER']);

function block(node: BlockNode): Paragraph | Table {
  switch (node.type) {
    case 'paragraph': {
      if (node.image) {
        // Word takes the picture at the Doc's size, in pixels as the Doc holds it.
        const type = ({ 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif' } as const)[node.image.contentType];
        if (type)
          return new Paragraph({
            children: [
              new ImageRun({
                type,
                data: Buffer.from(node.image.data, 'base64'),
                transformation: { width: node.image.width, height: node.image.height },
                altText: { name: node.image.altTitle || 'Chart', description: node.image.altDescription, title: node.image.altTitle },
              }),
            ],
          });
      }
      const heading = headingLevels[node.heading];
      return new Paragraph({ children: runs(node.runs), ...(heading ? { heading } : {}) });
    }
    case 'listItem':
      return new Paragraph({
        children: runs(node.runs),
        ...(orderedGlyphs.has(node.glyphType)
          ? { numbering: { reference: NUMBERED, level: node.nestingLevel } }
          : { bullet: { level: node.nestingLevel } }),
      });
    case 'table':
      return new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: node.rows.map(
          (row) =>
            new TableRow({
              children: row.cells.map((cell) => {
                const fill = hex6(cell.backgroundColor);
                return new TableCell({
                  children: [new Paragraph({ children: runs(cell.runs) })],
                  ...(fill ? { shading: { type: ShadingType.CLEAR, fill, color: 'auto' } } : {}),
                });
              }),
            }),
        ),
      });
    case 'horizontalRule':
      return new Paragraph({ border: { bottom: { style: 'single', size: 6, color: 'auto', space: 1 } }, children: [] });
    case 'pageBreak':
      return new Paragraph({ children: [new PageBreak()] });
  }
}

export async function documentToDocx(doc: DocumentView): Promise<Buffer> {
  const file = new Document({
    title: doc.name,
    numbering: {
      config: [
        {
          reference: NUMBERED,
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [{ children: doc.body.map(block) }],
  });
  return Packer.toBuffer(file);
}
