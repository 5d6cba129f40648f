import {INVISIBLE_FORMAT_CHARACTERS} from '../../../src/shared/arabic/characters.ts'
import {nisbaBases} from '../../../src/shared/arabic/nisba.ts'
import {normalizeArabic} from '../../../src/shared/arabic/normalize.ts'
import {procliticAnalyses} from '../../../src/shared/arabic/proclitics.ts'
import {GAZETTEER_TYPES, type Gazetteer, type GazetteerName} from './gazetteer.ts'
import {hashRange, hashString, mix} from './hash.ts'
import {triggerLexicon, type TriggerClass} from './lexicon.ts'
import {wordClassesFromData, wordClassKey, type WordClasses, type WordClassesData} from './word-classes.ts'

/**
 * Features of a token, as 32-bit keys. Most depend on one word only (its
 * letters, readings, gazetteer entries) and on where that word stands
 * relative to the token being tagged: the word itself (offset 0), or a
 * neighbour at offset -2, -1, +1, +2. They are computed once per distinct
 * word (`analyzeWord`), for all five offsets, and the tagger caches their
 * summed weights; only the few features that join two words or follow a
 * multi-word gazetteer match are computed per sentence (`sentenceKeys`).
 */

/** Offsets of the words around a token that its features look at. */
export const OFFSETS = [-2, -1, 0, 1, 2] as const
/** Index of offset 0 in `OFFSETS`. */
export const SELF = 2

/**
 * What each word-level feature looks at (its value is hashed), and the
 * offsets (as `OFFSETS` indices) at which it is a feature. Letters and
 * clitics say most about the word itself; the word, its stems and its cues
 * also say something about its neighbours. The word classes of
 * `word-classes.ts` count at -1, 0 and +1, the classes of its stems and
 * its usage buckets at 0 only: on dev, more offsets scored lower (the
 * perceptron spreads its weight over too many overlapping features).
 */
const ATTRIBUTES = {
  bias: [SELF],
  word: [0, 1, 2, 3, 4],
  prefix1: [SELF],
  prefix2: [SELF],
  prefix3: [SELF],
  prefix4: [SELF],
  suffix1: [SELF],
  suffix2: [1, SELF, 3],
  suffix3: [SELF],
  suffix4: [SELF],
  stem: [1, SELF, 3],
  clitic: [SELF],
  shape: [1, SELF, 3],
  length: [SELF],
  gazetteer: [1, SELF, 3],
  trigger: [0, 1, 2, 3, 4],
  nisba: [1, SELF, 3],
  stemSuffix2: [SELF],
  trigram: [SELF],
  fourgram: [SELF],
  class: [1, SELF, 3],
  stemClass: [SELF],
  usage: [SELF]
} as const satisfies Record<string, readonly number[]>
/** What a word-level feature looks at: `word`, `stem`, `suffix2`, `gazetteer`, `trigger`, ... */
export type Attribute = keyof typeof ATTRIBUTES

/** Template number of each attribute: its place in `ATTRIBUTES`. */
const ATTRIBUTE_NUMBER = Object.fromEntries(Object.keys(ATTRIBUTES).map((name, index) => [name, index])) as Record<
  Attribute,
  number
>

/** Templates of the per-sentence features; after all word-level templates. */
const PREVIOUS_AND_WORD = 1000
const WORD_AND_NEXT = 1001
const GAZETTEER_NAME_BEGIN = 1002
const GAZETTEER_NAME_INSIDE = 1003

const template = (attribute: Attribute, offset: number) => ATTRIBUTE_NUMBER[attribute] * 8 + offset + 1

/** `[offset, template, offset, template, ...]` of each attribute, computed once. */
const TEMPLATES = {} as Record<Attribute, Int32Array>
for (const attribute of Object.keys(ATTRIBUTES) as Attribute[]) {
  TEMPLATES[attribute] = Int32Array.from(ATTRIBUTES[attribute].flatMap((offset) => [offset, template(attribute, offset)]))
}
const PREFIX_TEMPLATES = [TEMPLATES.prefix1, TEMPLATES.prefix2, TEMPLATES.prefix3, TEMPLATES.prefix4]
const SUFFIX_TEMPLATES = [TEMPLATES.suffix1, TEMPLATES.suffix2, TEMPLATES.suffix3, TEMPLATES.suffix4]

/**
 * The key of one word-level feature: `attribute` with `value` (a string,
 * hashed, or a number used as is) seen from `offset` (`-2` .. `2`). For
 * tests and inspection; `analyzeWord` computes the same keys.
 */
export function wordFeatureKey(attribute: Attribute, offset: (typeof OFFSETS)[number], value: string | number): number {
  return mix(template(attribute, offset + SELF), typeof value === 'string' ? hashString(value) : value)
}

/** What the feature extraction needs besides the word. */
export interface FeatureContext {
  gazetteer: Gazetteer
  /** Trigger classes by normalized word, from `triggerLexicon()`. */
  triggers: ReadonlyMap<string, readonly TriggerClass[]>
  /** Word classes learned from unlabeled text; without them, no class features. */
  wordClasses?: WordClasses
}

