// The use cases' Services, made of the real Apps Script adapters: what every entry point hands them.
import type { Services } from '../usecases/services';
import { openWorkbook } from '../sheets';
import type { Workbook } from '../sheets/workbook';
import { countingChanges, noteChange } from './changes';
import { currentUser, type CurrentUser } from './identity';
import { withDocumentLock } from './lock';
import { PropertyStore } from './propertyStore';

export function appsScriptServices(): Services {
  let user: CurrentUser | undefined;
  let workbook: Workbook | undefined;
  return {
    caller: () => (user ??= currentUser()),
    store: () => PropertyStore.document(),
    workbook: () => (workbook ??= countingChanges(openWorkbook())),
    underLock: (work, options) => withDocumentLock(work, { flush: options?.sheets !== false }),
    mailer: () => ({
      remainingQuota: () => MailApp.getRemainingDailyQuota(),
      send: ({ to, subject, body }) => {
        noteChange();
        MailApp.sendEmail({ to, subject, body, name: 'Call Calibration' });
      },
    }),
    now: () => new Date().toISOString(),
    newId: () => Utilities.getUuid().replace(/-/g, '').slice(0, 10),
  };
}
