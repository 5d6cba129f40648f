/** A sparse vector of unit length: term numbers in ascending order and their weights. */
export interface TermVector {
  terms: Int32Array
  weights: Float32Array
}

/** An article's terms as numbers (`TermNumbers`), ascending, each with how often it occurs. */
export interface TermCounts {
  terms: Int32Array
  counts: Float32Array
}

/** Numbers for terms, so an article's terms take a few bytes each and compare as integers. */
export class TermNumbers {
  readonly #numbers = new Map<string, number>()

  number(term: string): number {
    let number = this.#numbers.get(term)
    if (number === undefined) this.#numbers.set(term, (number = this.#numbers.size))
    return number
  }

  get size(): number {
    return this.#numbers.size
  }
}

/** Count term numbers (each occurrence once, or with its weight). */
export function countTerms(occurrences: readonly (readonly [term: number, weight: number])[]): TermCounts {
  const sorted = [...occurrences].sort((a, b) => a[0] - b[0])
  const terms: number[] = []
  const counts: number[] = []
  for (const [term, weight] of sorted) {
    if (terms.at(-1) === term) counts[counts.length - 1] += weight
    else {
      terms.push(term)
      counts.push(weight)
    }
  }
  return {terms: Int32Array.from(terms), counts: Float32Array.from(counts)}
}

/** In a small archive a share is a handful of articles: a term in up to this many always counts. */
const MIN_MAX_FREQUENCY = 10

export interface VectorOptions {
  /** Terms kept per article, the heaviest: the rest add noise and time. */
  topTerms: number
  /** A term in more than this share of the articles is no evidence of a shared event. */
  maxDocumentShare: number
}

/**
 * TF-IDF vectors: weight = (1 + log tf) · log(N / df), the `topTerms`
 * heaviest terms of each article, scaled to unit length so a dot product is
 * the cosine. Terms of one article only (df = 1) cannot link two articles,
 * terms of every article weigh nothing: both are dropped. Deterministic: ties broken by term number.
 */
export function termVectors(documents: readonly TermCounts[], {topTerms, maxDocumentShare}: VectorOptions): TermVector[] {
  let vocabulary = 0
  for (const {terms} of documents) if (terms.length > 0) vocabulary = Math.max(vocabulary, terms[terms.length - 1] + 1)
  const documentFrequency = new Int32Array(vocabulary)
  for (const {terms} of documents) for (const term of terms) documentFrequency[term]++
  const maxFrequency = Math.max(MIN_MAX_FREQUENCY, maxDocumentShare * documents.length)
  return documents.map(({terms, counts}) => {
    const weighted: [number, number][] = []
    for (let position = 0; position < terms.length; position++) {
      const frequency = documentFrequency[terms[position]]
      if (frequency < 2 || frequency > maxFrequency || frequency === documents.length) continue
      weighted.push([terms[position], (1 + Math.log(counts[position])) * Math.log(documents.length / frequency)])
    }
    const kept = weighted.sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, topTerms).sort((a, b) => a[0] - b[0])
    let norm = 0
    for (const [, weight] of kept) norm += weight * weight
    norm = Math.sqrt(norm) || 1
    return {terms: Int32Array.from(kept, ([term]) => term), weights: Float32Array.from(kept, ([, weight]) => weight / norm)}
  })
}

/** The dot product of two unit vectors: their cosine similarity. */
export function cosine(a: TermVector, b: TermVector): number {
  let sum = 0
  for (let i = 0, j = 0; i < a.terms.length && j < b.terms.length; ) {
    if (a.terms[i] === b.terms[j]) sum += a.weights[i++] * b.weights[j++]
    else if (a.terms[i] < b.terms[j]) i++
    else j++
  }
  return sum
}
