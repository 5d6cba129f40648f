import {availableParallelism} from 'node:os'
import {Worker} from 'node:worker_threads'
import {everyWorker} from '../../src/shared/every-worker.ts'
import {hashString} from '../actors/tagger/hash.ts'
import {Signatures} from './minhash.ts'
import {profileShard, type ShardProfile, type ShardRequest} from './profile-shard.ts'
import {articleFiles} from './read-story-articles.ts'
import {cosine, SparseRows, termVectors, TermNumbers} from './term-vectors.ts'

/** Terms kept per vector, and the share of articles above which a term is no evidence (see `termVectors`). */
const VECTOR_OPTIONS = {topTerms: 40, maxDocumentShare: 0.05}

/** Below this many articles, they are profiled on the calling thread: a worker costs more. */
const IN_THREAD_BELOW = 1000

/** Threads for an archive of `articles`: one per core, or this thread alone for a small archive. */
function defaultThreads(articles: number): number {
  return articles < IN_THREAD_BELOW ? 1 : availableParallelism()
}

/** Articles per worker at most: a worker's memory grows with its share, so a large archive is profiled in runs. */
const MAX_SHARD = 8_000

/**
 * What the grouping compares of every article, column by column (row `i`
 * of each is article `i`): TF-IDF vectors of the whole text (title terms
 * weighted up), the title, the lead (title and first paragraphs) and the
 * actors; the numbers it gives (hashed); the MinHash signature of its
 * body; its time and outlet.
 */
export interface ArchiveProfiles {
  ids: string[]
  /** Milliseconds since the epoch; `NaN` when undated. */
  times: Float64Array
  /** A number per outlet (`-1`: none). */
  outlets: Int32Array
  text: SparseRows
  title: SparseRows
  lead: SparseRows
  actors: SparseRows
  numbers: SparseRows
  signatures: Signatures
}

/**
 * Read every article of `<content>/articles/` once and profile it, runs of
 * articles on one thread per core (`profileShard`), keeping only numbers,
 * so memory grows with the articles, not with their text. Teasers (see
 * `isTeaser`) need every article's lead, known only after that pass: the
 * few articles with a block that opens like another article's lead are
 * profiled again without their teasers. Term weights depend on the whole
 * archive. The result does not depend on the threads (`threads`: how many
 * for an archive of n articles).
 */
export async function profileArchive(content: string, threads = defaultThreads): Promise<ArchiveProfiles> {
  const files = articleFiles(content)
  const workers = threads(files.length)
  const size = Math.min(Math.ceil(files.length / workers), MAX_SHARD)
  const requests: ShardRequest[] = Array.from({length: Math.max(1, Math.ceil(files.length / size))}, (_, shard) => ({
    files: files.slice(shard * size, (shard + 1) * size),
    first: shard * size
  }))
  const shards = workers === 1 ? [profileShard(requests[0])] : await profileInWorkers(requests, workers)
  const redone = withoutTeasers(files, shards)

  const outletNumbers = new TermNumbers()
  const signatures = new Signatures(files.length)
  shards.forEach((shard, index) => signatures.copyFrom(requests[index].first, shard.signatures, shard.present))
  for (const [index, shard] of redone) signatures.copyFrom(index, shard.signatures, shard.present)
  const rows = (kind: 'text' | 'title' | 'lead' | 'actors' | 'numbers') =>
    withRows(SparseRows.concat(shards.map((shard) => shard[kind])), new Map([...redone].map(([index, shard]) => [index, SparseRows.concat([shard[kind]])])))
  const profiles: ArchiveProfiles = {
    ids: shards.flatMap((shard) => shard.ids),
    times: Float64Array.from(shards.flatMap((shard) => [...shard.times])),
    outlets: Int32Array.from(shards.flatMap((shard) => shard.outlets.map((outlet) => (outlet === '' ? -1 : outletNumbers.number(outlet))))),
    // One kind at a time, so only one kind's counts are held beside the vectors.
    text: termVectors(rows('text'), VECTOR_OPTIONS),
    title: termVectors(rows('title'), VECTOR_OPTIONS),
    lead: termVectors(rows('lead'), VECTOR_OPTIONS),
    actors: termVectors(rows('actors'), VECTOR_OPTIONS),
    numbers: rows('numbers'),
    signatures
  }
  return profiles
}

/**
 * The profiles, without their teasers, of the articles that have one
 * (article index → a one-article profile). An article is profiled again
 * when the hash of a later block's opening is that of another article's
 * lead; its profile is the same when that was a hash collision.
 */
