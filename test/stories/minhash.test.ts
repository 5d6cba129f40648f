import {describe, expect, it} from 'vitest'
import {shingles, SHINGLE_WORDS, Signatures} from '../../scripts/stories/minhash.ts'

const words = (count: number, prefix: string) => Array.from({length: count}, (_, index) => `${prefix}${index}`)

describe('shingles and MinHash', () => {
  it('makes one shingle per run of five words, repeats once', () => {
    expect(shingles(words(SHINGLE_WORDS + 2, 'w'))).toHaveLength(3)
    expect(shingles(['a', 'b', 'c', 'd', 'e', 'a', 'b', 'c', 'd', 'e'])).toHaveLength(5)
    expect(shingles(words(SHINGLE_WORDS - 1, 'w'))).toHaveLength(0)
  })

  it('estimates the Jaccard similarity of shingle sets', () => {
    const text = words(300, 'w')
    const signatures = new Signatures(4)
    signatures.set(0, shingles(text))
    signatures.set(1, shingles(text))
    // One word changed of 300 changes 5 shingles: Jaccard 0.97.
    signatures.set(2, shingles([...text.slice(0, 150), 'changed', ...text.slice(151)]))
    signatures.set(3, shingles(words(300, 'x')))
    expect(signatures.jaccard(0, 1)).toBe(1)
    expect(signatures.jaccard(0, 2)).toBeGreaterThan(0.85)
    expect(signatures.jaccard(0, 3)).toBeLessThan(0.1)
  })

  it('finds the near-identical pairs among many signatures, each pair once; an article without one pairs with none', () => {
    const texts = Array.from({length: 50}, (_, index) => words(100, `t${index}-`))
    texts.push([...texts[7].slice(0, 99), 'end'])
    const signatures = new Signatures(texts.length + 1)
    texts.forEach((text, index) => signatures.set(index, shingles(text)))
    expect(signatures.candidatePairs()).toEqual([[7, 50]])
    expect(signatures.jaccard(7, 51)).toBe(0)
  })
})
