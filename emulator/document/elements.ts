import { blobApi, blobContents } from '../blob';
import type { EmulatorContext } from '../context';
import { enumValue } from '../enum';
import { instrument } from '../instrument';
import { splitAttributes, unsupportedAttributes } from './attributes';
import {
  GlyphType,
  HorizontalAlignment,
  ParagraphHeading,
  emptyParagraph,
  type BlockNode,
  type DocumentData,
  type InlineImageNode,
  type ListItemNode,
  type ParagraphNode,
  type RunHolder,
  type TableCellNode,
  type TableNode,
  type TableRowNode,
} from './model';
import { pngSize } from '../png';
import { textOver } from './text';
import { insertText, plainRuns, styleAll, textOf } from './textRuns';

function childIndexError(index: unknown, count: number): Error {
  return new Error(`Child index (${String(index)}) must be less than the number of child elements (${count}).`);
}

function checkChildIndex(index: unknown, count: number): number {
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= count) throw childIndexError(index, count);
  return index;
}

function checkInsertIndex(index: unknown, count: number): number {
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index > count) {
    throw new Error(`Index (${String(index)}) must be less than or equal to the number of child elements (${count}).`);
  }
  return index;
}

function textArgument(text: unknown, method: string): string {
  if (typeof text !== 'string')
    throw new Error(`The parameters (${typeName(text)}) don't match the method signature for DocumentApp.${method}.`);
  return text;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'Object[]';
  return typeof value === 'object' ? 'Object' : typeof value;
}

/** Apps Script accepts only string[][] for a table's contents and names the offending types otherwise. */
export function tableCells(cells: unknown, method: string): string[][] {
  const rows = Array.isArray(cells) ? cells : null;
  const valid = rows?.every((row) => Array.isArray(row) && row.every((cell) => typeof cell === 'string'));
  if (!valid) {
    const kinds = new Set<string>();
    if (rows) for (const row of rows) for (const cell of Array.isArray(row) ? row : [row]) kinds.add(typeof cell);
    kinds.delete('string');
    const shape = rows === null ? typeName(cells) : `${kinds.size === 1 ? [...kinds][0] : 'Object'}[][]`;
    throw new Error(`The parameters (${shape}) don't match the method signature for DocumentApp.${method}.`);
  }
  const width = (rows as string[][])[0]?.length ?? 0;
  if ((rows as string[][]).some((row) => row.length !== width)) {
    throw new Error(`DocumentApp.${method}: every row of a table needs the same number of cells`);
  }
  return rows as string[][];
}

export function tableNode(cells: string[][]): TableNode {
  return {
    type: 'table',
    rows: cells.map((row) => ({ cells: row.map((text) => ({ runs: plainRuns(text), backgroundColor: null })) })),
    borderWidth: null,
    borderColor: null,
    columnWidths: {},
  };
}

function blockText(node: BlockNode): string {
  switch (node.type) {
    case 'paragraph':
    case 'listItem':
      return textOf(node.runs);
    case 'table':
      return tableHolders(node)
        .map((h) => textOf(h.runs))
        .join('\n');
    default:
      return '';
  }
}

function tableHolders(node: TableNode): RunHolder[] {
  return node.rows.flatMap((row) => row.cells);
}