function withoutTeasers(files: readonly string[], shards: readonly ShardProfile[]): Map<number, ShardProfile> {
  const leads = new Map<string, number>()
  shards.flatMap((shard) => shard.leadKeys).forEach((key, index) => key !== undefined && leads.set(key, index))
  /** Lead hash → the article whose lead it is, -1 when two leads share it. */
  const byHash = new Map<number, number>()
  for (const [key, index] of leads) {
    const hash = hashString(key) | 0
    byHash.set(hash, byHash.has(hash) ? -1 : index)
  }
  const openings = SparseRows.concat(shards.map((shard) => shard.openings))
  const redone = new Map<number, ShardProfile>()
  for (let article = 0; article < files.length; article++) {
    for (let at = openings.start(article); at < openings.end(article); at++) {
      const lead = byHash.get(openings.keys[at])
      if (lead === undefined || lead === article) continue
      redone.set(article, profileShard({files: [files[article]], first: article, leads}))
      break
    }
  }
  return redone
}

/** `rows` with some rows replaced by the one row of another `SparseRows`. */
function withRows(rows: SparseRows, replacements: ReadonlyMap<number, SparseRows>): SparseRows {
  if (replacements.size === 0) return rows
  const result = new SparseRows()
  for (let row = 0; row < rows.rows; row++) {
    const replacement = replacements.get(row)
    const [from, at] = replacement ? [replacement, 0] : [rows, row]
    result.push(from.keys.subarray(from.start(at), from.end(at)), from.values.subarray(from.start(at), from.end(at)))
  }
  return result
}

/**
 * A worker's heap: it holds one article at a time and its word cache, and
 * a tighter heap makes V8 collect sooner (unbounded, two workers doubled
 * the grouping's peak memory at 100,000 articles).
 */
const WORKER_LIMITS = {maxOldGenerationSizeMb: 384}

/** `profileShard` of each request on a worker thread of its own, `threads` at a time, in the requests' order. */
async function profileInWorkers(requests: ShardRequest[], threads: number): Promise<ShardProfile[]> {
  const shards: ShardProfile[] = []
  let next = 0
  const runner = async () => {
    while (next < requests.length) {
      const index = next++
      shards[index] = await profileInWorker(requests[index])
    }
  }
  await Promise.all(Array.from({length: Math.min(threads, requests.length)}, runner))
  return shards
}

async function profileInWorker(request: ShardRequest): Promise<ShardProfile> {
  const worker = new Worker(new URL('profile-worker.ts', import.meta.url), {workerData: request, resourceLimits: WORKER_LIMITS})
  const exited = new Promise((resolve) => worker.once('exit', resolve))
  let profile: ShardProfile | undefined
  try {
    await everyWorker<{type: 'profile'; profile: ShardProfile}>([worker], 'A story worker', (_, reply, finish) => {
      if (!reply) return
      profile = reply.profile
      finish()
    })
    // The worker ends by itself after its reply.
    await exited
  } catch (error) {
    await worker.terminate()
    throw error
  }
  return profile!
}

/** How two articles compare, as the pair model reads it. */
export interface PairFeatures {
  text: number
  title: number
  lead: number
  actors: number
  /** log(1 + numbers both give). */
  numbers: number
  /** log(1 + hours between them). */
  hours: number
  /** 1 when one outlet published both: an outlet rarely reports one event twice in different words. */
  sameOutlet: number
}

export function pairFeatures(profiles: ArchiveProfiles, a: number, b: number): PairFeatures {
  const {numbers} = profiles
  let shared = 0
  for (let i = numbers.start(a), j = numbers.start(b); i < numbers.end(a) && j < numbers.end(b); ) {
    const [x, y] = [numbers.keys[i] >>> 0, numbers.keys[j] >>> 0]
    if (x === y) {
      shared++
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  const hours = Math.abs(profiles.times[a] - profiles.times[b]) / 3_600_000
  return {
    text: cosine(profiles.text, a, b),
    title: cosine(profiles.title, a, b),
    lead: cosine(profiles.lead, a, b),
    actors: cosine(profiles.actors, a, b),
    numbers: Math.log1p(shared),
    hours: Math.log1p(Number.isNaN(hours) ? 0 : hours),
    sameOutlet: profiles.outlets[a] !== -1 && profiles.outlets[a] === profiles.outlets[b] ? 1 : 0
  }
}
