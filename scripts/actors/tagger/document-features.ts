import type {WordIdentity} from './features.ts'
import {mix} from './hash.ts'
import {ENTITY_TYPES} from './tags.ts'

/** Templates of the document-level features; apart from the word and sentence ones. */
const OTHER_MENTION_TYPE = 2000
const MAJORITY_TYPE = 2001

const TYPES = ENTITY_TYPES.length

/** The entity type (0..3) a tag number marks, or -1 for `O`. */
const typeOfTag = (tag: number) => (tag === 0 ? -1 : (tag - 1) >> 1)

/**
 * Features that carry what the first pass found elsewhere in the same
 * document (an article): for each token, the entity types that its other
 * mentions (same reading, clitics aside) were tagged with, and the most
 * frequent of them. A name often appears once with a title or a cue
 * (`الرئيس جورج بوش`) and then bare (`بوش`); this lets the cue reach the
 * bare mentions (Krishnan and Manning 2006's two-stage idea).
 *
 * @param words the document's sentences, as word identities
 * @param firstPass the first pass's tag numbers, one array per sentence
 * @returns feature keys per sentence per token (arrays that may be shared: do not change them)
 */
export function documentKeys(
  words: readonly (readonly WordIdentity[])[],
  firstPass: readonly Uint8Array[]
): number[][][] {
  const counts = new Map<number, Int32Array>()
  for (let sentence = 0; sentence < words.length; sentence++) {
    const tags = firstPass[sentence]
    words[sentence].forEach((word, index) => {
      const type = typeOfTag(tags[index])
      if (type < 0) return
      for (const reading of word.readings) {
        let entry = counts.get(reading)
        if (!entry) counts.set(reading, (entry = new Int32Array(TYPES)))
        entry[type]++
      }
    })
  }
  const best = new Int32Array(TYPES)
  const none: number[] = []
  return words.map((sentenceWords, sentence) =>
    sentenceWords.map((word, index) => {
      if (counts.size === 0) return none
      const own = typeOfTag(firstPass[sentence][index])
      best.fill(0)
      let found = false
      for (const reading of word.readings) {
        const entry = counts.get(reading)
        if (!entry) continue
        found = true
        // Other mentions only: this token's own tag counted once under each of its readings.
        for (let type = 0; type < TYPES; type++) best[type] = Math.max(best[type], entry[type] - (type === own ? 1 : 0))
      }
      if (!found) return none
      const keys: number[] = []
      let majority = -1
      for (let type = 0; type < TYPES; type++) {
        if (best[type] === 0) continue
        keys.push(mix(OTHER_MENTION_TYPE, type))
        if (majority < 0 || best[type] > best[majority]) majority = type
      }
      if (majority >= 0) keys.push(mix(MAJORITY_TYPE, majority))
      return keys
    })
  )
}

