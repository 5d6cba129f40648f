import {queryToTerms, wordTokens} from './analyze.ts'
import {isAnalyzerName, type AnalyzerName} from './analyzers.ts'
import {DATE_SORT, KIND_META, MANIFEST_FILE, STORY_META, TEXT_ANCHOR_ID, type SearchManifest} from './bundle.ts'
import {buildExcerpt} from './excerpt.ts'
import type {
  FilterCounts,
  PagefindFragment,
  PagefindInstance,
  PagefindModule,
  PagefindRanking,
  PagefindResult
} from './pagefind-api.ts'

/**
 * The one search of arshif: the /search/ page runs it in the browser, the
 * `npm run search` command and the tests run it in Node against a built
 * `dist/`. It turns a query into index terms with the analyzer the index
 * was built with, asks Pagefind, and shows each result on its original
 * text.
 */

/** How results are ordered. */
export type SearchSort = 'relevance' | 'newest' | 'oldest'

export interface SearchOptions {
  /** Filter name → accepted values (a page must match one value of every filter). Default: none. */
  filters?: Record<string, string[]>
  /** Default: `relevance`. */
  sort?: SearchSort
  /** Results to load, from `offset`. Default: 10. */
  limit?: number
  /** Results to skip. Default: 0. */
  offset?: number
}

/** One page found. */
export interface SearchResult {
  /** `article`, or `actor` for an actor's timeline page. */
  kind: 'article' | 'actor'
  /** The page's address, with the site's base path. */
  url: string
  title: string
  /** ISO 8601 date, for a dated article. */
  date?: string
  outlet?: string
  /** HTML: original text around the matches, matched words in `<mark>`. */
  excerpt: string
  /** The matched words as the page writes them: what to highlight on the page. */
  words: string[]
  /** For an actor: its type (`person`, `organization`, `place`). */
  actorType?: string
  /** For an actor: how many articles name it. */
  articles?: number
  /** For an article in a story: the story's id. */
  story?: string
}

export interface SearchResponse {
  /** The query as Pagefind searched it (index terms). */
  terms: string
  /** How many pages match. */
  total: number
  /** Pages `offset` to `offset + limit`, best first. */
  results: SearchResult[]
  /** Filter value counts among the matches. */
  filters: FilterCounts
  /** Filter value counts among the matches before filtering (what each filter could be set to). */
  totalFilters: FilterCounts
  /** Pagefind's ids of all matching pages, best first (evaluations compare them with the index files). */
  ids: string[]
}

export interface Search {
  search(query: string, options?: SearchOptions): Promise<SearchResponse>
  /**
   * The values each filter can take, with their number of articles, most
   * first (from the index's manifest: no download). Empty for a stock index.
   */
  choices: SearchManifest['choices']
  /** Every filter value with its number of pages, from Pagefind's filter index (downloads all of it). */
  filters(): Promise<FilterCounts>
  close(): Promise<void>
}

export interface OpenSearchOptions {
  /** `pagefind.js`, imported by the caller (the browser and Node load it differently); still loading is fine. */
  pagefind: PagefindModule | Promise<PagefindModule>
  /** Address of the index folder: `/pagefind/`, `/archive/pagefind/`, `http://127.0.0.1:8080/pagefind/`. */
  bundleUrl: string
  /** The site's base path, put before result URLs: `/` or `/archive/`. */
  baseUrl: string
  /** Search on the calling thread (Node has no web workers anyway). Default: `false`. */
  noWorker?: boolean
  /** Pagefind ranking weights to use instead of arshif's (`RANKING`), to compare them. */
  ranking?: PagefindRanking
}

/**
 * Pagefind's ranking for an arshif index.
 *
 * - `termSimilarity` 10 (Pagefind: 1): a word that is the query's term
 *   counts about 260 times as much as a word one letter longer that it
 *   starts (at 3, 5 times), so it outranks that word even repeated in a
 *   headline (weighed seven times a body word) or an actor's name. The
 *   analyzer already makes the forms of one word a single term; what is
 *   left to prefix matching is mostly other words (`حمي` → `حميد`, `اسراء`
 *   → `اسرائيل`). Measured with `npm run eval:search` (README, "Search"):
 *   the target of a variant query is in the first ten for 97.4% at 3,
 *   99.5% at 6, 99.8% at 10.
 * - `diacriticSimilarity` 3 (Pagefind: 0.8): a word spelled as the query
 *   spells it counts four times one spelled otherwise (the index keeps
 *   each folded letter's variant as a vowel sign: `spelling-marks.ts`), so
 *   the spelling typed outweighs most differences of page length and
 *   repeats, yet never a match of the query's length over a longer one.
 *   The variant queries rank the same at 0.8 and 3.
 * - The title is stored as meta to be shown; Pagefind would also rank on
 *   its unanalyzed words, so it weighs nothing (its analyzed words are the
 *   body's heading, which Pagefind weighs seven times a body word).
 */
