/**
 * The part of Pagefind's browser API (`pagefind/pagefind.js`, 1.6) that
 * arshif uses. Pagefind ships that file untyped; these types follow its
 * source.
 */

/** `pagefind.js` as a module. */
export interface PagefindModule {
  createInstance(options: PagefindInstanceOptions): PagefindInstance
}

export interface PagefindInstanceOptions {
  /** Address of the folder holding `pagefind.js` and the index. */
  basePath: string
  /** Prefix of result URLs. */
  baseUrl?: string
  /** Words of an excerpt. Default: 30. */
  excerptLength?: number
  ranking?: PagefindRanking
  /** Search on the page's thread rather than in a web worker (Pagefind's `noWorker`). */
  noWorker?: boolean
}

/** Pagefind's ranking weights (see its `RankingWeights`). */
export interface PagefindRanking {
  /** How much more a word of the query's length counts than a longer word it starts. Default: 1. */
  termSimilarity?: number
  /** How much short pages are favoured. Default: 0.75. */
  pageLength?: number
  /** How quickly repeats of a term stop adding. Default: 1.4. */
  termSaturation?: number
  /** Term frequency (1) against raw counts (0). Default: 1. */
  termFrequency?: number
  /** Boost of a word whose diacritics agree with the query as typed: it counts 1 + this as much. Default: 0.8. */
  diacriticSimilarity?: number
  /** Boost of matches in meta fields, by field. Default: title 5, others 1. */
  metaWeights?: Record<string, number>
}

export interface PagefindInstance {
  init(): Promise<void>
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse | null>
  filters(): Promise<FilterCounts>
  destroy(): Promise<void>
}

export interface PagefindSearchOptions {
  filters?: Record<string, string[]>
  sort?: Record<string, 'asc' | 'desc'>
}

/** Filter name → value → number of pages. */
export type FilterCounts = Record<string, Record<string, number>>

export interface PagefindResponse {
  results: PagefindResult[]
  unfilteredResultCount: number
  /** Counts among these results. */
  filters: FilterCounts
  /** Counts among the results before filtering. */
  totalFilters: FilterCounts
}

export interface PagefindResult {
  /** The page's fragment hash. */
  id: string
  score: number
  /** Positions of the matched words. */
  words: number[]
  data(): Promise<PagefindFragment>
}

export interface PagefindFragment {
  url: string
  content: string
  /** Pagefind's excerpt of `content`, HTML with `<mark>`. */
  excerpt: string
  meta: Record<string, string | undefined>
  filters: Record<string, string[]>
  word_count: number
  weighted_locations: WeightedLocation[]
  /** Elements of the body with an `id`; `title` from their `data-pagefind-title`. */
  anchors: Array<{element: string; id: string; text: string; title?: string; location: number}>
}

export interface WeightedLocation {
  weight: number
  balanced_score: number
  location: number
}
