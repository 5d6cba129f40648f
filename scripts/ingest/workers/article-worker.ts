/**
 * Worker thread: processes batches of articles and writes each to its
 * target atomically. Writes are synchronous here: a worker has nothing else
 * to do while it waits, and the main thread stays free to read input.
 */
import {parentPort, workerData} from 'node:worker_threads'
import {useRegistry} from '../../actors/match/actor-index.ts'
import {foundNames, processArticle} from '../article/process-article.ts'
import {errorToMessage} from '../messages.ts'
import type {ArticleOutcome, ArticleTask, WorkerSetup} from './protocol.ts'
import {writeFileAtomicSync} from '../write/atomic-write.ts'
import {sha256Hex} from '../../fixity/sha256.ts'

const setup = workerData as WorkerSetup | undefined
if (setup?.registry) useRegistry(setup.registry)

parentPort?.on('message', (batch: ArticleTask[] | null) => {
  // `null`: no more work; the thread ends by itself (terminating it while V8
  // may still compile in the background can crash the process).
  if (batch === null) return parentPort?.close()
  const outcomes: ArticleOutcome[] = []
  for (const task of batch) {
    let markdown: string
    try {
      const processed = processArticle(task.raw)
      markdown = processed.markdown
      outcomes.push({
        sequence: task.sequence,
        ok: true,
        titleOnly: processed.titleOnly,
        found: foundNames(processed.frontmatter),
        markdownSha256: sha256Hex(markdown),
        warnings: processed.warnings
      })
    } catch (error) {
      outcomes.push({sequence: task.sequence, ok: false, error: errorToMessage(error, task.raw.file, task.raw.line)})
      continue
    }
    try {
      writeFileAtomicSync(task.target, markdown, String(task.sequence))
    } catch (error) {
      parentPort?.postMessage({fatal: `cannot write ${task.target}: ${(error as Error).message}`})
      return
    }
  }
  parentPort?.postMessage(outcomes)
})
