import type {APIRoute} from 'astro'
import {actorNameRows} from '../../site/archive/actor-index.ts'
import {loadArchive} from '../../site/archive/load-archive.ts'

/** `/actors/names.json`: every actor's names for the actors index's quick filter, fetched when a reader types. */
export const GET: APIRoute = async () => {
  const archive = await loadArchive()
  return Response.json({actors: actorNameRows(archive.actors)})
}
