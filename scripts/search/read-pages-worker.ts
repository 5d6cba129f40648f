/**
 * A worker thread of `readPages`: reads and parses the batches of built
 * pages it is sent, and sends back what each gives the search index.
 */
import {parentPort} from 'node:worker_threads'
import {readBatch, type PageReply, type PageRequest} from './read-pages.ts'

parentPort!.on('message', async (request: PageRequest) => {
  let reply: PageReply
  try {
    reply = {type: 'read', start: request.start, pages: await readBatch(request)}
  } catch (error) {
    reply = {type: 'error', message: (error as Error).message}
  }
  parentPort!.postMessage(reply)
})
