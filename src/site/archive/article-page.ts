import type {ActorType} from '../../shared/schemas/actor.ts'
import type {ArchiveArticle} from './archive-article.ts'
import type {ActorEntry, OutletEntry} from './build-archive.ts'
import type {SiteArchive} from './load-archive.ts'
import {articleDigest, pageKey} from './page-key.ts'
import {relatedArticles} from './related-articles.ts'
import type {StoryEntry} from './story-index.ts'

/** What an article's page shows besides the article itself. */
export interface ArticlePage {
  article: ArchiveArticle
  /** The article's actors that have a page, under the page's id and name (a merged actor's old id resolves to the new one). */
  actors: {id: string; name: string; type: ActorType; count: number}[]
  /** Each actor's page entry, by the article's own id (for the structured data). */
  entries: Record<string, ActorEntry | undefined>
  story?: StoryEntry
  /** Articles of the story that are near-identical copies of this one. */
  copies: ArchiveArticle[]
  related: ArchiveArticle[]
  older?: ArchiveArticle
  newer?: ArchiveArticle
  outlet?: OutletEntry
}

export function articlePage(archive: SiteArchive, id: string): ArticlePage {
  const article = archive.article(id)!
  const entries: ArticlePage['entries'] = {}
  for (const mention of article.actors) entries[mention.id] = archive.actor(mention.id)
  const actors = article.actors.flatMap((mention) => {
    const entry = entries[mention.id]
    return entry ? [{id: entry.id, name: entry.name, type: entry.type, count: mention.mentions}] : []
  })
  const story = archive.storyOf(article)
  return {
    article,
    actors,
    entries,
    story,
    copies: story?.articles.filter((other) => other !== article && archive.isCopy(article, other)) ?? [],
    related: relatedArticles(archive, article).filter((other) => !story?.articles.includes(other)),
    older: archive.older(article),
    newer: archive.newer(article),
    outlet: archive.outletOf(article)
  }
}

/**
 * The page's cache key (`pageKey`): the articles it shows and its body,
 * and of its actors only what the page shows of them (an actor's count
 * of articles changes with every addition; its name and id do not).
 */
export function articlePageKey(archive: SiteArchive, page: ArticlePage): string {
  const {article, story} = page
  return pageKey([
    articleDigest(article),
    archive.html(article.id),
    Object.entries(page.entries).map(([id, entry]) => [id, entry && [entry.id, entry.name, entry.type, entry.wikidata]]),
    story && [story.id, story.outlets.length, story.articles.map(articleDigest)],
    page.copies.map((copy) => copy.id),
    page.related.map(articleDigest),
    page.older && articleDigest(page.older),
    page.newer && articleDigest(page.newer),
    page.outlet && [page.outlet.slug, page.outlet.name]
  ])
}