/**
 * The context a model's features are computed with, in training and in
 * tagging alike: one place, so the two cannot drift apart.
 */
export function featureContext(gazetteer: Gazetteer, wordClasses?: WordClassesData): FeatureContext {
  return {gazetteer, triggers: triggerLexicon(), wordClasses: wordClasses && wordClassesFromData(wordClasses)}
}

/** What the sentence-level features need to know of a word. */
export interface WordIdentity {
  /** The word in `normalizeArabic` form. */
  normalized: string
  /** Hash of `normalized`: the word's identity in two-word features. */
  id: number
  /** Multi-word gazetteer names that may start at this word (after its clitics), longest first; empty for most words. */
  names: readonly GazetteerName[]
  /**
   * Hashes of the word's readings of three letters or more (whole, and
   * without each possible clitic), by which the document-level features
   * find its other mentions: `وطرابلس` and `بطرابلس` share `طرابلس`.
   */
  readings: readonly number[]
}

/** A word's features, and what the sentence-level features need of it. */
export interface WordAnalysis extends WordIdentity {
  /** Feature keys by offset (`OFFSETS` index): the word's features as seen from the token that far away. */
  keys: readonly (readonly number[])[]
}

/** The shape class of one UTF-16 code unit (see `wordShape`); a surrogate is `p`, as its whole character is. */
function shapeClass(code: number): string {
  if ((code >= 0x0621 && code <= 0x064a) || (code >= 0x0671 && code <= 0x06d3)) return 'a'
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return 'l'
  if ((code >= 0x30 && code <= 0x39) || (code >= 0x0660 && code <= 0x0669) || (code >= 0x06f0 && code <= 0x06f9)) return 'd'
  return 'p'
}

/**
 * The word's shape: its characters as classes (`a` Arabic letter, `l`
 * Latin, `d` digit, `p` anything else), runs collapsed: `2018` → `d`,
 * `F16` → `ld`, `بـ34.3` → `adpd` (kashida counts as a letter).
 */
export function wordShape(word: string): string {
  let shape = ''
  let last = ''
  for (let index = 0; index < word.length; index++) {
    const kind = shapeClass(word.charCodeAt(index))
    if (kind !== last) shape += last = kind
  }
  return shape
}

/**
 * Whether `word` (in `normalizeArabic` form) is a nisba adjective of a listed place:
 * `الليبي` (ليبيا), `المصرية` (مصر), `العراقيين` (العراق). Checks the stem
 * as is, with `ا` or `يا` added, and with the article.
 */
export function isPlaceNisba(word: string, gazetteer: Gazetteer): boolean {
  const place = 1 << GAZETTEER_TYPES.indexOf('LOC')
  return nisbaBases(word).some((base) => (gazetteer.wordTypes(base) & place) !== 0)
}

/**
 * All features of one word, for every offset. Deterministic: the same
 * word and context give the same keys in the same order.
 */
