// The report's Google Doc, as the use cases need it: create one, open the one already built, write the
// report into it, add viewers. Nothing outside src/adapters/docs/ touches DocumentApp.
import type { ReportDocument, ReportDocuments } from '../../usecases/ports/reportDocuments';
import { renderReport } from './renderReport';


function wrap(doc: GoogleAppsScript.Document.Document): ReportDocument {
  return {
    id: doc.getId(),
    url: doc.getUrl(),
    write: (report) => renderReport(doc.getBody(), report),
    addViewer: (email) => {
      doc.addViewer(email);
    },
  };
}

export function appsScriptReportDocuments(): ReportDocuments {
  return {
    create: (name) => wrap(DocumentApp.create(name)),
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
