import type {ArticleActor, Quote} from '../../shared/schemas/actor.ts'
import type {Article} from '../../shared/schemas/article.ts'
import {ACTOR_SENTENCES_KEY} from '../markdown/remark-collect-actor-sentences.ts'
import {LEAD_KEY} from '../markdown/remark-collect-lead.ts'

/**
 * What the archive pages need to know of one article: its frontmatter
 * without the cleaning report, plus the sentences the Markdown plugins
 * collected. Small, so the whole archive's index fits in memory at
 * 100,000 articles.
 */
export interface ArchiveArticle {
  id: string
  title: string
  /** ISO 8601 as the source gave it; absent for undated articles. */
  date?: string
  /** The source's local calendar day, `YYYY-MM-DD`. */
  day?: string
  /** `YYYY-MM`, the article's month in the date archive. */
  month?: string
  /** Milliseconds since the epoch, for ordering; `NaN` when undated. */
  time: number
  outlet?: string
  url?: string
  source?: string
  author?: string
  actors: ArticleActor[]
  quotes: Quote[]
  /** Per actor id, the first sentence of the body mentioning it. */
  sentences: Record<string, string>
  /** The first paragraph, shortened (empty when the body has none). */
  lead: string
}

/** The shape of an `articles` collection entry this module reads. */
export interface ArticleEntryLike {
  id: string
  data: Article
  /** Astro keeps what remark plugins add to the frontmatter in `metadata.frontmatter`. */
  rendered?: {metadata?: {[key: string]: unknown}}
}

/** A collection entry to the archive's record of it. */
export function entryToArchiveArticle(entry: ArticleEntryLike): ArchiveArticle {
  const {data} = entry
  const collected = (entry.rendered?.metadata?.frontmatter ?? {}) as Record<string, unknown>
  const day = data.date?.slice(0, 10)
  return {
    id: entry.id,
    title: data.title,
    date: data.date,
    day,
    month: day?.slice(0, 7),
    time: data.date === undefined ? Number.NaN : dateToTime(data.date),
    outlet: data.outlet,
    url: data.url,
    source: data.source,
    author: data.author,
    actors: data.actors,
    quotes: data.quotes,
    sentences: (collected[ACTOR_SENTENCES_KEY] as Record<string, string> | undefined) ?? {},
    lead: (collected[LEAD_KEY] as string | undefined) ?? ''
  }
}

/**
 * An ISO 8601 date to epoch milliseconds. A date without an offset counts
 * as UTC, so the order never depends on the build machine's time zone.
 */
export function dateToTime(date: string): number {
  if (date.length === 10) return Date.parse(`${date}T00:00:00Z`)
  return Date.parse(/(?:Z|[+-]\d{2}:?\d{2})$/i.test(date) ? date : `${date}Z`)
}
