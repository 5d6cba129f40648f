import {sentenceEnd, sentenceStart, tokenKeys, analyzeWord, type FeatureContext, type WordAnalysis} from './features.ts'
import {Decoder} from './viterbi.ts'
import {TAG_COUNT, isInside, tagToIndex, type Tag} from './tags.ts'

const T = TAG_COUNT

/** A sentence to learn from: tokens and gold tags. */
export interface TrainingSentence {
  tokens: readonly string[]
  tags: readonly Tag[]
  /** Further feature keys per token (document-level features), added to the word and sentence ones. */
  extraKeys?: readonly (readonly number[])[]
}

/** Options of `PerceptronTrainer`. */
export interface PerceptronOptions {
  /** Seed of the sentence order in each epoch. */
  seed: number
  /** Features seen fewer times than this in the training data are left out; 1 keeps all. */
  minFeatureCount: number
}

/** Averaged weights, keyed by feature: what a model file holds besides its gazetteer. */
export interface PerceptronWeights {
  /** Feature keys, ascending. */
  keys: Uint32Array
  /** `weights[feature * TAG_COUNT + tag]`. */
  weights: Float32Array
  transitions: Float32Array
  end: Float32Array
}

interface PreparedSentence {
  /** Dense feature numbers of all tokens, one after another. */
  features: Int32Array
  /** `features` of token i are `offsets[i]` to `offsets[i + 1]`. */
  offsets: Int32Array
  gold: Uint8Array
}

/** A small, seeded pseudo-random generator (mulberry32): same seed, same sequence. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let value = Math.imul(state ^ (state >>> 15), 1 | state)
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Gold tags as tag numbers, with a stray `I-X` (one that follows neither
 * `B-X` nor `I-X`) read as `B-X`, the way the scorer reads it: the
 * decoder never emits a stray `I-`, so it should not learn from one.
 */
export function goldTagNumbers(tags: readonly Tag[]): Uint8Array {
  const gold = new Uint8Array(tags.length)
  for (let index = 0; index < tags.length; index++) {
    let tag = tagToIndex(tags[index])
    if (isInside(tag)) {
      const previous = index > 0 ? gold[index - 1] : 0
      if (previous !== tag && previous !== tag - 1) tag -= 1
    }
    gold[index] = tag
  }
  return gold
}

/**
 * An averaged structured perceptron (Collins 2002) over the features of
 * `features.ts`, decoded with Viterbi. Deterministic: the same sentences,
 * context and seed give the same weights, bit for bit.
 */
export class PerceptronTrainer {
  readonly #sentences: PreparedSentence[]
  readonly #featureKeys: number[] = []
  #weights: Float64Array
  #totals: Float64Array
  readonly #transitions = new Float64Array((T + 1) * T)
  readonly #transitionTotals = new Float64Array((T + 1) * T)
  readonly #end = new Float64Array(T)
  readonly #endTotals = new Float64Array(T)
  #step = 1
  readonly #random: () => number
  readonly #decoder = new Decoder()

