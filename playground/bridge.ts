import { createRequire } from 'node:module';
import { runInContext } from 'node:vm';
import * as z from 'zod';
import { BRIDGE_CONFIG_GLOBAL, type BridgeConfig } from './client/protocol';
import type { RunOutcome } from './client/scriptRun';
import { copyArguments, copyResult } from './client/transfer';

// The server half of google.script.run: the built add-on loaded as Apps Script loads it (every
// top-level declaration of dist/*.js in one global scope), and calls run against its public
// top-level functions only.

export interface LoadedAddon {
  /** The script's global scope: its top-level declarations plus the services it was given. */
  scope: Record<string, unknown>;
  /** Top-level functions google.script.run and menus may call (Apps Script hides names ending in "_"). */
  functions: string[];
  /** JSON of the script's own realm, so arguments arrive as its own plain objects and arrays. */
  json: JSON;
}

/** Loads dist/*.js with gas-local into `globals`, which must be a fresh object for every load. */
export function loadAddon(distDir: string, globals: object): LoadedAddon {
  const before = new Set(Object.keys(globals));
  const gas = createRequire(__filename)('gas-local') as { require: (dir: string, globals: object) => Record<string, unknown> };
  const scope = gas.require(distDir, globals);
  const functions = Object.keys(scope)
    .filter((name) => !before.has(name) && typeof scope[name] === 'function' && !name.endsWith('_'))
    .sort();
  return { scope, functions, json: runInContext('JSON', scope) as JSON };
}

export const runRequestSchema = z.strictObject({
  fn: z.string().min(1, 'name the server function'),
  args: z.array(z.unknown()).default([]),
  user: z.string().min(1, 'name the user the call runs as'),
});
export type RunRequest = z.output<typeof runRequestSchema>;

function messageOf(error: unknown): string {
  // Errors thrown by the script come from its own realm, so `instanceof Error` cannot be used.
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}

/**
 * Runs one google.script.run call: `execute` wraps it in an execution as the calling user. Unknown
 * or private names fail as Apps Script reports them; a thrown error becomes the failure message;
 * a result Apps Script cannot carry reaches the page as null, and `onDroppedResult` hears of it.
 */
export function runServerFunction(
  addon: LoadedAddon,
  fn: string,
  args: readonly unknown[],
  execute: (call: () => unknown) => unknown,
  onDroppedResult: (fn: string) => void = () => undefined,
): RunOutcome {
  if (!addon.functions.includes(fn)) return { ok: false, error: { message: `Script function not found: ${fn}` } };
  let copied: unknown[];
  try {
    copied = addon.json.parse(JSON.stringify(copyArguments(args))) as unknown[];
  } catch (error) {
    return { ok: false, error: { message: messageOf(error) } };
  }
  const target = addon.scope[fn] as (...args: unknown[]) => unknown;
  let value: unknown;
  try {
    value = execute(() => target(...copied));
  } catch (error) {
    return { ok: false, error: { message: messageOf(error) } };
  }
  const result = copyResult(value);
  if (result.dropped) onDroppedResult(fn);
  return { ok: true, result: result.value };
}

const escapeForScript = (text: string) => text.replace(/</g, '\\u003c');

/** The sidebar page with the bridge's configuration and shim placed before its first script. */
export function withBridge(sidebarHtml: string, config: BridgeConfig, shimCode: string): string {
  const tag = `<script>window[${JSON.stringify(BRIDGE_CONFIG_GLOBAL)}]=${escapeForScript(JSON.stringify(config))};\n${shimCode.replace(/<\/(script)/gi, '<\\/$1')}</script>`;
  const firstScript = sidebarHtml.search(/<script\b/i);
  if (firstScript !== -1) return sidebarHtml.slice(0, firstScript) + tag + sidebarHtml.slice(firstScript);
  const headEnd = sidebarHtml.search(/<\/head>/i);
  if (headEnd !== -1) return sidebarHtml.slice(0, headEnd) + tag + sidebarHtml.slice(headEnd);
  return tag + sidebarHtml;
}
