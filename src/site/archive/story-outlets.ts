import type {ActorType} from '../../shared/schemas/actor.ts'
import type {ArchiveArticle} from './archive-article.ts'
import type {StoryEntry} from './story-index.ts'

/** An actor of the story, under its page's id and name when it has one. */
export interface StoryActor {
  id: string
  name: string
  type: ActorType
  /** Whether the site has a page for it. */
  page: boolean
}

/** What one outlet carried of a story. */
export interface OutletCoverage {
  outlet: string
  /** Oldest first. */
  articles: ArchiveArticle[]
  /** The actors its articles name, most articles first, then by the story's order of appearance. */
  actors: (StoryActor & {articles: number})[]
}

/** One quoted actor: what each outlet carried of its words. */
export interface QuotedActor {
  actor: StoryActor
  /** Per outlet of the story (in `outlets` order), the first quote it carried, if any. */
  quotes: ({verb: string; text: string; article: ArchiveArticle} | undefined)[]
}

/**
 * A story by outlet: each outlet's articles and the actors it named, and
 * who was quoted by which outlet. `actorPage` resolves an id to the
 * actor's page (a former id to the merged actor), or nothing.
 */
export function storyByOutlet(story: StoryEntry, actorPage: (id: string) => {id: string; name: string; type: ActorType} | undefined) {
  const resolve = (mention: {id: string; name: string; type: ActorType}): StoryActor => {
    const page = actorPage(mention.id)
    return page ? {id: page.id, name: page.name, type: page.type, page: true} : {id: mention.id, name: mention.name, type: mention.type, page: false}
  }
  const outlets: OutletCoverage[] = story.outlets.map((outlet) => {
    const articles = story.articles.filter((article) => article.outlet === outlet)
    const actors = new Map<string, StoryActor & {articles: number}>()
    for (const article of articles) {
      for (const mention of article.actors) {
        const actor = resolve(mention)
        const entry = actors.get(actor.id)
        if (entry) entry.articles++
        else actors.set(actor.id, {...actor, articles: 1})
      }
    }
    return {outlet, articles, actors: [...actors.values()].sort((a, b) => b.articles - a.articles)}
  })
  const quoted = new Map<string, QuotedActor>()
  for (const article of story.articles) {
    const column = story.outlets.indexOf(article.outlet ?? '')
    if (column === -1) continue
    for (const quote of article.quotes) {
      const mention = article.actors.find((actor) => actor.id === quote.actor)
      if (!mention) continue
      const actor = resolve(mention)
      let row = quoted.get(actor.id)
      if (!row) quoted.set(actor.id, (row = {actor, quotes: story.outlets.map(() => undefined)}))
      row.quotes[column] ??= {verb: quote.verb, text: quote.text, article}
    }
  }
  // Actors quoted by most outlets first.
  const quotedActors = [...quoted.values()].sort((a, b) => count(b.quotes) - count(a.quotes))
  return {outlets, quoted: quotedActors}
}

function count(cells: readonly unknown[]): number {
  return cells.filter(Boolean).length
}
