import type {ActorType, RegistryActor} from '../../shared/schemas/actor.ts'
import type {ArchiveArticle} from './archive-article.ts'
import {outletToSlug} from './outlet-slug.ts'

/** An actor with a page on the site. */
export interface ActorEntry {
  id: string
  /** Canonical Arabic name: the registry's, else the one the articles give. */
  name: string
  nameEn?: string
  type: ActorType
  description?: string
  aliases: string[]
  wikidata?: string
  /** Ids this actor had before a merge; their pages redirect here. */
  formerIds: string[]
  /** Whether the curated registry lists the actor. */
  registered: boolean
  /** Articles that mention the actor. */
  articleCount: number
  /** Mentions over all those articles. */
  mentionCount: number
  /** First and last day the actor appears, `YYYY-MM-DD` (absent when every article is undated). */
  first?: string
  last?: string
}

/** One month of the date archive. */
export interface MonthEntry {
  /** `YYYY-MM` */
  key: string
  year: string
  month: string
  /** Newest first. */
  articles: ArchiveArticle[]
}

/** One outlet and its articles. */
export interface OutletEntry {
  slug: string
  name: string
  /** Newest first. */
  articles: ArchiveArticle[]
}

export interface ArchiveOptions {
  /**
   * The corpus-level rule for which actors get a page: every actor the
   * registry lists, from its first article; an actor only the tagger found
   * (an `ar-…` id) once this many articles name it. Default: `1`.
   */
  minArticles?: number
}

/**
 * Every index the pages need, built once per build from all articles:
 * pages then look things up instead of scanning the archive (no page does
 * work proportional to articles × actors).
 */
export interface Archive {
  /** Newest first; undated articles last, by id. */
  articles: ArchiveArticle[]
  article(id: string): ArchiveArticle | undefined
  /** Position in `articles`. */
  rank(article: ArchiveArticle): number
  /** The next newer and older dated articles, for previous/next links. */
  newer(article: ArchiveArticle): ArchiveArticle | undefined
  older(article: ArchiveArticle): ArchiveArticle | undefined
  /** Actors with a page, most covered first (ties by Arabic name). */
  actors: ActorEntry[]
  /** The actor with a page an id names (a former id names the actor it was merged into). */
  actor(id: string): ActorEntry | undefined
  /** An actor's articles, newest first (empty for an actor without a page). */
  actorArticles(id: string): ArchiveArticle[]
  /** Former actor ids, to the id of the page they redirect to. */
  redirects: Map<string, string>
  /** Months with articles, newest first. */
  months: MonthEntry[]
  /** Outlets, most articles first. */
  outlets: OutletEntry[]
  outletOf(article: ArchiveArticle): OutletEntry | undefined
}

const collator = new Intl.Collator('ar')

