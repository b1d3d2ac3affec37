// The use cases' Services, made of the real Apps Script adapters: what every entry point hands them.
import type { Services } from '../usecases/ports/services';
import type { ReportDocuments } from '../usecases/ports/reportDocuments';
import type { Workbook } from '../usecases/ports/workbook';
import { appsScriptReportDocuments } from './docs/reportDocuments';
import { openWorkbook } from '../sheets';
import type { CurrentUser } from '../usecases/ports/currentUser';
import { countingChanges, noteChange } from './changes';
import { currentUser } from './identity';
import { uuidIdSource } from './ids';
import { withDocumentLock } from './lock';
import { PropertyStore } from './propertyStore';
import { appsScriptProbe } from './selfCheckProbe';

export function appsScriptServices(): Services {
  let user: CurrentUser | undefined;
  let workbook: Workbook | undefined;
  let documents: ReportDocuments | undefined;
  const newId = uuidIdSource(() => Utilities.getUuid());
  return {
    caller: () => (user ??= currentUser()),
    store: () => PropertyStore.document(),
    workbook: () => (workbook ??= countingChanges(openWorkbook())),
    documents: () => (documents ??= appsScriptReportDocuments()),
    underLock: (work, options) => withDocumentLock(work, { flush: options?.sheets !== false }),
    mailer: () => ({
      remainingQuota: () => MailApp.getRemainingDailyQuota(),
      send: ({ to, subject, body }) => {
        noteChange();
        MailApp.sendEmail({ to, subject, body, name: 'Call Calibration' });
      },
    }),
    probe: () => appsScriptProbe(),
    now: () => new Date().toISOString(),
    newId,
  };
}