/** Wraps one body element in the API object for its kind. */
export class ElementFactory {
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly doc: DocumentData,
  ) {}

  element(node: BlockNode): GoogleAppsScript.Document.Element {
    switch (node.type) {
      case 'paragraph':
        return this.paragraph(node) as unknown as GoogleAppsScript.Document.Element;
      case 'listItem':
        return this.listItem(node) as unknown as GoogleAppsScript.Document.Element;
      case 'table':
        return this.table(node) as unknown as GoogleAppsScript.Document.Element;
      case 'horizontalRule':
        return this.wrap(new LeafImpl(this, node, 'HORIZONTAL_RULE'), 'HorizontalRule');
      case 'pageBreak':
        return this.wrap(new LeafImpl(this, node, 'PAGE_BREAK'), 'PageBreak');
    }
  }

  paragraph(node: ParagraphNode): GoogleAppsScript.Document.Paragraph {
    return this.wrap(new ParagraphImpl(this, node), 'Paragraph');
  }
  listItem(node: ListItemNode): GoogleAppsScript.Document.ListItem {
    return this.wrap(new ListItemImpl(this, node), 'ListItem');
  }
  table(node: TableNode): GoogleAppsScript.Document.Table {
    return this.wrap(new TableImpl(this, node), 'Table');
  }
  row(table: TableNode, row: TableRowNode): GoogleAppsScript.Document.TableRow {
    return this.wrap(new TableRowImpl(this, table, row), 'TableRow');
  }
  cell(table: TableNode, row: TableRowNode, cell: TableCellNode): GoogleAppsScript.Document.TableCell {
    return this.wrap(new TableCellImpl(this, table, row, cell), 'TableCell');
  }
  inlineImage(paragraph: ParagraphNode): GoogleAppsScript.Document.InlineImage {
    return this.wrap(new InlineImageImpl(this, paragraph), 'InlineImage');
  }
  text(holders: () => RunHolder[], window?: { start: number; length: number }): GoogleAppsScript.Document.Text {
    return textOver(this.ctx, holders, window);
  }
  blob(bytes: Uint8Array, contentType: string): GoogleAppsScript.Base.Blob {
    return blobApi(this.ctx, bytes, contentType, null);
  }
  body(): GoogleAppsScript.Document.Body {
    return this.wrap(new BodyImpl(this, this.doc), 'Body');
  }

  /** Removes a top-level element; Docs never lets a body lose its last paragraph. */
  remove(node: BlockNode): void {
    const index = this.doc.body.indexOf(node);
    if (index === -1) throw new Error('Element is not in this document');
    const isParagraph = node.type === 'paragraph' || node.type === 'listItem';
    const otherParagraphs = this.doc.body.filter((n, i) => i !== index && (n.type === 'paragraph' || n.type === 'listItem'));
    if (isParagraph && otherParagraphs.length === 0) throw new Error("Can't remove the last paragraph in a document section.");
    this.doc.body.splice(index, 1);
  }

  private wrap<T extends object, R>(impl: T, kind: string): R {
    return instrument(impl, this.ctx, 'DocumentApp', kind) as unknown as R;
  }
}

function nodeOf(element: unknown): BlockNode | undefined {
  return (element as { _node?: BlockNode } | null | undefined)?._node;
}

/** Element.asParagraph() and friends: the element itself when it is of that type, an error otherwise. */
function cast<T>(element: { getType(): GoogleAppsScript.Document.ElementType }, wanted: string): T {
  const actual = String(element.getType());
  if (actual !== wanted) throw new Error(`Element of type ${actual} cannot be cast to ${wanted}`);
  return element as unknown as T;
}

abstract class Castable {
  abstract getType(): GoogleAppsScript.Document.ElementType;
  asParagraph(): GoogleAppsScript.Document.Paragraph {
    return cast(this, 'PARAGRAPH');
  }
  asListItem(): GoogleAppsScript.Document.ListItem {
    return cast(this, 'LIST_ITEM');
  }
  asTable(): GoogleAppsScript.Document.Table {
    return cast(this, 'TABLE');
  }
  asHorizontalRule(): GoogleAppsScript.Document.HorizontalRule {
    return cast(this, 'HORIZONTAL_RULE');
  }
  asPageBreak(): GoogleAppsScript.Document.PageBreak {
    return cast(this, 'PAGE_BREAK');
  }
}

class LeafImpl extends Castable {
  constructor(
    private readonly factory: ElementFactory,
    readonly _node: BlockNode,
    private readonly type: string,
  ) {
    super();
  }
  getType(): GoogleAppsScript.Document.ElementType {
    return this.type as unknown as GoogleAppsScript.Document.ElementType;
  }
  getText(): string {
    return '';
  }
  removeFromParent(): this {
    this.factory.remove(this._node);
    return this;
  }
}

