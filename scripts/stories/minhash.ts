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

const SEEDS = Uint32Array.from({length: SIGNATURE_SIZE}, (_, index) => mix(index + 1, 0))

/**
 * The MinHash signature of a set of shingles: for each of
 * `SIGNATURE_SIZE` hash functions, the least hash of any shingle. Two
 * signatures agree at a position with probability equal to the Jaccard
 * similarity of the sets.
 */
export function minhash(set: Uint32Array): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff)
  for (const value of set) {
    for (let position = 0; position < SIGNATURE_SIZE; position++) {
      const hash = mix(SEEDS[position], value)
      if (hash < signature[position]) signature[position] = hash
    }
  }
  return signature
}

/** The share of positions where two signatures agree: an estimate of the sets' Jaccard similarity. */
export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0
  for (let position = 0; position < a.length; position++) if (a[position] === b[position]) same++
  return same / a.length
}

/**
 * Locality-sensitive hashing: pairs of signatures that agree on every row
 * of at least one band of `rows` positions. With 16 bands of 4 rows a pair
 * of Jaccard 0.5 is found with probability 0.65, of 0.7 with 0.99, of 0.3
 * with 0.12: candidates to check with `estimatedJaccard`, in time linear
 * in the signatures. Returns pairs `[i, j]` with `i < j`, each once.
 */
export function lshPairs(signatures: readonly (Uint32Array | undefined)[], rows = 4): [number, number][] {
  const seen = new Set<number>()
  const pairs: [number, number][] = []
  for (let band = 0; band < SIGNATURE_SIZE / rows; band++) {
    const buckets = new Map<string, number[]>()
    signatures.forEach((signature, index) => {
      if (!signature) return
      const key = signature.subarray(band * rows, band * rows + rows).join(',')
      const bucket = buckets.get(key)
      if (bucket) bucket.push(index)
      else buckets.set(key, [index])
    })
    for (const bucket of buckets.values()) {
      for (let i = 0; i < bucket.length; i++) {
        for (let j = i + 1; j < bucket.length; j++) {
          const key = bucket[i] * signatures.length + bucket[j]
          if (seen.has(key)) continue
          seen.add(key)
          pairs.push([bucket[i], bucket[j]])
        }
      }
    }
  }
  return pairs
}
