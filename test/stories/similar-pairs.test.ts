import {describe, expect, it} from 'vitest'
import {similarPairs} from '../../scripts/stories/similar-pairs.ts'
import {cosine, countTerms, termVectors} from '../../scripts/stories/term-vectors.ts'
import {createRandom} from '../../scripts/fuzz/random.ts'

const DAY = 86_400_000

describe('similarPairs', () => {
  it('gives every pair within the window above the threshold, as comparing all pairs does', () => {
    const random = createRandom(5)
    const documents = Array.from({length: 120}, () => countTerms(Array.from({length: 12}, () => [random.int(60), 1] as const)))
    const vectors = termVectors(documents, {topTerms: 8, maxDocumentShare: 0.5})
    const times = documents.map((_, index) => (index % 9 === 0 ? undefined : random.int(30) * DAY + random.int(DAY)))
    const expected: {a: number; b: number; similarity: number}[] = []
    for (let a = 0; a < vectors.length; a++) {
      for (let b = a + 1; b < vectors.length; b++) {
        if (times[a] === undefined || times[b] === undefined || Math.abs(times[a]! - times[b]!) > 3 * DAY) continue
        const similarity = cosine(vectors[a], vectors[b])
        if (similarity >= 0.3) expected.push({a, b, similarity})
      }
    }
    const found = similarPairs(vectors, times, 3, 0.3)
    expect(found.map(({a, b}) => [a, b])).toEqual(expected.map(({a, b}) => [a, b]))
    found.forEach((pair, index) => expect(pair.similarity).toBeCloseTo(expected[index].similarity, 5))
    expect(expected.length).toBeGreaterThan(10)
  })
})

describe('termVectors', () => {
  it('weights rare terms up, drops terms of one article and of most articles, and has unit length', () => {
    const documents = [
      countTerms([[0, 1], [1, 1], [2, 1], [9, 1]]),
      countTerms([[0, 1], [1, 1], [3, 1]]),
      countTerms([[0, 1], [2, 1], [3, 1]]),
      countTerms([[0, 1], [4, 1]])
    ]
    const vectors = termVectors(documents, {topTerms: 10, maxDocumentShare: 0.9})
    // Term 0 is in every article, terms 9 and 4 in one: none of them is kept.
    expect([...vectors[0].terms]).toEqual([1, 2])
    expect([...vectors[3].terms]).toEqual([])
    expect(cosine(vectors[0], vectors[0])).toBeCloseTo(1, 6)
    expect(cosine(vectors[0], vectors[3])).toBe(0)
    expect(cosine(vectors[0], vectors[1])).toBeGreaterThan(0)
  })
})
