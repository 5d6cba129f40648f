import type {Story} from '../../shared/schemas/story.ts'
import type {ArchiveArticle} from './archive-article.ts'

/** A story as the site shows it. */
export interface StoryEntry {
  id: string
  /** The first article's title: the first report of the event. */
  title: string
  /** Oldest first. */
  articles: ArchiveArticle[]
  /** Outlets in the order they first reported it. */
  outlets: string[]
  /** First and last day, `YYYY-MM-DD`. */
  first?: string
  last?: string
  /** The month the story began, `YYYY-MM`. */
  month?: string
}

export interface StoryIndex {
  /** Most outlets first, then most articles, then newest. */
  stories: StoryEntry[]
  story(id: string): StoryEntry | undefined
  /** The story an article belongs to. */
  storyOf(article: ArchiveArticle): StoryEntry | undefined
  /** Whether two articles of one story are near-identical copies. */
  isCopy(a: ArchiveArticle, b: ArchiveArticle): boolean
  /** The first earlier article of its story that an article is a near-identical copy of. */
  copyOf(article: ArchiveArticle): ArchiveArticle | undefined
  /** Stories that began in a month (`YYYY-MM`), ordered as `stories`. */
  monthStories(month: string): StoryEntry[]
}

/**
 * Index the stories of `stories.json` over the archive's articles. An
 * article the archive no longer holds is left out, and a story left with
 * fewer than two articles is none.
 */
export function buildStoryIndex(stories: readonly Story[], article: (id: string) => ArchiveArticle | undefined): StoryIndex {
  const entries: StoryEntry[] = []
  const byArticle = new Map<string, StoryEntry>()
  const copies = new Set<string>()
  for (const story of stories) {
    const articles = story.articles.flatMap((id) => article(id) ?? [])
    if (articles.length < 2) continue
    articles.sort((a, b) => (Number.isNaN(a.time) ? 1 : Number.isNaN(b.time) ? -1 : a.time - b.time) || (a.id < b.id ? -1 : 1))
    const days = articles.flatMap((entry) => (entry.day ? [entry.day] : [])).sort()
    const entry: StoryEntry = {
      id: story.id,
      title: articles[0].title,
      articles,
      outlets: [...new Set(articles.flatMap((entry) => (entry.outlet ? [entry.outlet] : [])))],
      first: days[0],
      last: days.at(-1),
      month: days[0]?.slice(0, 7)
    }
    entries.push(entry)
    for (const member of articles) byArticle.set(member.id, entry)
    for (const [a, b] of story.copies) copies.add(copyKey(a, b))
  }
  entries.sort(
    (a, b) =>
      b.outlets.length - a.outlets.length ||
      b.articles.length - a.articles.length ||
      (b.last ?? '').localeCompare(a.last ?? '') ||
      (a.id < b.id ? -1 : 1)
  )
  const byId = new Map(entries.map((entry) => [entry.id, entry]))
  const byMonth = new Map<string, StoryEntry[]>()
  for (const entry of entries) {
    if (!entry.month) continue
    const list = byMonth.get(entry.month)
    if (list) list.push(entry)
    else byMonth.set(entry.month, [entry])
  }
  const isCopy = (a: ArchiveArticle, b: ArchiveArticle) => copies.has(copyKey(a.id, b.id))
  return {
    stories: entries,
    story: (id) => byId.get(id),
    storyOf: (entry) => byArticle.get(entry.id),
    isCopy,
    copyOf(article) {
      const articles = byArticle.get(article.id)?.articles ?? []
      return articles.slice(0, articles.indexOf(article)).find((earlier) => isCopy(earlier, article))
    },
    monthStories: (month) => byMonth.get(month) ?? []
  }
}

function copyKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`
}
