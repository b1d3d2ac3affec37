// The report's Google Doc, as the use cases need it: create one, open the one already built, write the
// report into it, add viewers. Nothing outside src/adapters/docs/ touches DocumentApp.
import type { ReportTree } from '../../domain/report/tree';
import { noteChange } from '../changes';
import { renderReport } from './renderReport';

export interface ReportDocument {
  readonly id: string;
  readonly url: string;
  /** Replaces the whole body with the report. */
  write(report: ReportTree): void;
  /** Throws when Google refuses the address (the caller reports it and goes on with the others). */
  addViewer(email: string): void;
}

export interface ReportDocuments {
  create(name: string): ReportDocument;
  /** null when the Doc no longer opens (deleted, or the caller lost access to it). */
  open(docId: string): ReportDocument | null;
}

function wrap(doc: GoogleAppsScript.Document.Document): ReportDocument {
  return {
    id: doc.getId(),
    url: doc.getUrl(),
    write: (report) => {
      noteChange();
      renderReport(doc.getBody(), report);
    },
    addViewer: (email) => {
      noteChange();
      doc.addViewer(email);
    },
  };
}

export function appsScriptReportDocuments(): ReportDocuments {
  return {
    create: (name) => {
      noteChange();
      return wrap(DocumentApp.create(name));
    },
    open: (docId) => {
      try {
        return wrap(DocumentApp.openById(docId));
      } catch {
        // openById throws for a missing Doc or one the caller may not open; both mean "build a new one".
        return null;
      }
    },
  };
}
