import {isAllowedTransition, TAG_COUNT} from './tags.ts'

/**
 * Scores of tag pairs: `transitions[from * TAG_COUNT + to]` for tag `to`
 * after tag `from`; row `TAG_COUNT` (the last) holds the scores of
 * starting a sentence with each tag; `end[tag]` the score of ending one.
 */
export interface TransitionScores {
  transitions: Float32Array | Float64Array
  end: Float32Array | Float64Array
}

const T = TAG_COUNT
const START = T

/** `ALLOWED[from * T + to]`: 1 when `to` may follow `from`; row T is the sentence start. */
const ALLOWED = new Uint8Array((T + 1) * T)
for (let from = 0; from <= T; from++) {
  for (let to = 0; to < T; to++) ALLOWED[from * T + to] = isAllowedTransition(from === START ? -1 : from, to) ? 1 : 0
}

/**
 * First-order Viterbi decoding over the BIO tags, with scratch memory kept
 * between calls (one decoder per thread; not reentrant).
 *
 * Scores are sums of feature weights: `emissions[i * TAG_COUNT + tag]` is
 * token i's score for `tag`. An `I-X` may only follow `B-X` or `I-X`.
 * Ties go to the lower tag number, so decoding is deterministic.
 */
export class Decoder {
  #alpha = new Float64Array(0)
  #beta = new Float64Array(0)
  #back = new Uint8Array(0)

  #reserve(length: number) {
    if (this.#alpha.length < length * T) {
      const size = Math.max(length, 64) * T * 2
      this.#alpha = new Float64Array(size)
      this.#beta = new Float64Array(size)
      this.#back = new Uint8Array(size)
    }
  }

  /**
   * Writes the best tag sequence for `length` tokens into `out` (tag
   * numbers) and returns its score.
   */
  decode(emissions: ArrayLike<number>, length: number, scores: TransitionScores, out: Uint8Array): number {
    if (length === 0) return 0
    this.#reserve(length)
    const alpha = this.#alpha
    const back = this.#back
    const {transitions, end} = scores
    for (let tag = 0; tag < T; tag++) {
      alpha[tag] = ALLOWED[START * T + tag] ? transitions[START * T + tag] + emissions[tag] : -Infinity
    }
    for (let index = 1; index < length; index++) {
      const previousRow = (index - 1) * T
      const row = index * T
      for (let tag = 0; tag < T; tag++) {
        let best = -Infinity
        let bestFrom = 0
        for (let from = 0; from < T; from++) {
          if (!ALLOWED[from * T + tag]) continue
          const score = alpha[previousRow + from] + transitions[from * T + tag]
          if (score > best) {
            best = score
            bestFrom = from
          }
        }
        alpha[row + tag] = best + emissions[row + tag]
        back[row + tag] = bestFrom
      }
    }
    const lastRow = (length - 1) * T
    let best = -Infinity
    let bestTag = 0
    for (let tag = 0; tag < T; tag++) {
      const score = alpha[lastRow + tag] + end[tag]
      if (score > best) {
        best = score
        bestTag = tag
      }
    }
    out[length - 1] = bestTag
    for (let index = length - 1; index > 0; index--) out[index - 1] = back[index * T + out[index]]
    return best
  }

  /**
   * After `decode` of the same input: the max-marginals, i.e. for each
   * token and tag the score of the best sequence that gives the token that
   * tag, written into `out` (`length * TAG_COUNT`). The best sequence's own
   * tags score its total; how far another tag falls short measures how
   * sure the decoder is.
   */
  maxMarginals(emissions: ArrayLike<number>, length: number, scores: TransitionScores, out: Float64Array): void {
    if (length === 0) return
    const alpha = this.#alpha
    const beta = this.#beta
    const {transitions, end} = scores
    const lastRow = (length - 1) * T
    for (let tag = 0; tag < T; tag++) beta[lastRow + tag] = end[tag]
    for (let index = length - 2; index >= 0; index--) {
      const row = index * T
      const nextRow = row + T
      for (let tag = 0; tag < T; tag++) {
        let best = -Infinity
        for (let to = 0; to < T; to++) {
          if (!ALLOWED[tag * T + to]) continue
          const score = transitions[tag * T + to] + emissions[nextRow + to] + beta[nextRow + to]
          if (score > best) best = score
        }
        beta[row + tag] = best
      }
    }
    for (let cell = 0; cell < length * T; cell++) out[cell] = alpha[cell] + beta[cell]
  }
}
