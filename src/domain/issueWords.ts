import type * as z from 'zod/mini';

const typeWords: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'yes or no',
  array: 'a list',
  object: 'a set of details',
  date: 'a date',
};

const formatWords: Record<string, string> = {
  email: 'an email address',
  date: 'a date',
  datetime: 'a date and time',
  url: 'a link',
};

const quote = (value: unknown) => (typeof value === 'string' ? `"${value}"` : String(value));

function listWords(values: readonly unknown[]): string {
  if (values.length === 1) return quote(values[0]);
  return `${values.slice(0, -1).map(quote).join(', ')} or ${quote(values[values.length - 1])}`;
}

/**
 * The wording of every problem zod finds that a schema did not word itself, in the words of the form
 * rather than of the validator: a predicate that follows the field's name ("must be a whole number").
 * Total over zod's issue codes; a shape it has not met reads "is not valid".
 */
export function plainPhrase(issue: z.core.$ZodRawIssue | z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is missing';
      return `must be ${typeWords[issue.expected] ?? 'something else'}`;
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? 'must not be empty' : `must be at least ${min} characters`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return min <= 1 ? 'needs at least one entry' : `needs at least ${min} entries`;
      return issue.inclusive === false ? `must be more than ${min}` : `must be at least ${min}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `must be at most ${max} characters`;
      if (issue.origin === 'array' || issue.origin === 'set') return `can have at most ${max} ${max === 1 ? 'entry' : 'entries'}`;
      return issue.inclusive === false ? `must be less than ${max}` : `must be at most ${max}`;
    }
    case 'invalid_format':
      return `must be ${formatWords[issue.format] ?? 'written differently'}`;
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    case 'invalid_value':
      return `must be ${listWords(issue.values)}`;
    case 'unrecognized_keys':
      return `has ${issue.keys.length === 1 ? 'an unexpected field' : 'unexpected fields'} ${issue.keys.map(quote).join(', ')}: the form does not send ${issue.keys.length === 1 ? 'it' : 'them'}`;
    default:
      return 'is not valid';
  }
}
