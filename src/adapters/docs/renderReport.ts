// Writes a report tree into a Google Doc body. The number of DocumentApp calls grows with the number of
// blocks, list items, styled runs and table columns, never with the number of table cells: each table is
// one appendTable(string[][]) plus one bold header row and one width per column.
//
// The Doc is the facilitator's too: whatever they wrote under the "Facilitator's notes" heading is kept
// when the report is rebuilt. Only the generated sections above that heading are replaced.
import { FACILITATOR_NOTES_HEADING } from '../../domain/report/buildReport';
import type { ChartBlock, ReportBlock, ReportTree, TableBlock, TextRun } from '../../domain/report/tree';
import { runsText } from '../../domain/report/tree';
import type { ChartPicture } from '../../usecases/ports/chartPictures';

type Body = GoogleAppsScript.Document.Body;
type Text = GoogleAppsScript.Document.Text;

/** Letter or A4 with Docs' default one-inch margins leaves about 451–468 points; tables fit in 450. */
const TABLE_WIDTH_POINTS = 450;
const MIN_COLUMN_POINTS = 48;
/**
 * Pictures span the same width as tables: 450 points is 600 pixels at Docs' 96 per inch, and
 * InlineImage.setWidth/setHeight take pixels
 * (https://developers.google.com/apps-script/reference/document/inline-image#setWidth(Integer)).
 */
const PICTURE_WIDTH_PIXELS = 600;
/** Highlight for words a definition change put in (Docs' light yellow). */
const ADDED_WORDS_BACKGROUND = '#fff2cc';

function headingStyle(level: 1 | 2): GoogleAppsScript.Document.ParagraphHeading {
  return level === 1 ? DocumentApp.ParagraphHeading.HEADING1 : DocumentApp.ParagraphHeading.HEADING2;
}

/** A run's look as the Document service's attributes: only what it sets, nothing where the run is plain. */
function runAttributes(run: TextRun): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  if (run.bold) attributes[DocumentApp.Attribute.BOLD] = true;
  if (run.link) attributes[DocumentApp.Attribute.LINK_URL] = run.link;
  if (run.removed) attributes[DocumentApp.Attribute.STRIKETHROUGH] = true;
  if (run.added) attributes[DocumentApp.Attribute.BACKGROUND_COLOR] = ADDED_WORDS_BACKGROUND;
  return attributes;
}

const sameLook = (a: TextRun, b: TextRun): boolean =>
  Boolean(a.bold) === Boolean(b.bold) &&
  (a.link ?? '') === (b.link ?? '') &&
  Boolean(a.removed) === Boolean(b.removed) &&
  Boolean(a.added) === Boolean(b.added);

/**
 * Bold, links and marked words are applied to character ranges after the whole line is written in one
 * call: one setAttributes per stretch of words that look the same (neighbouring runs of one look are
 * one stretch), whatever the number of attributes it sets.
 */
function styleRuns(text: Text, runs: readonly TextRun[]): void {
  let start = 0;
  let i = 0;
  while (i < runs.length) {
    const first = runs[i]!;
    let length = 0;
    while (i < runs.length && sameLook(runs[i]!, first)) length += runs[i++]!.text.length;
    const attributes = runAttributes(first);
    if (length > 0 && Object.keys(attributes).length > 0) text.setAttributes(start, start + length - 1, attributes);
    start += length;
  }
}

const needsStyling = (runs: readonly TextRun[]): boolean =>
  runs.some((run) => run.text && (run.bold || run.link || run.removed || run.added));

/**
 * Column widths in points that fit the content: each column gets a share of the table's width by its
 * longest line (header included, long lines capped so one wordy cell does not starve the others).
 */
export function columnWidths(block: Pick<TableBlock, 'header' | 'rows'>, total = TABLE_WIDTH_POINTS): number[] {
  const longest = block.header.map((label, column) =>
    Math.min(
      48,
      Math.max(label.length, ...block.rows.map((row) => Math.max(0, ...(row[column] ?? '').split('\n').map((line) => line.length)))),
    ),
  );
  const weights = longest.map((length) => Math.max(4, length));
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((weight) => Math.max(MIN_COLUMN_POINTS, (weight / sum) * total));
  const scale = total / raw.reduce((a, b) => a + b, 0);
  return raw.map((width) => Math.floor(width * scale));
}

/** Where the next block goes: appended at the end, or inserted before the facilitator's notes. */
interface Cursor {
  paragraph(text: string): GoogleAppsScript.Document.Paragraph;
  listItem(text: string): GoogleAppsScript.Document.ListItem;
  table(cells: string[][]): GoogleAppsScript.Document.Table;
  image(picture: GoogleAppsScript.Base.BlobSource): GoogleAppsScript.Document.InlineImage;
}

function appending(body: Body): Cursor {
  return {
    paragraph: (text) => body.appendParagraph(text),
    listItem: (text) => body.appendListItem(text),
    table: (cells) => body.appendTable(cells),
    image: (picture) => body.appendImage(picture),
  };
}

