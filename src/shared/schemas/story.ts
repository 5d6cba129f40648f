import {z} from 'astro/zod'
import {URL_SAFE_ID} from './url-safe-id.ts'

/**
 * One story of `content/stories.json`: articles of several outlets, or of
 * one, reporting the same event (see scripts/stories/README.md).
 */
export const StorySchema = z.object({
  /** Stable and URL-safe: the page is `/stories/<id>/`. */
  id: z.string().regex(URL_SAFE_ID, 'Expected letters, digits, `-` or `_`'),
  /** Article ids, oldest first; two or more. */
  articles: z.array(z.string()).min(2),
  /** Pairs of near-identical articles (wire copy republished). */
  copies: z.array(z.tuple([z.string(), z.string()])).default([])
})
export type Story = z.output<typeof StorySchema>

/** The stories' file in the content folder, written by the ingest. */
export const STORIES_FILE = 'stories.json'

/** Its format's version: a file of another version is grouped again (ingest) or refused (site). */
export const STORIES_VERSION = 1

/** The file: a version, the hash of what the stories were grouped from, the stories. */
export const StoriesFileSchema = z.object({
  version: z.literal(STORIES_VERSION),
  basis: z.string(),
  stories: z.array(StorySchema)
})