  constructor(sentences: readonly TrainingSentence[], context: FeatureContext, options: PerceptronOptions) {
    const index = new Map<number, number>()
    const analyses = new Map<string, WordAnalysis>()
    const start = sentenceStart(context)
    const end = sentenceEnd(context)
    const counts = new Map<number, number>()
    const sentenceKeysList = sentences.map((sentence) => {
      const words = sentence.tokens.map((token) => {
        let analysis = analyses.get(token)
        if (!analysis) analyses.set(token, (analysis = analyzeWord(token, context)))
        return analysis
      })
      const keys = tokenKeys(words, start, end)
      if (sentence.extraKeys) sentence.extraKeys.forEach((list, token) => keys[token].push(...list))
      for (const list of keys) for (const key of list) counts.set(key, (counts.get(key) ?? 0) + 1)
      return keys
    })
    this.#sentences = sentenceKeysList.map((keys, sentenceIndex) => {
      const offsets = new Int32Array(keys.length + 1)
      const features: number[] = []
      keys.forEach((list, token) => {
        for (const key of list) {
          // Reasoning: features seen once are mostly noise, and leaving them out halves the model.
          if (counts.get(key)! < options.minFeatureCount) continue
          let number = index.get(key)
          if (number === undefined) {
            number = this.#featureKeys.length
            index.set(key, number)
            this.#featureKeys.push(key)
          }
          features.push(number)
        }
        offsets[token + 1] = features.length
      })
      return {features: Int32Array.from(features), offsets, gold: goldTagNumbers(sentences[sentenceIndex].tags)}
    })
    this.#weights = new Float64Array(this.#featureKeys.length * T)
    this.#totals = new Float64Array(this.#featureKeys.length * T)
    this.#random = seededRandom(options.seed)
  }

  /** How many distinct features the training sentences have. */
  get featureCount(): number {
    return this.#featureKeys.length
  }

  /**
   * One pass over the sentences in a seeded random order, updating the
   * weights on every sentence the current weights get wrong.
   *
   * @returns how many tokens were tagged wrong during the pass
   */
  epoch(): number {
    const order = this.#sentences.map((_, index) => index)
    for (let index = order.length - 1; index > 0; index--) {
      const other = Math.floor(this.#random() * (index + 1))
      ;[order[index], order[other]] = [order[other], order[index]]
    }
    let mistakes = 0
    let emissions = new Float64Array(0)
    let predicted = new Uint8Array(0)
    const scores = {transitions: this.#transitions, end: this.#end}
    for (const sentenceIndex of order) {
      const {features, offsets, gold} = this.#sentences[sentenceIndex]
      const length = gold.length
      if (emissions.length < length * T) {
        emissions = new Float64Array(length * T * 2)
        predicted = new Uint8Array(length * 2)
      }
      this.#emissions(features, offsets, length, emissions)
      this.#decoder.decode(emissions, length, scores, predicted)
      let wrong = 0
      for (let token = 0; token < length; token++) if (predicted[token] !== gold[token]) wrong++
      if (wrong > 0) {
        mistakes += wrong
        this.#update(features, offsets, gold, predicted, length)
      }
      this.#step++
    }
    return mistakes
  }

  #emissions(features: Int32Array, offsets: Int32Array, length: number, out: Float64Array) {
    const weights = this.#weights
    out.fill(0, 0, length * T)
    for (let token = 0; token < length; token++) {
      const row = token * T
      for (let position = offsets[token]; position < offsets[token + 1]; position++) {
        const base = features[position] * T
        for (let tag = 0; tag < T; tag++) out[row + tag] += weights[base + tag]
      }
    }
  }

  #update(features: Int32Array, offsets: Int32Array, gold: Uint8Array, predicted: Uint8Array, length: number) {
    const step = this.#step
    const bump = (weights: Float64Array, totals: Float64Array, cell: number, delta: number) => {
      weights[cell] += delta
      totals[cell] += step * delta
    }
    for (let token = 0; token < length; token++) {
      const goldTag = gold[token]
      const predictedTag = predicted[token]
      if (goldTag !== predictedTag) {
        for (let position = offsets[token]; position < offsets[token + 1]; position++) {
          const base = features[position] * T
          bump(this.#weights, this.#totals, base + goldTag, 1)
          bump(this.#weights, this.#totals, base + predictedTag, -1)
        }
      }
      const goldFrom = token === 0 ? T : gold[token - 1]
      const predictedFrom = token === 0 ? T : predicted[token - 1]
      if (goldFrom !== predictedFrom || goldTag !== predictedTag) {
        bump(this.#transitions, this.#transitionTotals, goldFrom * T + goldTag, 1)
        bump(this.#transitions, this.#transitionTotals, predictedFrom * T + predictedTag, -1)
      }
    }
    const goldLast = gold[length - 1]
    const predictedLast = predicted[length - 1]
    if (goldLast !== predictedLast) {
      bump(this.#end, this.#endTotals, goldLast, 1)
      bump(this.#end, this.#endTotals, predictedLast, -1)
    }
  }

  /**
   * The averaged weights so far (each weight's mean over all steps), keyed
   * by feature in ascending key order, without the features whose weights
   * all average to zero.
   */
  averaged(): PerceptronWeights {
    const step = this.#step
    const average = (weights: Float64Array, totals: Float64Array, cell: number) => weights[cell] - totals[cell] / step
    const order = this.#featureKeys.map((key, number) => [key, number] as const).sort((a, b) => a[0] - b[0])
    const keys: number[] = []
    const values: number[] = []
    for (const [key, number] of order) {
      const base = number * T
      let kept = false
      for (let tag = 0; tag < T; tag++) if (Math.fround(average(this.#weights, this.#totals, base + tag)) !== 0) kept = true
      if (!kept) continue
      keys.push(key)
      for (let tag = 0; tag < T; tag++) values.push(average(this.#weights, this.#totals, base + tag))
    }
    const transitions = new Float32Array(this.#transitions.length)
    for (let cell = 0; cell < transitions.length; cell++) {
      transitions[cell] = average(this.#transitions, this.#transitionTotals, cell)
    }
    const end = new Float32Array(T)
    for (let cell = 0; cell < T; cell++) end[cell] = average(this.#end, this.#endTotals, cell)
    return {keys: Uint32Array.from(keys), weights: Float32Array.from(values), transitions, end}
  }
}
