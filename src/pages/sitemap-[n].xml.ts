import type {APIRoute, GetStaticPaths} from 'astro'
import {loadArchive} from '../site/archive/load-archive.ts'
import {sitePages} from '../site/archive/site-pages.ts'
import {SITEMAP_SIZE, chunk, toSitemap} from '../site/seo/sitemap.ts'
import {absoluteUrl, paths} from '../site/site.ts'

export const getStaticPaths = (async () => {
  const archive = await loadArchive()
  return chunk(sitePages(archive, paths), SITEMAP_SIZE).map((pages, index) => ({
    params: {n: String(index + 1)},
    props: {pages}
  }))
}) satisfies GetStaticPaths

/** One file of the sitemap. */
export const GET: APIRoute<{pages: ReturnType<typeof sitePages>}> = ({props}) => {
  const body = toSitemap(props.pages.map((page) => ({loc: absoluteUrl(page.path), lastmod: page.lastmod})))
  return new Response(body, {headers: {'Content-Type': 'application/xml; charset=utf-8'}})
}
