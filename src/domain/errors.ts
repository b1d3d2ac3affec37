import { z } from './zod';
import { plainPhrase } from './issueWords';
import { wordsOfField, type FieldWords } from './schemas/fields';

/**
 * An error whose message is written for the person at the keyboard. Entry points show these as they are;
 * any other error is reported as an unexpected failure, never as a stack.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

/**
 * Bad input: the message names each field as the form calls it and what it accepts. `aboutWhat` when
 * the first problem is said of the whole form ("takes no details…"), so it follows the name directly.
 */
export class ValidationError extends UserError {
  constructor(
    what: string,
    readonly problems: string[],
    aboutWhat = false,
  ) {
    super(`${what}${aboutWhat ? ' ' : ': '}${problems.join('; ')}`);
    this.name = 'ValidationError';
  }
}

type Schema = z.core.$ZodType;

/** The schema a wrapper (default, optional, pipe…) holds, or undefined for a schema that wraps nothing. */
function wrapped(schema: Schema): Schema | undefined {
  const def = schema._zod.def as { type: string; innerType?: Schema; in?: Schema };
  if (def.type === 'pipe') return def.in;
  return def.innerType;
}

function wordsOf(schema: Schema | undefined): FieldWords | undefined {
  for (let s = schema; s; s = wrapped(s)) {
    const words = wordsOfField(s);
    if (words) return words;
  }
  return undefined;
}

/** The schema of `key` inside `schema`: an object's field, a list's entry, the first union member that has it. */
function childOf(schema: Schema | undefined, key: PropertyKey): Schema | undefined {
  for (let s = schema; s; s = wrapped(s)) {
    const def = s._zod.def as { type: string; shape?: Record<string, Schema>; element?: Schema; options?: Schema[] };
    if (def.type === 'object' && typeof key === 'string') return def.shape?.[key];
    if (def.type === 'array' && typeof key === 'number') return def.element;
    if (def.type === 'union') {
      for (const option of def.options ?? []) {
        const found = childOf(option, key);
        if (found) return found;
      }
      return undefined;
    }
  }
  return undefined;
}

