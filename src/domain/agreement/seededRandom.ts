/**
 * mulberry32: a 32-bit seeded generator, uniform in [0, 1). Tiny and fast, and its stream depends only
 * on the seed, so a bootstrap interval is reproducible run to run and on every runtime. Not for secrets.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
