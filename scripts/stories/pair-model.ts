import type {PairFeatures} from './article-profile.ts'

/** A logistic model over `PairFeatures`: weights per feature and a bias. */
export interface PairModel {
  weights: PairFeatures
  bias: number
}

export const FEATURES = ['text', 'title', 'lead', 'actors', 'numbers', 'hours', 'sameOutlet'] as const satisfies readonly (keyof PairFeatures)[]

/**
 * The model in use, fitted on the development half of the labelled pairs
 * (`npm run stories:eval -- --pairs test/fixtures/stories/pairs.jsonl --fit`).
 */
export const PAIR_MODEL: PairModel = {
  weights: {text: 1.209, title: 1.184, lead: 1.613, actors: 0.401, numbers: 0.459, hours: -0.783, sameOutlet: -0.801},
  bias: 1.344
}

/** The model's probability that two articles report the same story. */
export function sameStoryProbability(features: PairFeatures, model: PairModel = PAIR_MODEL): number {
  let sum = model.bias
  for (const name of FEATURES) sum += model.weights[name] * features[name]
  return 1 / (1 + Math.exp(-sum))
}

/** L2 penalty and steps of the fit: enough to converge on a few hundred pairs, the same result on every run. */
const PENALTY = 0.01
const STEPS = 5000
const RATE = 0.5

/** Fit a `PairModel` to labelled pairs by gradient descent on the log loss (deterministic). */
export function fitPairModel(examples: readonly {features: PairFeatures; same: boolean}[]): PairModel {
  const weights = Object.fromEntries(FEATURES.map((name) => [name, 0])) as unknown as PairFeatures
  let bias = 0
  for (let step = 0; step < STEPS; step++) {
    const gradient = Object.fromEntries(FEATURES.map((name) => [name, 0])) as Record<keyof PairFeatures, number>
    let biasGradient = 0
    for (const {features, same} of examples) {
      const error = sameStoryProbability(features, {weights, bias}) - (same ? 1 : 0)
      for (const name of FEATURES) gradient[name] += error * features[name]
      biasGradient += error
    }
    for (const name of FEATURES) weights[name] -= RATE * (gradient[name] / examples.length + PENALTY * weights[name])
    bias -= (RATE * biasGradient) / examples.length
  }
  return {weights, bias}
}
