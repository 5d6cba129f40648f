import {normalizeArabic} from '../../../src/shared/arabic/normalize.ts'
import {procliticAnalyses} from '../../../src/shared/arabic/proclitics.ts'
import {countBigrams, exchangeClusters} from './exchange-clustering.ts'
import {triggerLexicon, type TriggerClass} from './lexicon.ts'
import {wordClassKey, type WordClassesData} from './word-classes.ts'

/** Options of `buildWordClasses`. */
export interface BuildWordClassesOptions {
  /** Words seen fewer times are left out of the table (they share one class while clustering). */
  minCount: number
  /** Class counts: one clustering, and one column `class<count>`, each. */
  granularities: readonly number[]
  /** Most passes of the exchange algorithm per clustering. */
  iterations: number
  /** Receives progress lines. Default: none. */
  log?: (line: string) => void
}

/**
 * Usage statistics, each a column of the table: how a word behaves in
 * running text, where names differ from common words. Each is a share of
 * the word's occurrences, bucketed by `shareBucket`.
 */
const STATISTICS = ['article', 'proclitic', 'afterTitle', 'afterSpeech'] as const

/** A share 0..1 as a small bucket: 0 for none, then up to 5 for nearly all. */
export function shareBucket(share: number): number {
  return share <= 0 ? 0 : share <= 0.05 ? 1 : share <= 0.2 ? 2 : share <= 0.5 ? 3 : share <= 0.8 ? 4 : 5
}

/** A count as a small bucket: `floor(log2(count))`, at most 20. */
export function countBucket(count: number): number {
  return Math.min(20, Math.floor(Math.log2(Math.max(1, count))))
}

/**
 * Builds the word-class table from unlabeled text: the words seen at least
 * `minCount` times (as `wordClassKey` of their `normalizeArabic` form),
 * each with its class in every clustering (`class<count>` columns), its
 * frequency bucket (`frequency`) and its usage statistics (`article`: how
 * often it is seen with the article ال attached; `proclitic`: with a
 * conjunction or preposition attached; `afterTitle`: right after a
 * person's title such as `الرئيس`; `afterSpeech`: right after a reporting
 * verb such as `قال`). Deterministic: the same text gives the same table.
 *
 * @param paragraphs the text, one array of tokens (as `tokenize` splits them) per paragraph
 */
export function buildWordClasses(paragraphs: Iterable<readonly string[]>, options: BuildWordClassesOptions): WordClassesData {
  const log = options.log ?? (() => {})
  // Read the text once into word ids of all distinct keys; rare ones are folded after counting.
  const keyIds = new Map<string, number>()
  const keys: string[] = []
  const text: number[] = []
  const BOUNDARY = -1
  for (const paragraph of paragraphs) {
    for (const token of paragraph) {
      const key = wordClassKey(normalizeArabic(token))
      let id = keyIds.get(key)
      if (id === undefined) {
        id = keys.length
        keyIds.set(key, id)
        keys.push(key)
      }
      text.push(id)
    }
    text.push(BOUNDARY)
  }
  const counts = new Float64Array(keys.length)
  for (const id of text) if (id !== BOUNDARY) counts[id]++
  log(`word classes: ${text.length} tokens, ${keys.length} distinct words`)

  // Vocabulary ids in descending frequency (ties by key), as the exchange algorithm starts from.
  const kept = keys
    .map((key, id) => id)
    .filter((id) => counts[id] >= options.minCount && keys[id] !== '')
    .sort((a, b) => counts[b] - counts[a] || (keys[a] < keys[b] ? -1 : 1))
  const rank = new Int32Array(keys.length).fill(-1)
  kept.forEach((id, index) => (rank[id] = index))
  const rare = kept.length
  const boundary = kept.length + 1
  const ranked = Int32Array.from(text, (id) => (id === BOUNDARY ? boundary : rank[id] < 0 ? rare : rank[id]))
  const bigrams = countBigrams(ranked, kept.length + 2)
  log(`word classes: ${kept.length} words seen at least ${options.minCount} times, ${bigrams.next.length} distinct bigrams`)

  const columns: string[] = []
  const values: Uint16Array[] = []
  for (const classes of options.granularities) {
    const classOf = exchangeClusters(bigrams, {classes, iterations: options.iterations, log})
    columns.push(`class${classes}`)
    values.push(Uint16Array.from(kept, (_, index) => classOf[index]))
  }
  columns.push('frequency')
  values.push(Uint16Array.from(kept, (id) => countBucket(counts[id])))
  const statistics = usageStatistics(keys, counts, text, BOUNDARY)
  for (const statistic of STATISTICS) {
    columns.push(statistic)
    values.push(Uint16Array.from(kept, (id) => shareBucket(statistics[statistic][id])))
  }

  // Rows sorted by word, as the table is stored.
  const order = kept.map((_, index) => index).sort((a, b) => (keys[kept[a]] < keys[kept[b]] ? -1 : 1))
  return {
    columns,
    words: order.map((index) => keys[kept[index]]),
    values: values.map((column) => Uint16Array.from(order, (index) => column[index]))
  }
}

/**
 * For each distinct word, the shares of its occurrences with the article
 * attached, with another proclitic attached (both counted on the forms
 * whose clitic-stripped reading is the word), after a title and after a
 * reporting verb.
 */
function usageStatistics(keys: readonly string[], counts: Float64Array, text: readonly number[], boundary: number) {
  const ids = new Map(keys.map((key, id) => [key, id]))
  const article = new Float64Array(keys.length)
  const proclitic = new Float64Array(keys.length)
  keys.forEach((key, id) => {
    for (const {prefix, stem} of procliticAnalyses(key).slice(1)) {
      const stemId = ids.get(stem)
      if (stemId === undefined) continue
      // The stem is counted bare elsewhere: `الجيش` and `والجيش` both add to `جيش`'s article count.
      const hasArticle = !stem.startsWith('ال') && (prefix.endsWith('ال') || prefix.endsWith('لل'))
      if (hasArticle) article[stemId] += counts[id]
      if (prefix !== 'ال') proclitic[stemId] += counts[id]
    }
  })
  const triggers = triggerLexicon()
  const classesOf = (id: number): readonly TriggerClass[] => {
    const found: TriggerClass[] = []
    for (const {stem} of procliticAnalyses(keys[id])) found.push(...(triggers.get(stem) ?? []))
    return found
  }
  const cues = new Map<number, readonly TriggerClass[]>()
  const afterTitle = new Float64Array(keys.length)
  const afterSpeech = new Float64Array(keys.length)
  for (let index = 1; index < text.length; index++) {
    const previous = text[index - 1]
    const id = text[index]
    if (previous === boundary || id === boundary) continue
    let classes = cues.get(previous)
    if (!classes) cues.set(previous, (classes = classesOf(previous)))
    if (classes.includes('person-title')) afterTitle[id]++
    if (classes.includes('speech-verb')) afterSpeech[id]++
  }
  // Clitic forms are other words: their share is of the bare and the attached forms together.
  return {
    article: article.map((value, id) => value / (value + counts[id])),
    proclitic: proclitic.map((value, id) => value / (value + counts[id])),
    afterTitle: afterTitle.map((value, id) => value / counts[id]),
    afterSpeech: afterSpeech.map((value, id) => value / counts[id])
  }
}
