import * as z from 'zod';
import { makeEnum } from '../enum';

export const ParagraphHeading = makeEnum([
  'NORMAL',
  'HEADING1',
  'HEADING2',
  'HEADING3',
  'HEADING4',
  'HEADING5',
  'HEADING6',
  'TITLE',
  'SUBTITLE',
]);
export const GlyphType = makeEnum([
  'BULLET',
  'HOLLOW_BULLET',
  'SQUARE_BULLET',
  'NUMBER',
  'LATIN_UPPER',
  'LATIN_LOWER',
  'ROMAN_UPPER',
  'ROMAN_LOWER',
]);
export const HorizontalAlignment = makeEnum(['LEFT', 'CENTER', 'RIGHT', 'JUSTIFY']);
export const ElementType = makeEnum([
  'BODY_SECTION',
  'HORIZONTAL_RULE',
  'INLINE_IMAGE',
  'LIST_ITEM',
  'PAGE_BREAK',
  'PARAGRAPH',
  'TABLE',
  'TABLE_CELL',
  'TABLE_ROW',
  'TEXT',
]);
export const Attribute = makeEnum([
  'BACKGROUND_COLOR',
  'BOLD',
  'BORDER_COLOR',
  'BORDER_WIDTH',
  'CODE',
  'FONT_FAMILY',
  'FONT_SIZE',
  'FOREGROUND_COLOR',
  'HEADING',
  'HEIGHT',
  'HORIZONTAL_ALIGNMENT',
  'INDENT_END',
  'INDENT_FIRST_LINE',
  'INDENT_START',
  'ITALIC',
  'GLYPH_TYPE',
  'LEFT_TO_RIGHT',
  'LINE_SPACING',
  'LINK_URL',
  'LIST_ID',
  'MARGIN_BOTTOM',
  'MARGIN_LEFT',
  'MARGIN_RIGHT',
  'MARGIN_TOP',
  'NESTING_LEVEL',
  'MINIMUM_HEIGHT',
  'PADDING_BOTTOM',
  'PADDING_LEFT',
  'PADDING_RIGHT',
  'PADDING_TOP',
  'PAGE_HEIGHT',
  'PAGE_WIDTH',
  'SPACING_AFTER',
  'SPACING_BEFORE',
  'STRIKETHROUGH',
  'UNDERLINE',
  'VERTICAL_ALIGNMENT',
  'WIDTH',
]);

const headingSchema = z.enum(Object.keys(ParagraphHeading) as [keyof typeof ParagraphHeading]);
const glyphSchema = z.enum(Object.keys(GlyphType) as [keyof typeof GlyphType]);
const alignmentSchema = z.enum(Object.keys(HorizontalAlignment) as [keyof typeof HorizontalAlignment]);

/** Character formatting; an absent key means "not set" (the document default). */
export const textStyleSchema = z.object({
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
  strikethrough: z.boolean().optional(),
  fontSize: z.number().optional(),
  fontFamily: z.string().optional(),
  foregroundColor: z.string().optional(),
  backgroundColor: z.string().optional(),
  linkUrl: z.string().optional(),
});
export type TextStyle = z.infer<typeof textStyleSchema>;
export type TextStyleKey = keyof TextStyle;

/** A stretch of text with one style; a paragraph's text is its runs in order. */
export const textRunSchema = z.object({ text: z.string(), style: textStyleSchema });
export type TextRun = z.infer<typeof textRunSchema>;

/**
 * A picture in the text. Body.appendImage and insertImage put each in a paragraph of its own
 * (https://developers.google.com/apps-script/reference/document/body#appendImage(BlobSource));
 * width and height are in pixels, as InlineImage.setWidth/setHeight take them
 * (https://developers.google.com/apps-script/reference/document/inline-image#setWidth(Integer)).
 */
export const inlineImageSchema = z.object({
  contentType: z.string(),
  /** The image's bytes, base64. */
  data: z.string(),
  width: z.number(),
  height: z.number(),
  altTitle: z.string(),
  altDescription: z.string(),
});
export type InlineImageNode = z.infer<typeof inlineImageSchema>;

export const paragraphNodeSchema = z.object({
  type: z.literal('paragraph'),
  heading: headingSchema,
  alignment: alignmentSchema.nullable(),
  runs: z.array(textRunSchema),
  /** Present on a paragraph holding an image (it then has no text of its own). */
  image: inlineImageSchema.optional(),
});
export type ParagraphNode = z.infer<typeof paragraphNodeSchema>;

export const listItemNodeSchema = z.object({
  type: z.literal('listItem'),
  heading: headingSchema,
  alignment: alignmentSchema.nullable(),
  glyphType: glyphSchema,
  nestingLevel: z.number().int().min(0).max(8),
  runs: z.array(textRunSchema),
});
export type ListItemNode = z.infer<typeof listItemNodeSchema>;

export const tableCellNodeSchema = z.object({
  runs: z.array(textRunSchema),
  backgroundColor: z.string().nullable(),
});
export type TableCellNode = z.infer<typeof tableCellNodeSchema>;

export const tableRowNodeSchema = z.object({ cells: z.array(tableCellNodeSchema) });
export type TableRowNode = z.infer<typeof tableRowNodeSchema>;

export const tableNodeSchema = z.object({
  type: z.literal('table'),
  rows: z.array(tableRowNodeSchema),
  borderWidth: z.number().nullable(),
  borderColor: z.string().nullable(),
  /** Widths in points by column index; unset columns share the page width. */
  columnWidths: z.record(z.string(), z.number()),
});
export type TableNode = z.infer<typeof tableNodeSchema>;

export const horizontalRuleNodeSchema = z.object({ type: z.literal('horizontalRule') });
export const pageBreakNodeSchema = z.object({ type: z.literal('pageBreak') });

export const blockNodeSchema = z.discriminatedUnion('type', [
  paragraphNodeSchema,
  listItemNodeSchema,
  tableNodeSchema,
  horizontalRuleNodeSchema,
  pageBreakNodeSchema,
]);
export type BlockNode = z.infer<typeof blockNodeSchema>;

/** Anything whose text is a run list (paragraphs, list items, table cells). */
export type RunHolder = { runs: TextRun[] };

export const documentDataSchema = z.object({
  id: z.string(),
  name: z.string(),
  ownerKey: z.string(),
  ownerEmail: z.string(),
  editors: z.array(z.string()),
  viewers: z.array(z.string()),
  body: z.array(blockNodeSchema),
});
export type DocumentData = z.infer<typeof documentDataSchema>;

export function emptyParagraph(): ParagraphNode {
  return { type: 'paragraph', heading: 'NORMAL', alignment: null, runs: [] };
}

export function documentUrl(id: string): string {
  return `https://docs.google.com/document/d/${id}/edit`;
}
