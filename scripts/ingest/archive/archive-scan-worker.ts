/**
 * Worker thread of the archive pass: reads its share of the articles and
 * returns, per article, the actors it may gain (see `archiveActors`); then
 * rewrites the articles it is sent back, and ends.
 */
import {readFileSync} from 'node:fs'
import {parentPort, threadId, workerData} from 'node:worker_threads'
import {archiveActors} from '../../actors/archive/archive-actors.ts'
import {archiveIndex} from '../../actors/archive/archive-names.ts'
import type {ArchiveRewrite, ArchiveRewritten, ArchiveScan, ArchiveScanResult} from './archive-scan.ts'
import {markdownBlocks, splitArticleFile} from './markdown-blocks.ts'
import {rewriteArchiveActors} from './rewrite-actors.ts'

const {registry, names, articles} = workerData as ArchiveScan
const index = archiveIndex(registry, names)
const results: ArchiveScanResult[] = []
for (const {id, file, present} of articles) {
  // Read synchronously: one small file after another, awaiting each costs more than reading it.
  const parts = splitArticleFile(readFileSync(file, 'utf8'))
  if (parts) results.push({id, gained: archiveActors(markdownBlocks(parts.body), new Set(present), index)})
}
parentPort!.postMessage(results)
parentPort!.once('message', (rewrites: ArchiveRewrite[]) => {
  const written: ArchiveRewritten[] = rewrites.map(({id, file, gained}) => ({id, markdownSha256: rewriteArchiveActors(file, gained, String(threadId))}))
  parentPort!.postMessage(written)
  // Done: the thread ends by itself (terminating it while V8 may still compile in the background can crash the process).
  parentPort!.close()
})
