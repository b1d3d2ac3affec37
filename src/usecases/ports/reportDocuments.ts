import type { ReportTree } from '../../domain/report/tree';

/** The report's Google Doc, as the use cases need it. */
export interface ReportDocument {
  readonly id: string;
  readonly url: string;
  /** Replaces the whole body with the report. */
  write(report: ReportTree): void;
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
