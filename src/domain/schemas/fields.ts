import { z } from '../zod';
import { builtOnFirstUse, builtSchema } from './builtOnFirstUse';

/**
 * How a refusal speaks of one field: its name as the person filling the form knows it, and what it
 * accepts in words ("a whole number from 1 to 10"). Declared beside the field, read by describeIssues.
 */
export interface FieldWords {
  label: string;
  /** Completes "<label> must be …"; used whenever the field's own checks did not word the problem. */
  allowed?: string;
  /** Completes "<label> …" for every problem of this field, whatever it is. */
  refusal?: string;
}

// Pure, like `z` itself: the sidebar's bundle has no use for it.
const fieldWords = /* @__PURE__ */ builtOnFirstUse(() => z.registry<FieldWords>());

/** The words declared for `schema`, which may be the stand-in of a schema built on first use. */
export function wordsOfField(schema: z.core.$ZodType): FieldWords | undefined {
  return fieldWords.get(builtSchema(schema));
}

/**
 * `schema` under the name people know it by. A copy is labelled, so one shared schema (an id, a date)
 * can be "Call" in one form and "Criterion" in another.
 */
export function field<S extends z.ZodMiniType>(schema: S, label: string, allowed?: string): S {
  const copy = schema.clone() as S;
  fieldWords.add(copy, allowed === undefined ? { label } : { label, allowed });
  return copy;
}

/** A form that takes no details at all: anything sent is refused with `refusal`. */
export function refusing<S extends z.ZodMiniType>(schema: S, label: string, refusal: string): S {
  const copy = schema.clone() as S;
  fieldWords.add(copy, { label, refusal });
  return copy;
}

/**
 * A field the person picks from a list (a call, a criterion, their own name): whatever is wrong with
 * what arrived, the refusal names the list, never the id's spelling rules.
 */
export function picked<S extends z.ZodMiniType>(schema: S, label: string, allowed: string): S {
  return refusing(schema, label, `must be ${allowed}`);
}
