import * as z from 'zod';
import type { EmulatorContext } from '../context';
import { MemorySpreadsheet } from './memorySpreadsheet';
import { type SpreadsheetSnapshot, workbookSchema } from './workbookSchema';

/** The workbook as plain JSON (Dates become `{ date: iso }`), e.g. to save the playground's state. */
export function snapshotSpreadsheet(spreadsheet: MemorySpreadsheet): SpreadsheetSnapshot {
  return z.encode(workbookSchema, spreadsheet.state);
}

/** Rebuilds a workbook from a snapshot; the snapshot is validated, so a hand-edited file fails clearly. */
export function restoreSpreadsheet(
  ctx: EmulatorContext,
  snapshot: unknown,
  options: { ui?: GoogleAppsScript.Base.Ui } = {},
): MemorySpreadsheet {
  const parsed = workbookSchema.safeParse(snapshot);
  if (!parsed.success) throw new Error(`Not a valid spreadsheet snapshot: ${z.prettifyError(parsed.error)}`);
  return new MemorySpreadsheet(ctx, parsed.data, options.ui ?? null);
}
