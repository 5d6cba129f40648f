import type {APIRoute} from 'astro'
import {loadArchive} from '../site/archive/load-archive.ts'
import {storyToSummaryJson} from '../site/archive/story-json.ts'
import {absoluteUrl, paths} from '../site/site.ts'

/** `/stories.json`: every story, most outlets first. */
export const GET: APIRoute = async () => {
  const archive = await loadArchive()
  return Response.json({stories: archive.stories.map((story) => storyToSummaryJson(story, paths, absoluteUrl))})
}
