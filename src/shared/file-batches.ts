import {availableParallelism} from 'node:os'
import {parentPort, Worker} from 'node:worker_threads'
import {everyWorker, type WorkerError} from './every-worker.ts'

/** Reads a batch of files (relative to `root`) into one result each. */
export type ReadBatch<T> = (root: string, files: string[]) => Promise<T[]>

/** A request to a batch worker: read `files`, the batch at `start`. */
interface BatchRequest {
  root: string
  start: number
  files: string[]
}

type BatchReply<T> = {type: 'batch'; start: number; results: T[]} | WorkerError

/** Files per request: enough to make messaging cheap. */
const BATCH = 64

export interface FileBatchOptions<T> {
  /** Reads one batch: in this thread, or the same function in the worker. */
  read: ReadBatch<T>
  /** The worker module, which calls `serveFileBatches(read)`. */
  worker: URL
  /** Worker threads; `0` reads in this thread. Default: one per core for 1,000 files or more, else 0. */
  workers?: number
}

/**
 * One result per file of `files`, in their order, read in batches on
 * every core for large sites: each file is independent, and parsing built
 * HTML is most of the time the steps after the site build spend.
 */
export async function readFileBatches<T>(root: string, files: string[], options: FileBatchOptions<T>): Promise<T[]> {
  const count = Math.min(options.workers ?? (files.length >= 1000 ? availableParallelism() : 0), Math.ceil(files.length / BATCH))
  const results: T[] = new Array(files.length)
  if (count === 0) {
    for (let start = 0; start < files.length; start += BATCH) {
      const batch = await options.read(root, files.slice(start, start + BATCH))
      batch.forEach((result, offset) => (results[start + offset] = result))
    }
    return results
  }
  const pool = Array.from({length: count}, () => new Worker(options.worker))
  let next = 0
  try {
    await everyWorker<BatchReply<T>>(pool, 'A file reader', (worker, reply, finish) => {
      if (reply) reply.results.forEach((result, offset) => (results[reply.start + offset] = result))
      if (next >= files.length) return finish()
      const start = next
      next = Math.min(files.length, next + BATCH)
      worker.postMessage({root, start, files: files.slice(start, next)} satisfies BatchRequest)
    })
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()))
  }
  return results
}

/** The worker side of `readFileBatches`: answer each request with `read`'s results, or the error. */
export function serveFileBatches<T>(read: ReadBatch<T>): void {
  parentPort!.on('message', async (request: BatchRequest) => {
    let reply: BatchReply<T>
    try {
      reply = {type: 'batch', start: request.start, results: await read(request.root, request.files)}
    } catch (error) {
      reply = {type: 'error', message: (error as Error).message}
    }
    parentPort!.postMessage(reply)
  })
}
