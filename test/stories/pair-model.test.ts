import {describe, expect, it} from 'vitest'
import type {PairFeatures} from '../../scripts/stories/article-profile.ts'
import {fitPairModel, PAIR_MODEL, sameStoryProbability} from '../../scripts/stories/pair-model.ts'
import {scorePairs, type LabelledPair} from '../../scripts/stories/eval/labelled-pairs.ts'

const features = (lead: number, hours: number): PairFeatures => ({text: lead, title: lead, lead, actors: 0.5, numbers: 0, hours: Math.log1p(hours), sameOutlet: 0})

describe('the pair model', () => {
  it('finds two leads alike within hours one story, and the same words a week apart not', () => {
    expect(sameStoryProbability(features(0.6, 3))).toBeGreaterThan(0.8)
    expect(sameStoryProbability(features(0.1, 70))).toBeLessThan(0.3)
  })

  it('fits weights that separate labelled examples, the same on every run', () => {
    const examples = [0.1, 0.2, 0.5, 0.6, 0.7, 0.05].map((lead) => ({features: features(lead, 5), same: lead >= 0.5}))
    const model = fitPairModel(examples)
    expect(fitPairModel(examples)).toEqual(model)
    for (const {features, same} of examples) expect(sameStoryProbability(features, model) >= 0.5).toBe(same)
    expect(model.weights.lead).toBeGreaterThan(PAIR_MODEL.weights.lead)
  })
})

describe('scorePairs', () => {
  it('gives precision and recall of "same story"', () => {
    const pair = (label: LabelledPair['label'], a: string): LabelledPair => ({a, b: `${a}-b`, label, half: 'dev', sample: 'banded'})
    const pairs = [pair('same-story', '1'), pair('same-story', '2'), pair('same-topic', '3'), pair('unrelated', '4')]
    const score = scorePairs(pairs, (p) => ['1', '3'].includes(p.a))
    expect(score).toEqual({pairs: 4, same: 2, precision: 0.5, recall: 0.5})
  })
})
