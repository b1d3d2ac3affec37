// What "Check this spreadsheet" reads about each evaluator tab: found by its named range (or, when that
// is gone, by its usual name), whether it is hidden and protected, and who may edit it. Read only.
import type { Session } from '../../domain/schemas';
import type { EvaluatorTabState, Workbook } from '../../usecases/ports/workbook';
import { evaluatorTabs } from '../naming';
import type { TabRegistry, Tabs } from '../registry';

function inspectEvaluatorTabs(registry: TabRegistry, session: Session): EvaluatorTabState[] {
  return evaluatorTabs(session).map((spec) => {
    const registered = registry.range(spec)?.getSheet() ?? null;
    const sheet = registered ?? registry.spreadsheet.getSheetByName(spec.baseName);
    if (sheet === null) {
      return { evaluatorId: spec.evaluatorId, tab: null, namedRange: false, hidden: false, protectedSheet: false, editors: null };
    }
    const protection = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0] ?? null;
    let editors: string[] | null = null;
    if (protection !== null) {
      try {
        editors = protection.getEditors().map((user) => user.getEmail().trim().toLowerCase());
      } catch {
        // "Throws an exception if the user does not have permission to edit the protected range or sheet."
        editors = null;
      }
    }
    return {
      evaluatorId: spec.evaluatorId,
      tab: sheet.getName(),
      namedRange: registered !== null,
      hidden: sheet.isSheetHidden(),
      protectedSheet: protection !== null,
      editors,
    };
  });
}

export const tabCheckPart = (tabs: Tabs): Pick<Workbook, 'inspectEvaluatorTabs'> => ({
  inspectEvaluatorTabs: (session) => inspectEvaluatorTabs(tabs(), session),
});
