import {stripArticle} from '../../src/shared/arabic/light-stem.ts'
import {normalizeArabic} from '../../src/shared/arabic/normalize.ts'
import {tokenize} from '../../src/shared/arabic/tokenize.ts'
import {hashString} from '../actors/tagger/hash.ts'

/** A page of the archive, as the index sees it. */
export interface EvalDocument {
  url: string
  text: string
}

/** A query whose target page has only a variant of the query's word. */
export interface VariantQuery {
  /** The kind of variant (`article removed`, `+وال`, `ta marbuta`, …). */
  variant: string
  query: string
  /** The word as the target page writes it. */
  form: string
  /** URL of the page that must be found. */
  target: string
}

export interface VariantOptions {
  /** Queries per variant class, at most. Default: 120. */
  perClass?: number
  /**
   * Words whose family (the word with any proclitic or letter variant) is
   * in more pages than this are skipped: with a common word the target
   * cannot be expected in the first ten. Default: 25.
   */
  maxPages?: number
  /**
   * Picks which candidates of a class become its queries: another seed
   * draws another sample (to check a change on queries it was not tuned
   * on). Default: 1.
   */
  seed?: number
}

const ARABIC_WORD = /^[\u0621-\u063A\u0641-\u064A]+$/
const ARTICLE_PREFIXES = ['وال', 'فال', 'بال', 'كال', 'لل'] as const
const ONE_LETTER_PREFIXES = ['و', 'ب', 'ل', 'ف', 'ك'] as const
const ALL_PREFIXES = ['وال', 'فال', 'بال', 'كال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل', 'ك']
/** Letters that join the next letter, where a kashida can stretch a word. */
const JOINING = /[بتثجحخسشصضطظعغفقكلمنهيئ]/
const VOWELS = ['\u064E', '\u0650', '\u064F', '\u0652']

/**
 * Build variant queries from the archive itself: for each class, words a
 * page writes in one form while the query uses another, and the page does
 * not contain the query's form. A query is kept only when its word's
 * family is in at most `maxPages` pages. Deterministic: the same pages
 * give the same queries.
 *
 * The "same word" test for a proclitic (`و` + `زير` or the word `وزير`?)
 * needs a lexicon: here the stripped word must be in at least as many
 * pages on its own as with the proclitic, and also occur with another
 * proclitic or the article.
 */
