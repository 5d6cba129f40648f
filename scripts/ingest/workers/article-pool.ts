import {availableParallelism} from 'node:os'
import {Worker} from 'node:worker_threads'
import type {Registry} from '../../actors/registry/load-registry.ts'
import type {ArticleOutcome, ArticleTask, FatalOutcome, WorkerSetup} from './protocol.ts'

/** Articles sent to a worker at once: large enough to amortize messaging. */
const BATCH_SIZE = 32

export interface ArticlePoolOptions {
  /** Number of worker threads (default: one per core). */
  size?: number
  /** The actor registry, loaded once for all workers (default: each worker reads `content/actors/`). */
  registry?: Registry
  /** Called once per task, in no particular order. */
  onOutcome: (outcome: ArticleOutcome) => void
}

/**
 * Process and write articles on worker threads, one per core, in batches.
 * `submit` waits when every worker has two batches queued (backpressure,
 * so a 100,000-article JSONL is never all in memory); `close` waits for
 * the rest and stops the workers. Workers start on first use.
 */
export function createArticlePool(options: ArticlePoolOptions) {
  const size = Math.max(1, options.size ?? availableParallelism())
  const workers: {worker: Worker; queued: number}[] = []
  let batch: ArticleTask[] = []
  let inFlight = 0
  let failure: Error | undefined
  let wake: (() => void) | undefined

  function start() {
    const setup: WorkerSetup = {registry: options.registry}
    const worker = new Worker(new URL('article-worker.ts', import.meta.url), {workerData: setup})
    const entry = {worker, queued: 0}
    worker.on('message', (message: ArticleOutcome[] | FatalOutcome) => {
      if ('fatal' in message) failure ??= new Error(message.fatal)
      else message.forEach(options.onOutcome)
      entry.queued--
      inFlight--
      wake?.()
    })
    worker.on('error', (error) => {
      failure ??= error
      wake?.()
    })
    workers.push(entry)
    return entry
  }

  function dispatch() {
    if (batch.length === 0) return
    const idle = workers.find((entry) => entry.queued === 0)
    const entry = idle ?? (workers.length < size ? start() : workers.reduce((a, b) => (b.queued < a.queued ? b : a)))
    entry.queued++
    inFlight++
    entry.worker.postMessage(batch)
    batch = []
  }

  async function waitUntil(condition: () => boolean) {
    while (!condition() && !failure) await new Promise<void>((resolve) => (wake = resolve))
    if (failure) throw failure
  }

  return {
    async submit(task: ArticleTask): Promise<void> {
      batch.push(task)
      if (batch.length < BATCH_SIZE) return
      await waitUntil(() => inFlight < size * 2)
      dispatch()
    },
    async close(): Promise<void> {
      try {
        dispatch()
        await waitUntil(() => inFlight === 0)
      } catch (error) {
        await Promise.all(workers.map((entry) => entry.worker.terminate()))
        throw error
      }
      // Each worker ends once told there is no more work.
      await Promise.all(
        workers.map(({worker}) => {
          const exited = new Promise((resolve) => worker.once('exit', resolve))
          worker.postMessage(null)
          return exited
        })
      )
    }
  }
}
