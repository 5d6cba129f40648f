import {describe, expect, test} from 'vitest'
import {seededRandom} from '../../../scripts/actors/tagger/perceptron.ts'
import {indexToTag, isAllowedTransition, TAG_COUNT, tagToIndex, type Tag} from '../../../scripts/actors/tagger/tags.ts'
import {Decoder} from '../../../scripts/actors/tagger/viterbi.ts'

const T = TAG_COUNT

/** Emissions from one `{tag: score}` object per token; unlisted tags score 0. */
function emissionsOf(tokens: Partial<Record<Tag, number>>[]): Float64Array {
  const emissions = new Float64Array(tokens.length * T)
  tokens.forEach((scores, index) => {
    for (const [tag, score] of Object.entries(scores)) emissions[index * T + tagToIndex(tag as Tag)] = score
  })
  return emissions
}

const zeroScores = () => ({transitions: new Float64Array((T + 1) * T), end: new Float64Array(T)})

function decode(emissions: Float64Array, length: number, scores = zeroScores()) {
  const tags = new Uint8Array(length)
  const best = new Decoder().decode(emissions, length, scores, tags)
  return {tags: Array.from(tags, indexToTag), best}
}

describe('Decoder.decode', () => {
  test('follows the emissions when transitions are neutral', () => {
    const emissions = emissionsOf([{'B-PERS': 5, O: 1}, {'I-PERS': 4, O: 1}, {O: 2, 'B-LOC': 1}])
    expect(decode(emissions, 3)).toEqual({tags: ['B-PERS', 'I-PERS', 'O'], best: 11})
  })

  test('never starts with I-, and never puts I-X after O or another type', () => {
    const emissions = emissionsOf([{'I-LOC': 10, 'B-LOC': 3}, {'I-LOC': 10}, {O: 1, 'I-ORG': 5}])
    expect(decode(emissions, 3).tags).toEqual(['B-LOC', 'I-LOC', 'O'])
  })

  test('transition scores can outweigh emissions', () => {
    const scores = zeroScores()
    scores.transitions[tagToIndex('O') * T + tagToIndex('B-PERS')] = -10
    const emissions = emissionsOf([{O: 1}, {'B-PERS': 3, O: 2}])
    expect(decode(emissions, 2, scores).tags).toEqual(['O', 'O'])
    scores.transitions[T * T + tagToIndex('B-PERS')] = 5 // start row
    expect(decode(emissionsOf([{'B-PERS': 0, O: 1}]), 1, scores).tags).toEqual(['B-PERS'])
  })

  test('an empty sentence decodes to nothing', () => {
    expect(decode(new Float64Array(0), 0)).toEqual({tags: [], best: 0})
  })
})

describe('Decoder.maxMarginals', () => {
  test('equal a brute-force search over every allowed tag sequence', () => {
    const random = seededRandom(7)
    const length = 3
    const emissions = Float64Array.from({length: length * T}, () => Math.round(random() * 20 - 10))
    const scores = {
      transitions: Float64Array.from({length: (T + 1) * T}, () => Math.round(random() * 10 - 5)),
      end: Float64Array.from({length: T}, () => Math.round(random() * 4 - 2))
    }
    const expected = new Float64Array(length * T).fill(-Infinity)
    let bestOverall = -Infinity
    for (let a = 0; a < T; a++) for (let b = 0; b < T; b++) for (let c = 0; c < T; c++) {
      const path = [a, b, c]
      if (!path.every((tag, index) => isAllowedTransition(index === 0 ? -1 : path[index - 1], tag))) continue
      let score = scores.end[c]
      path.forEach((tag, index) => {
        score += emissions[index * T + tag] + scores.transitions[(index === 0 ? T : path[index - 1]) * T + tag]
      })
      bestOverall = Math.max(bestOverall, score)
      path.forEach((tag, index) => (expected[index * T + tag] = Math.max(expected[index * T + tag], score)))
    }
    const decoder = new Decoder()
    const tags = new Uint8Array(length)
    expect(decoder.decode(emissions, length, scores, tags)).toBe(bestOverall)
    const marginals = new Float64Array(length * T)
    decoder.maxMarginals(emissions, length, scores, marginals)
    expect(Array.from(marginals)).toEqual(Array.from(expected))
    tags.forEach((tag, index) => expect(marginals[index * T + tag]).toBe(bestOverall))
  })
})
