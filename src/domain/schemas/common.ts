import * as z from 'zod/mini';
import '../zodLocale';

/** Ids are chosen by the add-on or typed on the Scorecard sheet; kept short and sheet-safe. */
export const idSchema = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'must not be empty'),
    z.maxLength(64, 'must be at most 64 characters'),
    z.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'use letters, digits, ".", "-" or "_" (starting with a letter or digit)'),
  );

/** Free text: bounded so one field can never blow the 9 KB property limit; control characters refused. */
export const textSchema = (max: number) =>
  z.string().check(
    z.maxLength(max, `must be at most ${max} characters`),
    // eslint-disable-next-line no-control-regex
    z.refine((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s), 'must not contain control characters'),
  );

/** Text that must hold something once trimmed; `message` says what is missing. */
export const requiredTextSchema = (max: number, message = 'must not be empty') =>
  z.pipe(textSchema(max), z.string().check(z.trim(), z.minLength(1, message)));

export const nameSchema = z.pipe(
  z.pipe(textSchema(120), z.transform((s: string) => s.trim())),
  z.string().check(z.minLength(1, 'must not be empty')),
);

/** Calendar date as typed in a sheet or sent by the sidebar: ISO `YYYY-MM-DD` (Dates cannot cross google.script.run). */
export const isoDateSchema = z.iso.date({ error: 'must be a date as YYYY-MM-DD' });

/** Instant with offset, e.g. `2026-11-30T17:00:00.000Z`. */
export const isoDateTimeSchema = z.iso.datetime({ offset: true, error: 'must be a date-time as ISO 8601' });

export const emailSchema = z.email({ error: 'must be an email address' }).check(z.maxLength(254));

/** Checked by pattern: Apps Script's V8 has no URL class, which z.url() needs, so z.url() refuses every link there. */
export const httpUrlSchema = z
  .string()
  .check(
    z.maxLength(2000, 'must be at most 2000 characters'),
    z.regex(/^https?:\/\/[^\s/?#@]+(?:[/?#]\S*)?$/i, 'must be an http(s) link'),
  );

/** A value of `schema`, or '' for "not given" (sheet cells and form fields are blank, never absent). */
export const orBlank = <S extends z.core.SomeType>(schema: S) => z._default(z.union([schema, z.literal('')]), '');
