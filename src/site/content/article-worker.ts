/**
 * A worker thread of `openArticleSource`: reads and validates its share of
 * the article files, keeps their bodies, and renders them with the site's
 * Markdown pipeline when asked. Runs from source (Node strips the types),
 * not from the Astro bundle.
 */
import {parentPort} from 'node:worker_threads'
import type {ArticleFile} from './article-file.ts'
import {BATCH, type WorkerReply, type WorkerRequest} from './article-source.ts'
import {readArticleFile} from './read-articles.ts'
import {createArticleRenderer} from './render-article.ts'

/** This worker's articles, each with its position in the whole archive. */
const held: {start: number; files: ArticleFile[]}[] = []

const reply = (message: WorkerReply) => parentPort!.postMessage(message)

parentPort!.on('message', async (request: WorkerRequest) => {
  try {
    if (request.type === 'read') {
      const files = await Promise.all(request.files.map(readArticleFile))
      held.push({start: request.start, files})
      reply({type: 'read', start: request.start, articles: files.map(({id, path, data}) => ({id, path, data}))})
      return
    }
    const render = createArticleRenderer({actorHref: (actor) => request.hrefs[actor.id]})
    for (const {start, files} of held.splice(0)) {
      for (let offset = 0; offset < files.length; offset += BATCH) {
        const results = files.slice(offset, offset + BATCH).map((file) => render(file.data, file.body, file.path))
        reply({type: 'rendered', start: start + offset, results})
      }
    }
    reply({type: 'done'})
  } catch (error) {
    reply({type: 'error', message: (error as Error).message})
  }
})