function inserting(body: Body, from: number): Cursor {
  let at = from;
  return {
    paragraph: (text) => body.insertParagraph(at++, text),
    listItem: (text) => body.insertListItem(at++, text),
    table: (cells) => body.insertTable(at++, cells),
    // The place moves on only once the image is in: a refused image leaves nothing behind.
    image: (picture) => {
      const image = body.insertImage(at, picture);
      at++;
      return image;
    },
  };
}

/**
 * A chart's picture at the page width, its height kept in proportion to the size the Doc gave it (the
 * reference does not say what size a chart's picture comes at, so it is read, not assumed). A picture
 * the Doc refuses (Google does not list when Body.appendImage throws) becomes the block's sentence.
 */
function writePicture(cursor: Cursor, block: ChartBlock, pictures: ReadonlyArray<ChartPicture | null>): void {
  const picture = pictures[block.picture] ?? null;
  if (picture !== null) {
    let image: GoogleAppsScript.Document.InlineImage | null = null;
    try {
      image = cursor.image(picture as unknown as GoogleAppsScript.Base.BlobSource);
    } catch {
      image = null;
    }
    if (image !== null) {
      const width = image.getWidth();
      const height = image.getHeight();
      if (width > 0 && height > 0) image.setWidth(PICTURE_WIDTH_PIXELS).setHeight(Math.round((PICTURE_WIDTH_PIXELS * height) / width));
      return;
    }
  }
  writeBlock(cursor, { kind: 'paragraph', runs: block.fallback }, pictures);
}

function writeBlock(cursor: Cursor, block: ReportBlock, pictures: ReadonlyArray<ChartPicture | null>): void {
  switch (block.kind) {
    case 'heading':
      cursor.paragraph(block.text).setHeading(headingStyle(block.level));
      return;
    case 'paragraph': {
      // Set explicitly: an appended paragraph may otherwise carry the heading style of the one before.
      const written = cursor.paragraph(runsText(block.runs)).setHeading(DocumentApp.ParagraphHeading.NORMAL);
      if (needsStyling(block.runs)) styleRuns(written.editAsText(), block.runs);
      return;
    }
    case 'list':
      for (const item of block.items) {
        const written = cursor.listItem(runsText(item)).setGlyphType(DocumentApp.GlyphType.BULLET);
        if (needsStyling(item)) styleRuns(written.editAsText(), item);
      }
      return;
    case 'table': {
      const written = cursor.table([block.header, ...block.rows]);
      written.getRow(0).editAsText().setBold(true);
      columnWidths(block).forEach((width, column) => written.setColumnWidth(column, width));
      return;
    }
    case 'chart':
      writePicture(cursor, block, pictures);
      return;
  }
}

/**
 * The body index of the "Facilitator's notes" heading, or null when the Doc has none (a new Doc, or one
 * whose heading was deleted). Looked for from the end, where it is, so the search costs a call or two
 * per paragraph of notes rather than per paragraph of report.
 */
function facilitatorNotesIndex(body: Body): number | null {
  const paragraphs = body.getParagraphs();
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const paragraph = paragraphs[i]!;
    if (paragraph.getText().trim() !== FACILITATOR_NOTES_HEADING) continue;
    try {
      return body.getChildIndex(paragraph);
    } catch {
      // The same words inside a table cell or elsewhere: not our heading.
    }
  }
  return null;
}

/**
 * Writes the report: title in the Title style, sections as Heading 1/2, lists as bullets, tables with a
 * bold header row and fitted columns, charts as pictures at the page width. Text goes in as text, so
 * nothing in it is evaluated. A Doc that already has the "Facilitator's notes" heading keeps it and
 * everything after it; a `newDocument` (just made by DocumentApp.create) is written without being read
 * or cleared first.
 */
export function renderReport(
  body: Body,
  report: ReportTree,
  pictures: ReadonlyArray<ChartPicture | null> = [],
  options: { newDocument?: boolean } = {},
): void {
  // A Doc made for this report holds one empty paragraph: nothing to look for, nothing to clear.
  const notesAt = options.newDocument ? null : facilitatorNotesIndex(body);
  if (notesAt === null) {
    if (!options.newDocument) body.clear();
    // A cleared body keeps one empty paragraph, which a Doc always needs; the title goes into it.
    const title = body.getParagraphs()[0]!;
    title.setText(report.title);
    title.setHeading(DocumentApp.ParagraphHeading.TITLE);
    const cursor = appending(body);
    for (const block of report.blocks) writeBlock(cursor, block, pictures);
    return;
  }
  // Everything before the notes heading is ours: replaced whole, from the last element up.
  for (let i = notesAt - 1; i >= 0; i--) body.getChild(i).removeFromParent();
  const cursor = inserting(body, 0);
  cursor.paragraph(report.title).setHeading(DocumentApp.ParagraphHeading.TITLE);
  const generated = report.blocks.findIndex((block) => block.kind === 'heading' && block.text === FACILITATOR_NOTES_HEADING);
  for (const block of generated === -1 ? report.blocks : report.blocks.slice(0, generated)) writeBlock(cursor, block, pictures);
}
