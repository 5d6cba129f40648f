import {describe, expect, it} from 'vitest'
import {estimatedJaccard, lshPairs, minhash, shingles, SHINGLE_WORDS} from '../../scripts/stories/minhash.ts'

const words = (count: number, prefix: string) => Array.from({length: count}, (_, index) => `${prefix}${index}`)

describe('shingles and MinHash', () => {
  it('makes one shingle per run of five words, repeats once', () => {
    expect(shingles(words(SHINGLE_WORDS + 2, 'w'))).toHaveLength(3)
    expect(shingles(['a', 'b', 'c', 'd', 'e', 'a', 'b', 'c', 'd', 'e'])).toHaveLength(5)
    expect(shingles(words(SHINGLE_WORDS - 1, 'w'))).toHaveLength(0)
  })

  it('estimates the Jaccard similarity of shingle sets', () => {
    const text = words(300, 'w')
    const edited = [...text.slice(0, 150), 'changed', ...text.slice(151)]
    expect(estimatedJaccard(minhash(shingles(text)), minhash(shingles(text)))).toBe(1)
    // One word changed of 300 changes 5 shingles: Jaccard 0.97.
    expect(estimatedJaccard(minhash(shingles(text)), minhash(shingles(edited)))).toBeGreaterThan(0.85)
    expect(estimatedJaccard(minhash(shingles(text)), minhash(shingles(words(300, 'x'))))).toBeLessThan(0.1)
  })

  it('finds the near-identical pairs among many signatures, each pair once', () => {
    const texts = Array.from({length: 50}, (_, index) => words(100, `t${index}-`))
    texts.push([...texts[7].slice(0, 99), 'end'])
    const signatures = texts.map((text) => minhash(shingles(text)))
    expect(lshPairs(signatures)).toEqual([[7, 50]])
    expect(lshPairs([signatures[0], undefined, signatures[0]])).toEqual([[0, 2]])
  })
})