/** `callDate` → "Call date": the fallback name of a field nobody labelled. */
function humanize(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "calls" → "Call": the fallback name of one entry of a list nobody labelled. */
function oneOf(listKey: PropertyKey | undefined): string {
  const list = humanize(String(listKey ?? 'entry'));
  if (/criteria$/i.test(list)) return list.replace(/a$/, 'on');
  return list.replace(/ies$/, 'y').replace(/s$/, '');
}

/** What the person typed as the name of a list entry, so "Evaluator 3 (Ana Ruiz)" can be found on the form. */
function nameIn(value: unknown): string {
  if (typeof value !== 'object' || value === null) return '';
  const record = value as Record<string, unknown>;
  for (const key of ['name', 'label', 'title', 'criterionId']) {
    const name = record[key];
    if (typeof name === 'string' && name.trim() !== '' && name.length <= 60) return ` (${name.trim()})`;
  }
  return '';
}

interface Place {
  /** Where the field is: the list entries on the way to it ("Evaluator 3 (Ana Ruiz)"). */
  within: string[];
  /** The field's own name, or '' for the form itself. */
  label: string;
  words: FieldWords | undefined;
}

function placeOf(root: Schema | undefined, path: readonly PropertyKey[], input: unknown): Place {
  const within: string[] = [];
  let schema = root;
  let value = input;
  let label = '';
  let words = wordsOf(root);
  let parentKey: PropertyKey | undefined;
  path.forEach((key, i) => {
    schema = childOf(schema, key);
    value = typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined;
    const own = wordsOf(schema);
    const name = own?.label ?? (typeof key === 'number' ? oneOf(parentKey) : humanize(String(key)));
    if (typeof key === 'number' && i < path.length - 1) within.push(`${name} ${key + 1}${nameIn(value)}`);
    else if (typeof key === 'number') label = `${name} ${key + 1}${nameIn(value)}`;
    else label = name;
    words = own;
    parentKey = key;
  });
  return { within, label, words };
}

/** ": it takes Call, Answers": the fields a form takes, for a payload that is not a form at all. */
function fieldsOf(root: Schema | undefined): string {
  for (let s = root; s; s = wrapped(s)) {
    const def = s._zod.def as { type: string; shape?: Record<string, Schema> };
    if (def.type === 'object' && def.shape) {
      const names = Object.entries(def.shape).map(([key, field]) => wordsOf(field)?.label ?? humanize(key));
      return names.length > 0 ? `: it takes ${names.join(', ')}` : '';
    }
  }
  return '';
}

/** Whether zod worded the problem (ours or its English locale), rather than the schema. */
function wordedByZod(issue: z.core.$ZodIssue): boolean {
  return (
    issue.message === plainPhrase(issue) ||
    issue.message === 'is missing' ||
    /^(Invalid|Too big|Too small|Unrecognized)\b/.test(issue.message)
  );
}

function isMissing(issue: z.core.$ZodIssue): boolean {
  return issue.code === 'invalid_type' && (issue.message === 'is missing' || /received undefined$/.test(issue.message));
}

/** A schema's own wording: a predicate ("must …") follows the name, a sentence follows a colon. */
function joined(label: string, words: string): string {
  if (label === '') return words;
  return /^(must|is|are|has|needs|can|cannot|should|takes)\b/.test(words) ? `${label} ${words}` : `${label}: ${words}`;
}

/**
 * The problem a union's member worded itself ("an address with letters outside a–z… is not supported"),
 * which says more than "must be one of…"; null when every member left the wording to zod.
 */
function wordedInside(issue: z.core.$ZodIssue): z.core.$ZodIssue | null {
  if (issue.code !== 'invalid_union') return null;
  for (const branch of issue.errors) {
    for (const inner of branch) {
      const found = inner.code === 'invalid_union' ? wordedInside(inner) : wordedByZod(inner) ? null : inner;
      if (found) return { ...found, path: [...issue.path, ...found.path] } as z.core.$ZodIssue;
    }
  }
  return null;
}

function describe(issue: z.core.$ZodIssue, root: Schema | undefined, input: unknown): string {
  const inner = wordedByZod(issue) ? wordedInside(issue) : null;
  if (inner) return describe(inner, root, input);
  const place = placeOf(root, issue.path, input);
  const { words } = place;
  let text: string;
  if (words?.refusal) text = joined(place.label, words.refusal);
  else if (issue.code === 'unrecognized_keys') text = joined(place.label, plainPhrase(issue));
  else if (isMissing(issue)) text = place.label === '' ? `was sent without its details${fieldsOf(root)}` : `${place.label} is missing`;
  else if (wordedByZod(issue)) {
    // A length or count limit is said as itself ("must not be empty"); any other problem by what is allowed.
    const sizeLimit = (issue.code === 'too_small' || issue.code === 'too_big') && issue.origin !== 'number' && issue.origin !== 'int';
    if (words?.allowed && !sizeLimit) text = joined(place.label, `must be ${words.allowed}`);
    else if (place.label === '') text = `was sent in a form it cannot read${fieldsOf(root)}`;
    else text = joined(place.label, plainPhrase({ ...issue, input: issue.code === 'invalid_type' ? null : undefined } as z.core.$ZodIssue));
  } else text = joined(place.label, issue.message);
  return place.within.length > 0 ? `${place.within.join(', ')}: ${text}` : text;
}

/**
 * Each problem in words people read: the field's name as the form shows it (declared beside the schema
 * with `field`), where it is, and what it accepts. Never zod's own vocabulary. `root` is the schema that
 * was parsed and `input` the value, so list entries can be named as the person typed them.
 */
export function describeIssues(error: z.core.$ZodError, root?: Schema, input?: unknown): string[] {
  return error.issues.map((issue) => describe(issue, root, input));
}

/** Parses `value` with `schema`, or throws a ValidationError naming every bad field. */
export function parseWith<S extends z.core.$ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = z.safeParse(schema, value, { reportInput: true });
  if (result.success) return result.data;
  // A problem of the form itself starts with a verb ("takes no details…", "has an unexpected field…"):
  // the first follows the form's name, any later one repeats it.
  const problems = [...new Set(describeIssues(result.error, schema, value))].map((problem, i) =>
    i > 0 && /^[a-z]/.test(problem) ? `${what} ${problem}` : problem,
  );
  throw new ValidationError(what, problems, /^[a-z]/.test(problems[0] ?? ''));
}
