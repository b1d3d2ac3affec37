import * as z from 'zod';

// One schema describes the workbook twice: its output is the live in-memory state (with Date
// objects), its input is the JSON snapshot the playground writes to a file. z.encode/z.decode
// convert between them, so Dates survive a round trip.

const dateValueSchema = z.codec(z.object({ date: z.iso.datetime() }), z.date(), {
  decode: (json) => new Date(json.date),
  encode: (date) => ({ date: date.toISOString() }),
});

export const cellValueSchema = z.union([z.string(), z.number(), z.boolean(), dateValueSchema]);
export type CellValue = z.output<typeof cellValueSchema>;

/** 1-based block of cells on one sheet. */
export const gridRangeSchema = z.object({
  row: z.int().min(1),
  column: z.int().min(1),
  numRows: z.int().min(1),
  numColumns: z.int().min(1),
});
export type GridRange = z.infer<typeof gridRangeSchema>;

export const sheetRangeSchema = gridRangeSchema.extend({ sheetId: z.int() });
export type SheetRange = z.infer<typeof sheetRangeSchema>;

const criterionValueSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  dateValueSchema,
  z.array(z.string()),
  z.object({ range: sheetRangeSchema }),
]);
export type CriterionValue = z.output<typeof criterionValueSchema>;

export const validationSchema = z.object({
  criteria: z.string(),
  values: z.array(criterionValueSchema),
  allowInvalid: z.boolean(),
  helpText: z.string(),
});
export type ValidationState = z.output<typeof validationSchema>;

const borderSchema = z.object({
  top: z.boolean().nullable(),
  left: z.boolean().nullable(),
  bottom: z.boolean().nullable(),
  right: z.boolean().nullable(),
  vertical: z.boolean().nullable(),
  horizontal: z.boolean().nullable(),
  color: z.string().nullable(),
  style: z.string().nullable(),
});
export type BorderState = z.infer<typeof borderSchema>;

/** Formatting a cell may carry; an absent field means the Sheets default. */
export const cellFormatSchema = z.object({
  numberFormat: z.string().optional(),
  background: z.string().optional(),
  fontColor: z.string().optional(),
  fontWeight: z.enum(['normal', 'bold']).optional(),
  fontStyle: z.enum(['normal', 'italic']).optional(),
  horizontalAlignment: z.string().optional(),
  verticalAlignment: z.string().optional(),
  wrapStrategy: z.enum(['WRAP', 'OVERFLOW', 'CLIP']).optional(),
  border: borderSchema.optional(),
});
export type CellFormat = z.infer<typeof cellFormatSchema>;

export const cellSchema = cellFormatSchema.extend({
  /** '' is an empty cell; a formula cell's value is what the formula evaluated to. */
  value: cellValueSchema,
  formula: z.string(),
  note: z.string().optional(),
  validation: validationSchema.optional(),
});
export type Cell = z.output<typeof cellSchema>;

const gradientPointSchema = z.object({ color: z.string(), type: z.string(), value: z.string() });
export type GradientPoint = z.infer<typeof gradientPointSchema>;

export const conditionalRuleSchema = z.object({
  ranges: z.array(sheetRangeSchema),
  boolean: z
    .object({
      criteria: z.string(),
      values: z.array(z.union([z.string(), z.number(), dateValueSchema])),
      background: z.string().nullable(),
      fontColor: z.string().nullable(),
      bold: z.boolean().nullable(),
      italic: z.boolean().nullable(),
    })
    .nullable(),
  gradient: z
    .object({ min: gradientPointSchema.nullable(), mid: gradientPointSchema.nullable(), max: gradientPointSchema.nullable() })
    .nullable(),
});
export type ConditionalRuleState = z.output<typeof conditionalRuleSchema>;

export const chartSchema = z.object({
  id: z.int(),
  chartType: z.string(),
  ranges: z.array(sheetRangeSchema),
  position: z.object({ row: z.int(), column: z.int(), offsetX: z.int(), offsetY: z.int() }),
  options: z.record(z.string(), z.json()),
});
export type ChartState = z.output<typeof chartSchema>;

export const sheetSchema = z.object({
  id: z.int(),
  name: z.string(),
  hidden: z.boolean(),
  maxRows: z.int().min(1),
  maxColumns: z.int().min(1),
  frozenRows: z.int().min(0),
  frozenColumns: z.int().min(0),
  tabColor: z.string().nullable(),
  /** Row-major, 0-based, grown on write; null is a never-touched cell. */
  cells: z.array(z.array(cellSchema.nullable())),
  /** Column number -> pixels, only for columns whose width was changed. */
  columnWidths: z.record(z.string(), z.number()),
  merges: z.array(gridRangeSchema),
  conditionalFormats: z.array(conditionalRuleSchema),
  charts: z.array(chartSchema),
});
export type SheetState = z.output<typeof sheetSchema>;

export const protectionSchema = z.object({
  id: z.int(),
  type: z.enum(['SHEET', 'RANGE']),
  range: sheetRangeSchema,
  description: z.string(),
  warningOnly: z.boolean(),
  domainEdit: z.boolean(),
  /**
   * Apps Script: until a script changes the editor list (or domain edit), the permissions mirror
   * the spreadsheet's own, so the area stays editable by every spreadsheet editor.
   */
  editorsChanged: z.boolean(),
  editors: z.array(z.string()),
  unprotectedRanges: z.array(gridRangeSchema),
  rangeName: z.string(),
});
export type ProtectionState = z.infer<typeof protectionSchema>;

export const toastSchema = z.object({
  message: z.string(),
  title: z.string(),
  timeoutSeconds: z.number(),
  at: z.number(),
  user: z.string(),
});
export type Toast = z.infer<typeof toastSchema>;

/**
 * How Drive shares the spreadsheet, as far as Sheets' protections depend on it. `editors` are the
 * addresses (people or Google Groups) it is shared with for editing; `groups` says who is in each group;
 * `sharedDrive` puts the file on a shared drive, where Spreadsheet.getOwner() returns null
 * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getOwner()).
 */
export const sharingSchema = z.object({
  editors: z.array(z.string()),
  groups: z.record(z.string(), z.array(z.string())),
  sharedDrive: z.boolean(),
});
export type SharingState = z.infer<typeof sharingSchema>;

export function defaultSharing(): SharingState {
  return { editors: [], groups: {}, sharedDrive: false };
}

export const workbookSchema = z.object({
  id: z.string(),
  name: z.string(),
  sheets: z.array(sheetSchema).min(1),
  activeSheetId: z.int(),
  activeRange: sheetRangeSchema.nullable(),
  namedRanges: z.array(z.object({ name: z.string(), range: sheetRangeSchema })),
  protections: z.array(protectionSchema),
  toasts: z.array(toastSchema),
  nextId: z.int(),
  sharing: sharingSchema.default(defaultSharing),
});
export type WorkbookState = z.output<typeof workbookSchema>;
/** The plain-JSON form of a workbook (Dates as `{ date: iso }`), safe to write to a file. */
export type SpreadsheetSnapshot = z.input<typeof workbookSchema>;
