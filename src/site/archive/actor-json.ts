import type {SitePaths} from '../paths.ts'
import {articleToJson, type ArticleJson} from './article-json.ts'
import type {ActorEntry, Archive} from './build-archive.ts'
import type {StoryIndex} from './story-index.ts'
import {coOccurringActors} from './co-occurring-actors.ts'
import {monthlyCounts} from './monthly-counts.ts'

/** An actor in `/actors.json`. */
export interface ActorSummaryJson {
  id: string
  name: string
  nameEn?: string
  type: ActorEntry['type']
  wikidata?: string
  /** Other names the registry gives the actor; absent when none. */
  aliases?: string[]
  articleCount: number
  mentionCount: number
  first?: string
  last?: string
  /** Absolute address of the actor's page. */
  url: string
  /** Absolute address of the actor's JSON document. */
  json: string
}

/** One article on an actor's timeline in `/actors/<id>.json`. */
export interface TimelineEntryJson extends ArticleJson {
  /** The story the article belongs to (`/stories/<id>.json`), if any. */
  story?: string
  /** How many times the article mentions the actor. */
  mentions: number
  /** The first sentence mentioning the actor. */
  sentence?: string
  quotes: {verb: string; text: string}[]
}

/** `/actors/<id>.json`: the actor, its coverage by month, its companions and its whole timeline. */
export interface ActorJson extends ActorSummaryJson {
  description?: string
  aliases: string[]
  formerIds: string[]
  months: {month: string; count: number}[]
  coOccurring: {id: string; name: string; count: number}[]
  timeline: TimelineEntryJson[]
}

/** The actor's entry in `/actors.json`. */
export function actorToSummaryJson(actor: ActorEntry, paths: SitePaths, absolute: (path: string) => string): ActorSummaryJson {
  return {
    id: actor.id,
    name: actor.name,
    ...(actor.nameEn && {nameEn: actor.nameEn}),
    type: actor.type,
    ...(actor.wikidata && {wikidata: actor.wikidata}),
    ...(actor.aliases.length > 0 && {aliases: actor.aliases}),
    articleCount: actor.articleCount,
    mentionCount: actor.mentionCount,
    ...(actor.first && {first: actor.first}),
    ...(actor.last && {last: actor.last}),
    url: absolute(paths.actor(actor.id)),
    json: absolute(paths.actorJson(actor.id))
  }
}

/** The actor's document `/actors/<id>.json`. */
export function actorToJson(archive: Archive & Pick<StoryIndex, 'storyOf'>, actor: ActorEntry, paths: SitePaths, absolute: (path: string) => string): ActorJson {
  const ids = [actor.id, ...actor.formerIds]
  const articles = archive.actorArticles(actor.id)
  return {
    ...actorToSummaryJson(actor, paths, absolute),
    ...(actor.description && {description: actor.description}),
    aliases: actor.aliases,
    formerIds: actor.formerIds,
    months: monthlyCounts(articles),
    coOccurring: coOccurringActors(archive, actor.id).map(({actor: other, count}) => ({id: other.id, name: other.name, count})),
    timeline: articles.map((article) => {
      const mention = article.actors.find((candidate) => ids.includes(candidate.id))
      const sentence = mention && article.sentences[mention.id]
      const story = archive.storyOf(article)
      return {
        ...articleToJson(article, paths, absolute),
        ...(story && {story: story.id}),
        mentions: article.actors.filter((candidate) => ids.includes(candidate.id)).reduce((sum, item) => sum + item.mentions, 0),
        ...(sentence && {sentence}),
        quotes: article.quotes.filter((quote) => ids.includes(quote.actor)).map(({verb, text}) => ({verb, text}))
      }
    })
  }
}
