import {createHash} from 'node:crypto'
import {mkdir, readdir, rm, stat} from 'node:fs/promises'
import path from 'node:path'
import {loadRegistry, RegistryError, type Registry} from '../actors/registry/load-registry.ts'
import {articleIdOf} from './article/process-article.ts'
import {pipelineFingerprint} from './fingerprint.ts'
import {IngestError, type IngestMessage} from './messages.ts'
import {orderedReporter} from './ordered-reporter.ts'
import {listSources} from './read/list-sources.ts'
import type {RawArticle} from './read/raw-article.ts'
import {readSources} from './read/read-sources.ts'
import {runArchivePass} from './archive/run-archive-pass.ts'
import {updateStories, type StoriesUpdate} from '../stories/update-stories.ts'
import {createArticlePool} from './workers/article-pool.ts'
import {removeTemporaryFiles} from './write/atomic-write.ts'
import {MANIFEST_NAME, readManifest, writeManifest, type Manifest, type ManifestEntry} from './write/manifest.ts'

export interface IngestOptions {
  /** A folder of seeds (searched recursively) or one seed file. */
  seeds: string
  /** The content folder; articles go to `<out>/articles/<id>.md`. */
  out: string
  /** The actor registry folder (default: the project's `content/actors/`). */
  registry?: string
  /** Worker threads (default: one per core). */
  workers?: number
  /** Called as articles are read, with how far the run is (0 to 1, by bytes read). */
  onProgress?: (articles: number, fraction: number) => void
  /** Called with each error or warning, in input order. */
  onMessage?: (message: IngestMessage) => void
}

export interface IngestResult {
  /** Articles written because they are new or changed. */
  written: number
  /** Of those written, articles with a title and no text left after cleaning (`kind: title-only`). */
  titleOnly: number
  /** Articles whose seed and pipeline are unchanged since the last run. */
  unchanged: number
  /** Inputs that could not be ingested. */
  failed: number
  /** Article files deleted because their seed is gone. */
  removed: number
  /** Articles the archive pass rewrote: they gained (or lost) actors named elsewhere in the archive. */
  archiveUpdated: number
  /** The stories the archive's articles were grouped into (`<out>/stories.json`). */
  stories: StoriesUpdate
  seconds: number
  messages: IngestMessage[]
}

/**
 * Turn the seeds into Markdown articles under `<out>/articles/`.
 *
 * Deterministic (same seeds, same bytes), incremental (an article whose
 * seed and pipeline are unchanged is not processed again), parallel
 * (worker threads clean and write) and atomic per file. A bad input costs
 * only itself: it is reported and the run goes on; the previous output of
 * a seed that now fails is kept, and the output of a seed that is gone is
 * deleted.
 */
