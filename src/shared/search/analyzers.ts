import {isWholeWord, lightStem, stripArticle} from '../arabic/light-stem.ts'
import {normalizeArabic, writtenLetters} from '../arabic/normalize.ts'
import {markSpelling} from './spelling-marks.ts'

/**
 * How words become index terms. The index and every query must use the
 * same analyzer: the index build records its name next to the index
 * (`bundle.ts`) and the search module reads it.
 *
 * A document word becomes one index token; a query word becomes one term,
 * which Pagefind matches against the start of index terms (so `مسؤول`
 * also finds `مسؤولين`). A token may carry several readings at one word
 * position: Pagefind indexes a word with inner punctuation as the whole
 * and as each part from every `.` onward (`w.b.جيش` gives `wbجيش`,
 * `bجيش` and `جيش`), and skips parts of one byte.
 */
export interface Analyzer {
  /** The term of a word: what Pagefind finds it by, and what the lexicon counts. */
  term(word: string): string
  /** What a query word is searched by: its term, with spelling signs where the index has them (`spelling-marks.ts`). */
  query(word: string): string
  /** The index token of a document word; `lexicon` counts the archive's terms (`term`). */
  index(word: string, lexicon: Lexicon): string
}

/** How often each term (an analyzer's `term` of a word) occurs in the archive. */
export type Lexicon = ReadonlyMap<string, number>

/**
 * Letters that may be a conjunction (و، ف) or preposition (ب، ل، ك)
 * joined to the word, and the one-byte Latin letters that stand for them
 * at the start of a term. `ARTICLE_STAND_IN` stands for an `ال` left on a
 * two-letter stem.
 */
const PROCLITIC_LETTERS: Record<string, string> = {'و': 'w', 'ف': 'f', 'ب': 'b', 'ل': 'l', 'ك': 'k'}
const ARTICLE_STAND_IN = 'a'

/**
 * Letters the article must leave to be stripped. A shorter stem keeps its
 * article (as `ARTICLE_STAND_IN`): stripped, `ألوف` (normalized `الوف`)
 * would search as `وف`, the start of every `وفد` and `وفاة`.
 */
const MIN_ARTICLE_STEM = 3

/** Letters a stem must keep for a word without its conjunction or preposition to be a reading. */
const MIN_STEM = 3

/**
 * A reading without a conjunction or preposition is indexed only if it is
 * itself the term of words in the archive, at least this often relative
 * to the whole word's term: `وجيش` → `جيش` (common), but not `كانت` →
 * `انت` nor `وزير` → `زير` (rare beside the whole word).
 */
const MIN_READING_SHARE = 0.05

/** A word split into its leading clitics (as stand-ins) and stem. */
interface Spelling {
  /** One-byte stand-ins for the clitics left at the start of the word. */
  head: string[]
  /** The rest of the word (from the first letter that is not a clitic). */
  stem: string
  /**
   * Whether the stripped article was written `لل` (`للجنة`): ل + ال + the
   * stem, or ل + ال + a stem that itself begins with ل, written with one
   * lam less (`للجنة` = ل + `اللجنة`).
   */
  lamDropped: boolean
}

/**
 * The spelling of a normalized word: the article and what is joined
 * before it stripped (`والجيش` → `جيش`); then each leading letter that
 * could be a conjunction or preposition written as its stand-in (`وزير`
 * → `w` + `زير`, `كبير` → `k` `b` + `ير`), regardless of what follows, so
 * a word's term starts the term of its longer forms (`كبير`, `كبيرة`).
 */
function spell(word: string): Spelling {
  const head: string[] = []
  let stem = stripArticle(word, MIN_ARTICLE_STEM)
  const lamDropped = word.slice(0, word.length - stem.length).endsWith('لل')
  for (;;) {
    if (isWholeWord(stem)) break
    if (stem.startsWith('ال') && stem.length - 2 >= 2) {
      // An article the stem is too short to lose (`الدم`): a stand-in, so `دم` can be a reading.
      head.push(ARTICLE_STAND_IN)
      stem = stem.slice(2)
      break
    }
    const standIn = PROCLITIC_LETTERS[stem[0] ?? '']
    if (standIn === undefined) break
    head.push(standIn)
    stem = stripArticle(stem.slice(1), MIN_ARTICLE_STEM)
  }
  return {head, stem, lamDropped}
}

/** The term of a word under the `proclitics` analyzer: its spelling as one string (`wزير`, `جيش`, `aدم`). */
export function procliticTerm(word: string): string {
  const {head, stem} = spell(normalizeArabic(word))
  return head.join('') + stem
}

