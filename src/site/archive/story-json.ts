import type {SitePaths} from '../paths.ts'
import {articleToJson, type ArticleJson} from './article-json.ts'
import type {ArchiveArticle} from './archive-article.ts'
import type {ActorEntry} from './build-archive.ts'
import type {StoryEntry} from './story-index.ts'
import {storyByOutlet} from './story-outlets.ts'

/** A story in `/stories.json`. */
export interface StorySummaryJson {
  id: string
  title: string
  /** First and last day, `YYYY-MM-DD`. */
  first?: string
  last?: string
  articleCount: number
  outlets: string[]
  /** Absolute address of the story's page. */
  url: string
  /** Absolute address of the story's JSON document. */
  json: string
}

/** `/stories/<id>.json`: the story, its articles, and what each outlet carried. */
export interface StoryJson extends StorySummaryJson {
  /** `copyOf`: the earlier article this one is a near-identical copy of. */
  articles: (ArticleJson & {copyOf?: string})[]
  byOutlet: {outlet: string; articles: string[]; actors: {id: string; name: string; type: string; articles: number}[]}[]
  quoted: {actor: {id: string; name: string}; quotes: {outlet: string; article: string; verb: string; text: string}[]}[]
}

export function storyToSummaryJson(story: StoryEntry, paths: SitePaths, absolute: (path: string) => string): StorySummaryJson {
  return {
    id: story.id,
    title: story.title,
    ...(story.first && {first: story.first}),
    ...(story.last && {last: story.last}),
    articleCount: story.articles.length,
    outlets: story.outlets,
    url: absolute(paths.story(story.id)),
    json: absolute(paths.storyJson(story.id))
  }
}

/**
 * The story's document. `copyOf` names the earlier article an article is
 * a near-identical copy of.
 */
export function storyToJson(
  story: StoryEntry,
  archive: {actor(id: string): ActorEntry | undefined; copyOf(article: ArchiveArticle): ArchiveArticle | undefined},
  paths: SitePaths,
  absolute: (path: string) => string
): StoryJson {
  const {outlets, quoted} = storyByOutlet(story, archive.actor)
  return {
    ...storyToSummaryJson(story, paths, absolute),
    articles: story.articles.map((article) => {
      const copyOf = archive.copyOf(article)
      return {...articleToJson(article, paths, absolute), ...(copyOf && {copyOf: copyOf.id})}
    }),
    byOutlet: outlets.map((coverage) => ({
      outlet: coverage.outlet,
      articles: coverage.articles.map((article) => article.id),
      actors: coverage.actors.map(({id, name, type, articles}) => ({id, name, type, articles}))
    })),
    quoted: quoted.map((row) => ({
      actor: {id: row.actor.id, name: row.actor.name},
      quotes: row.quotes.flatMap((quote, column) =>
        quote ? [{outlet: story.outlets[column], article: quote.article.id, verb: quote.verb, text: quote.text}] : []
      )
    }))
  }
}
