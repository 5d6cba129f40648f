import {hashString, mix} from '../actors/tagger/hash.ts'

/** Words per shingle: five words shared in order are rarely chance. */
export const SHINGLE_WORDS = 5

/** The distinct hashed shingles (runs of `SHINGLE_WORDS` words) of a text. */
export function shingles(words: readonly string[]): Uint32Array {
  const wordHashes = words.map(hashString)
  const hashes = new Set<number>()
  for (let start = 0; start + SHINGLE_WORDS <= words.length; start++) {
    let hash = 0
    for (let offset = 0; offset < SHINGLE_WORDS; offset++) hash = mix(hash, wordHashes[start + offset])
    hashes.add(hash)
  }
  return Uint32Array.from(hashes)
}

/** Hash functions per signature; the estimate of a Jaccard similarity is within about ±0.06. */
export const SIGNATURE_SIZE = 64

// The i-th hash of a (well-mixed) shingle hash x is `A[i]·x + B[i]` mod 2³²: one
// multiplication each, and with odd A[i] every one is a permutation of the hashes.
const A = Uint32Array.from({length: SIGNATURE_SIZE}, (_, index) => mix(index + 1, 1) | 1)
const B = Uint32Array.from({length: SIGNATURE_SIZE}, (_, index) => mix(index + 1, 2))

/**
 * The MinHash signatures of many articles in one array, `SIGNATURE_SIZE`
 * values each: for each hash function, the least hash of any of the
 * article's shingles. Two signatures agree at a position with probability
 * equal to the Jaccard similarity of the shingle sets.
 */
export class Signatures {
  readonly size: number
  readonly values: Uint32Array
  /** 1 for an article with a signature (its text long enough to compare). */
  readonly present: Uint8Array

  constructor(size: number) {
    this.size = size
    this.values = new Uint32Array(size * SIGNATURE_SIZE)
    this.present = new Uint8Array(size)
  }

  /** Take another set's signatures (`values`, `present`) as articles `first` onwards. */
  copyFrom(first: number, values: Uint32Array, present: Uint8Array): void {
    this.values.set(values, first * SIGNATURE_SIZE)
    this.present.set(present, first)
  }

  set(article: number, shingleSet: Uint32Array): void {
    const signature = this.values.subarray(article * SIGNATURE_SIZE, (article + 1) * SIGNATURE_SIZE).fill(0xffffffff)
    for (const value of shingleSet) {
      for (let position = 0; position < SIGNATURE_SIZE; position++) {
        const hash = (Math.imul(A[position], value) + B[position]) >>> 0
        if (hash < signature[position]) signature[position] = hash
      }
    }
    this.present[article] = 1
  }

  /** The share of positions where two signatures agree: an estimate of the Jaccard similarity; 0 when either has none. */
  jaccard(a: number, b: number): number {
    if (!this.present[a] || !this.present[b]) return 0
    let same = 0
    for (let position = 0; position < SIGNATURE_SIZE; position++) {
      if (this.values[a * SIGNATURE_SIZE + position] === this.values[b * SIGNATURE_SIZE + position]) same++
    }
    return same / SIGNATURE_SIZE
  }

  /**
   * Locality-sensitive hashing: pairs of signatures that agree on every
   * row of at least one band of `rows` positions. With 16 bands of 4 rows a
   * pair of Jaccard 0.5 is found with probability 0.65, of 0.7 with 0.99,
   * of 0.3 with 0.12: candidates to check with `jaccard`, in time linear
   * in the articles. Pairs `[i, j]` with `i < j`, each once.
   */
  candidatePairs(rows = 4): [number, number][] {
    const seen = new Set<number>()
    const pairs: [number, number][] = []
    for (let band = 0; band < SIGNATURE_SIZE / rows; band++) {
      // A band's values hashed to one number: a rare collision only adds a candidate.
      const buckets = new Map<number, number[]>()
      for (let article = 0; article < this.size; article++) {
        if (!this.present[article]) continue
        let key = band
        for (let row = 0; row < rows; row++) key = mix(key, this.values[article * SIGNATURE_SIZE + band * rows + row])
        const bucket = buckets.get(key)
        if (bucket) bucket.push(article)
        else buckets.set(key, [article])
      }
      for (const bucket of buckets.values()) {
        for (let i = 0; i < bucket.length; i++) {
          for (let j = i + 1; j < bucket.length; j++) {
            const pair = bucket[i] * this.size + bucket[j]
            if (seen.has(pair)) continue
            seen.add(pair)
            pairs.push([bucket[i], bucket[j]])
          }
        }
      }
    }
    return pairs
  }
}
