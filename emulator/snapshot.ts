import * as z from 'zod';
import { documentDataSchema } from './document/model';
import { logEntrySchema } from './logging';
import { mailStateSchema } from './mail';
import { propertyStoresSchema } from './properties';
import { uiLogSchema } from './uiLog';
import { userSchema } from './users';

/**
 * Everything an environment holds, as plain JSON. The spreadsheet part is validated by the
 * spreadsheet emulator itself when it is restored.
 */
export const environmentSnapshotSchema = z.object({
  version: z.literal(1),
  owner: userSchema,
  users: z.array(userSchema),
  activeUserKey: z.string(),
  timeZone: z.string(),
  clock: z.number(),
  spreadsheet: z.unknown(),
  documents: z.array(documentDataSchema),
  properties: propertyStoresSchema,
  mail: mailStateSchema,
  ui: uiLogSchema,
  logs: z.array(logEntrySchema),
});
export type EnvironmentSnapshot = z.infer<typeof environmentSnapshotSchema>;

export function parseEnvironmentSnapshot(value: unknown): EnvironmentSnapshot {
  const parsed = environmentSnapshotSchema.safeParse(value);
  if (!parsed.success) throw new Error(`Not a valid environment snapshot: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
