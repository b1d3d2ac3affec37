import { z } from '../zod';
import { builtOnFirstUse } from './builtOnFirstUse';

/** Ids are chosen by the add-on or typed on the Scorecard sheet; kept short and sheet-safe. */
export const idSchema = builtOnFirstUse(() =>
  z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'must not be empty'),
      z.maxLength(64, 'must be at most 64 characters'),
      z.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'must be letters, digits, ".", "-" or "_", starting with a letter or digit'),
    ),
);

/** Free text: bounded so one field can never blow the 9 KB property limit; control characters refused. */
export const textSchema = (max: number) =>
  z.string().check(
    z.maxLength(max, `must be at most ${max} characters`),
    // eslint-disable-next-line no-control-regex
    z.refine(
      (s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s),
      'must not contain invisible control characters (line breaks and tabs are fine)',
    ),
  );

/** Text that must hold something once trimmed; `message` says what is missing. */
export const requiredTextSchema = (max: number, message = 'must not be empty') =>
  z.pipe(textSchema(max), z.string().check(z.trim(), z.minLength(1, message)));

export const nameSchema = builtOnFirstUse(() =>
  z.pipe(
    z.pipe(
      textSchema(120),
      z.transform((s: string) => s.trim()),
    ),
    z.string().check(z.minLength(1, 'must not be empty')),
  ),
);

/**
 * The window every date must fall in (documented in the README's user guide). Sheets stores a date as a
 * day count from 1899-12-30, so year 0 or 9999 would be written, then read back as something else:
 * the window keeps every date the add-on writes one it can read back.
 */
const FIRST_DATE = '2000-01-01';
const LAST_DATE = '2100-12-31';
const DATE_WORDS = 'must be a date from 1 January 2000 to 31 December 2100';
const DATE_TIME_WORDS = 'must be a date and time from 1 January 2000 to 31 December 2100';

/** Calendar date as typed in a sheet or sent by the sidebar: ISO `YYYY-MM-DD` (Dates cannot cross google.script.run). */
export const isoDateSchema = builtOnFirstUse(() =>
  z.iso.date({ error: DATE_WORDS }).check(z.refine((s) => s >= FIRST_DATE && s <= LAST_DATE, DATE_WORDS)),
);

/** Instant with offset, e.g. `2026-11-30T17:00:00.000Z`, in the same window as dates (UTC). */
export const isoDateTimeSchema = builtOnFirstUse(() =>
  z.iso.datetime({ offset: true, error: DATE_TIME_WORDS }).check(
    z.refine((s) => {
      const ms = Date.parse(s);
      return ms >= Date.parse(`${FIRST_DATE}T00:00:00Z`) && ms < Date.parse('2101-01-01T00:00:00Z');
    }, DATE_TIME_WORDS),
  ),
);

const EMAIL_WORDS = 'must be an email address such as name@example.com';

/**
 * An address as Google's sharing takes it. An internationalised domain (bücher.de) is refused in plain
 * words with the form that works: Apps Script's sharing and protections take the ASCII ("xn--") form of
 * the domain, which passes here as any other address.
 */
export const emailSchema = builtOnFirstUse(() =>
  z.string({ error: EMAIL_WORDS }).check(
    z.maxLength(254, 'must be at most 254 characters'),
    z.refine((s) => !(/[^\x00-\x7F]/.test(s) && s.includes('@')), {
      error:
        'an address with letters outside a–z (such as bücher.de) is not supported: use the address with its domain in "xn--" form, as your mail provider shows it',
      abort: true,
    }),
    z.regex(z.regexes.email, EMAIL_WORDS),
  ),
);

/** Checked by pattern: Apps Script's V8 has no URL class, which z.url() needs, so z.url() refuses every link there. */
export const httpUrlSchema = builtOnFirstUse(() =>
  z
    .string()
    .check(
      z.maxLength(2000, 'must be at most 2000 characters'),
      z.regex(/^https?:\/\/[^\s/?#@]+(?:[/?#]\S*)?$/i, 'must be an http(s) link'),
    ),
);

/** A value of `schema`, or '' for "not given" (sheet cells and form fields are blank, never absent). */
export const orBlank = <S extends z.core.SomeType>(schema: S) => z._default(z.union([schema, z.literal('')]), '');
