import type {ArticleActor} from '../../shared/schemas/actor.ts'
import type {ArchiveArticle} from '../archive/archive-article.ts'
import type {ActorEntry} from '../archive/build-archive.ts'
import {ACTOR_TYPES} from '../format/actor-types.ts'

/** A schema.org Thing for an actor: Person, Organization or Place. */
export interface ActorThing {
  '@type': 'Person' | 'Organization' | 'Place'
  name: string
  url?: string
  sameAs?: string
}

/** The Wikidata page of an item id: `Q19878` → `https://www.wikidata.org/wiki/Q19878`. */
export function wikidataUrl(id: string): string {
  return `https://www.wikidata.org/wiki/${id}`
}

/** An actor as schema.org sees it; `entry` (the actor's page) adds the page and Wikidata links. */
export function actorToThing(actor: ArticleActor, entry: ActorEntry | undefined, pageUrl?: string): ActorThing {
  const thing: ActorThing = {'@type': ACTOR_TYPES[actor.type].schemaType, name: entry?.name ?? actor.name}
  if (pageUrl) thing.url = pageUrl
  if (entry?.wikidata) thing.sameAs = wikidataUrl(entry.wikidata)
  return thing
}

export interface NewsArticleOptions {
  /** The article's page, absolute. */
  url: string
  /** Each actor's page entry (for Wikidata) and absolute address, if it has one. */
  actorPage: (id: string) => {entry: ActorEntry; url: string} | undefined
  /** Name of this archive, the site the copy is part of. */
  siteName: string
  siteUrl: string
}

/**
 * JSON-LD `NewsArticle` for an article page.
 *
 * `about`: the actors the article is about, taken to be those mentioned at
 * least twice, at most three, most mentioned first; `mentions`: every other
 * actor. The outlet is the `publisher`; the original is `isBasedOn`.
 */
export function articleToJsonLd(article: ArchiveArticle, options: NewsArticleOptions): Record<string, unknown> {
  const things = article.actors.map((actor) => {
    const page = options.actorPage(actor.id)
    return {actor, thing: actorToThing(actor, page?.entry, page?.url)}
  })
  const about = things.filter(({actor}) => actor.mentions >= 2).slice(0, 3)
  const mentions = things.filter((item) => !about.includes(item))
  const outlet = article.outlet ? {'@type': 'Organization', name: article.outlet} : undefined
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    inLanguage: 'ar',
    url: options.url,
    mainEntityOfPage: options.url,
    ...(article.date && {datePublished: article.date}),
    ...(article.lead && {description: article.lead}),
    ...(outlet && {publisher: outlet}),
    ...(article.author ? {author: {'@type': 'Person', name: article.author}} : outlet && {author: outlet}),
    ...(article.url && {isBasedOn: article.url}),
    isPartOf: {'@type': 'WebSite', name: options.siteName, url: options.siteUrl},
    ...(about.length > 0 && {about: about.map(({thing}) => thing)}),
    ...(mentions.length > 0 && {mentions: mentions.map(({thing}) => thing)})
  }
}
