// Apps Script limits a property value to 9 KB and a store to 500 KB (UTF-8 bytes of keys and values).
// Large JSON is split into chunks well under the per-value limit; sizes are checked before any write.

export const PROPERTY_STORE_LIMIT = 500 * 1024;
/** Leaves room under the per-value limit for the key and Apps Script's own accounting. */
const CHUNK_BYTES = 8 * 1024;

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4; // a surrogate pair is one 4-byte code point
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Splits text into pieces of at most `maxBytes` UTF-8 bytes, never inside a surrogate pair. */
function splitUtf8(text: string, maxBytes = CHUNK_BYTES): string[] {
  const chunks: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : pair ? 4 : 3;
    if (bytes + size > maxBytes) {
      chunks.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += size;
    if (pair) i++;
  }
  chunks.push(text.slice(start));
  return chunks;
}

/** The header stored under the record's own key; the chunks live under `key#0`, `key#1`, ... */
interface ChunkHeader {
  chunks: number;
}

const chunkKey = (key: string, index: number) => `${key}#${index}`;

/** Properties to write for a record, and the chunk keys of an older, longer version to delete. */
export function encodeRecord(key: string, value: unknown): Record<string, string> {
  const parts = splitUtf8(JSON.stringify(value));
  const out: Record<string, string> = { [key]: JSON.stringify({ chunks: parts.length } satisfies ChunkHeader) };
  parts.forEach((part, i) => (out[chunkKey(key, i)] = part));
  return out;
}

/** Reads a record back from a full property map; undefined when absent, an error when damaged. */
export function decodeRecord(key: string, properties: Record<string, string>): unknown {
  const header = properties[key];
  if (header === undefined) return undefined;
  const { chunks } = JSON.parse(header) as ChunkHeader;
  let text = '';
  for (let i = 0; i < chunks; i++) {
    const part = properties[chunkKey(key, i)];
    if (part === undefined) throw new Error(`stored record "${key}" is missing chunk ${i} of ${chunks}`);
    text += part;
  }
  return JSON.parse(text);
}

/** Every property key that belongs to the record `key` in a property map. */
export function recordKeys(key: string, properties: Record<string, string>): string[] {
  return Object.keys(properties).filter((k) => k === key || k.startsWith(`${key}#`));
}

export function storeBytes(properties: Record<string, string>): number {
  let total = 0;
  for (const [k, v] of Object.entries(properties)) total += utf8Length(k) + utf8Length(v);
  return total;
}
