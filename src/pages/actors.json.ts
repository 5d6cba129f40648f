import type {APIRoute} from 'astro'
import {actorToSummaryJson} from '../site/archive/actor-json.ts'
import {loadArchive} from '../site/archive/load-archive.ts'
import {absoluteUrl, paths} from '../site/site.ts'

/** `/actors.json`: every actor with a page, most covered first. */
export const GET: APIRoute = async () => {
  const archive = await loadArchive()
  return Response.json({
    actors: archive.actors.map((actor) => actorToSummaryJson(actor, paths, absoluteUrl))
  })
}
