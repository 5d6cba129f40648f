/**
 * A worker thread of `renderArticles`: renders batches of articles with
 * the site's Markdown pipeline. Runs from source (Node strips the types),
 * not from the Astro bundle.
 */
import {parentPort} from 'node:worker_threads'
import {createArticleRenderer} from './render-article.ts'
import type {RenderJob} from './render-articles.ts'

/** Each job carries the addresses of its article's actors that have a page. */
let hrefs: Record<string, string> = {}
const render = createArticleRenderer({actorHref: (actor) => hrefs[actor.id]})

parentPort!.on('message', (batch: RenderJob[]) => {
  parentPort!.postMessage(
    batch.map((job) => {
      hrefs = job.hrefs
      return render(job.data, job.body, job.path)
    })
  )
})
