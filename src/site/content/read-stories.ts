import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {parseWithFriendlyErrors} from '../../shared/schemas/friendly-errors.ts'
import {STORIES_FILE, StoriesFileSchema, type Story} from '../../shared/schemas/story.ts'

/**
 * The stories of `<content>/stories.json`, as the ingest wrote them; none
 * when the file is missing (content not made by the ingest). A damaged
 * file stops the build with an error naming it.
 */
export async function readStoriesFile(content: string): Promise<Story[]> {
  const file = path.join(content, STORIES_FILE)
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new Error(`${file}: not valid JSON: ${(error as Error).message}`)
  }
  return parseWithFriendlyErrors(StoriesFileSchema, data, file).stories
}
