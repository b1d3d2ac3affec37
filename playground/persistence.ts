import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as z from 'zod';
import type { EnvironmentSnapshot } from 'apps-script-emulator';
import type { ActivityEntry } from './client/protocol';

// The playground's state between restarts: the environment snapshot (workbook, Docs, properties,
// mail, dialogs) and the activity log, as one JSON file written atomically.

const activityEntrySchema: z.ZodType<ActivityEntry> = z.object({
  kind: z.enum(['alert', 'prompt', 'toast', 'sidebar', 'dialog', 'mail', 'notice']),
  user: z.string(),
  text: z.string(),
});

const stateFileSchema = z.object({
  version: z.literal(1),
  /** Checked by the environment itself when it is restored. */
  environment: z.custom<EnvironmentSnapshot>((value) => typeof value === 'object' && value !== null, 'must be an environment snapshot'),
  activity: z.array(activityEntrySchema),
});

export interface SavedState {
  environment: EnvironmentSnapshot;
  activity: ActivityEntry[];
}

/** The saved state, or null when there is none; a damaged file is an error that says how to start over. */
export function readState(path: string): SavedState | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let parsed: z.ZodSafeParseResult<z.infer<typeof stateFileSchema>>;
  try {
    parsed = stateFileSchema.safeParse(JSON.parse(text));
  } catch (error) {
    throw new Error(`The saved playground state in ${path} is not JSON (${(error as Error).message}). Start with --reset to begin again.`);
  }
  if (!parsed.success)
    throw new Error(
      `The saved playground state in ${path} is not usable: ${z.prettifyError(parsed.error)}. Start with --reset to begin again.`,
    );
  return { environment: parsed.data.environment, activity: parsed.data.activity };
}

export function writeState(path: string, state: SavedState): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.tmp`;
  writeFileSync(temporary, JSON.stringify({ version: 1, ...state }));
  renameSync(temporary, path);
}

export function clearState(path: string): void {
  rmSync(path, { force: true });
}
