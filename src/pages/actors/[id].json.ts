import type {APIRoute, GetStaticPaths} from 'astro'
import {actorToJson} from '../../site/archive/actor-json.ts'
import {actorStaticPaths, loadArchive} from '../../site/archive/load-archive.ts'
import {absoluteUrl, paths} from '../../site/site.ts'

export const getStaticPaths = actorStaticPaths satisfies GetStaticPaths

/** `/actors/<id>.json`: the actor and its whole timeline, for other sites and researchers. */
export const GET: APIRoute = async ({params}) => {
  const archive = await loadArchive()
  const actor = archive.actor(params.id!)!
  return Response.json(actorToJson(archive, actor, paths, absoluteUrl))
}
