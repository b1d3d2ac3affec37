/**
 * FNV-1a, 32 bits, as 8 hex digits: a short, stable fingerprint of a text (not a secret: where a digest
 * must resist guessing, the add-on uses SHA-256).
 */
export function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
