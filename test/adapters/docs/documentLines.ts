// A Google Doc body from the in-memory environment as lines of text, in the shape the report tests use
// for the report tree: headings prefixed with '#', list items with '- ', table rows joined by ' | '.
import type { BlockNode, TextRun } from 'apps-script-emulator';

const text = (runs: readonly TextRun[]) => runs.map((run) => run.text).join('');

const HEADING_PREFIX: Record<string, string> = { TITLE: '= ', HEADING1: '# ', HEADING2: '## ' };

export function documentLines(body: readonly BlockNode[]): string[] {
  return body.flatMap((block): string[] => {
    switch (block.type) {
      case 'paragraph':
        if (block.image) return [`[image ${block.image.width} x ${block.image.height}]`];
        return [`${HEADING_PREFIX[block.heading] ?? ''}${text(block.runs)}`];
      case 'listItem':
        return [`- ${text(block.runs)}`];
      case 'table':
        return block.rows.map((row) => row.cells.map((cell) => text(cell.runs)).join(' | '));
      default:
        return [];
    }
  });
}
