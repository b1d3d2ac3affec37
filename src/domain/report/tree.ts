// The session report as a document-agnostic tree: the model decides what is said and formats every
// number once; each renderer (Google Docs, HTML) only decides how it looks. Produced, never parsed, so
// plain types rather than schemas.

/** A stretch of text inside a paragraph or list item, optionally bold or a link. */
export interface TextRun {
  text: string;
  bold?: boolean;
  /** Words taken out (an old wording): struck through. */
  removed?: boolean;
  /** Words put in (a new wording): highlighted. */
  added?: boolean;
  /** An http(s) address; renderers link the run's text to it. */
  link?: string;
}

/** Level 1 is a section of the report, level 2 a part of a section. */
export type HeadingLevel = 1 | 2;

interface HeadingBlock {
  kind: 'heading';
  level: HeadingLevel;
  text: string;
}

interface ParagraphBlock {
  kind: 'paragraph';
  runs: TextRun[];
}

/** A bulleted list; each item is one line of runs. */
interface ListBlock {
  kind: 'list';
  items: TextRun[][];
}

/** A table with a header row; every cell already formatted as text. */
export interface TableBlock {
  kind: 'table';
  header: string[];
  rows: string[][];
}

/**
 * One of the Summary's charts as a picture: `picture` is its place in the list of pictures the
 * renderer is handed with the tree. Where the picture cannot be put in, the renderer writes `fallback`.
 */
export interface ChartBlock {
  kind: 'chart';
  picture: number;
  fallback: TextRun[];
}

export type ReportBlock = HeadingBlock | ParagraphBlock | ListBlock | TableBlock | ChartBlock;

export interface ReportTree {
  /** The report's title, also the name of the Doc it is written to. */
  title: string;
  blocks: ReportBlock[];
}

export const heading = (level: HeadingLevel, text: string): HeadingBlock => ({ kind: 'heading', level, text });

/** A paragraph from plain strings and runs, in order. */
export const paragraph = (...parts: Array<string | TextRun>): ParagraphBlock => ({
  kind: 'paragraph',
  runs: parts.map((part) => (typeof part === 'string' ? { text: part } : part)),
});

export const list = (items: Array<Array<string | TextRun>>): ListBlock => ({
  kind: 'list',
  items: items.map((parts) => parts.map((part) => (typeof part === 'string' ? { text: part } : part))),
});

/** Refuses rows whose width differs from the header's, so no renderer ever meets a ragged table. */
export function table(header: string[], rows: string[][]): TableBlock {
  rows.forEach((row, i) => {
    if (row.length !== header.length) {
      throw new Error(`Report table "${header.join(' | ')}": row ${i + 1} has ${row.length} cells, the header ${header.length}.`);
    }
  });
  return { kind: 'table', header, rows };
}

/** The plain text of a paragraph or list item. */
export const runsText = (runs: readonly TextRun[]): string => runs.map((run) => run.text).join('');
