import {readFile} from 'node:fs/promises'
import {availableParallelism} from 'node:os'
import path from 'node:path'
import {Worker} from 'node:worker_threads'
import {everyWorker, type WorkerError} from '../../src/shared/every-worker.ts'
import {readPage, type SearchPage} from './read-page.ts'

/** A searchable page of the built site: its path under `dist` and what it gives the index. */
export interface ReadPage {
  file: string
  page: SearchPage
}

export interface ReadPagesOptions {
  /** Worker threads; `0` reads in this thread. Default: one per core for 1,000 files or more, else 0. */
  workers?: number
}

/** Files a worker reads and parses per request: enough to make messaging cheap. */
const BATCH = 64

/** A request to a page worker: read and parse `files` (relative to `dist`), the batch at `start`. */
export interface PageRequest {
  dist: string
  start: number
  files: string[]
}

/** A page worker's reply: each file's page, `null` where it is not searchable; or what went wrong. */
export type PageReply = {type: 'read'; start: number; pages: Array<SearchPage | null>} | WorkerError

/** Read and parse one batch of pages: the work a worker does for each request. */
export async function readBatch({dist, files}: Omit<PageRequest, 'start'>): Promise<Array<SearchPage | null>> {
  const htmls = await Promise.all(files.map((file) => readFile(path.join(dist, file), 'utf8')))
  return htmls.map((html) => readPage(html) ?? null)
}

/**
 * The searchable pages among `files` (relative to `dist`), in the order
 * of `files`. Parsing the HTML is most of the time the index build spends
 * in this process, and each page is independent, so large sites parse
 * on every core.
 */
export async function readPages(dist: string, files: string[], options: ReadPagesOptions = {}): Promise<ReadPage[]> {
  const workers = Math.min(options.workers ?? (files.length >= 1000 ? availableParallelism() : 0), Math.ceil(files.length / BATCH))
  const pages: Array<SearchPage | null> = new Array(files.length)
  if (workers === 0) {
    for (let start = 0; start < files.length; start += BATCH) {
      const batch = await readBatch({dist, files: files.slice(start, start + BATCH)})
      batch.forEach((page, offset) => (pages[start + offset] = page))
    }
  } else {
    await inWorkers(dist, files, workers, pages)
  }
  const read: ReadPage[] = []
  pages.forEach((page, index) => page && read.push({file: files[index], page}))
  return read
}

async function inWorkers(dist: string, files: string[], count: number, pages: Array<SearchPage | null>): Promise<void> {
  const pool = Array.from({length: count}, () => new Worker(new URL('./read-pages-worker.ts', import.meta.url)))
  let next = 0
  try {
    await everyWorker<PageReply>(pool, 'A page reader', (worker, reply, finish) => {
      if (reply) reply.pages.forEach((page, offset) => (pages[reply.start + offset] = page))
      if (next >= files.length) return finish()
      const start = next
      next = Math.min(files.length, next + BATCH)
      worker.postMessage({dist, start, files: files.slice(start, next)} satisfies PageRequest)
    })
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()))
  }
}
