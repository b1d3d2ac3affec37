// What the last full look for damaged tabs saw: the number of sheets then, and whether anything was
// wrong. Opening the sidebar compares the number of sheets now (one call) with it and looks again,
// three calls per tab, only when they differ or when something was wrong: a tab deleted by hand
// changes the number; a tab renamed by hand does not, and is found by "Check tabs" (or put right by
// the next step that writes it, which finds our tabs by named range and gives them their names back).
import { z } from '../domain/zod';
import type { PropertyStore } from '../usecases/ports/propertyStore';
import { builtOnFirstUse } from '../domain/schemas/builtOnFirstUse';

export const TABS_CHECKED_KEY = 'cc.tabs';

const tabsCheckedSchema = builtOnFirstUse(() =>
  z.object({
    sessionId: z.string(),
    sheets: z.number(),
    damaged: z.boolean(),
  }),
);
export type TabsChecked = z.infer<typeof tabsCheckedSchema>;

export function loadTabsChecked(store: PropertyStore): TabsChecked | null {
  const parsed = tabsCheckedSchema.safeParse(store.read(TABS_CHECKED_KEY));
  return parsed.success ? parsed.data : null;
}

export const sameTabsChecked = (a: TabsChecked | null, b: TabsChecked) =>
  a !== null && a.sessionId === b.sessionId && a.sheets === b.sheets && a.damaged === b.damaged;
