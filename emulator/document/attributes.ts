import type { TextStyleKey } from './model';
import type { StylePatch } from './textRuns';

const hexColor = /^#[0-9a-fA-F]{6}$/;

type Validator = (value: unknown) => unknown;

const booleanValue: Validator = (value) => {
  if (typeof value !== 'boolean') throw new Error(`Invalid argument: expected true or false, got ${String(value)}`);
  return value;
};
const colorValue: Validator = (value) => {
  if (typeof value !== 'string' || !hexColor.test(value)) throw new Error(`Invalid argument: color ${String(value)} (use #rrggbb)`);
  return value.toLowerCase();
};
const fontSizeValue: Validator = (value) => {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) throw new Error(`Invalid argument: font size ${String(value)}`);
  return value;
};
const stringValue: Validator = (value) => {
  if (typeof value !== 'string') throw new Error(`Invalid argument: expected text, got ${String(value)}`);
  return value;
};
// An empty link URL removes the link, as in Docs.
const linkValue: Validator = (value) => (stringValue(value) === '' ? null : value);

/** Text-level attributes: the Attribute name, the style key it sets, and how its value is checked. */
export const textAttributes: Record<string, { key: TextStyleKey; check: Validator }> = {
  BOLD: { key: 'bold', check: booleanValue },
  ITALIC: { key: 'italic', check: booleanValue },
  UNDERLINE: { key: 'underline', check: booleanValue },
  STRIKETHROUGH: { key: 'strikethrough', check: booleanValue },
  FONT_SIZE: { key: 'fontSize', check: fontSizeValue },
  FONT_FAMILY: { key: 'fontFamily', check: stringValue },
  FOREGROUND_COLOR: { key: 'foregroundColor', check: colorValue },
  BACKGROUND_COLOR: { key: 'backgroundColor', check: colorValue },
  LINK_URL: { key: 'linkUrl', check: linkValue },
};

export function styleValue(key: TextStyleKey, value: unknown): unknown {
  if (value === null) return null;
  const entry = Object.values(textAttributes).find((a) => a.key === key)!;
  return entry.check(value);
}

/** Splits an attributes object into a text style patch and the element-level attributes left over. */
export function splitAttributes(attributes: unknown): { patch: StylePatch; rest: Record<string, unknown> } {
  if (typeof attributes !== 'object' || attributes === null) throw new Error('Invalid argument: attributes');
  const patch: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(attributes)) {
    const text = textAttributes[name];
    if (text) patch[text.key] = value === null ? null : text.check(value);
    else rest[name] = value;
  }
  return { patch: patch as StylePatch, rest };
}

export function unsupportedAttributes(rest: Record<string, unknown>, element: string): never | void {
  const names = Object.keys(rest);
  if (names.length > 0) {
    throw new Error(`${element} attribute ${names.join(', ')} is not supported by the in-memory Apps Script environment`);
  }
}
