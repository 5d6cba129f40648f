import type {TermVector} from './term-vectors.ts'

/** Two articles and how alike their texts are. */
export interface SimilarPair {
  /** Indexes into the articles, `a < b`. */
  a: number
  b: number
  similarity: number
}

const DAY = 86_400_000

/**
 * Every pair of articles published within `windowDays` of each other whose
 * cosine is at least `minSimilarity`. Articles are taken in date order and
 * an inverted index holds only the window behind the current one, so the
 * cost grows with the articles times the articles of a few days, not with
 * the square of the archive. `times` are milliseconds; undated articles
 * (`undefined`) pair with nothing.
 */
export function similarPairs(vectors: readonly TermVector[], times: readonly (number | undefined)[], windowDays: number, minSimilarity: number): SimilarPair[] {
  const order = times.flatMap((time, index) => (time === undefined ? [] : [index])).sort((a, b) => times[a]! - times[b]! || a - b)
  const postings = new Map<number, {article: number; weight: number}[]>()
  const scores = new Map<number, number>()
  const pairs: SimilarPair[] = []
  for (const article of order) {
    const oldest = times[article]! - windowDays * DAY
    const vector = vectors[article]
    scores.clear()
    for (let position = 0; position < vector.terms.length; position++) {
      const list = postings.get(vector.terms[position])
      if (!list) continue
      // Entries arrive in date order: drop the ones that fell out of the window.
      let expired = 0
      while (expired < list.length && times[list[expired].article]! < oldest) expired++
      if (expired > 0) list.splice(0, expired)
      const weight = vector.weights[position]
      for (const entry of list) scores.set(entry.article, (scores.get(entry.article) ?? 0) + weight * entry.weight)
    }
    for (const [other, similarity] of scores) {
      if (similarity >= minSimilarity) pairs.push({a: Math.min(article, other), b: Math.max(article, other), similarity})
    }
    for (let position = 0; position < vector.terms.length; position++) {
      const term = vector.terms[position]
      const entry = {article, weight: vector.weights[position]}
      const list = postings.get(term)
      if (list) list.push(entry)
      else postings.set(term, [entry])
    }
  }
  return pairs.sort((x, y) => x.a - y.a || x.b - y.b)
}
