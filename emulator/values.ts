/**
 * Whether a value is a Date, from any JavaScript realm. Scripts loaded through gas-local run in their own
 * vm context, so their Dates fail `instanceof Date` here; Apps Script takes them all the same.
 */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}
