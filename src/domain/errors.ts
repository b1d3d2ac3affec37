import * as z from 'zod/mini';
import './zodLocale';

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

/** Bad input: the message names each field and what is wrong with it. */
export class ValidationError extends UserError {
  constructor(
    what: string,
    readonly problems: string[],
  ) {
    super(`${what}: ${problems.join('; ')}`);
    this.name = 'ValidationError';
  }
}

export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

const typeWords: Record<string, string> = {
  array: 'a list',
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  object: 'a set of fields',
};

/**
 * Zod's own wording ("Invalid input: expected array, received string") is for developers; the people
 * reading these are facilitators and evaluators. Messages our schemas set themselves are kept as written.
 */
function phrase(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) {
    if (/received undefined$/.test(issue.message)) return 'is missing';
    return `must be ${typeWords[issue.expected] ?? issue.expected}`;
  }
  if (issue.code === 'unrecognized_keys') {
    const fields = issue.keys.map((key) => `"${key}"`).join(', ');
    return `has ${issue.keys.length === 1 ? 'an unexpected field' : 'unexpected fields'} ${fields}`;
  }
  return issue.message;
}

export function describeIssues(error: z.core.$ZodError): string[] {
  return error.issues.map((issue) => {
    const where = fieldPath(issue.path);
    const words = phrase(issue);
    if (where) return `${where} ${words}`;
    return issue.code === 'unrecognized_keys' ? words.replace(/^has (an )?/, '') : words;
  });
}

/** Parses `value` with `schema`, or throws a ValidationError naming every bad field. */
export function parseWith<S extends z.core.$ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = z.safeParse(schema, value);
  if (!result.success) throw new ValidationError(what, describeIssues(result.error));
  return result.data;
}
