import {lightStem} from '../../src/shared/arabic/light-stem.ts'
import {hashString} from '../actors/tagger/hash.ts'
import {normalizeArabic} from '../../src/shared/arabic/normalize.ts'
import {COMMON_STEMS} from './common-stems.ts'

/** Shortest stem that counts as a content word: shorter ones are mostly particles and pronouns. */
const MIN_STEM = 3

/** Runs of letters, marks and digits: the words the grouping compares (punctuation is no evidence). */
const WORD = /[\p{L}\p{M}\p{N}]+/gu

/**
 * The words of a text in their matching form (`normalizeArabic`): what
 * copies share, spelling variants folded.
 */
export function matchingWords(text: string): string[] {
  return normalizeArabic(text).match(WORD) ?? []
}

/**
 * The content terms of words as numbers: 32-bit hashes of their light
 * stems (`lightStem`) of three letters or more, so `الانتخابات` and
 * `انتخابات` are one term, except the stems of every article
 * (`COMMON_STEMS`). A hash is the same in every thread, so threads can
 * profile articles apart (two stems sharing a hash are rare noise). Each
 * word is stemmed once: news repeats its words.
 */
export class ContentTerms {
  /** `null`: not a content word. */
  readonly #byWord = new Map<string, number | null>()

  /** The terms of the content words among `words`, in order. */
  numbers(words: readonly string[]): number[] {
    const numbers: number[] = []
    for (const word of words) {
      // A stem is never longer than its word.
      if (word.length < MIN_STEM) continue
      let number = this.#byWord.get(word)
      if (number === undefined) {
        const stem = lightStem(word)
        number = stem.length < MIN_STEM || /^\d+$/.test(stem) || COMMON_STEMS.has(stem) ? null : hashString(stem) | 0
        this.#byWord.set(word, number)
      }
      if (number !== null) numbers.push(number)
    }
    return numbers
  }
}
