/**
 * Worker thread of the archive pass: reads its share of the articles and
 * returns, per article, the actors it may gain (see `archiveActors`); then
 * rewrites the articles it is sent back, and ends.
 */
import {parentPort, threadId, workerData} from 'node:worker_threads'
import type {ArchiveRewrite, ArchiveScan} from './archive-scan.ts'
import {rewriteArticles, scanArticles} from './scan-articles.ts'

parentPort!.postMessage(scanArticles(workerData as ArchiveScan))
parentPort!.once('message', (rewrites: ArchiveRewrite[]) => {
  parentPort!.postMessage(rewriteArticles(rewrites, String(threadId)))
  // Done: the thread ends by itself (terminating it while V8 may still compile in the background can crash the process).
  parentPort!.close()
})