export async function ingest(options: IngestOptions): Promise<IngestResult> {
  const started = performance.now()
  const articlesFolder = path.join(options.out, 'articles')
  const manifestFile = path.join(options.out, MANIFEST_NAME)
  const registry = loadActorRegistry(options.registry)
  const sources = await listSources(options.seeds)
  const totalBytes = await totalSize(sources.map((source) => source.path))
  await mkdir(articlesFolder, {recursive: true})
  await removeTemporaryFiles(articlesFolder)
  const [pipeline, previousFile, existing] = await Promise.all([
    pipelineFingerprint(options.registry),
    readManifest(manifestFile),
    existingArticleIds(articlesFolder)
  ])
  const previous = previousFile.articles

  const result: IngestResult = {written: 0, titleOnly: 0, unchanged: 0, failed: 0, removed: 0, archiveUpdated: 0, stories: {stories: 0, articles: 0, unchanged: true}, seconds: 0, messages: []}
  const reporter = orderedReporter((message) => {
    result.messages.push(message)
    options.onMessage?.(message)
  })
  const next: Manifest = {}
  /** The last good output of an id, if any: kept when its seed now fails. */
  const keepPrevious = (id: string) => {
    if (previous[id] && existing.has(id)) next[id] = previous[id]
  }
  const pending = new Map<number, {id: string; entry: Omit<ManifestEntry, 'markdownSha256'>}>()
  const pool = createArticlePool({
    size: options.workers,
    registry,
    onOutcome(outcome) {
      const task = pending.get(outcome.sequence)!
      pending.delete(outcome.sequence)
      if (outcome.ok) {
        const entry = {...task.entry, markdownSha256: outcome.markdownSha256}
        next[task.id] = outcome.found.length > 0 ? {...entry, found: outcome.found} : entry
        result.written++
        if (outcome.titleOnly) result.titleOnly++
        reporter.settle(outcome.sequence, outcome.warnings)
      } else {
        keepPrevious(task.id)
        result.failed++
        reporter.settle(outcome.sequence, [outcome.error])
      }
    }
  })

  /** Where each id was first seen, to report duplicates. */
  const seen = new Map<string, string>()
  /** Sources that failed as a whole: their previous articles are kept. */
  const failedFiles = new Set<string>()
  let sequence = 0
  let bytesRead = 0

  try {
    for await (const item of readSources(sources)) {
      const current = sequence++
      if (item.error) {
        result.failed++
        if (item.error.line === undefined) failedFiles.add(item.error.file)
        reporter.settle(current, [item.error])
        continue
      }
      const raw = item.article
      bytesRead += Buffer.byteLength(raw.sourceText) + 1
      options.onProgress?.(current + 1, totalBytes === 0 ? 1 : Math.min(1, bytesRead / totalBytes))
      const id = articleIdOf(raw)
      const firstSeen = seen.get(id)
      if (firstSeen) {
        result.failed++
        const reason = `duplicate id \`${id}\`: already used by ${firstSeen}`
        reporter.settle(current, [{severity: 'error', code: 'duplicate-id', file: raw.file, line: raw.line, reason}])
        continue
      }
      seen.set(id, raw.line === undefined ? raw.file : `${raw.file}:${raw.line}`)
      const entry = {hash: changeHash(pipeline, raw), source: raw.file, inputSha256: raw.inputSha256}
      if (previous[id]?.hash === entry.hash && existing.has(id)) {
        next[id] = previous[id]
        result.unchanged++
        reporter.settle(current)
        continue
      }
      pending.set(current, {id, entry})
      await pool.submit({sequence: current, raw, target: path.join(articlesFolder, `${id}.md`)})
    }
  } finally {
    await pool.close()
  }

  for (const [id, entry] of Object.entries(previous)) {
    if (!next[id] && failedFiles.has(entry.source)) keepPrevious(id)
  }
  for (const id of existing) {
    if (next[id]) continue
    await rm(path.join(articlesFolder, `${id}.md`), {force: true})
    result.removed++
  }
  // Written and removed articles are final now: the manifest of what they are is
  // saved before the archive pass, which a kill may interrupt; the next run redoes it.
  await writeManifest(manifestFile, {articles: next})
  const archive = await runArchivePass({
    articlesFolder,
    manifest: next,
    registry,
    previousNamesHash: previousFile.archiveNames,
    articlesChanged: result.written > 0 || result.removed > 0
  })
  await writeManifest(manifestFile, {articles: next, archiveNames: archive.namesHash})
  result.archiveUpdated = archive.rewritten
  result.stories = await updateStories(options.out, next)
  result.seconds = (performance.now() - started) / 1000
  return result
}

/**
 * Load the actor registry once, before any worker starts: a bad registry
 * file stops the run with one line per problem instead of failing every
 * article, and the workers get it parsed.
 */
function loadActorRegistry(dir?: string): Registry {
  try {
    return loadRegistry(dir)
  } catch (error) {
    if (error instanceof RegistryError) throw new IngestError('actor-registry', error.message)
    throw error
  }
}

/** Changes when the seed's text or metadata, or the pipeline, changes. */
function changeHash(pipeline: string, raw: RawArticle): string {
  return createHash('sha256')
    .update(pipeline)
    .update('\0')
    .update(raw.givenId)
    .update('\0')
    .update(raw.sourceText)
    .digest('hex')
    .slice(0, 32)
}

async function existingArticleIds(folder: string): Promise<Set<string>> {
  const names = await readdir(folder)
  return new Set(names.filter((name) => name.endsWith('.md')).map((name) => name.slice(0, -3)))
}

async function totalSize(files: string[]): Promise<number> {
  const sizes = await Promise.all(files.map(async (file) => (await stat(file)).size))
  return sizes.reduce((sum, size) => sum + size, 0)
}
