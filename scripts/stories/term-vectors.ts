/**
 * Rows of sparse numbers, one per article, in shared typed arrays
 * (compressed sparse rows): at 100,000 articles, a typed array per article
 * would cost more in object headers than in numbers.
 */
export class SparseRows {
  #offsets = new Uint32Array(1024)
  #keys = new Int32Array(16384)
  #values = new Float32Array(16384)
  #rows = 0

  /** Append a row: `keys` ascending, `values` beside them. */
  push(keys: ArrayLike<number>, values: ArrayLike<number>): void {
    const start = this.#offsets[this.#rows]
    const end = start + keys.length
    if (this.#rows + 2 > this.#offsets.length) this.#offsets = grow(this.#offsets, this.#rows + 2)
    if (end > this.#keys.length) {
      this.#keys = grow(this.#keys, end)
      this.#values = grow(this.#values, end)
    }
    this.#keys.set(keys, start)
    this.#values.set(values, start)
    this.#offsets[++this.#rows] = end
  }

  /** The rows of several `raw()` parts (from other threads), in order, in arrays of exactly their size. */
  static concat(parts: readonly RawRows[]): SparseRows {
    const rows = new SparseRows()
    const count = parts.reduce((sum, part) => sum + part.offsets.length - 1, 0)
    const length = parts.reduce((sum, part) => sum + part.keys.length, 0)
    rows.#offsets = new Uint32Array(count + 1)
    rows.#keys = new Int32Array(length)
    rows.#values = new Float32Array(length)
    for (const part of parts) {
      const start = rows.#offsets[rows.#rows]
      rows.#keys.set(part.keys, start)
      rows.#values.set(part.values, start)
      for (let row = 1; row < part.offsets.length; row++) rows.#offsets[++rows.#rows] = start + part.offsets[row]
    }
    return rows
  }

  /** The rows as plain typed arrays, trimmed: what a worker thread sends back. */
  raw(): RawRows {
    const end = this.#offsets[this.#rows]
    return {offsets: this.#offsets.slice(0, this.#rows + 1), keys: this.#keys.slice(0, end), values: this.#values.slice(0, end)}
  }

  get rows(): number {
    return this.#rows
  }

  start(row: number): number {
    return this.#offsets[row]
  }

  end(row: number): number {
    return this.#offsets[row + 1]
  }

  get keys(): Int32Array {
    return this.#keys
  }

  get values(): Float32Array {
    return this.#values
  }
}

/** `SparseRows` as plain typed arrays. */
export interface RawRows {
  offsets: Uint32Array
  keys: Int32Array
  values: Float32Array
}

function grow<T extends Uint32Array | Int32Array | Float32Array>(array: T, needed: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(Math.max(needed, array.length * 2))
  bigger.set(array)
  return bigger
}

/** Numbers for terms, so an article's terms take a few bytes each and compare as integers. */
export class TermNumbers {
  readonly #numbers = new Map<string, number>()

  number(term: string): number {
    let number = this.#numbers.get(term)
    if (number === undefined) this.#numbers.set(term, (number = this.#numbers.size))
    return number
  }
}

/** Append an article's terms (numbers; a term as often as it counts) to `counts` as ascending terms with their counts. */
export function pushTermCounts(counts: SparseRows, terms: readonly number[]): void {
  const sorted = Int32Array.from(terms).sort()
  const keys: number[] = []
  const values: number[] = []
  for (const term of sorted) {
    if (keys.at(-1) === term) values[values.length - 1]++
    else {
      keys.push(term)
      values.push(1)
    }
  }
  counts.push(keys, values)
}

export interface VectorOptions {
  /** Terms kept per article, the heaviest: the rest add noise and time. */
  topTerms: number
  /** A term in more than this share of the articles is no evidence of a shared event. */
  maxDocumentShare: number
}

/** In a small archive a share is a handful of articles: a term in up to this many always counts. */
const MIN_MAX_FREQUENCY = 10

/**
 * TF-IDF vectors of term counts: weight = (1 + log tf) · log(N / df),
 * the `topTerms` heaviest terms of each article, scaled to unit length so
 * a dot product is the cosine. Terms of one article only (df = 1) cannot
 * link two articles, terms of every article weigh nothing: both are
 * dropped. Deterministic: ties broken by term.
 */
export function termVectors(counts: SparseRows, {topTerms, maxDocumentShare}: VectorOptions): SparseRows {
  const articles = counts.rows
  // Terms are hashes (see `ContentTerms`): any 32-bit number.
  const documentFrequency = new Map<number, number>()
  for (let index = 0; index < counts.start(articles); index++) {
    documentFrequency.set(counts.keys[index], (documentFrequency.get(counts.keys[index]) ?? 0) + 1)
  }
  const maxFrequency = Math.max(MIN_MAX_FREQUENCY, maxDocumentShare * articles)
  const vectors = new SparseRows()
  for (let row = 0; row < articles; row++) {
    const weighted: [number, number][] = []
    for (let index = counts.start(row); index < counts.end(row); index++) {
      const frequency = documentFrequency.get(counts.keys[index])!
      if (frequency < 2 || frequency > maxFrequency || frequency === articles) continue
      weighted.push([counts.keys[index], (1 + Math.log(counts.values[index])) * Math.log(articles / frequency)])
    }
    const kept = weighted.sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, topTerms).sort((a, b) => a[0] - b[0])
    let norm = 0
    for (const [, weight] of kept) norm += weight * weight
    norm = Math.sqrt(norm) || 1
    vectors.push(
      kept.map(([term]) => term),
      kept.map(([, weight]) => weight / norm)
    )
  }
  return vectors
}

/** The dot product of two rows of unit vectors: their cosine similarity. */
export function cosine(vectors: SparseRows, a: number, b: number): number {
  const {keys, values} = vectors
  let sum = 0
  for (let i = vectors.start(a), j = vectors.start(b), endA = vectors.end(a), endB = vectors.end(b); i < endA && j < endB; ) {
    if (keys[i] === keys[j]) sum += values[i++] * values[j++]
    else if (keys[i] < keys[j]) i++
    else j++
  }
  return sum
}
