/**
 * Arabic light stemming as Lucene's ArabicStemFilter does it (Larkey's
 * light10): strip one article-bearing prefix or a conjunction `و`, then a
 * few suffixes; no lexicon, no roots.
 *
 * @see https://lucene.apache.org/core/9_0_0/analysis/common/org/apache/lucene/analysis/ar/ArabicStemmer.html
 */

/**
 * The definite article with what may stand before it, longest first:
 * conjunction + preposition + article, conjunction or preposition +
 * article, `لل` (ل + ال with the alef dropped: `للجيش` = ل + الجيش) and
 * the article alone. `لال` is ل before a word that itself begins with
 * hamza-alef + ل (`لألمانيا`), which normalizes like an article.
 */
const ARTICLE_PREFIXES = [
  'وبال', 'وكال', 'فبال', 'فكال', 'ولال', 'فلال', 'ولل', 'فلل',
  'وال', 'فال', 'بال', 'كال', 'لال', 'لل', 'ال'
]

/**
 * Shortest stem an article prefix may leave, by default: two letters after
 * `ال` and `لل` (Lucene's rule), three after the longer prefixes, so
 * `والده` (his father) is not read as و + ال + `ده`.
 */
function defaultMinStem(prefix: string): number {
  return prefix.length <= 2 ? 2 : 3
}

/**
 * Words that look like article + stem but are one word, with the form all
 * their spellings share: `الله` is not ال + `له` ("to him", in nearly every
 * article), and `لله` is ل + الله.
 */
const WHOLE_WORDS: Record<string, string> = {'الله': 'الله', 'لله': 'الله', 'اللهم': 'اللهم'}

/** Whether `word` is one of the words that look like article + stem but are one word (`الله`). */
export function isWholeWord(word: string): boolean {
  return WHOLE_WORDS[word] === word
}

/** Suffixes in the order Lucene tries them; each that still fits is removed (`ساهدهات` → `ساهد`). */
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ية', 'ه', 'ة', 'ي']

/**
 * Strip the definite article and what is joined before it (`ال`, `وال`,
 * `بال`, `كال`, `فال`, `لل`, `وبال`, …) from the front of `word`. Unlike a
 * one-letter conjunction or preposition, the article is safe to strip
 * without a lexicon: few words begin with `ال` that are not article + word.
 *
 * Stripping repeats until no article is left, so a word and the same word
 * with the article always agree, even when the word itself begins like
 * one: `بالغين` and `البالغين` both give `غين`. `minStem` sets the
 * letters the stem must keep (default: two after `ال` and `لل`, as Lucene,
 * three after longer prefixes).
 */
export function stripArticle(word: string, minStem?: number): string {
  let stem = word
  for (let stripped = stripArticleOnce(stem, minStem); stripped !== stem; stripped = stripArticleOnce(stem, minStem)) {
    stem = stripped
  }
  return stem
}

/**
 * `stripArticle` once. `minStem`: letters the stem must keep (default:
 * two after `ال` and `لل`, three after longer prefixes).
 */
function stripArticleOnce(word: string, minStem?: number): string {
  const whole = WHOLE_WORDS[word]
  if (whole !== undefined) return whole
  for (const prefix of ARTICLE_PREFIXES) {
    if (!word.startsWith(prefix)) continue
    const rest = word.slice(prefix.length)
    const wholeRest = WHOLE_WORDS[`ال${rest}`]
    if (wholeRest !== undefined) return wholeRest
    if (rest.length >= (minStem ?? defaultMinStem(prefix))) return rest
  }
  return word
}

/**
 * Lucene's light stem of one word: an article prefix (`stripArticle`) or
 * else a conjunction `و` before three letters, then the suffixes
 * `ها ان ات ون ين يه ية ه ة ي`, each in turn while two letters remain.
 * Expects a word without diacritics or kashida (Lucene's analyzer
 * normalizes first: `normalizeArabic`).
 */
export function lightStem(word: string): string {
  let stem = stripArticleOnce(word)
  if (stem === word && stem.startsWith('و') && stem.length >= 4) stem = stem.slice(1)
  if (WHOLE_WORDS[stem] !== undefined) return stem
  for (const suffix of SUFFIXES) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= 2) stem = stem.slice(0, -suffix.length)
  }
  return stem
}
