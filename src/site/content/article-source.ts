import {availableParallelism} from 'node:os'
import path from 'node:path'
import {Worker} from 'node:worker_threads'
import {everyWorker, type WorkerError} from '../../shared/every-worker.ts'
import type {Article} from '../../shared/schemas/article.ts'
import type {ArticleFile} from './article-file.ts'
import {listArticleFiles, readArticleFile, type ArticleFileName} from './read-articles.ts'
import {createArticleRenderer, type RenderedArticle} from './render-article.ts'

/** An article's frontmatter, read and validated; its body stays with the source until rendered. */
export interface ArticleEntry {
  /** The file name without `.md`. */
  id: string
  /** Path, for messages. */
  path: string
  data: Article
}

/** The articles of a content folder: their frontmatter now, their bodies rendered on demand. */
export interface ArticleSource {
  /** Every article, in file-name order. */
  articles: ArticleEntry[]
  /**
   * Every body through the site's Markdown pipeline, in the order of
   * `articles`, linking the mentions of actors `actorHref` gives a page
   * (it is asked for each id an article tags). Once only: the bodies are
   * let go afterwards.
   */
  render(actorHref: (id: string) => string | undefined): Promise<RenderedArticle[]>
}

export interface SourceOptions {
  /** Worker threads; `0` reads and renders in this thread. Default: one per core for 1,000 articles or more, else 0. */
  workers?: number
  /** Articles per message to a worker. Default: `BATCH`. */
  batch?: number
  /** Where `article-worker.ts` is. Default: `src/site/content/` under the working directory (the project root). */
  workerFile?: string
}

/** Messages to an article worker. */
export type WorkerRequest =
  | {type: 'read'; start: number; files: ArticleFileName[]}
  | {type: 'render'; hrefs: Record<string, string>}

/** Messages from an article worker. */
export type WorkerReply =
  | {type: 'read'; start: number; articles: ArticleEntry[]}
  | {type: 'rendered'; start: number; results: RenderedArticle[]}
  | {type: 'done'}
  | WorkerError

/** Articles per message: enough to make messaging cheap, few enough to share the work evenly. */
export const BATCH = 250

/**
 * Open the articles of `<content>/articles/*.md`: a missing folder is an
 * empty archive; an invalid file stops the build with an error naming it.
 *
 * Parsing frontmatter and rendering bodies are most of the work of
 * building the site's data, and each article is independent, so large
 * archives do both on every core: each worker reads a share of the files,
 * sends back their frontmatter, keeps their bodies, and later renders
 * those bodies. The bodies never pass through this thread.
 */
export async function openArticleSource(content: string, options: SourceOptions = {}): Promise<ArticleSource> {
  const files = await listArticleFiles(content)
  const batch = options.batch ?? BATCH
  const workers = Math.min(options.workers ?? (files.length >= 1000 ? availableParallelism() : 0), Math.ceil(files.length / batch))
  if (workers === 0) return inThisThread(await Promise.all(files.map(readArticleFile)))
  return inWorkers(files, workers, batch, options.workerFile ?? path.resolve('src/site/content/article-worker.ts'))
}

function inThisThread(files: ArticleFile[]): ArticleSource {
  return {
    articles: files.map(({id, path, data}) => ({id, path, data})),
    async render(actorHref) {
      // One table for all articles, as the workers get it.
      const hrefs = hrefsOf(files, actorHref)
      const render = createArticleRenderer({actorHref: (actor) => hrefs[actor.id]})
      return files.map((file) => render(file.data, file.body, file.path))
    }
  }
}

async function inWorkers(files: ArticleFileName[], count: number, batch: number, workerFile: string): Promise<ArticleSource> {
  const pool = Array.from({length: count}, () => new Worker(workerFile))
  const stop = () => Promise.all(pool.map((worker) => worker.terminate()))
  try {
    const articles: ArticleEntry[] = new Array(files.length)
    let next = 0
    await everyWorker<WorkerReply>(pool, 'An article worker', (worker, reply, finish) => {
      if (reply?.type === 'read') reply.articles.forEach((entry, offset) => (articles[reply.start + offset] = entry))
      if (next >= files.length) return finish()
      const start = next
      next = Math.min(files.length, next + batch)
      worker.postMessage({type: 'read', start, files: files.slice(start, next)} satisfies WorkerRequest)
    })
    return {
      articles,
      async render(actorHref) {
        try {
          const results: RenderedArticle[] = new Array(files.length)
          const request: WorkerRequest = {type: 'render', hrefs: hrefsOf(articles, actorHref)}
          await everyWorker<WorkerReply>(pool, 'An article worker', (worker, reply, finish) => {
            if (reply === undefined) worker.postMessage(request)
            else if (reply.type === 'rendered') reply.results.forEach((result, offset) => (results[reply.start + offset] = result))
            else if (reply.type === 'done') finish()
          })
          return results
        } finally {
          await stop()
        }
      }
    }
  } catch (error) {
    await stop()
    throw error
  }
}

/** The addresses of the pages of the actors the articles tag, by id (actors without a page left out). */
function hrefsOf(articles: readonly {data: Article}[], actorHref: (id: string) => string | undefined): Record<string, string> {
  const hrefs: Record<string, string> = {}
  for (const article of articles) {
    for (const {id} of article.data.actors) {
      if (id in hrefs) continue
      const href = actorHref(id)
      if (href !== undefined) hrefs[id] = href
    }
  }
  return hrefs
}
