import type {Story} from '../schemas/story.ts'

/** What a story's summary needs of each of its articles. */
export interface StoryArticleFacts {
  id: string
  title: string
  /** ISO 8601 date and time. */
  date?: string
  outlet?: string
  actors: readonly {id: string; mentions: number}[]
}

/** A story as the `stories` command and the JSON API give it. */
export interface StorySummary {
  id: string
  /** The first article's title: the first report of the event. */
  title: string
  /** Date and time of the first and last article. */
  first?: string
  last?: string
  articles: string[]
  /** Outlets in the order they first reported it. */
  outlets: string[]
  /** The actors most of its articles name (then most mentioned), at most `TOP_ACTORS`. */
  actors: string[]
}

export const TOP_ACTORS = 5

/** Summarize a story from its articles' facts (`facts` holds every article of the story). */
export function summarizeStory(story: Story, facts: (id: string) => StoryArticleFacts): StorySummary {
  const articles = story.articles.map(facts)
  const dates = articles.flatMap((article) => (article.date ? [article.date] : []))
  const actors = new Map<string, {articles: number; mentions: number}>()
  for (const article of articles) {
    for (const actor of article.actors) {
      const entry = actors.get(actor.id) ?? {articles: 0, mentions: 0}
      entry.articles++
      entry.mentions += actor.mentions
      actors.set(actor.id, entry)
    }
  }
  const top = [...actors]
    .sort(([idA, a], [idB, b]) => b.articles - a.articles || b.mentions - a.mentions || (idA < idB ? -1 : idA > idB ? 1 : 0))
    .slice(0, TOP_ACTORS)
    .map(([id]) => id)
  return {
    id: story.id,
    title: articles[0].title,
    first: dates[0],
    last: dates.at(-1),
    articles: [...story.articles],
    outlets: [...new Set(articles.flatMap((article) => (article.outlet ? [article.outlet] : [])))],
    actors: top
  }
}
