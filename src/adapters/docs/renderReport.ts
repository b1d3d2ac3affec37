// Writes a report tree into a Google Doc body. The number of DocumentApp calls grows with the number of
// blocks, list items and styled runs, never with the number of table cells: each table is one
// appendTable(string[][]) plus one bold header row.
import type { ReportBlock, ReportTree, TextRun } from '../../domain/report/tree';
import { runsText } from '../../domain/report/tree';

type Body = GoogleAppsScript.Document.Body;
type Text = GoogleAppsScript.Document.Text;

function headingStyle(level: 1 | 2): GoogleAppsScript.Document.ParagraphHeading {
  return level === 1 ? DocumentApp.ParagraphHeading.HEADING1 : DocumentApp.ParagraphHeading.HEADING2;
}

/** Bold and links are applied to character ranges after the whole line is written in one call. */
function styleRuns(text: Text, runs: readonly TextRun[]): void {
  let start = 0;
  for (const run of runs) {
    const end = start + run.text.length - 1;
    if (run.text.length > 0) {
      if (run.bold) text.setBold(start, end, true);
      if (run.link) text.setLinkUrl(start, end, run.link);
    }
    start += run.text.length;
  }
}

const needsStyling = (runs: readonly TextRun[]): boolean => runs.some((run) => run.text && (run.bold || run.link));

function appendBlock(body: Body, block: ReportBlock): void {
  switch (block.kind) {
    case 'heading':
      body.appendParagraph(block.text).setHeading(headingStyle(block.level));
      return;
    case 'paragraph': {
      // Set explicitly: an appended paragraph may otherwise carry the heading style of the one before.
      const written = body.appendParagraph(runsText(block.runs)).setHeading(DocumentApp.ParagraphHeading.NORMAL);
      if (needsStyling(block.runs)) styleRuns(written.editAsText(), block.runs);
      return;
    }
    case 'list':
      for (const item of block.items) {
        const written = body.appendListItem(runsText(item)).setGlyphType(DocumentApp.GlyphType.BULLET);
        if (needsStyling(item)) styleRuns(written.editAsText(), item);
      }
      return;
    case 'table': {
      const written = body.appendTable([block.header, ...block.rows]);
      written.getRow(0).editAsText().setBold(true);
      return;
    }
  }
}

/**
 * Replaces the body's content with the report: title in the Title style, sections as Heading 1/2,
 * lists as bullets, tables with a bold header row. Text goes in as text, so nothing in it is evaluated.
 */
export function renderReport(body: Body, report: ReportTree): void {
  body.clear();
  // A cleared body keeps one empty paragraph, which a Doc always needs; the title goes into it.
  const title = body.getParagraphs()[0];
  title.setText(report.title);
  title.setHeading(DocumentApp.ParagraphHeading.TITLE);
  for (const block of report.blocks) appendBlock(body, block);
}
