// The report's Google Doc, as the use cases need it: create one, open the one already built, write the
// report into it, add viewers. Nothing outside src/adapters/docs/ touches DocumentApp.
import { UserError } from '../../domain/errors';
import type { ReportDocument, ReportDocuments } from '../../usecases/ports/reportDocuments';
import { noteChange } from '../changes';
import { isMissingPermission } from '../permissions';
import { renderReport } from './renderReport';

/** `created`: made by this operation, so still empty (renderReport neither reads nor clears it). */
function wrap(doc: GoogleAppsScript.Document.Document, created = false): ReportDocument {
  let empty = created;
  return {
    id: doc.getId(),
    url: doc.getUrl(),
    write: (report, pictures) => {
      noteChange();
      renderReport(doc.getBody(), report, pictures, { newDocument: empty });
      empty = false;
    },
    addViewer: (email) => {
      noteChange();
      try {
        doc.addViewer(email);
      } catch (error) {
        if (!isMissingPermission(error)) throw error;
        throw new UserError(
          `Google did not let the add-on share the report Doc from here (it asks for a permission the add-on does not have). ` +
            `Open the Doc and share it yourself with its Share button: ${doc.getUrl()}`,
        );
      }
    },
    addEditor: (email) => {
      noteChange();
      doc.addEditor(email);
    },
  };
}

export function appsScriptReportDocuments(): ReportDocuments {
  return {
    create: (name) => {
      noteChange();
      return wrap(DocumentApp.create(name), true);
    },
    open: (docId) => {
      try {
        return wrap(DocumentApp.openById(docId));
      } catch (error) {
        // A missing scope is the add-on's problem, not the Doc's: say so rather than build a new Doc.
        if (isMissingPermission(error)) throw error;
        // openById throws for a missing Doc or one the caller may not open; both mean "build a new one".
        return null;
      }
    },
  };
}
