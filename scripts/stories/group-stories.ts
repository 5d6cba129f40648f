import {pairFeatures, type ArchiveProfiles} from './article-profile.ts'
import {PAIR_MODEL, sameStoryProbability, type PairModel} from './pair-model.ts'
import {similarPairs} from './similar-pairs.ts'

/** Thresholds of the grouping, chosen on the development half of the labelled pairs. */
export interface GroupingOptions {
  /** Days apart two articles of one story may be. */
  windowDays: number
  /** Least text cosine for a pair to be scored at all: below it no labelled pair was one story. */
  minCosine: number
  /** Least estimated shingle Jaccard for two articles to be copies. */
  copyJaccard: number
  /** Least probability of a pair to start or join a story. */
  linkProbability: number
  /** Least mean probability over all pairs across two stories to merge them. */
  mergeProbability: number
  /** Most articles in one story: a larger one is a topic, not an event. */
  maxArticles: number
  /** Most days from a story's first article to its last. */
  maxSpanDays: number
  /** Scores a pair of articles. */
  model: PairModel
}

const DAY = 86_400_000

export const GROUPING: GroupingOptions = {windowDays: 3, minCosine: 0.08, copyJaccard: 0.5, linkProbability: 0.5, mergeProbability: 0.3, maxArticles: 40, maxSpanDays: 14, model: PAIR_MODEL}

export interface Grouping {
  /** Stories of two articles or more, as indexes in ascending order; stories ordered by their first index. */
  stories: number[][]
  /** Pairs of copies `[i, j]` (`i < j`), in ascending order. */
  copies: [number, number][]
}

/**
 * Group articles into stories. Copies (near-identical text, found by
 * MinHash/LSH, published within the window) are always one story. Other
 * pairs published within the window and alike enough are scored by the
 * pair model; then, from the most probable pair down, two stories merge
 * when the mean probability over every pair across them reaches
 * `mergeProbability` (average linkage: a pair never scored counts as 0),
 * so a story cannot chain from event to event through one similar article
 * each, and stays within `maxArticles` and `maxSpanDays`.
 */
export function groupStories(profiles: ArchiveProfiles, options: GroupingOptions = GROUPING): Grouping {
  const {times, signatures} = profiles
  const size = times.length
  const probability = new Map<number, number>()
  const key = (a: number, b: number) => (a < b ? a * size + b : b * size + a)
  const copies: [number, number][] = []
  for (const [a, b] of signatures.candidatePairs()) {
    if (Math.abs(times[a] - times[b]) <= options.windowDays * DAY && signatures.jaccard(a, b) >= options.copyJaccard) {
      copies.push([a, b])
      probability.set(key(a, b), 1)
    }
  }
  copies.sort((x, y) => x[0] - y[0] || x[1] - y[1])
  for (const {a, b} of similarPairs(profiles.text, times, options.windowDays, options.minCosine)) {
    if (!probability.has(key(a, b))) probability.set(key(a, b), sameStoryProbability(pairFeatures(profiles, a, b), options.model))
  }
  const links = [...probability]
    .filter(([, value]) => value >= options.linkProbability)
    .sort(([keyA, valueA], [keyB, valueB]) => valueB - valueA || keyA - keyB)

  const storyOf = Array.from({length: size}, (_, index) => index)
  const members = new Map<number, number[]>()
  const membersOf = (story: number) => members.get(story) ?? [story]
  for (const [pair] of links) {
    const a = storyOf[Math.floor(pair / size)]
    const b = storyOf[pair % size]
    if (a === b) continue
    const left = membersOf(a)
    const right = membersOf(b)
    if (left.length + right.length > options.maxArticles) continue
    const joined = [...left, ...right].sort((x, y) => times[x] - times[y] || x - y)
    if (times[joined.at(-1)!] - times[joined[0]] > options.maxSpanDays * DAY) continue
    let sum = 0
    for (const x of left) for (const y of right) sum += probability.get(key(x, y)) ?? 0
    if (sum / (left.length * right.length) < options.mergeProbability) continue
    const [kept, merged] = a < b ? [a, b] : [b, a]
    members.set(kept, joined)
    members.delete(merged)
    for (const member of joined) storyOf[member] = kept
  }
  // Members are kept in date order (for the span); stories are given in index order.
  const stories = [...members.values()].map((story) => [...story].sort((x, y) => x - y)).sort((x, y) => x[0] - y[0])
  return {stories, copies}
}
