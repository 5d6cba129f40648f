import type {ArchiveArticle} from '../archive/archive-article.ts'
import {isoToRfc3339, type AtomEntry} from './atom.ts'

/** The first `limit` dated articles (newest first) as Atom entries; undated ones have no place in a feed. */
export function articlesToAtomEntries(
  articles: readonly ArchiveArticle[],
  limit: number,
  url: (id: string) => string
): AtomEntry[] {
  return articles
    .filter((article) => article.date !== undefined)
    .slice(0, limit)
    .map((article) => ({
      url: url(article.id),
      title: article.title,
      updated: isoToRfc3339(article.date!),
      summary: article.lead || undefined,
      author: article.author ?? article.outlet
    }))
}
