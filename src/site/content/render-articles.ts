import {availableParallelism} from 'node:os'
import path from 'node:path'
import {Worker} from 'node:worker_threads'
import type {Article} from '../../shared/schemas/article.ts'
import type {ArticleFile} from './article-file.ts'
import {createArticleRenderer, type RenderedArticle} from './render-article.ts'

/** One article for a render worker. */
export interface RenderJob {
  data: Article
  body: string
  path: string
  /** Actor id to the address of its page, for the article's actors that have one. */
  hrefs: Record<string, string>
}

export interface RenderOptions {
  /** The address of an actor's page by the id an article tags it with, or `undefined` for none. */
  actorHref: (id: string) => string | undefined
  /** Worker threads; `0` renders in this thread. Default: one per core for 1,000 articles or more, else 0. */
  workers?: number
  /** Where `render-worker.ts` is. Default: `src/site/content/` under the working directory (the project root). */
  workerFile?: string
}

const BATCH = 250

/**
 * Every article's body through the site's Markdown pipeline, in input
 * order. Rendering is most of the work of building the site's data, and
 * each article is independent, so large archives render on every core.
 */
export async function renderArticles(files: readonly ArticleFile[], options: RenderOptions): Promise<RenderedArticle[]> {
  const jobs = files.map((file): RenderJob => {
    const hrefs: Record<string, string> = {}
    for (const actor of file.data.actors) {
      const href = options.actorHref(actor.id)
      if (href !== undefined) hrefs[actor.id] = href
    }
    return {data: file.data, body: file.body, path: file.path, hrefs}
  })
  const workers = options.workers ?? (files.length >= 1000 ? availableParallelism() : 0)
  if (workers === 0) {
    let hrefs: Record<string, string> = {}
    const render = createArticleRenderer({actorHref: (actor) => hrefs[actor.id]})
    return jobs.map((job) => {
      hrefs = job.hrefs
      return render(job.data, job.body, job.path)
    })
  }
  return renderInWorkers(jobs, workers, options.workerFile ?? path.resolve('src/site/content/render-worker.ts'))
}

async function renderInWorkers(jobs: RenderJob[], count: number, workerFile: string): Promise<RenderedArticle[]> {
  const results: RenderedArticle[] = new Array(jobs.length)
  let next = 0
  const pool = Array.from({length: count}, () => new Worker(workerFile))
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let start = 0
            const send = () => {
              if (next >= jobs.length) return resolve()
              start = next
              next = Math.min(jobs.length, next + BATCH)
              worker.postMessage(jobs.slice(start, next))
            }
            worker.on('message', (rendered: RenderedArticle[]) => {
              rendered.forEach((result, offset) => (results[start + offset] = result))
              send()
            })
            worker.once('error', reject)
            worker.once('exit', (code) => reject(new Error(`A render worker stopped with code ${code}.`)))
            send()
          })
      )
    )
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()))
  }
  return results
}
