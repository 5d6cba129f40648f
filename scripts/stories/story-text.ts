import {lightStem} from '../../src/shared/arabic/light-stem.ts'
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
 * Numbers for the content terms of words: light stems (`lightStem`) of
 * three letters or more, so `الانتخابات` and `انتخابات` are one term,
 * except the words of every article (`COMMON_STEMS`). Each word is
 * stemmed once: news repeats its words.
 */
export class ContentTerms {
  readonly #byWord = new Map<string, number>()
  readonly #byStem = new Map<string, number>()

  /** The term numbers of the content words among `words`, in order. */
  numbers(words: readonly string[]): number[] {
    const numbers: number[] = []
    for (const word of words) {
      // A stem is never longer than its word.
      if (word.length < MIN_STEM) continue
      let number = this.#byWord.get(word)
      if (number === undefined) {
        const stem = lightStem(word)
        if (stem.length < MIN_STEM || /^\d+$/.test(stem) || COMMON_STEMS.has(stem)) number = -1
        else {
          number = this.#byStem.get(stem)
          if (number === undefined) this.#byStem.set(stem, (number = this.#byStem.size))
        }
        this.#byWord.set(word, number)
      }
      if (number >= 0) numbers.push(number)
    }
    return numbers
  }
}