type ParagraphLikeMethods =
  | 'getType'
  | 'getText'
  | 'setText'
  | 'appendText'
  | 'editAsText'
  | 'clear'
  | 'getHeading'
  | 'setHeading'
  | 'getAlignment'
  | 'setAlignment'
  | 'getLinkUrl'
  | 'setLinkUrl'
  | 'setAttributes'
  | 'getAttributes'
  | 'removeFromParent';

abstract class ParagraphLike<N extends ParagraphNode | ListItemNode, Self> extends Castable {
  constructor(
    protected readonly factory: ElementFactory,
    readonly _node: N,
  ) {
    super();
  }

  protected self(): Self {
    return this as unknown as Self;
  }
  getText(): string {
    return textOf(this._node.runs);
  }
  setText(text: string): void {
    this._node.runs = plainRuns(String(text));
  }
  /** Returns just the appended stretch, so styling it leaves the earlier text alone. */
  appendText(text: string | GoogleAppsScript.Document.Text): GoogleAppsScript.Document.Text {
    const added = typeof text === 'string' ? text : textArgument(text?.getText?.(), 'Paragraph.appendText');
    const start = textOf(this._node.runs).length;
    this._node.runs = insertText(this._node.runs, start, added);
    return this.factory.text(() => [this._node], { start, length: added.length });
  }
  editAsText(): GoogleAppsScript.Document.Text {
    return this.factory.text(() => [this._node]);
  }
  clear(): Self {
    this._node.runs = [];
    return this.self();
  }
  getHeading(): GoogleAppsScript.Document.ParagraphHeading {
    return this._node.heading as unknown as GoogleAppsScript.Document.ParagraphHeading;
  }
  setHeading(heading: GoogleAppsScript.Document.ParagraphHeading): Self {
    this._node.heading = enumValue(ParagraphHeading, 'ParagraphHeading', heading);
    return this.self();
  }
  getAlignment(): GoogleAppsScript.Document.HorizontalAlignment {
    return (this._node.alignment ?? null) as unknown as GoogleAppsScript.Document.HorizontalAlignment;
  }
  setAlignment(alignment: GoogleAppsScript.Document.HorizontalAlignment): Self {
    this._node.alignment = enumValue(HorizontalAlignment, 'HorizontalAlignment', alignment);
    return this.self();
  }
  getLinkUrl(): string {
    return this.editAsText().getLinkUrl();
  }
  setLinkUrl(url: string): Self {
    this.editAsText().setLinkUrl(url);
    return this.self();
  }
  setAttributes(attributes: unknown): Self {
    const { patch, rest } = splitAttributes(attributes);
    const { HEADING, HORIZONTAL_ALIGNMENT, ...others } = rest;
    const own = this.ownAttributes(others);
    unsupportedAttributes(own, this.constructor.name.replace('Impl', ''));
    if (HEADING !== undefined) this.setHeading(HEADING as GoogleAppsScript.Document.ParagraphHeading);
    if (HORIZONTAL_ALIGNMENT !== undefined) this.setAlignment(HORIZONTAL_ALIGNMENT as GoogleAppsScript.Document.HorizontalAlignment);
    this._node.runs = styleAll(this._node.runs, patch);
    return this.self();
  }
  /** Applies attributes only list items have; returns the ones nobody handles. */
  protected ownAttributes(rest: Record<string, unknown>): Record<string, unknown> {
    return rest;
  }
  getAttributes(): Record<string, unknown> {
    return { ...this.editAsText().getAttributes(), HEADING: this._node.heading, HORIZONTAL_ALIGNMENT: this._node.alignment };
  }
  removeFromParent(): Self {
    this.factory.remove(this._node);
    return this.self();
  }
}

class ParagraphImpl
  extends ParagraphLike<ParagraphNode, GoogleAppsScript.Document.Paragraph>
  implements Pick<GoogleAppsScript.Document.Paragraph, ParagraphLikeMethods>
{
  getType(): GoogleAppsScript.Document.ElementType {
    return 'PARAGRAPH' as unknown as GoogleAppsScript.Document.ElementType;
  }
}

