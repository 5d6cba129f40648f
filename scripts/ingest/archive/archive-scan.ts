import {availableParallelism} from 'node:os'
import {Worker} from 'node:worker_threads'
import type {ArchiveName} from '../../actors/archive/archive-names.ts'
import type {Registry} from '../../actors/registry/load-registry.ts'
import type {ArticleActor} from '../../../src/shared/schemas/actor.ts'

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

/**
 * `archiveActors` for every article, on one worker thread per core, each
 * taking every n-th article. Results come back in the articles' order.
 */
export async function scanArchive(registry: Registry, names: ArchiveName[], articles: ArchiveScan['articles']): Promise<ArchiveScanResult[]> {
  const size = Math.max(1, Math.min(availableParallelism(), Math.ceil(articles.length / 500)))
  const shares = Array.from({length: size}, (_, worker) => articles.filter((_, index) => index % size === worker))
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<ArchiveScanResult[]>((resolve, reject) => {
          const scan: ArchiveScan = {registry, names, articles: share}
          const worker = new Worker(new URL('archive-scan-worker.ts', import.meta.url), {workerData: scan})
          worker.once('message', (message: ArchiveScanResult[]) => {
            resolve(message)
            void worker.terminate()
          })
          worker.once('error', reject)
        })
    )
  )
  const byId = new Map(results.flat().map((result) => [result.id, result]))
  return articles.flatMap(({id}) => byId.get(id) ?? [])
}
