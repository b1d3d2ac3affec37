import type * as z from 'zod';

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

export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const where = fieldPath(issue.path);
    return where ? `${where} ${issue.message}` : issue.message;
  });
}

/** Parses `value` with `schema`, or throws a ValidationError naming every bad field. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ValidationError(what, describeIssues(result.error));
  return result.data;
}
