// Apps Script rejects arguments of the wrong type with a signature error naming the call.
import { isDate } from '../values';

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'Boolean';
  if (isDate(value)) return 'Date';
  if (Array.isArray(value)) return Array.isArray(value[0]) ? 'Object[][]' : 'Object[]';
  return 'Object';
}

export function signatureError(method: string, args: readonly unknown[]): Error {
  return new Error(`The parameters (${args.map(typeName).join(',')}) don't match the method signature for SpreadsheetApp.${method}.`);
}

export function requireInteger(value: unknown, method: string, args: readonly unknown[]): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw signatureError(method, args);
  return Math.trunc(value);
}

export function requireString(value: unknown, method: string, args: readonly unknown[]): string {
  if (typeof value !== 'string') throw signatureError(method, args);
  return value;
}

export function requireMatrix(value: unknown, method: string): unknown[][] {
  if (!Array.isArray(value) || !value.every((row) => Array.isArray(row))) throw signatureError(method, [value]);
  return value as unknown[][];
}
