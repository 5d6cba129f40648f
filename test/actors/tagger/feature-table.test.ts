import {describe, expect, test} from 'vitest'
import {FeatureTable} from '../../../scripts/actors/tagger/feature-table.ts'
import {hashRange, hashString} from '../../../scripts/actors/tagger/hash.ts'
import type {PerceptronWeights} from '../../../scripts/actors/tagger/perceptron.ts'
import {TAG_COUNT} from '../../../scripts/actors/tagger/tags.ts'

const T = TAG_COUNT

/** A pass whose feature `keys[i]` weighs `values[i]` for every tag. */
function pass(keys: number[], values: number[]): PerceptronWeights {
  const weights = new Float32Array(keys.length * T)
  values.forEach((value, index) => weights.fill(value, index * T, (index + 1) * T))
  return {keys: Uint32Array.from(keys), weights, transitions: new Float32Array((T + 1) * T), end: new Float32Array(T)}
}

describe('FeatureTable', () => {
  // Keys above 2^31 too: feature keys are unsigned 32-bit.
  const first = pass([3, 0x9000_0000, 0xffff_fffe], [1, 2, 3])
  const second = pass([3, 7, 0xffff_fffe], [10, 20, 30])
  const table = new FeatureTable([first, second])

  test('finds a key either pass has, and no other', () => {
    for (const key of [3, 7, 0x9000_0000, 0xffff_fffe]) expect(table.find(key)).toBeGreaterThanOrEqual(0)
    for (const key of [0, 4, 0x9000_0001, 0xffff_ffff]) expect(table.find(key)).toBe(-1)
  })

  test("adds one pass's weights, a feature the pass lacks adding nothing", () => {
    const out = new Float64Array(2 * T)
    table.add(0, 0x9000_0000, out, 0)
    table.add(1, 0x9000_0000, out, T)
    table.add(1, 0xffff_fffe, out, T)
    table.add(0, 4, out, 0)
    expect([out[0], out[T - 1], out[T], out[2 * T - 1]]).toEqual([2, 2, 30, 30])
  })

  test('adds both passes at once', () => {
    const a = new Float32Array(T)
    const b = new Float32Array(T)
    for (const key of [3, 7, 0x9000_0000]) table.addBoth(key, a, b, 0)
    expect([a[0], b[0]]).toEqual([3, 30])
  })
})

test('hashRange hashes a slice without making it', () => {
  const word = 'والمنظمة'
  for (let start = 0; start < word.length; start++) {
    for (let end = start; end <= word.length; end++) expect(hashRange(word, start, end)).toBe(hashString(word.slice(start, end)))
  }
})
