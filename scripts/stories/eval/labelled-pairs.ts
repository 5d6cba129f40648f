import {z} from 'astro/zod'
import {readJsonLines} from '../../actors/tagger/read-corpus.ts'
import {parseWithFriendlyErrors} from '../../../src/shared/schemas/friendly-errors.ts'

/** One pair of articles labelled by hand (see the stories README for the labels). */
export const LabelledPairSchema = z.object({
  a: z.string().min(1),
  b: z.string().min(1),
  label: z.enum(['same-story', 'same-topic', 'unrelated']),
  /** `dev` pairs choose the model and thresholds; `test` pairs are held out to report. */
  half: z.enum(['dev', 'test']),
  /**
   * How the pair was drawn from the pairs published within three days:
   * `banded`, an equal number from each band of text similarity (the hard
   * cases are many); `uniform`, at random from the pairs the grouping
   * scores, so its precision there is the archive's.
   */
  sample: z.enum(['banded', 'uniform'])
})
export type LabelledPair = z.output<typeof LabelledPairSchema>

/** Read a pairs file; a bad line throws one error naming the file and line. */
export function readLabelledPairs(file: string): LabelledPair[] {
  return readJsonLines<unknown>(file).map(({record, line}) => parseWithFriendlyErrors(LabelledPairSchema, record, `${file}:${line}`))
}

export interface PairScore {
  pairs: number
  /** Pairs labelled same-story. */
  same: number
  precision: number
  recall: number
}

/** Precision and recall of "same story" when `predicted` says whether a pair is one story. */
export function scorePairs(pairs: readonly LabelledPair[], predicted: (pair: LabelledPair) => boolean): PairScore {
  let truePositives = 0
  let falsePositives = 0
  let falseNegatives = 0
  for (const pair of pairs) {
    const same = pair.label === 'same-story'
    if (predicted(pair)) {
      if (same) truePositives++
      else falsePositives++
    } else if (same) falseNegatives++
  }
  return {
    pairs: pairs.length,
    same: truePositives + falseNegatives,
    precision: truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives),
    recall: truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives)
  }
}
