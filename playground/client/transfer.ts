// What may cross google.script.run, and how it is copied. Apps Script accepts primitives, plain
// objects and arrays of them, and a <form> as the only argument; a Date, a function, a class instance,
// a DOM node other than a form or a circular structure fails at the call. Undefined array entries
// become null, undefined properties vanish. The server always receives a copy. Source: "Parameters
// and return values" in https://developers.google.com/apps-script/guides/html/communication and the
// google.script.run reference, https://developers.google.com/apps-script/guides/html/reference/run.
// Shared by the sidebar shim (browser) and the playground server, so the rules are written once and
// checked without relying on `instanceof`, which fails across realms.

export class IllegalValueError extends Error {
  constructor(readonly path: string) {
    super(`Failed due to illegal value in property: ${path}`);
    this.name = 'IllegalValueError';
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface DomNodeLike {
  nodeType: number;
  nodeName: string;
}

interface FormFieldLike {
  name?: string;
  type?: string;
  value?: string;
  checked?: boolean;
  disabled?: boolean;
  multiple?: boolean;
  options?: ArrayLike<{ selected: boolean; value: string }>;
  files?: ArrayLike<unknown>;
}

interface FormLike extends DomNodeLike {
  elements: ArrayLike<FormFieldLike>;
}

function isDomNode(value: object): value is DomNodeLike {
  const node = value as Partial<DomNodeLike>;
  return typeof node.nodeType === 'number' && typeof node.nodeName === 'string';
}

function isForm(value: object): value is FormLike {
  return isDomNode(value) && value.nodeName.toUpperCase() === 'FORM' && 'elements' in value;
}

/** A plain object: made by a literal, JSON.parse or Object.create(null), in any realm. */
function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === null || (Object.getPrototypeOf(proto) === null && Object.prototype.toString.call(value) === '[object Object]');
}

function copyValue(value: unknown, path: string, seen: Set<object>): Json | undefined {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      // JSON has no NaN or Infinity; they arrive as null, as they do through the real bridge.
      return Number.isFinite(value) ? value : null;
    case 'undefined':
      return undefined;
    case 'object':
      if (value === null) return null;
      break;
    default:
      // function, symbol, bigint
      throw new IllegalValueError(path);
  }
  const object = value as object;
  if (seen.has(object)) throw new IllegalValueError(path);
  seen.add(object);
  try {
    if (Array.isArray(object)) {
      return object.map((item, i) => copyValue(item, `${path}.${i}`, seen) ?? null);
    }
    if (!isPlainObject(object)) throw new IllegalValueError(path);
    const copy: { [key: string]: Json } = {};
    for (const key of Object.keys(object)) {
      const item = copyValue((object as Record<string, unknown>)[key], `${path}.${key}`, seen);
      if (item !== undefined) copy[key] = item;
    }
    return copy;
  } finally {
    seen.delete(object);
  }
}

/** A form becomes an object of its named fields; a name used twice (checkboxes) gives an array. */
function copyForm(form: FormLike): { [key: string]: Json } {
  const fields: { [key: string]: Json } = {};
  const add = (name: string, value: string) => {
    const existing = fields[name];
    if (existing === undefined) fields[name] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else fields[name] = [existing, value];
  };
  for (let i = 0; i < form.elements.length; i++) {
    const field = form.elements[i]!;
    const name = field.name ?? '';
    const type = (field.type ?? '').toLowerCase();
    if (name === '' || field.disabled || ['button', 'submit', 'reset', 'image'].includes(type)) continue;
    if (type === 'file') {
      throw new Error(
        `The form field "${name}" is a file upload, which this local bridge does not carry; file fields arrive as blobs only in Apps Script.`,
      );
    }
    if ((type === 'checkbox' || type === 'radio') && !field.checked) continue;
    if (type === 'select-multiple' && field.options) {
      for (let j = 0; j < field.options.length; j++) if (field.options[j]!.selected) add(name, field.options[j]!.value);
      continue;
    }
    add(name, field.value ?? '');
  }
  return fields;
}

/**
 * Checks and copies the arguments of one google.script.run call, or throws the error Apps Script
 * throws at the call. A form is allowed only as the single argument.
 */
export function copyArguments(args: readonly unknown[]): Json[] {
  return args.map((arg, i) => {
    if (typeof arg === 'object' && arg !== null && isDomNode(arg)) {
      if (isForm(arg) && args.length === 1) return copyForm(arg);
      throw new IllegalValueError(String(i));
    }
    return copyValue(arg, String(i), new Set()) ?? null;
  });
}

/**
 * A server function's return value as the success handler sees it. Apps Script hands the handler
 * null when the value holds anything it cannot carry (a Date, for one), so the same happens here.
 */
export function copyResult(value: unknown): { value: Json; dropped: boolean } {
  try {
    return { value: copyValue(value, 'result', new Set()) ?? null, dropped: false };
  } catch (error) {
    if (error instanceof IllegalValueError) return { value: null, dropped: true };
    throw error;
  }
}
