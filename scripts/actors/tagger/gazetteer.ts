import {normalizeArabic} from '../../../src/shared/arabic/normalize.ts'
import {tokenize} from '../../../src/shared/arabic/tokenize.ts'

/**
 * What a gazetteer can say a word or name is. `GIVEN` marks given names
 * (`خليفة`, `مايك`), which start a person's name but are often words too;
 * `TITLE` marks titles that stand before a name (`اللواء المتقاعد`).
 */
export const GAZETTEER_TYPES = ['PERS', 'LOC', 'ORG', 'MISC', 'GIVEN', 'TITLE'] as const
export type GazetteerType = (typeof GAZETTEER_TYPES)[number]

/** The bit of a type in a gazetteer type set. */
export function gazetteerBit(type: GazetteerType): number {
  return 1 << GAZETTEER_TYPES.indexOf(type)
}

/** A name of two or more words, normalized, and the types it is listed under. */
export interface GazetteerName {
  words: readonly string[]
  /** Bit set of `GAZETTEER_TYPES`. */
  types: number
}

/**
 * Names the tagger knows before it reads a sentence: one-word names and
 * name parts by normalized word, and multi-word names by their first word.
 * Words are in `normalizeArabic` form, without clitics.
 */
export interface Gazetteer {
  /** Bit set of the types `word` (normalized) is listed under; 0 when it is not listed. */
  wordTypes(word: string): number
  /** The multi-word names whose first word is `word` (normalized), longest first. */
  namesStartingWith(word: string): readonly GazetteerName[] | undefined
}

/** A gazetteer as data, for the model file: sorted, so one gazetteer always writes the same bytes. */
export interface GazetteerData {
  /** `[word, types]` for one-word entries, sorted by word. */
  words: [string, number][]
  /** `[words joined by spaces, types]` for multi-word names, sorted. */
  names: [string, number][]
}


/** The normalized words of a name: `اللواء خليفة حفتر` → `['اللواء', 'خليفه', 'حفتر']`. */
export function nameToWords(name: string): string[] {
  return tokenize(name)
    .filter((token) => token.kind !== 'punctuation')
    .map((token) => normalizeArabic(token.text))
}

/** Collects names, then builds a `Gazetteer` or its data. */
export class GazetteerBuilder {
  #words = new Map<string, number>()
  #names = new Map<string, number>()

  #addWord(word: string, bits: number) {
    this.#words.set(word, (this.#words.get(word) ?? 0) | bits)
  }

  /**
   * Lists a name under a type: a one-word name as a word, a longer one as
   * a name. The words of a longer name are not listed alone. Reasoning: a
   * person's last or first word is often a common word (`الثاني` in
   * `عبدالله الثاني`, `إن` in `مون جاي إن`, `الملك` in `الملك سلمان`), and
   * listing those as names cost 0.4 (first pass) to 1.1 (both passes) F1 points on dev; the registry lists
   * the short forms the text uses (`حفتر`, `ترامب`) as aliases.
   */
  addName(name: string, type: GazetteerType): this {
    const words = nameToWords(name)
    const bit = gazetteerBit(type)
    if (words.length === 1) this.#addWord(words[0], bit)
    if (words.length > 1) {
      const key = words.join(' ')
      this.#names.set(key, (this.#names.get(key) ?? 0) | bit)
    }
    return this
  }

  /** Adds every entry of `data` (a gazetteer read back from a model, say). */
  addData(data: GazetteerData): this {
    for (const [word, bits] of data.words) this.#addWord(word, bits)
    for (const [name, bits] of data.names) this.#names.set(name, (this.#names.get(name) ?? 0) | bits)
    return this
  }

  /** The collected entries as sorted data. */
  toData(): GazetteerData {
    const byKey = (a: [string, number], b: [string, number]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)
    return {words: [...this.#words].sort(byKey), names: [...this.#names].sort(byKey)}
  }

  build(): Gazetteer {
    return gazetteerFromData(this.toData())
  }
}

/** A `Gazetteer` over data from `GazetteerBuilder.toData` or a model file. */
export function gazetteerFromData(data: GazetteerData): Gazetteer {
  const words = new Map(data.words)
  const names = new Map<string, GazetteerName[]>()
  for (const [joined, types] of data.names) {
    const nameWords = joined.split(' ')
    const list = names.get(nameWords[0]) ?? []
    list.push({words: nameWords, types})
    names.set(nameWords[0], list)
  }
  for (const list of names.values()) list.sort((a, b) => b.words.length - a.words.length)
  return {
    wordTypes: (word) => words.get(word) ?? 0,
    namesStartingWith: (word) => names.get(word)
  }
}
