import type {AnalyzerName} from './analyzers.ts'

/**
 * What the index build and the search module agree on about the files in
 * `<dist>/pagefind/`.
 */

/** The file next to Pagefind's own that says how the index was built. */
export const MANIFEST_FILE = 'arshif-search.json'

/** Contents of `MANIFEST_FILE`. */
export interface SearchManifest {
  /** The analyzer that made the index terms; queries must use the same. */
  analyzer: AnalyzerName
  /**
   * The values each filter can take, with their number of articles, most
   * first (actors: the `MAX_ACTOR_CHOICES` most frequent). The search page
   * offers these without loading Pagefind's filter index, which costs more
   * than a query (50 KB for outlet and year of 12,235 articles).
   */
  choices: Record<string, Array<[value: string, articles: number]>>
}

/** Actors the search page offers in its actor filter. */
export const MAX_ACTOR_CHOICES = 200

/**
 * Id of the element that carries a page's original text, word for word
 * the text its index tokens stand for, in its `data-pagefind-title`.
 * Pagefind keeps an anchor's title in the page's fragment without
 * indexing its words (a meta field's words would be indexed, in their
 * unanalyzed form, growing the index by a fifth), so results can show the
 * original text.
 */
export const TEXT_ANCHOR_ID = 'arshif-text'

/** Meta field telling an actor's page (`actor`) from an article (absent). */
export const KIND_META = 'kind'

/** Meta of an article in a story: the story's id, so results of one story can be shown as one. */
export const STORY_META = 'story'

/** The filters articles carry (`data-pagefind-filter`). */
export const FILTERS = {
  actor: 'actor',
  actorType: 'actor_type',
  outlet: 'outlet',
  year: 'year'
} as const

/** The sort key of articles (`data-pagefind-sort`): their date. */
export const DATE_SORT = 'date'