export function variantQueries(documents: EvalDocument[], options: VariantOptions = {}): VariantQuery[] {
  const perClass = options.perClass ?? 120
  const maxPages = options.maxPages ?? 25
  const seed = options.seed ?? 1
  const pages = documents.map((document) => {
    const words = tokenize(document.text).filter((token) => token.kind === 'word')
    return {url: document.url, words: words.map((token) => token.text), set: new Set(words.map((token) => token.text))}
  })
  /** Surface word → number of pages. */
  const pageCount = new Map<string, number>()
  /** Family key → pages. */
  const familyPages = new Map<string, Set<number>>()
  for (const [index, page] of pages.entries()) {
    for (const word of page.set) {
      pageCount.set(word, (pageCount.get(word) ?? 0) + 1)
      let family = familyPages.get(familyKey(word))
      if (!family) familyPages.set(familyKey(word), (family = new Set()))
      family.add(index)
    }
  }
  const attested = (word: string) => (pageCount.get(word) ?? 0) > 0
  const rare = (word: string) => (familyPages.get(familyKey(word))?.size ?? Infinity) <= maxPages

  const candidates = new Map<string, VariantQuery[]>()
  const add = (variant: string, query: string, form: string, page: (typeof pages)[number]) => {
    if (page.set.has(query) || query === form) return
    let list = candidates.get(variant)
    if (!list) candidates.set(variant, (list = []))
    list.push({variant, query, form, target: page.url})
  }

  for (const page of pages) {
    const seen = new Set<string>()
    for (const [position, form] of page.words.entries()) {
      if (seen.has(form) || !ARABIC_WORD.test(form) || !rare(form)) continue
      seen.add(form)
      // Definite article removed from the query: the page says القوات, the query قوات.
      if (form.startsWith('ال') && form.length >= 5 && attested(form.slice(2))) add('article removed', form.slice(2), form, page)
      // Definite article added: the page says قوات, the query القوات.
      if (!hasPrefix(form) && form.length >= 3 && attested(`ال${form}`)) add('article added', `ال${form}`, form, page)
      for (const prefix of ARTICLE_PREFIXES) {
        const stem = form.slice(prefix.length)
        if (form.startsWith(prefix) && stem.length >= 3 && attested(`ال${stem}`)) add(`+${prefix}`, `ال${stem}`, form, page)
      }
      // ل before a word that begins with ل after its article drops the article's alef and lam: the
      // page says للجنة (ل + اللجنة), the query اللجنة.
      if (form.startsWith('لل') && form.length >= 5 && attested(`ال${form.slice(1)}`)) add('+لل before ل', `ال${form.slice(1)}`, form, page)
      for (const prefix of ONE_LETTER_PREFIXES) {
        // A proclitic only where the stem is at least as common on its own and also takes another
        // proclitic or the article: `وجيش` (جيش، الجيش), `فقال` (قال، وقال); not `وزير`, `بشير`,
        // nor the name `كلارا` (لارا).
        const stem = form.slice(1)
        const common = (pageCount.get(stem) ?? 0) >= (pageCount.get(form) ?? 0)
        const productive = ['ال', ...ONE_LETTER_PREFIXES].some((other) => other !== prefix && attested(other + stem))
        if (form.startsWith(prefix) && !form.startsWith('لل') && !stem.startsWith('ال') && stem.length >= 3 && common && productive) {
          add(`+${prefix}`, stem, form, page)
        }
      }
      if (form.endsWith('ة') && form.length >= 3) add('ta marbuta', `${form.slice(0, -1)}ه`, form, page)
      if (form.endsWith('ى') && form.length >= 3) add('alef maqsura', `${form.slice(0, -1)}ي`, form, page)
      if (/[أإآ]/.test(form)) add('hamza on alef', form.replace(/[أإآ]/g, 'ا'), form, page)
      const reseated = reseatHamza(form)
      if (reseated !== form) add('hamza seat', reseated, form, page)
      if (form.length >= 3) add('diacritics', vowel(form), form, page)
      const stretched = kashida(form)
      if (stretched !== form) add('kashida', stretched, form, page)
      // Punctuation glued: two words of the page typed with an Arabic comma between them.
      const previous = page.words[position - 1]
      if (previous && ARABIC_WORD.test(previous) && previous.length >= 3) add('punctuation glued', `${previous}،${form}`, form, page)
    }
  }

  const queries: VariantQuery[] = []
  for (const variant of [...candidates.keys()].sort()) {
    const seenQueries = new Set<string>()
    // Ordered by hash: stable from run to run, yet unbiased by the articles' order.
    const picked = candidates
      .get(variant)!
      .map((query) => ({query, key: hashString(`${seed}\u0000${variant}\u0000${query.query}\u0000${query.target}`)}))
      .sort((a, b) => a.key - b.key || (a.query.target < b.query.target ? -1 : 1))
    for (const {query} of picked) {
      if (seenQueries.has(query.query)) continue
      seenQueries.add(query.query)
      queries.push(query)
      if (seenQueries.size >= perClass) break
    }
  }
  return queries
}

function hasPrefix(word: string): boolean {
  return ALL_PREFIXES.some((prefix) => word.startsWith(prefix))
}

/**
 * The word without letter variants, article or any leading letter that
 * could be a proclitic: every form of a word shares it (and some unrelated
 * words too, which only makes the rarity test stricter).
 */
function familyKey(word: string): string {
  let key = stripArticle(normalizeArabic(word))
  while (/^[وفبلك]/.test(key) && key.length > 3) key = stripArticle(key.slice(1))
  return key
}

/**
 * How a reader may seat a hamza that the word seats on waw or ya, or
 * writes alone: ؤ → ئ (مسؤول → مسئول), else ئ → ء (شاطئ → شاطء), else
 * ء → ئ (شيء → شيئ). Unchanged without such a hamza.
 */
function reseatHamza(word: string): string {
  if (word.includes('ؤ')) return word.replace(/ؤ/g, 'ئ')
  if (word.includes('ئ')) return word.replace(/ئ/g, 'ء')
  return word.replace(/ء/g, 'ئ')
}

/** The word fully voweled: a short vowel (or sukun) after every letter but the last. */
function vowel(word: string): string {
  const letters = [...word]
  return letters.map((letter, i) => (i < letters.length - 1 ? letter + VOWELS[(i + word.length) % VOWELS.length] : letter)).join('')
}

/** The word with a kashida after its first letter that joins the next, or unchanged. */
function kashida(word: string): string {
  const letters = [...word]
  for (let i = 0; i < letters.length - 1; i++) {
    if (JOINING.test(letters[i])) return [...letters.slice(0, i + 1), 'ـــ', ...letters.slice(i + 1)].join('')
  }
  return word
}