export function analyzeWord(word: string, context: FeatureContext): WordAnalysis {
  const normalized = normalizeArabic(word)
  const keys: number[][] = [[], [], [], [], []]
  const addTo = (templates: Int32Array, value: number) => {
    for (let index = 0; index < templates.length; index += 2) keys[templates[index]].push(mix(templates[index + 1], value))
  }
  const add = (attribute: Attribute, value: number) => addTo(TEMPLATES[attribute], value)
  const addString = (attribute: Attribute, value: string) => addTo(TEMPLATES[attribute], hashString(value))

  add('bias', 0)
  const id = hashString(normalized)
  add('word', id)
  const readings = procliticAnalyses(normalized)
  for (let index = 1; index < readings.length; index++) addString('stem', readings[index].stem)
  const length = normalized.length
  // Hashed in place (`hashRange`), not sliced: these are most of a word's features.
  for (let size = 1; size <= 4 && size < length; size++) {
    addTo(PREFIX_TEMPLATES[size - 1], hashRange(normalized, 0, size))
    addTo(SUFFIX_TEMPLATES[size - 1], hashRange(normalized, length - size, length))
  }
  add('length', Math.min(length, 10))
  for (let index = 0; index + 3 <= length; index++) addTo(TEMPLATES.trigram, hashRange(normalized, index, index + 3))
  for (let index = 0; index + 4 <= length; index++) addTo(TEMPLATES.fourgram, hashRange(normalized, index, index + 4))
  addString('shape', wordShape(word.replace(INVISIBLE_FORMAT_CHARACTERS, '')))

  let gazetteerBits = 0
  const triggerClasses = new Set<TriggerClass>()
  let names: GazetteerName[] = []
  for (let index = 0; index < readings.length; index++) {
    const {prefix, stem} = readings[index]
    if (index > 0) {
      addString('clitic', prefix)
      if (stem.length > 2) addString('stemSuffix2', stem.slice(-2))
    }
    const bits = context.gazetteer.wordTypes(stem)
    for (let bit = 0; bit < GAZETTEER_TYPES.length; bit++) {
      // Whole word and clitic-stripped matches are apart: a stripped match is weaker evidence.
      if (bits & (1 << bit)) gazetteerBits |= 1 << (bit * 2 + (index > 0 ? 1 : 0))
    }
    for (const triggerClass of context.triggers.get(stem) ?? []) triggerClasses.add(triggerClass)
    const starting = context.gazetteer.namesStartingWith(stem)
    if (starting) names = names.concat(starting)
  }
  for (let bit = 0; bit < 2 * GAZETTEER_TYPES.length; bit++) if (gazetteerBits & (1 << bit)) add('gazetteer', bit)
  const classes = context.wordClasses
  if (classes) {
    const row = classes.row(wordClassKey(normalized))
    for (let column = 0; column < classes.columns.length; column++) {
      // A word too rare for the table is a class of its own: names often are.
      const value = column * 0x10000 + (row < 0 ? 0xffff : classes.value(row, column))
      add(classes.columns[column].startsWith('class') ? 'class' : 'usage', value)
    }
    for (let index = 1; index < readings.length; index++) {
      const stemRow = classes.row(wordClassKey(readings[index].stem))
      if (stemRow < 0) continue
      for (let column = 0; column < classes.columns.length; column++) add('stemClass', column * 0x10000 + classes.value(stemRow, column))
    }
  }
  for (const triggerClass of [...triggerClasses].sort()) addString('trigger', triggerClass)
  if (readings.some(({stem}) => isPlaceNisba(stem, context.gazetteer))) add('nisba', 1)
  if (names.length > 1) names.sort((a, b) => b.words.length - a.words.length || (a.words.join(' ') < b.words.join(' ') ? -1 : 1))

  const readingHashes: number[] = []
  for (const {stem} of readings) {
    const hash = hashString(stem)
    if (stem.length >= 3 && !readingHashes.includes(hash)) readingHashes.push(hash)
  }
  return {normalized, id, keys, names, readings: readingHashes}
}

/** The analysis standing for the words before a sentence's first token. */
export function sentenceStart(context: FeatureContext): WordAnalysis {
  return analyzeWord('<s>', context)
}

/** The analysis standing for the words after a sentence's last token. */
export function sentenceEnd(context: FeatureContext): WordAnalysis {
  return analyzeWord('</s>', context)
}

/**
 * The features of each token that depend on more than one word: the word
 * with its previous and with its next word, and whether the token begins
 * or continues a multi-word gazetteer name (of which types). Calls
 * `emit(token, key)` for each, in token order.
 */
export function sentenceKeys(
  words: readonly WordIdentity[],
  start: WordIdentity,
  end: WordIdentity,
  emit: (token: number, key: number) => void
): void {
  const count = words.length
  for (let index = 0; index < count; index++) {
    const previous = index > 0 ? words[index - 1] : start
    const next = index + 1 < count ? words[index + 1] : end
    const id = words[index].id
    emit(index, mix(mix(PREVIOUS_AND_WORD, previous.id), id))
    emit(index, mix(mix(WORD_AND_NEXT, id), next.id))
  }
  for (let index = 0; index < count; index++) {
    const candidates = words[index].names
    if (candidates.length === 0) continue
    const match = candidates.find((name) => matchesAt(words, index, name))
    if (!match) continue
    for (let bit = 0; bit < GAZETTEER_TYPES.length; bit++) {
      if (!(match.types & (1 << bit))) continue
      emit(index, mix(GAZETTEER_NAME_BEGIN, bit))
      for (let inside = 1; inside < match.words.length; inside++) {
        emit(index + inside, mix(GAZETTEER_NAME_INSIDE, bit))
      }
    }
    index += match.words.length - 1
  }
}

function matchesAt(words: readonly WordIdentity[], index: number, name: GazetteerName): boolean {
  if (index + name.words.length > words.length) return false
  for (let offset = 1; offset < name.words.length; offset++) {
    if (words[index + offset].normalized !== name.words[offset]) return false
  }
  return true
}

/**
 * Every feature key of every token of a sentence, in a fixed order: the
 * word-level keys of the words at each offset (sentence start and end
 * standing in beyond the edges), then the sentence-level keys. The
 * training reads features this way; the tagger sums the same weights
 * through its cache, and a test holds the two equal.
 */
export function tokenKeys(words: readonly WordAnalysis[], start: WordAnalysis, end: WordAnalysis): number[][] {
  const count = words.length
  const keys: number[][] = []
  for (let index = 0; index < count; index++) {
    const list: number[] = []
    for (let offset = 0; offset < OFFSETS.length; offset++) {
      const position = index + OFFSETS[offset]
      const word = position < 0 ? start : position >= count ? end : words[position]
      for (const key of word.keys[offset]) list.push(key)
    }
    keys.push(list)
  }
  sentenceKeys(words, start, end, (token, key) => keys[token].push(key))
  return keys
}
