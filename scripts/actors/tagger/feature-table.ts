import type {PerceptronWeights} from './perceptron.ts'
import {TAG_COUNT} from './tags.ts'

const T = TAG_COUNT

/**
 * The weights of both passes behind one open-addressing hash table from
 * feature key. Reasoning: scoring a word the tagger has not seen yet looks
 * up some seventy feature keys, most of them absent from the model, and
 * those lookups are memory-bound; keys and feature numbers side by side in
 * one array, and both passes' weights of a feature side by side, make a
 * lookup one or two cache misses instead of six.
 */
export class FeatureTable {
  /** `[key, feature]` pairs; feature -1 marks an empty slot. */
  readonly #slots: Int32Array
  readonly #mask: number
  /** `weights[feature * 2T + pass * T + tag]`: 0 where a pass lacks the feature. */
  readonly #weights: Float32Array

  constructor(passes: readonly [PerceptronWeights, PerceptronWeights]) {
    const keys = mergeSorted(passes[0].keys, passes[1].keys)
    this.#weights = new Float32Array(keys.length * 2 * T)
    passes.forEach((pass, number) => {
      let feature = 0
      for (let index = 0; index < pass.keys.length; index++) {
        while (keys[feature] !== pass.keys[index]) feature++
        this.#weights.set(pass.weights.subarray(index * T, (index + 1) * T), feature * 2 * T + number * T)
      }
    })
    let size = 2
    while (size < keys.length * 2) size *= 2
    this.#slots = new Int32Array(size * 2)
    for (let slot = 1; slot < this.#slots.length; slot += 2) this.#slots[slot] = -1
    this.#mask = size - 1
    for (let feature = 0; feature < keys.length; feature++) {
      let slot = keys[feature] & this.#mask
      while (this.#slots[slot * 2 + 1] !== -1) slot = (slot + 1) & this.#mask
      this.#slots[slot * 2] = keys[feature]
      this.#slots[slot * 2 + 1] = feature
    }
  }

  /** The feature number of `key` (an unsigned 32-bit feature key), or -1 when neither pass has it. */
  find(key: number): number {
    const signed = key | 0
    let slot = key & this.#mask
    for (;;) {
      const feature = this.#slots[slot * 2 + 1]
      if (feature === -1 || this.#slots[slot * 2] === signed) return feature
      slot = (slot + 1) & this.#mask
    }
  }

  /** Adds the weights of `key` in `pass` (0 or 1), if any, to `out[at .. at + TAG_COUNT)`. */
  add(pass: number, key: number, out: Float32Array | Float64Array, at: number): void {
    const feature = this.find(key)
    if (feature !== -1) this.addFeature(pass, feature, out, at)
  }

  /** Adds the weights of feature number `feature` (from `find`) in `pass` to `out[at .. at + TAG_COUNT)`. */
  addFeature(pass: number, feature: number, out: Float32Array | Float64Array, at: number): void {
    const base = feature * 2 * T + pass * T
    for (let tag = 0; tag < T; tag++) out[at + tag] += this.#weights[base + tag]
  }

  /** Adds the weights of `key`, if any, of the first pass to `first[at ..]` and of the second to `second[at ..]`. */
  addBoth(key: number, first: Float32Array, second: Float32Array, at: number): void {
    const feature = this.find(key)
    if (feature === -1) return
    const base = feature * 2 * T
    for (let tag = 0; tag < T; tag++) {
      first[at + tag] += this.#weights[base + tag]
      second[at + tag] += this.#weights[base + T + tag]
    }
  }
}

/** The distinct values of two ascending arrays, ascending. */
function mergeSorted(a: Uint32Array, b: Uint32Array): Uint32Array {
  const merged = new Uint32Array(a.length + b.length)
  let i = 0
  let j = 0
  let count = 0
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j]
    if (i < a.length && a[i] === next) i++
    if (j < b.length && b[j] === next) j++
    merged[count++] = next
  }
  return merged.slice(0, count)
}
