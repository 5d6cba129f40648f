import {availableParallelism} from 'node:os'
import {Worker} from 'node:worker_threads'
import type {ArchiveName} from '../../actors/archive/archive-names.ts'
import type {Registry} from '../../actors/registry/load-registry.ts'
import type {ArticleActor} from '../../../src/shared/schemas/actor.ts'
import {rewriteArticles, scanArticles} from './scan-articles.ts'

/** Below this many articles, the scan runs on the calling thread. */
const IN_THREAD_BELOW = 1000

/** What one worker of the scan gets. */
export interface ArchiveScan {
  registry: Registry
  names: ArchiveName[]
  articles: {id: string; file: string; present: string[]}[]
}

export interface ArchiveScanResult {
  id: string
  gained: ArticleActor[]
}

export interface ArchiveRewrite {
  id: string
  file: string
  gained: ArticleActor[]
}

export interface ArchiveRewritten {
  id: string
  markdownSha256: string
}

/**
 * `archiveActors` for every article, on one worker thread per core, each
 * taking every n-th article (a small archive on this thread): `results`
 * in the articles' order. Then
 * `rewrite` has the same threads rewrite the given files (returning
 * their new SHA-256s), and waits for them to end; `stop` ends them early.
 */
export function scanArchive(registry: Registry, names: ArchiveName[], articles: ArchiveScan['articles']) {
  // A small archive is scanned on this thread: starting a worker costs more than the scan.
  if (articles.length < IN_THREAD_BELOW) {
    return {
      results: Promise.resolve(scanArticles({registry, names, articles})),
      rewrite: async (rewrites: ArchiveRewrite[]) => rewriteArticles(rewrites, ''),
      stop: async () => {}
    }
  }
  const size = Math.max(1, Math.min(availableParallelism(), Math.ceil(articles.length / 500)))
  const workers = Array.from({length: size}, (_, worker) => {
    const scan: ArchiveScan = {registry, names, articles: articles.filter((_, index) => index % size === worker)}
    return new Worker(new URL('archive-scan-worker.ts', import.meta.url), {workerData: scan})
  })
  const next = <T>(worker: Worker) =>
    new Promise<T>((resolve, reject) => {
      worker.once('message', resolve)
      worker.once('error', reject)
    })
  const stopAll = () => Promise.all(workers.map((worker) => worker.terminate()))
  const results = Promise.all(workers.map((worker) => next<ArchiveScanResult[]>(worker))).then((shares) => {
    const byId = new Map(shares.flat().map((result) => [result.id, result]))
    return articles.flatMap(({id}) => byId.get(id) ?? [])
  })
  return {
    results,
    async rewrite(rewrites: ArchiveRewrite[]): Promise<ArchiveRewritten[]> {
      const exited = workers.map((worker) => new Promise((resolve) => worker.once('exit', resolve)))
      try {
        const shares = await Promise.all(
          workers.map((worker, index) => {
            const done = next<ArchiveRewritten[]>(worker)
            worker.postMessage(rewrites.filter((_, position) => position % size === index))
            return done
          })
        )
        await Promise.all(exited)
        return shares.flat()
      } catch (error) {
        await stopAll()
        throw error
      }
    },
    stop: stopAll
  }
}
