import type { ReportTree } from '../../domain/report/tree';
import type { ChartPicture } from './chartPictures';

/** The report's Google Doc, as the use cases need it. */
export interface ReportDocument {
  readonly id: string;
  readonly url: string;
  /**
   * Replaces the generated part of the body with the report; `pictures` are the images its chart
   * blocks point at, by position. A picture that is missing or that the Doc will not take is replaced
   * by the block's fallback sentence.
   */
  write(report: ReportTree, pictures?: ReadonlyArray<ChartPicture | null>): void;
  /**
   * Throws when Google refuses the address (the caller reports it and goes on with the others), and a
   * UserError when the add-on may not share Docs at all: Google's reference does not say which scope
   * Document.addViewer needs, so a missing one is turned into "share it yourself" rather than a failure
   * per address.
   */
  addViewer(email: string): void;
  /** For managers who receive the report as editors, so they can share it on. Throws like addViewer. */
  addEditor(email: string): void;
}

export interface ReportDocuments {
  create(name: string): ReportDocument;
  /** null when the Doc no longer opens (deleted, or the caller lost access to it). */
  open(docId: string): ReportDocument | null;
}
