import type {APIRoute, GetStaticPaths} from 'astro'
import {loadArchive} from '../../site/archive/load-archive.ts'
import {storyToJson} from '../../site/archive/story-json.ts'
import {absoluteUrl, paths} from '../../site/site.ts'

export const getStaticPaths = (async () => {
  const archive = await loadArchive()
  return archive.stories.map((story) => ({params: {id: story.id}}))
}) satisfies GetStaticPaths

/** `/stories/<id>.json`: a story's articles, what each outlet named, who each quoted. */
export const GET: APIRoute = async ({params}) => {
  const archive = await loadArchive()
  return Response.json(storyToJson(archive.story(params.id!)!, archive, paths, absoluteUrl))
}