/** A query word under the `proclitics` analyzer: its term with the spelling signs of its stem (`مسءَول`), a final `ه` read as `ة`. */
function procliticQuery(word: string): string {
  const {head, stem} = spell(normalizeArabic(word))
  return head.join('') + markSpelling(stem, writtenLetters(word), normalizeArabic, {query: true})
}

/**
 * The index token of a word under the `proclitics` analyzer: its term,
 * with a `.` after each leading stand-in up to the longest reading the
 * lexicon supports, so Pagefind also indexes the word without them:
 * `وبجيش` → `w.b.جيش` (readings `bجيش`, `جيش`), `وبريطانيا` →
 * `w.bريطانيا` (`bريطانيا`), `وزير` → `wزير` (the archive hardly says `زير`).
 */
function procliticToken(word: string, lexicon: Lexicon, blind: boolean): string {
  const {head, stem, lamDropped} = spell(normalizeArabic(word))
  const term = head.join('') + stem
  const token = readingsToken(head, stem, term, lexicon, blind)
  const withLam = lamDropped ? withDroppedLam(token, term, lexicon, blind) : token
  // Every token ends with the stem: its letters carry the spelling signs.
  return withLam.slice(0, withLam.length - stem.length) + markSpelling(stem, writtenLetters(word), normalizeArabic)
}

/** `term` with a `.` after each leading stand-in up to the longest reading the lexicon supports (`procliticToken`). */
function readingsToken(head: string[], stem: string, term: string, lexicon: Lexicon, blind: boolean): string {
  const whole = lexicon.get(term) ?? 0
  for (let strip = head.length; strip > 0; strip--) {
    const reading = term.slice(strip)
    const afterArticle = head[strip - 1] === ARTICLE_STAND_IN
    if (stem.length + (head.length - strip) < (afterArticle ? 2 : MIN_STEM)) continue
    const count = lexicon.get(reading) ?? 0
    if (blind || (count > 0 && count >= MIN_READING_SHARE * whole)) {
      return `${head.slice(0, strip).join('.')}.${reading}`
    }
  }
  return term
}

/**
 * The token of a word written with `لل`, also read as ل + ال + a stem that
 * begins with ل (`للجنة` = ل + `اللجنة`, one lam dropped in writing): the
 * lam comes back as its stand-in in front (`l.جنه`), so the word is also
 * indexed with the term of `اللجنة` and `لجنة` (`lجنه`), wherever the
 * archive has that term. The token keeps its reading without the lam
 * (`جنه`), which is what a query written `للجنة` searches. Where the stem
 * does not begin with ل (`للمرة` = ل + `المرة`), the extra term is that of
 * the same words without the article (`لمرة`), which may find it too.
 */
function withDroppedLam(token: string, term: string, lexicon: Lexicon, blind: boolean): string {
  const lam = PROCLITIC_LETTERS['ل']
  return blind || lexicon.has(lam + term) ? `${lam}.${token}` : token
}

const same = (analyze: (word: string) => string): Analyzer => ({term: analyze, query: analyze, index: analyze})

/** The analyzers, by name. */
export const ANALYZERS = {
  /** Letter variants, diacritics and kashida folded (`normalizeArabic`); nothing stripped. */
  normalize: same(normalizeArabic),
  /** Normalized, the article and what is joined before it stripped (`stripArticle`). */
  article: same((word) => stripArticle(normalizeArabic(word))),
  /** Lucene's light stemmer after normalizing: one article prefix or `و`, and suffixes. */
  light: same((word) => lightStem(normalizeArabic(word))),
  /** As `proclitics`, but every reading is indexed, lexicon or not. */
  'proclitics-blind': {
    term: procliticTerm,
    query: procliticQuery,
    index: (word, lexicon) => procliticToken(word, lexicon, true)
  },
  /** Normalized, article stripped, conjunctions and prepositions read off where the archive's lexicon supports it. */
  proclitics: {
    term: procliticTerm,
    query: procliticQuery,
    index: (word, lexicon) => procliticToken(word, lexicon, false)
  }
} satisfies Record<string, Analyzer>

/** Name of an analyzer. */
export type AnalyzerName = keyof typeof ANALYZERS

/** The analyzer arshif builds its index with. */
export const DEFAULT_ANALYZER: AnalyzerName = 'proclitics'

/** Whether `name` names an analyzer. */
export function isAnalyzerName(name: string): name is AnalyzerName {
  return Object.hasOwn(ANALYZERS, name)
}