class ListItemImpl
  extends ParagraphLike<ListItemNode, GoogleAppsScript.Document.ListItem>
  implements
    Pick<GoogleAppsScript.Document.ListItem, ParagraphLikeMethods | 'getGlyphType' | 'setGlyphType' | 'getNestingLevel' | 'setNestingLevel'>
{
  getType(): GoogleAppsScript.Document.ElementType {
    return 'LIST_ITEM' as unknown as GoogleAppsScript.Document.ElementType;
  }
  getGlyphType(): GoogleAppsScript.Document.GlyphType {
    return this._node.glyphType as unknown as GoogleAppsScript.Document.GlyphType;
  }
  setGlyphType(glyphType: GoogleAppsScript.Document.GlyphType): GoogleAppsScript.Document.ListItem {
    this._node.glyphType = enumValue(GlyphType, 'GlyphType', glyphType);
    return this.self();
  }
  getNestingLevel(): number {
    return this._node.nestingLevel;
  }
  setNestingLevel(nestingLevel: number): GoogleAppsScript.Document.ListItem {
    if (!Number.isInteger(nestingLevel) || nestingLevel < 0 || nestingLevel > 8) {
      throw new Error(`Invalid argument: nestingLevel ${String(nestingLevel)} (0 to 8)`);
    }
    this._node.nestingLevel = nestingLevel;
    return this.self();
  }
  override getAttributes(): Record<string, unknown> {
    return { ...super.getAttributes(), GLYPH_TYPE: this._node.glyphType, NESTING_LEVEL: this._node.nestingLevel };
  }
  protected override ownAttributes(rest: Record<string, unknown>): Record<string, unknown> {
    const { GLYPH_TYPE, NESTING_LEVEL, ...others } = rest;
    if (GLYPH_TYPE !== undefined) this.setGlyphType(GLYPH_TYPE as GoogleAppsScript.Document.GlyphType);
    if (NESTING_LEVEL !== undefined) this.setNestingLevel(NESTING_LEVEL as number);
    return others;
  }
}

type TableMethods =
  | 'getType'
  | 'getNumRows'
  | 'getRow'
  | 'getCell'
  | 'getText'
  | 'editAsText'
  | 'appendTableRow'
  | 'setBorderWidth'
  | 'getBorderWidth'
  | 'setBorderColor'
  | 'getBorderColor'
  | 'setColumnWidth'
  | 'getColumnWidth'
  | 'removeFromParent';

class TableImpl extends Castable implements Pick<GoogleAppsScript.Document.Table, TableMethods> {
  constructor(
    private readonly factory: ElementFactory,
    readonly _node: TableNode,
  ) {
    super();
  }

