import { createHash, randomUUID } from 'node:crypto';
import type { EmulatorContext } from './context';
import { enumValue, makeEnum } from './enum';
import { formatDate } from './formatDate';
import { instrument } from './instrument';
import { isDate } from './values';

export const DigestAlgorithm = makeEnum(['MD2', 'MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512']);
export const Charset = makeEnum(['US_ASCII', 'UTF_8']);

const nodeDigest: Record<keyof typeof DigestAlgorithm, string | null> = {
  MD2: null,
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

/** Apps Script's longest allowed Utilities.sleep. */
const MAX_SLEEP_MS = 300_000;

/** Apps Script hands bytes to JavaScript as Java's signed bytes (-128..127). */
export function toSignedBytes(buffer: Uint8Array): number[] {
  return Array.from(buffer, (b) => (b > 127 ? b - 256 : b));
}

function toBuffer(data: unknown, charset: unknown): Buffer {
  if (Array.isArray(data)) {
    return Buffer.from(
      data.map((b) => {
        const n = Number(b);
        if (!Number.isInteger(n) || n < -128 || n > 255) throw new Error(`Invalid argument: byte ${String(b)}`);
        return n & 0xff;
      }),
    );
  }
  if (typeof data !== 'string') throw new Error('Invalid argument: expected a string or a byte array');
  const set = charset === undefined ? Charset.UTF_8 : enumValue(Charset, 'Charset', charset);
  // Java replaces characters US-ASCII cannot encode with '?'.
  return set === Charset.US_ASCII ? Buffer.from(data.replace(/[^\x00-\x7f]/g, '?'), 'ascii') : Buffer.from(data, 'utf8');
}

type UtilitiesMethods =
  | 'DigestAlgorithm'
  | 'Charset'
  | 'formatDate'
  | 'getUuid'
  | 'sleep'
  | 'computeDigest'
  | 'base64Encode'
  | 'base64EncodeWebSafe'
  | 'base64Decode'
  | 'base64DecodeWebSafe';

export function createUtilities(ctx: EmulatorContext): GoogleAppsScript.Utilities.Utilities {
  const utilities: Pick<GoogleAppsScript.Utilities.Utilities, UtilitiesMethods> = {
    DigestAlgorithm: DigestAlgorithm as unknown as typeof GoogleAppsScript.Utilities.DigestAlgorithm,
    Charset: Charset as unknown as typeof GoogleAppsScript.Utilities.Charset,
    formatDate: (date: GoogleAppsScript.Base.Date, timeZone: string, format: string) => {
      if (!isDate(date)) throw new Error('Invalid argument: date');
      return formatDate(new Date((date as Date).getTime()), timeZone, String(format));
    },
    getUuid: () => randomUUID(),
    sleep: (milliseconds: number) => {
      const ms = Number(milliseconds);
      if (!Number.isFinite(ms) || ms < 0 || ms > MAX_SLEEP_MS) {
        throw new Error(`Invalid argument: milliseconds must be between 0 and ${MAX_SLEEP_MS}`);
      }
      ctx.advanceClock(ms);
    },
    computeDigest: ((algorithm: unknown, value: unknown, charset?: unknown) => {
      const name = nodeDigest[enumValue(DigestAlgorithm, 'DigestAlgorithm', algorithm)];
      if (name === null) throw new Error(`DigestAlgorithm.${String(algorithm)} is not supported by the in-memory Apps Script environment`);
      return toSignedBytes(createHash(name).update(toBuffer(value, charset)).digest());
    }) as GoogleAppsScript.Utilities.Utilities['computeDigest'],
    base64Encode: ((data: unknown, charset?: unknown) =>
      toBuffer(data, charset).toString('base64')) as GoogleAppsScript.Utilities.Utilities['base64Encode'],
    base64EncodeWebSafe: ((data: unknown, charset?: unknown) =>
      // Java's URL-safe encoder keeps the '=' padding, unlike Node's base64url.
      toBuffer(data, charset)
        .toString('base64')
        .replace(/\+/g, '-')
        .replace(/\//g, '_')) as GoogleAppsScript.Utilities.Utilities['base64EncodeWebSafe'],
    base64Decode: ((encoded: string) =>
      toSignedBytes(Buffer.from(String(encoded), 'base64'))) as GoogleAppsScript.Utilities.Utilities['base64Decode'],
    base64DecodeWebSafe: ((encoded: string) =>
      toSignedBytes(Buffer.from(String(encoded), 'base64url'))) as GoogleAppsScript.Utilities.Utilities['base64DecodeWebSafe'],
  };
  return instrument(utilities, ctx, 'Utilities') as unknown as GoogleAppsScript.Utilities.Utilities;
}