export const RANKING: PagefindRanking = {termSimilarity: 10, diacriticSimilarity: 3, metaWeights: {title: 0}}

/**
 * Open the index at `bundleUrl`. An index built by arshif carries a
 * manifest naming its analyzer; without one (a stock Pagefind index, kept
 * for comparison) queries go to Pagefind as typed.
 */
export async function openSearch(options: OpenSearchOptions): Promise<Search> {
  const bundleUrl = options.bundleUrl.endsWith('/') ? options.bundleUrl : `${options.bundleUrl}/`
  // Both at once: on a slow link each is a round trip.
  const [manifest, pagefind] = await Promise.all([readManifest(bundleUrl), options.pagefind])
  const analyzer = manifest?.analyzer
  const instance = pagefind.createInstance({
    basePath: bundleUrl,
    baseUrl: options.baseUrl,
    noWorker: options.noWorker,
    ...(analyzer || options.ranking ? {ranking: {...(analyzer ? RANKING : {}), ...options.ranking}} : {})
  })
  await instance.init()
  return {
    search: (query, searchOptions) => runSearch(instance, analyzer, query, searchOptions),
    choices: manifest?.choices ?? {},
    filters: () => instance.filters(),
    close: () => instance.destroy()
  }
}

async function readManifest(bundleUrl: string): Promise<SearchManifest | undefined> {
  const response = await fetch(`${bundleUrl}${MANIFEST_FILE}`)
  if (response.status === 404) return undefined
  if (!response.ok) throw new Error(`Could not read ${bundleUrl}${MANIFEST_FILE}: HTTP ${response.status}`)
  const manifest = (await response.json()) as SearchManifest
  if (!isAnalyzerName(manifest.analyzer)) throw new Error(`Unknown analyzer \`${manifest.analyzer}\` in ${MANIFEST_FILE}`)
  return manifest
}

async function runSearch(
  instance: PagefindInstance,
  analyzer: AnalyzerName | undefined,
  query: string,
  options: SearchOptions = {}
): Promise<SearchResponse> {
  const terms = analyzer ? queryToTerms(query, analyzer) : query.trim()
  if (!terms) return {terms, total: 0, results: [], filters: {}, totalFilters: {}, ids: []}
  const sort = options.sort === 'newest' ? {[DATE_SORT]: 'desc' as const} : options.sort === 'oldest' ? {[DATE_SORT]: 'asc' as const} : undefined
  const response = await instance.search(terms, {filters: options.filters ?? {}, ...(sort ? {sort} : {})})
  if (!response) return {terms, total: 0, results: [], filters: {}, totalFilters: {}, ids: []}
  const offset = options.offset ?? 0
  const page = response.results.slice(offset, offset + (options.limit ?? 10))
  const results = await Promise.all(page.map((result) => toResult(result, analyzer !== undefined)))
  return {
    terms,
    total: response.results.length,
    results,
    filters: response.filters,
    totalFilters: response.totalFilters,
    ids: response.results.map((result) => result.id)
  }
}

async function toResult(result: PagefindResult, analyzed: boolean): Promise<SearchResult> {
  const fragment: PagefindFragment = await result.data()
  const {meta} = fragment
  const text = fragment.anchors.find((anchor) => anchor.id === TEXT_ANCHOR_ID)?.title
  const excerpt = analyzed
    ? buildExcerpt(text ?? meta.title ?? '', fragment.weighted_locations, {skip: headlineWords(text, meta.title)})
    : {html: fragment.excerpt, words: markedWords(fragment.excerpt)}
  const actor = meta[KIND_META] === 'actor'
  return {
    kind: actor ? 'actor' : 'article',
    url: fragment.url,
    title: meta.title ?? fragment.url,
    ...(meta.date ? {date: meta.date} : {}),
    ...(meta.outlet ? {outlet: meta.outlet} : {}),
    excerpt: excerpt.html,
    words: excerpt.words,
    ...(actor ? {actorType: meta.actorType, articles: Number(meta.articles)} : {}),
    ...(meta[STORY_META] ? {story: meta[STORY_META]} : {})
  }
}

/** How many words the page's text opens with that are its headline (shown above the excerpt already). */
function headlineWords(text: string | undefined, title: string | undefined): number {
  return text && title && text.startsWith(title) ? wordTokens(title).length : 0
}

/** The `<mark>`ed words of a Pagefind excerpt (stock index). */
function markedWords(excerpt: string): string[] {
  return [...new Set([...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((match) => match[1]))]
}

/** Pagefind's highlight parameter: pages that load `pagefind-highlight.js` mark these words. */
export const HIGHLIGHT_PARAM = 'pagefind-highlight'

/** `url` with the words to highlight on the opened page. */
export function withHighlights(url: string, words: string[]): string {
  if (words.length === 0) return url
  const params = new URLSearchParams()
  for (const word of words.slice(0, 10)) params.append(HIGHLIGHT_PARAM, word)
  return `${url}?${params}`
}
