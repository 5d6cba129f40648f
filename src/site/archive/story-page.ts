import type {ArchiveArticle} from './archive-article.ts'
import type {SiteArchive} from './load-archive.ts'
import {articleDigest, pageKey} from './page-key.ts'
import {storyByOutlet} from './story-outlets.ts'

/** What a story's page shows: its articles by outlet, who was quoted, and which article copies an earlier one. */
export function storyPage(archive: SiteArchive, id: string) {
  const story = archive.story(id)!
  const {outlets, quoted} = storyByOutlet(story, archive.actor)
  const copyOf = new Map<ArchiveArticle, ArchiveArticle | undefined>(story.articles.map((article) => [article, archive.copyOf(article)]))
  return {story, outlets, quoted, copyOf}
}

/**
 * The page's cache key (`pageKey`): the story's articles, which give what
 * each outlet carried, and of its actors only what the page shows.
 */
export function storyPageKey({story, outlets, quoted, copyOf}: ReturnType<typeof storyPage>): string {
  const {articles, ...facts} = story
  return pageKey([
    facts,
    articles.map(articleDigest),
    outlets.map((coverage) => coverage.actors),
    quoted.map((row) => row.actor),
    [...copyOf.values()].map((copy) => copy?.id)
  ])
}
