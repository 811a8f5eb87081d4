// A short stable digest of a set of problem keys, the same whatever their order: what the ledger's `Khóa` holds.

/** 32-bit FNV-1a of the UTF-16 code units of `text`, from `seed`. */
function fnv1a(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * 16 hex digits (two independent 32-bit FNV-1a hashes) of the sorted, deduplicated keys: the same set gives the same
 * digest in any order, on any machine; a set that differs by one key gives another digest (barring a 1-in-2^64 collision).
 */
export function problemSetDigest(keys: readonly string[]): string {
  const text = JSON.stringify([...new Set(keys)].sort());
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  return hex(fnv1a(text, 0x811c9dc5)) + hex(fnv1a(text, 0x9747b28c));
}
