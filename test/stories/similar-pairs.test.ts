import {describe, expect, it} from 'vitest'
import {similarPairs} from '../../scripts/stories/similar-pairs.ts'
import {cosine, pushTermCounts, SparseRows, termVectors} from '../../scripts/stories/term-vectors.ts'
import {createRandom} from '../../scripts/fuzz/random.ts'

const DAY = 86_400_000

function counted(documents: number[][]): SparseRows {
  const counts = new SparseRows()
  for (const terms of documents) pushTermCounts(counts, terms)
  return counts
}

describe('similarPairs', () => {
  it('gives every pair within the window above the threshold, as comparing all pairs does', () => {
    const random = createRandom(5)
    const documents = Array.from({length: 120}, () => Array.from({length: 12}, () => random.int(60)))
    const vectors = termVectors(counted(documents), {topTerms: 8, maxDocumentShare: 0.5})
    const times = Float64Array.from(documents, (_, index) => (index % 9 === 0 ? Number.NaN : random.int(30) * DAY + random.int(DAY)))
    const expected: {a: number; b: number; similarity: number}[] = []
    for (let a = 0; a < documents.length; a++) {
      for (let b = a + 1; b < documents.length; b++) {
        if (!(Math.abs(times[a] - times[b]) <= 3 * DAY)) continue
        const similarity = cosine(vectors, a, b)
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
  it('weights rare terms up, drops terms of one article and of every article, and has unit length', () => {
    const vectors = termVectors(counted([[0, 1, 2, 9], [0, 1, 3], [0, 2, 3], [0, 4]]), {topTerms: 10, maxDocumentShare: 0.9})
    // Term 0 is in every article, terms 9 and 4 in one: none of them is kept.
    expect([...vectors.keys.subarray(vectors.start(0), vectors.end(0))]).toEqual([1, 2])
    expect(vectors.end(3) - vectors.start(3)).toBe(0)
    expect(cosine(vectors, 0, 0)).toBeCloseTo(1, 6)
    expect(cosine(vectors, 0, 3)).toBe(0)
    expect(cosine(vectors, 0, 1)).toBeGreaterThan(0)
  })

  it('counts a term as often as it is given', () => {
    const counts = counted([[5, 3, 5, 5]])
    expect([...counts.keys.subarray(0, 2)]).toEqual([3, 5])
    expect([...counts.values.subarray(0, 2)]).toEqual([1, 3])
  })
})
