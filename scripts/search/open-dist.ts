import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {PagefindModule, PagefindRanking} from '../../src/shared/search/pagefind-api.ts'
import {openSearch, type Search} from '../../src/shared/search/search.ts'
import {serveStatic, type StaticServer} from '../site/static-server.ts'

export interface DistSearch extends Search {
  /** The loopback server the index is fetched from; its `transfers` count the bytes. */
  server: StaticServer
}

export interface OpenDistOptions {
  /** The site's base path, as built (`ARSHIF_BASE`). Default: `/`. */
  base?: string
  /** The index folder inside `dist`. Default: `pagefind`. */
  bundle?: string
  /** Ranking weights in place of arshif's, to compare them. */
  ranking?: PagefindRanking
}

/**
 * Open the search of a built site in Node: the same module the /search/
 * page runs, on Pagefind's own `pagefind.js` from `dist`. Pagefind fetches
 * its index over HTTP, so `dist` is served on a loopback port for as long
 * as the search is open.
 */
export async function openDistSearch(dist: string, options: OpenDistOptions = {}): Promise<DistSearch> {
  const base = options.base ?? '/'
  const bundle = options.bundle ?? 'pagefind'
  const server = await serveStatic(path.resolve(dist), base)
  try {
    const moduleUrl = pathToFileURL(path.resolve(dist, bundle, 'pagefind.js')).href
    const pagefind = (await import(moduleUrl)) as PagefindModule
    const bundleUrl = `${server.url}${bundle}/`
    const search = await openSearch({pagefind, bundleUrl, baseUrl: base, noWorker: true, ranking: options.ranking})
    return {
      ...search,
      server,
      async close() {
        await search.close()
        await server.close()
      }
    }
  } catch (error) {
    await server.close()
    throw error
  }
}
