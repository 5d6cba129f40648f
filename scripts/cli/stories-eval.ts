/**
 * `npm run stories:eval -- --pairs <file> [--content <dir>] [--fit] [--rewrites <n>]`
 *
 * Scores the story grouping against pairs of articles labelled by hand
 * (`test/fixtures/stories/pairs.jsonl`): precision and recall of "same
 * story" (both articles in one story) on each half, for each way the
 * pairs were drawn and for both together, for the grouping and for the
 * pair model alone. The articles, and the archive they are grouped
 * in, are `<content>/articles/`: ingest the corpus there first. `--fit`
 * fits the pair model on the dev half and prints it before scoring with
 * it. `--rewrites <n>` first groups the archive with n of its articles
 * republished (another outlet and headline, paragraphs cut) and counts
 * those that land in their original's story. The last line is the
 * held-out half, all pairs: `stories P 0.xx R 0.xx`.
 */
import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {wholeNumberOption} from './number-option.ts'
import {writeRewrites} from '../stories/eval/rewrites.ts'
import {findStories} from '../stories/find-stories.ts'
import {pairFeatures, profileArchive} from '../stories/article-profile.ts'
import {readLabelledPairs, scorePairs, type LabelledPair, type PairScore} from '../stories/eval/labelled-pairs.ts'
import {groupStories, GROUPING} from '../stories/group-stories.ts'
import {fitPairModel, sameStoryProbability} from '../stories/pair-model.ts'

const usage = `Usage: npm run stories:eval -- --pairs <file> [--content <dir>] [--fit] [--rewrites <n>]

  --pairs <file>    labelled pairs, JSON Lines {a, b, label, half}
  --content <dir>   the archive holding the pairs' articles (default: content)
  --fit             fit the pair model on the dev half, print it, and score with it
  --rewrites <n>    also republish n articles (another outlet and headline,
                    first and last paragraphs cut) and count those grouped
                    with their original
  --help            show this help`

async function main(args: string[]): Promise<void> {
  const {values} = parseArgs({
    args,
    options: {
      pairs: {type: 'string'},
      content: {type: 'string', default: 'content'},
      fit: {type: 'boolean', default: false},
      rewrites: {type: 'string'},
      help: {type: 'boolean', default: false}
    }
  })
  if (values.help || !values.pairs) {
    console.log(usage)
    if (!values.pairs && !values.help) process.exitCode = 1
    return
  }
  if (values.rewrites) await scoreRewrites(values.content, wholeNumberOption(values.rewrites, '--rewrites', 1))
  const pairs = readLabelledPairs(values.pairs)
  const profiles = await profileArchive(values.content)
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

/** Group the archive with `count` of its articles republished; print how many joined their original's story. */
async function scoreRewrites(content: string, count: number): Promise<void> {
  const work = await mkdtemp(path.join(tmpdir(), 'arshif-rewrites-'))
  try {
    const rewrites = await writeRewrites(content, work, count, REWRITE_SEED)
    const storyOf = new Map((await findStories(work)).flatMap((story) => story.articles.map((article) => [article, story.id] as const)))
    const joined = rewrites.filter(({original, rewrite}) => storyOf.has(original) && storyOf.get(original) === storyOf.get(rewrite)).length
    console.log(`rewrites: ${joined} of ${rewrites.length} republished articles in their original's story (${((100 * joined) / rewrites.length).toFixed(1)}%)`)
  } finally {
    await rm(work, {recursive: true, force: true})
  }
}

/** Which articles are republished: the same on every run. */
const REWRITE_SEED = 14

function rate(value: number): string {
  return value.toFixed(2).padStart(9)
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`stories:eval: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
})
