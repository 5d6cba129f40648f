import type {ArticleActor, Quote} from '../../shared/schemas/actor.ts'
import type {Article} from '../../shared/schemas/article.ts'

/**
 * What the archive pages need to know of one article: its frontmatter
 * without the cleaning report, plus what the Markdown plugins collect
 * (`lead`, `sentences`; filled in when the body is rendered). Small, so
 * the archive's index fits in memory at 100,000 articles.
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
  /** `true` when the ingest derived the title from the lead. */
  titleDerived: boolean
  /** `true` for a title-only article (no text left after cleaning). */
  titleOnly: boolean
  actors: ArticleActor[]
  quotes: Quote[]
  /** Per actor id, the first sentence of the body mentioning it. */
  sentences: Record<string, string>
  /** The first paragraph, shortened (empty when the body has none). */
  lead: string
}

/** An article's frontmatter to the archive's record of it (`lead` and `sentences` empty until rendered). */
export function articleToArchiveArticle(id: string, data: Article): ArchiveArticle {
  const day = data.date?.slice(0, 10)
  return {
    id,
    title: data.title,
    date: data.date,
    day,
    month: day?.slice(0, 7),
    time: data.date === undefined ? Number.NaN : dateToTime(data.date),
    outlet: data.outlet,
    url: data.url,
    source: data.source,
    author: data.author,
    titleDerived: data.titleDerived,
    titleOnly: data.kind === 'title-only',
    // A place named only in the dateline is where the copy was filed, not what the article is about.
    actors: data.actors.filter((actor) => !actor.dateline),
    quotes: data.quotes,
    sentences: {},
    lead: ''
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