/** Newest first; undated last, by id, so the order never depends on input order. */
function compareArticles(a: ArchiveArticle, b: ArchiveArticle): number {
  const aDated = !Number.isNaN(a.time)
  const bDated = !Number.isNaN(b.time)
  if (aDated !== bDated) return aDated ? -1 : 1
  if (aDated && a.time !== b.time) return b.time - a.time
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** Build the archive's indexes from every article and the actor registry. */
export function buildArchive(
  input: readonly ArchiveArticle[],
  registry: readonly RegistryActor[] = [],
  options: ArchiveOptions = {}
): Archive {
  const minArticles = options.minArticles ?? 1
  const articles = [...input].sort(compareArticles)
  const ranks = new Map(articles.map((article, index) => [article.id, index]))
  const byId = new Map(articles.map((article) => [article.id, article]))
  const datedCount = articles.findIndex((article) => Number.isNaN(article.time))
  const lastDated = datedCount === -1 ? articles.length : datedCount

  // Registry ids, and where a former id now lives.
  const registered = new Map(registry.map((actor) => [actor.id, actor]))
  const redirects = new Map<string, string>()
  for (const actor of registry) for (const former of actor.formerIds) redirects.set(former, actor.id)

  // Every tagged actor's articles (newest first, as `articles` is).
  const tagged = new Map<string, {entry: ActorEntry; articles: ArchiveArticle[]; names: Map<string, number>; types: Map<ActorType, number>}>()
  for (const article of articles) {
    for (const mention of article.actors) {
      // An article tagged with a merged actor's old id counts for the new one.
      const id = redirects.get(mention.id) ?? mention.id
      let record = tagged.get(id)
      if (!record) {
        const known = registered.get(id)
        record = {
          entry: {
            id,
            name: known?.name ?? mention.name,
            nameEn: known?.nameEn,
            type: known?.type ?? mention.type,
            description: known?.description,
            aliases: known?.aliases ?? [],
            wikidata: known?.wikidata,
            formerIds: known?.formerIds ?? [],
            registered: known !== undefined,
            articleCount: 0,
            mentionCount: 0
          },
          articles: [],
          names: new Map(),
          types: new Map()
        }
        tagged.set(id, record)
      }
      record.names.set(mention.name, (record.names.get(mention.name) ?? 0) + 1)
      record.types.set(mention.type, (record.types.get(mention.type) ?? 0) + 1)
      if (record.articles.at(-1) !== article) {
        record.articles.push(article)
        record.entry.articleCount++
      }
      record.entry.mentionCount += mention.mentions
      if (article.day) {
        const {entry} = record
        if (entry.last === undefined || article.day > entry.last) entry.last = article.day
        if (entry.first === undefined || article.day < entry.first) entry.first = article.day
      }
    }
  }

  const withPage = [...tagged.values()].filter(
    ({entry}) => entry.registered || entry.articleCount >= minArticles
  )
  // An actor outside the registry is known only by its articles: the name
  // and type most of them give it.
  for (const {entry, names, types} of withPage) {
    if (entry.registered) continue
    entry.name = mostFrequent(names)
    entry.type = mostFrequent(types)
  }
  const actorArticles = new Map(withPage.map(({entry, articles: list}) => [entry.id, list]))
  const actorEntries = new Map(withPage.map(({entry}) => [entry.id, entry]))
  const actors = withPage
    .map(({entry}) => entry)
    .sort((a, b) => b.articleCount - a.articleCount || collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1))
  // Redirect only to pages that exist, and never shadow a live page.
  for (const [former, id] of redirects) {
    if (!actorEntries.has(id) || actorEntries.has(former)) redirects.delete(former)
  }

  const months = groupBy(articles.slice(0, lastDated), (article) => article.month!)
    .sort(([a], [b]) => (a < b ? 1 : -1))
    .map(([key, list]) => ({key, year: key.slice(0, 4), month: key.slice(5, 7), articles: list}))

  const outletBySlug = new Map<string, OutletEntry>()
  for (const article of articles) {
    if (article.outlet === undefined) continue
    const slug = outletToSlug(article.outlet)
    let outlet = outletBySlug.get(slug)
    if (!outlet) {
      outlet = {slug, name: article.outlet, articles: []}
      outletBySlug.set(slug, outlet)
    }
    outlet.articles.push(article)
  }
  const outlets = [...outletBySlug.values()].sort(
    (a, b) => b.articles.length - a.articles.length || collator.compare(a.name, b.name)
  )

  const rank = (article: ArchiveArticle) => ranks.get(article.id) ?? -1
  return {
    articles,
    article: (id) => byId.get(id),
    rank,
    newer(article) {
      const index = rank(article)
      return index > 0 && index < lastDated ? articles[index - 1] : undefined
    },
    older(article) {
      const index = rank(article)
      return index >= 0 && index + 1 < lastDated ? articles[index + 1] : undefined
    },
    actors,
    actor: (id) => actorEntries.get(id) ?? actorEntries.get(redirects.get(id) ?? ''),
    actorArticles: (id) => actorArticles.get(id) ?? [],
    redirects,
    months,
    outlets,
    outletOf: (article) => (article.outlet === undefined ? undefined : outletBySlug.get(outletToSlug(article.outlet)))
  }
}

/**
 * The key counted most often; among equals, the first in Arabic collation
 * order, so the result never depends on the order of the articles (the
 * search index names actors by the same rule).
 */
function mostFrequent<K extends string>(counts: Map<K, number>): K {
  return [...counts].sort(([a, countA], [b, countB]) => countB - countA || collator.compare(a, b))[0][0]
}

/** Items by key, each group in input order. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const value = key(item)
    const group = groups.get(value)
    if (group) group.push(item)
    else groups.set(value, [item])
  }
  return [...groups]
}
