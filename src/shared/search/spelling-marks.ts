/**
 * Spelling marks: how the index remembers which variant a folded letter
 * was written with, so that a query spelled like the page ranks it above
 * pages with another spelling, while every spelling still matches.
 *
 * Reasoning: the terms fold letter variants (`مسؤول` and `مسئول` are both
 * `مسءول`), so Pagefind cannot tell them apart. Pagefind does keep, for
 * each word, the forms it had before it stripped combining marks, and
 * multiplies a word's score by 1 + `diacriticSimilarity` (0.8) where that
 * form agrees with the query as typed (equal, or one starts the other).
 * So each folded letter carries an Arabic vowel sign naming its variant
 * (`مسءَول` for `مسؤول`, `مسءِول` for `مسئول`): Pagefind matches on the
 * letters alone and ranks on the signs. A bare letter needs no sign inside
 * a word, but does at its end (sukun), or a query ending in a variant would
 * count the bare word before it as the same spelling (`مدرسهَ` starts with
 * `مدرسه`).
 */

const FATHA = '\u064E'
const DAMMA = '\u064F'
const KASRA = '\u0650'
const SUKUN = '\u0652'

/**
 * The sign after a letter written as one of its variants. A sign is read
 * with the folded letter before it, so one sign serves several letters.
 * Only these four signs: they are letters to Pagefind (Unicode
 * `Alphabetic`) and combine with no Arabic letter into another (as hamza
 * above does with alef).
 */
const VARIANT_SIGNS: Readonly<Record<string, string>> = {
  'أ': FATHA,
  'إ': KASRA,
  'آ': DAMMA,
  'ة': FATHA,
  'ى': FATHA,
  'ؤ': FATHA,
  'ئ': KASRA
}

/** The letters variants fold to (`normalizeArabic`): written bare at the end of a word, they get `SUKUN`. */
const FOLD_TARGETS = new Set(['ا', 'ه', 'ي', 'ء'])

export interface SpellingOptions {
  /**
   * Mark a query word: a `ه` at its end is read as `ة`. Readers type `ه`
   * for `ة` far more often than they search a word with the pronoun `ه`
   * (`كتابه`, "his book"), so such a query ranks `كتابة` above `كتابه`
   * and the many words the pronoun joins. Default: `false`.
   */
  query?: boolean
}

/**
 * `stem` (the end of a folded word) with the spelling sign of each of its
 * letters that was written as a variant, read from `written`, the word's
 * letters before folding (`writtenLetters`), whose end is the stem. Where
 * `written` does not end the same way once folded (`لله` read as `الله`),
 * every letter counts as bare.
 */
export function markSpelling(stem: string, written: string, fold: (text: string) => string, options: SpellingOptions = {}): string {
  const tail = written.slice(written.length - stem.length)
  const letters = tail.length === stem.length && fold(tail) === stem ? tail : stem
  let marked = ''
  for (let index = 0; index < stem.length; index++) {
    const letter = stem[index]
    const writtenAs = letters[index]
    const last = index === stem.length - 1
    let sign = VARIANT_SIGNS[writtenAs]
    if (sign === undefined && last && FOLD_TARGETS.has(letter)) {
      sign = options.query && letter === 'ه' ? VARIANT_SIGNS['ة'] : SUKUN
    }
    marked += sign === undefined ? letter : letter + sign
  }
  return marked
}
