import type {APIRoute} from 'astro'
import {absoluteUrl, paths} from '../site/site.ts'

/** Everything may be crawled; the sitemap says where the pages are. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(paths.sitemap())}\n`, {
    headers: {'Content-Type': 'text/plain; charset=utf-8'}
  })