  private self(): GoogleAppsScript.Document.Table {
    return this as unknown as GoogleAppsScript.Document.Table;
  }
  getType(): GoogleAppsScript.Document.ElementType {
    return 'TABLE' as unknown as GoogleAppsScript.Document.ElementType;
  }
  getNumRows(): number {
    return this._node.rows.length;
  }
  getRow(rowIndex: number): GoogleAppsScript.Document.TableRow {
    const row = this._node.rows[checkChildIndex(rowIndex, this._node.rows.length)]!;
    return this.factory.row(this._node, row);
  }
  getCell(rowIndex: number, cellIndex: number): GoogleAppsScript.Document.TableCell {
    const row = this._node.rows[checkChildIndex(rowIndex, this._node.rows.length)]!;
    return this.factory.cell(this._node, row, row.cells[checkChildIndex(cellIndex, row.cells.length)]!);
  }
  getText(): string {
    return blockText(this._node);
  }
  editAsText(): GoogleAppsScript.Document.Text {
    return this.factory.text(() => tableHolders(this._node));
  }
  appendTableRow(): GoogleAppsScript.Document.TableRow {
    const row: TableRowNode = { cells: [] };
    this._node.rows.push(row);
    return this.factory.row(this._node, row);
  }
  setBorderWidth(width: number): GoogleAppsScript.Document.Table {
    if (typeof width !== 'number' || !Number.isFinite(width) || width < 0) throw new Error(`Invalid argument: width ${String(width)}`);
    this._node.borderWidth = width;
    return this.self();
  }
  getBorderWidth(): number {
    return this._node.borderWidth as number;
  }
  setBorderColor(color: string): GoogleAppsScript.Document.Table {
    if (typeof color !== 'string' || !/^#[0-9a-fA-F]{6}$/.test(color))
      throw new Error(`Invalid argument: color ${String(color)} (use #rrggbb)`);
    this._node.borderColor = color.toLowerCase();
    return this.self();
  }
  getBorderColor(): string {
    return this._node.borderColor as string;
  }
  setColumnWidth(columnIndex: number, width: number): GoogleAppsScript.Document.Table {
    const columns = this._node.rows[0]?.cells.length ?? 0;
    checkChildIndex(columnIndex, columns);
    if (typeof width !== 'number' || !Number.isFinite(width) || width <= 0) throw new Error(`Invalid argument: width ${String(width)}`);
    this._node.columnWidths[String(columnIndex)] = width;
    return this.self();
  }
  getColumnWidth(columnIndex: number): number {
    return (this._node.columnWidths[String(columnIndex)] ?? null) as number;
  }
  removeFromParent(): GoogleAppsScript.Document.Table {
    this.factory.remove(this._node);
    return this.self();
  }
}

class TableRowImpl
  implements Pick<GoogleAppsScript.Document.TableRow, 'getType' | 'getNumCells' | 'getCell' | 'getText' | 'editAsText' | 'appendTableCell'>
{
  constructor(
    private readonly factory: ElementFactory,
    private readonly table: TableNode,
    private readonly row: TableRowNode,
  ) {}
  getType(): GoogleAppsScript.Document.ElementType {
    return 'TABLE_ROW' as unknown as GoogleAppsScript.Document.ElementType;
  }
  getNumCells(): number {
    return this.row.cells.length;
  }
  getCell(cellIndex: number): GoogleAppsScript.Document.TableCell {
    return this.factory.cell(this.table, this.row, this.row.cells[checkChildIndex(cellIndex, this.row.cells.length)]!);
  }
  getText(): string {
    return this.row.cells.map((c) => textOf(c.runs)).join('\n');
  }
  editAsText(): GoogleAppsScript.Document.Text {
    return this.factory.text(() => this.row.cells);
  }
  appendTableCell(textContents?: string | GoogleAppsScript.Document.TableCell | null): GoogleAppsScript.Document.TableCell {
    const text = textContents === undefined || textContents === null ? '' : textArgument(textContents, 'TableRow.appendTableCell');
    const cell: TableCellNode = { runs: plainRuns(text), backgroundColor: null };
    this.row.cells.push(cell);
    return this.factory.cell(this.table, this.row, cell);
  }
}

class TableCellImpl
  implements
    Pick<
      GoogleAppsScript.Document.TableCell,
      'getType' | 'getText' | 'setText' | 'editAsText' | 'getBackgroundColor' | 'setBackgroundColor' | 'getParentRow' | 'getParentTable'
    >
{
  constructor(
    private readonly factory: ElementFactory,
    private readonly table: TableNode,
    private readonly row: TableRowNode,
    readonly _cell: TableCellNode,
  ) {}
  private self(): GoogleAppsScript.Document.TableCell {
    return this as unknown as GoogleAppsScript.Document.TableCell;
  }
  getType(): GoogleAppsScript.Document.ElementType {
    return 'TABLE_CELL' as unknown as GoogleAppsScript.Document.ElementType;
  }
  getText(): string {
    return textOf(this._cell.runs);
  }
  setText(text: string): GoogleAppsScript.Document.TableCell {
    this._cell.runs = plainRuns(String(text));
    return this.self();
  }
  editAsText(): GoogleAppsScript.Document.Text {
    return this.factory.text(() => [this._cell]);
  }
  getBackgroundColor(): string {
    return this._cell.backgroundColor as string;
  }
  setBackgroundColor(color: string): GoogleAppsScript.Document.TableCell {
    if (typeof color !== 'string' || !/^#[0-9a-fA-F]{6}$/.test(color))
      throw new Error(`Invalid argument: color ${String(color)} (use #rrggbb)`);
    this._cell.backgroundColor = color.toLowerCase();
    return this.self();
  }
  getParentRow(): GoogleAppsScript.Document.TableRow {
    return this.factory.row(this.table, this.row);
  }
  getParentTable(): GoogleAppsScript.Document.Table {
    return this.factory.table(this.table);
  }
}

/** The image's side lengths must be whole, positive pixels; Google's page does not say what it does with others. */
function pixels(value: unknown, method: string): number {
  const n = Number(value);
  if (typeof value !== 'number' || !Number.isFinite(n) || n <= 0)
    throw new Error(`Invalid argument: ${method} expects a positive number of pixels, got ${String(value)}`);
  return Math.round(n);
}

type InlineImageMethods =
  | 'getType'
  | 'getWidth'
  | 'getHeight'
  | 'setWidth'
  | 'setHeight'
  | 'getAltTitle'
  | 'setAltTitle'
  | 'getAltDescription'
  | 'setAltDescription'
  | 'getBlob'
  | 'getParent'
  | 'removeFromParent';

/**
 * An image in a paragraph (https://developers.google.com/apps-script/reference/document/inline-image):
 * its size in pixels, alternative text, and the blob it was made from.
 */
class InlineImageImpl implements Pick<GoogleAppsScript.Document.InlineImage, InlineImageMethods> {
  constructor(
    private readonly factory: ElementFactory,
    readonly _paragraph: ParagraphNode,
  ) {}

  private self(): GoogleAppsScript.Document.InlineImage {
    return this as unknown as GoogleAppsScript.Document.InlineImage;
  }
  private image(): InlineImageNode {
    const image = this._paragraph.image;
    if (image === undefined) throw new Error('The image has been removed from the document');
    return image;
  }
  getType(): GoogleAppsScript.Document.ElementType {
    return 'INLINE_IMAGE' as unknown as GoogleAppsScript.Document.ElementType;
  }
  getWidth(): number {
    return this.image().width;
  }
  getHeight(): number {
    return this.image().height;
  }
  setWidth(width: number): GoogleAppsScript.Document.InlineImage {
    this.image().width = pixels(width, 'InlineImage.setWidth');
    return this.self();
  }
  setHeight(height: number): GoogleAppsScript.Document.InlineImage {
    this.image().height = pixels(height, 'InlineImage.setHeight');
    return this.self();
  }
  getAltTitle(): string {
    return this.image().altTitle;
  }
  setAltTitle(title: string): GoogleAppsScript.Document.InlineImage {
    this.image().altTitle = String(title);
    return this.self();
  }
  getAltDescription(): string {
    return this.image().altDescription;
  }
  setAltDescription(description: string): GoogleAppsScript.Document.InlineImage {
    this.image().altDescription = String(description);
    return this.self();
  }
  getBlob(): GoogleAppsScript.Base.Blob {
    const image = this.image();
    return this.factory.blob(Buffer.from(image.data, 'base64'), image.contentType);
  }
  getParent(): GoogleAppsScript.Document.ContainerElement {
    return this.factory.paragraph(this._paragraph) as unknown as GoogleAppsScript.Document.ContainerElement;
  }
  /** The image goes; its (now empty) paragraph stays, as text around an image would. */
  removeFromParent(): GoogleAppsScript.Document.InlineImage {
    delete this._paragraph.image;
    return this.self();
  }
}

/** Docs takes PNG, JPEG and GIF images (its "Insert image" formats); the environment reads PNG sizes only. */
function imageNode(image: unknown, method: string): InlineImageNode {
  const contents = blobContents(image);
  if (contents === null) throw new Error(`Invalid argument: ${method} expects an image blob, got ${typeName(image)}`);
  const size = contents.contentType === 'image/png' ? pngSize(contents.bytes) : null;
  if (size === null) {
    // Google's page does not give the message for data that is not an image; this is the environment's.
    throw new Error(
      `${method}: the blob (${contents.contentType ?? 'untyped'}) is not an image the in-memory Apps Script environment can read (PNG)`,
    );
  }
  return { contentType: 'image/png', data: Buffer.from(contents.bytes).toString('base64'), ...size, altTitle: '', altDescription: '' };
}

type BodyMethods =
  | 'appendImage'
  | 'insertImage'
  | 'getType'
  | 'appendParagraph'
  | 'insertParagraph'
  | 'appendListItem'
  | 'insertListItem'
  | 'appendTable'
  | 'insertTable'
  | 'appendHorizontalRule'
  | 'insertHorizontalRule'
  | 'appendPageBreak'
  | 'insertPageBreak'
  | 'clear'
  | 'getText'
  | 'setText'
  | 'editAsText'
  | 'getNumChildren'
  | 'getChild'
  | 'getChildIndex'
  | 'removeChild'
  | 'getParagraphs'
  | 'getListItems'
  | 'getTables';

class BodyImpl implements Pick<GoogleAppsScript.Document.Body, BodyMethods> {
  constructor(
    private readonly factory: ElementFactory,
    private readonly doc: DocumentData,
  ) {}

  private self(): GoogleAppsScript.Document.Body {
    return this as unknown as GoogleAppsScript.Document.Body;
  }
  private insertAt<N extends BlockNode>(index: number, node: N): N {
    this.doc.body.splice(checkInsertIndex(index, this.doc.body.length), 0, node);
    return node;
  }
  private paragraphNode(text: unknown, method: string): ParagraphNode {
    const copied = nodeOf(text);
    if (copied?.type === 'paragraph') return structuredClone(copied);
    return { ...emptyParagraph(), runs: plainRuns(textArgument(text, method)) };
  }
  private listItemNode(text: unknown, method: string): ListItemNode {
    const copied = nodeOf(text);
    if (copied?.type === 'listItem') return structuredClone(copied);
    return {
      type: 'listItem',
      heading: 'NORMAL',
      alignment: null,
      glyphType: 'BULLET',
      nestingLevel: 0,
      runs: plainRuns(textArgument(text, method)),
    };
  }
  private tableNodeOf(cells: unknown, method: string): TableNode {
    const copied = nodeOf(cells);
    if (copied?.type === 'table') return structuredClone(copied);
    return tableNode(cells === undefined || cells === null ? [] : tableCells(cells, method));
  }

  getType(): GoogleAppsScript.Document.ElementType {
    return 'BODY_SECTION' as unknown as GoogleAppsScript.Document.ElementType;
  }
  appendParagraph(text: string | GoogleAppsScript.Document.Paragraph): GoogleAppsScript.Document.Paragraph {
    return this.factory.paragraph(this.insertAt(this.doc.body.length, this.paragraphNode(text, 'Body.appendParagraph')));
  }
  insertParagraph(childIndex: number, text: string | GoogleAppsScript.Document.Paragraph): GoogleAppsScript.Document.Paragraph {
    return this.factory.paragraph(this.insertAt(childIndex, this.paragraphNode(text, 'Body.insertParagraph')));
  }
  appendListItem(text: string | GoogleAppsScript.Document.ListItem): GoogleAppsScript.Document.ListItem {
    return this.factory.listItem(this.insertAt(this.doc.body.length, this.listItemNode(text, 'Body.appendListItem')));
  }
  insertListItem(childIndex: number, text: string | GoogleAppsScript.Document.ListItem): GoogleAppsScript.Document.ListItem {
    return this.factory.listItem(this.insertAt(childIndex, this.listItemNode(text, 'Body.insertListItem')));
  }
  appendTable(cells?: string[][] | GoogleAppsScript.Document.Table): GoogleAppsScript.Document.Table {
    return this.factory.table(this.insertAt(this.doc.body.length, this.tableNodeOf(cells, 'Body.appendTable')));
  }
  insertTable(childIndex: number, cells?: string[][] | GoogleAppsScript.Document.Table | null): GoogleAppsScript.Document.Table {
    return this.factory.table(this.insertAt(childIndex, this.tableNodeOf(cells, 'Body.insertTable')));
  }
  /**
   * "Creates and appends a new InlineImage from the specified image blob"
   * (https://developers.google.com/apps-script/reference/document/body#appendImage(BlobSource)), in a
   * paragraph of its own, at the image's own size in pixels.
   */
  appendImage(image: GoogleAppsScript.Base.BlobSource): GoogleAppsScript.Document.InlineImage {
    return this.imageAt(this.doc.body.length, image, 'Body.appendImage');
  }
  /** https://developers.google.com/apps-script/reference/document/body#insertImage(Integer,BlobSource) */
  insertImage(childIndex: number, image: GoogleAppsScript.Base.BlobSource): GoogleAppsScript.Document.InlineImage {
    return this.imageAt(childIndex, image, 'Body.insertImage');
  }
  private imageAt(index: number, image: unknown, method: string): GoogleAppsScript.Document.InlineImage {
    const node = imageNode(image, method);
    return this.factory.inlineImage(this.insertAt(index, { ...emptyParagraph(), image: node }));
  }
  appendHorizontalRule(): GoogleAppsScript.Document.HorizontalRule {
    return this.factory.element(
      this.insertAt(this.doc.body.length, { type: 'horizontalRule' }),
    ) as unknown as GoogleAppsScript.Document.HorizontalRule;
  }
  insertHorizontalRule(childIndex: number): GoogleAppsScript.Document.HorizontalRule {
    return this.factory.element(
      this.insertAt(childIndex, { type: 'horizontalRule' }),
    ) as unknown as GoogleAppsScript.Document.HorizontalRule;
  }
  appendPageBreak(): GoogleAppsScript.Document.PageBreak {
    return this.factory.element(
      this.insertAt(this.doc.body.length, { type: 'pageBreak' }),
    ) as unknown as GoogleAppsScript.Document.PageBreak;
  }
  insertPageBreak(childIndex: number): GoogleAppsScript.Document.PageBreak {
    return this.factory.element(this.insertAt(childIndex, { type: 'pageBreak' })) as unknown as GoogleAppsScript.Document.PageBreak;
  }
  /** A cleared body keeps one empty paragraph, as a Docs body always does. */
  clear(): GoogleAppsScript.Document.Body {
    this.doc.body = [emptyParagraph()];
    return this.self();
  }
  getText(): string {
    return this.doc.body.map(blockText).join('\n');
  }
  setText(text: string): GoogleAppsScript.Document.Body {
    this.doc.body = [{ ...emptyParagraph(), runs: plainRuns(String(text)) }];
    return this.self();
  }
  editAsText(): GoogleAppsScript.Document.Text {
    return this.factory.text(() =>
      this.doc.body.flatMap((node): RunHolder[] => (node.type === 'table' ? tableHolders(node) : 'runs' in node ? [node] : [])),
    );
  }
  getNumChildren(): number {
    return this.doc.body.length;
  }
  getChild(childIndex: number): GoogleAppsScript.Document.Element {
    return this.factory.element(this.doc.body[checkChildIndex(childIndex, this.doc.body.length)]!);
  }
  getChildIndex(child: GoogleAppsScript.Document.Element): number {
    const index = this.doc.body.indexOf(nodeOf(child) as BlockNode);
    if (index === -1) throw new Error('Element is not a child of this body');
    return index;
  }
  removeChild(child: GoogleAppsScript.Document.Element): GoogleAppsScript.Document.Body {
    const node = nodeOf(child);
    if (!node) throw new Error('Body.removeChild expects an element of this body');
    this.factory.remove(node);
    return this.self();
  }
  getParagraphs(): GoogleAppsScript.Document.Paragraph[] {
    // Docs counts list items as paragraphs too.
    return this.doc.body
      .filter((n): n is ParagraphNode | ListItemNode => n.type === 'paragraph' || n.type === 'listItem')
      .map((n) => this.factory.element(n) as unknown as GoogleAppsScript.Document.Paragraph);
  }
  getListItems(): GoogleAppsScript.Document.ListItem[] {
    return this.doc.body.filter((n): n is ListItemNode => n.type === 'listItem').map((n) => this.factory.listItem(n));
  }
  getTables(): GoogleAppsScript.Document.Table[] {
    return this.doc.body.filter((n): n is TableNode => n.type === 'table').map((n) => this.factory.table(n));
  }
}
