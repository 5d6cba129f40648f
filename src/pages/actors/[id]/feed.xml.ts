import type {APIRoute, GetStaticPaths} from 'astro'
import {actorStaticPaths, loadArchive} from '../../../site/archive/load-archive.ts'
import {FEED_SIZE} from '../../../site/page-sizes.ts'
import {articlesToAtomEntries} from '../../../site/seo/feed-entries.ts'
import {toAtom} from '../../../site/seo/atom.ts'
import {SITE_NAME, absoluteUrl, paths} from '../../../site/site.ts'

export const getStaticPaths = actorStaticPaths satisfies GetStaticPaths

/** An actor's Atom feed: the newest articles that mention it. */
export const GET: APIRoute = async ({params}) => {
  const archive = await loadArchive()
  const actor = archive.actor(params.id!)!
  const body = toAtom({
    selfUrl: absoluteUrl(paths.actorFeed(actor.id)),
    pageUrl: absoluteUrl(paths.actor(actor.id)),
    title: `${actor.name} | ${SITE_NAME}`,
    subtitle: `أحدث المقالات التي تذكر ${actor.name}`,
    entries: articlesToAtomEntries(archive.actorArticles(actor.id), FEED_SIZE, (id) => absoluteUrl(paths.article(id)))
  })
  return new Response(body, {headers: {'Content-Type': 'application/atom+xml; charset=utf-8'}})
}
