import type * as zod from 'zod/mini';
import { plainPhrase } from './issueWords';
import { builtOnFirstUse } from './schemas/builtOnFirstUse';
import type * as ZodParts from './zodParts';

// A module reached only through require() is evaluated by the bundle when first required (esbuild wraps
// it); Apps Script and the tests both provide this require.
declare const require: (path: './zodParts') => typeof ZodParts;

/**
 * zod/mini as the add-on uses it (`z.object`, `z.string`, …), loaded the first time a schema is built or
 * a value parsed. Apps Script evaluates the top level of the whole script on every server call; zod's own
 * module code was most of what was left there once schemas were built on first use.
 *
 * zod/mini carries no wording of its own: without a locale every issue zod raises reads just "Invalid
 * input". The add-on's plain wording is registered as zod loads, so every parse words its problems for
 * the people reading them, never in the validator's terms.
 *
 * Marked pure so a bundle that never parses (the sidebar, which shares the domain's error types) drops it.
 */
export const z = /* @__PURE__ */ builtOnFirstUse(() => {
  const parts = require('./zodParts');
  parts.config({ localeError: (issue) => plainPhrase(issue) });
  return parts;
});

/** zod's types, under the same `z` as its functions (`z.infer<typeof schema>`). */
export declare namespace z {
  type infer<T> = zod.infer<T>;
  type input<T> = zod.input<T>;
  type output<T> = zod.output<T>;
  type ZodMiniType<Output = unknown, Input = unknown> = zod.ZodMiniType<Output, Input>;
  namespace core {
    type SomeType = zod.core.SomeType;
    type $ZodType<Output = unknown, Input = unknown> = zod.core.$ZodType<Output, Input>;
    type $ZodIssue = zod.core.$ZodIssue;
    type $ZodError<T = unknown> = zod.core.$ZodError<T>;
  }
}
