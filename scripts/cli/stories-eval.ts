/**
 * `npm run stories:eval -- --pairs <file> [--content <dir>] [--fit]`
 *
 * Scores the story grouping against pairs of articles labelled by hand
 * (`test/fixtures/stories/pairs.jsonl`): precision and recall of "same
 * story" (both articles in one story) on each half, for each way the
 * pairs were drawn and for both together, for the grouping and for the
 * pair model alone. The articles, and the archive they are grouped
 * in, are `<content>/articles/`: ingest the corpus there first. `--fit`
 * fits the pair model on the dev half and prints it before scoring with
 * it. The last line is the held-out half, all pairs: `stories P 0.xx R 0.xx`.
 */
import {parseArgs} from 'node:util'
import {pairFeatures, profileArchive} from '../stories/article-profile.ts'
import {readLabelledPairs, scorePairs, type LabelledPair, type PairScore} from '../stories/eval/labelled-pairs.ts'
import {groupStories, GROUPING} from '../stories/group-stories.ts'
import {fitPairModel, sameStoryProbability} from '../stories/pair-model.ts'

const usage = `Usage: npm run stories:eval -- --pairs <file> [--content <dir>] [--fit]

  --pairs <file>    labelled pairs, JSON Lines {a, b, label, half}
  --content <dir>   the archive holding the pairs' articles (default: content)
  --fit             fit the pair model on the dev half, print it, and score with it
  --help            show this help`

function main(args: string[]): void {
  const {values} = parseArgs({
    args,
    options: {
      pairs: {type: 'string'},
      content: {type: 'string', default: 'content'},
      fit: {type: 'boolean', default: false},
      help: {type: 'boolean', default: false}
    }
  })
  if (values.help || !values.pairs) {
    console.log(usage)
    if (!values.pairs && !values.help) process.exitCode = 1
    return
  }
  const pairs = readLabelledPairs(values.pairs)
  const profiles = profileArchive(values.content)
  const index = new Map(profiles.ids.map((id, position) => [id, position]))
  const missing = pairs.flatMap((pair) => [pair.a, pair.b]).filter((id) => !index.has(id))
  if (missing.length > 0) throw new Error(`${missing.length} articles of the pairs are not in ${values.content}/articles/ (first: ${missing[0]}): ingest the corpus there first`)
  const features = (pair: LabelledPair) => pairFeatures(profiles, index.get(pair.a)!, index.get(pair.b)!)
  let model = GROUPING.model
  if (values.fit) {
    model = fitPairModel(pairs.filter((pair) => pair.half === 'dev').map((pair) => ({features: features(pair), same: pair.label === 'same-story'})))
    const weights = Object.entries(model.weights).map(([name, weight]) => `${name}: ${weight.toFixed(3)}`)
    console.log(`fitted on the dev half: {weights: {${weights.join(', ')}}, bias: ${model.bias.toFixed(3)}}`)
  }
  const grouping = groupStories(profiles, {...GROUPING, model})
  const storyOf = new Map(grouping.stories.flatMap((story, number) => story.map((article) => [article, number] as const)))
  const grouped = (pair: LabelledPair) => {
    const story = storyOf.get(index.get(pair.a)!)
    return story !== undefined && story === storyOf.get(index.get(pair.b)!)
  }
  const alone = (pair: LabelledPair) => sameStoryProbability(features(pair), model) >= GROUPING.linkProbability
  const inStories = grouping.stories.reduce((sum, story) => sum + story.length, 0)
  console.log(`${profiles.ids.length} articles: ${grouping.stories.length} stories of ${inStories} articles, ${grouping.copies.length} pairs of copies`)
  console.log('half  sample    pairs  same   grouped P  R      pair model P  R')
  let last: PairScore | undefined
  for (const half of ['dev', 'test'] as const) {
    for (const sample of ['banded', 'uniform', undefined]) {
      const subset = pairs.filter((pair) => pair.half === half && (sample === undefined || pair.sample === sample))
      const score = scorePairs(subset, grouped)
      const pairScore = scorePairs(subset, alone)
      const label = `${half.padEnd(5)} ${(sample ?? 'all').padEnd(8)}`
      console.log(`${label} ${String(score.pairs).padStart(5)} ${String(score.same).padStart(5)}   ${rate(score.precision)} ${rate(score.recall)}   ${rate(pairScore.precision)} ${rate(pairScore.recall)}`)
      last = score
    }
  }
  console.log(`stories P ${last!.precision.toFixed(2)} R ${last!.recall.toFixed(2)}`)
}

function rate(value: number): string {
  return value.toFixed(2).padStart(9)
}

try {
  main(process.argv.slice(2))
} catch (error) {
  console.error(`stories:eval: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
}
