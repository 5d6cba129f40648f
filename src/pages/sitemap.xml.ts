import type {APIRoute} from 'astro'
import {loadArchive} from '../site/archive/load-archive.ts'
import {sitePages} from '../site/archive/site-pages.ts'
import {SITEMAP_SIZE, chunk, toSitemapIndex} from '../site/seo/sitemap.ts'
import {absoluteUrl, paths} from '../site/site.ts'

/** The sitemap index: the site's pages in files of at most `SITEMAP_SIZE` addresses. */
export const GET: APIRoute = async () => {
  const archive = await loadArchive()
  const files = chunk(sitePages(archive, paths), SITEMAP_SIZE).map((_, index) => absoluteUrl(paths.asset(`sitemap-${index + 1}.xml`)))
  return new Response(toSitemapIndex(files), {headers: {'Content-Type': 'application/xml; charset=utf-8'}})
}
