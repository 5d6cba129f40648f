import type {ArchiveArticle} from './archive-article.ts'
import type {Archive} from './build-archive.ts'

export interface RelatedOptions {
  /** How many to return. Default: `4`. */
  limit?: number
  /** How many of each shared actor's articles nearest in time to consider. Default: `40`. */
  window?: number
}

/**
 * Articles that share actors with `article`, best first.
 *
 * Each shared actor adds its inverse document frequency (an actor in few
 * articles says more about a story than one in thousands); ties go to the
 * article nearest in time. Only the `window` articles nearest in time on
 * each of the article's actor lists are candidates, so the cost per page
 * does not grow with the archive.
 */
export function relatedArticles(archive: Archive, article: ArchiveArticle, options: RelatedOptions = {}): ArchiveArticle[] {
  const limit = options.limit ?? 4
  const window = options.window ?? 40
  const total = archive.articles.length
  const rank = archive.rank(article)
  const scores = new Map<ArchiveArticle, number>()
  for (const mention of article.actors) {
    const list = archive.actorArticles(mention.id)
    if (list.length < 2) continue
    const weight = Math.log(total / list.length) + 0.01
    const at = lowerBound(list, rank, (candidate) => archive.rank(candidate))
    const from = Math.max(0, at - window / 2)
    for (const candidate of list.slice(from, from + window + 1)) {
      if (candidate === article) continue
      scores.set(candidate, (scores.get(candidate) ?? 0) + weight)
    }
  }
  const distance = (candidate: ArchiveArticle) => Math.abs(archive.rank(candidate) - rank)
  return [...scores]
    .sort(([a, scoreA], [b, scoreB]) => scoreB - scoreA || distance(a) - distance(b) || archive.rank(a) - archive.rank(b))
    .slice(0, limit)
    .map(([candidate]) => candidate)
}

/** First index in `list` (ascending by `key`) whose key is at least `value`. */
function lowerBound<T>(list: readonly T[], value: number, key: (item: T) => number): number {
  let low = 0
  let high = list.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (key(list[middle]) < value) low = middle + 1
    else high = middle
  }
  return low
}
