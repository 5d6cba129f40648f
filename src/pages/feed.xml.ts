import type {APIRoute} from 'astro'
import {loadArchive} from '../site/archive/load-archive.ts'
import {FEED_SIZE} from '../site/page-sizes.ts'
import {articlesToAtomEntries} from '../site/seo/feed-entries.ts'
import {toAtom} from '../site/seo/atom.ts'
import {SITE_DESCRIPTION, SITE_NAME, absoluteUrl, paths} from '../site/site.ts'

/** The site's Atom feed: the newest dated articles. */
export const GET: APIRoute = async () => {
  const archive = await loadArchive()
  const body = toAtom({
    selfUrl: absoluteUrl(paths.feed()),
    pageUrl: absoluteUrl(paths.home()),
    title: `${SITE_NAME}: أحدث المقالات`,
    subtitle: SITE_DESCRIPTION,
    entries: articlesToAtomEntries(archive.articles, FEED_SIZE, (id) => absoluteUrl(paths.article(id)))
  })
  return new Response(body, {headers: {'Content-Type': 'application/atom+xml; charset=utf-8'}})
}
