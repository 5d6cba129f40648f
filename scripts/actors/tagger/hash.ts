/**
 * 32-bit hashing for features: a feature is a template number and a value,
 * hashed to one unsigned integer, so the tagger never builds a feature name
 * as a string. Collisions between the model's few hundred thousand features
 * are rare (about one in ten thousand pairs share nothing else) and only
 * add a little noise.
 */

/** FNV-1a over the UTF-16 code units of `text`, as an unsigned 32-bit integer. */
export function hashString(text: string): number {
  return hashRange(text, 0, text.length)
}

/**
 * `hashString(text.slice(start, end))` without making the slice: the
 * tagger hashes every prefix, suffix and character n-gram of a word.
 */
export function hashRange(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5
  for (let index = start; index < end; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/**
 * Combines two 32-bit values into one well-mixed unsigned 32-bit value
 * (MurmurHash3's finalizer over `a * golden + b`). Not symmetric:
 * `mix(a, b)` and `mix(b, a)` differ, so a template and its value never
 * swap roles.
 */
export function mix(a: number, b: number): number {
  let hash = (Math.imul(a, 0x9e3779b1) + b) | 0
  hash ^= hash >>> 16
  hash = Math.imul(hash, 0x85ebca6b)
  hash ^= hash >>> 13
  hash = Math.imul(hash, 0xc2b2ae35)
  hash ^= hash >>> 16
  return hash >>> 0
}
