import type {SparseRows} from './term-vectors.ts'

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
 * cosine (`vectors`: unit rows) is at least `minSimilarity`. Articles are
 * taken in date order and an inverted index holds only the window behind
 * the current one, so the cost grows with the articles times the articles
 * of a few days, not with the square of the archive. `times` are
 * milliseconds, `NaN` for an undated article, which pairs with nothing.
 */
export function similarPairs(vectors: SparseRows, times: Float64Array, windowDays: number, minSimilarity: number): SimilarPair[] {
  const order = [...times.keys()].filter((index) => !Number.isNaN(times[index])).sort((a, b) => times[a] - times[b] || a - b)
  // Per term, the articles of the window that have it and their weights; `start` skips those that left the window.
  const postings = new Map<number, {start: number; articles: number[]; weights: number[]}>()
  const scores = new Float64Array(times.length)
  const touched: number[] = []
  const pairs: SimilarPair[] = []
  for (const article of order) {
    const oldest = times[article] - windowDays * DAY
    for (let index = vectors.start(article); index < vectors.end(article); index++) {
      const list = postings.get(vectors.keys[index])
      if (!list) continue
      while (list.start < list.articles.length && times[list.articles[list.start]] < oldest) list.start++
      // Drop the skipped entries now and then, so lists stay as long as the window.
      if (list.start > 64 && list.start * 2 > list.articles.length) {
        list.articles.splice(0, list.start)
        list.weights.splice(0, list.start)
        list.start = 0
      }
      const weight = vectors.values[index]
      for (let position = list.start; position < list.articles.length; position++) {
        const other = list.articles[position]
        if (scores[other] === 0) touched.push(other)
        scores[other] += weight * list.weights[position]
      }
    }
    for (const other of touched) {
      if (scores[other] >= minSimilarity) pairs.push({a: Math.min(article, other), b: Math.max(article, other), similarity: scores[other]})
      scores[other] = 0
    }
    touched.length = 0
    for (let index = vectors.start(article); index < vectors.end(article); index++) {
      const term = vectors.keys[index]
      let list = postings.get(term)
      if (!list) postings.set(term, (list = {start: 0, articles: [], weights: []}))
      list.articles.push(article)
      list.weights.push(vectors.values[index])
    }
  }
  return pairs.sort((x, y) => x.a - y.a || x.b - y.b)
}
