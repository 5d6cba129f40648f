import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {writeFileAtomic} from '../ingest/write/atomic-write.ts'
import {STORIES_FILE, STORIES_VERSION, StoriesFileSchema, type Story} from '../../src/shared/schemas/story.ts'

export function storiesFile(content: string): string {
  return path.join(content, STORIES_FILE)
}

/** The stories file: the stories, and a hash of what they were grouped from. */
export interface StoriesFile {
  /** Hash of the grouping code and of every article file's SHA-256: equal, and the stories are current. */
  basis: string
  stories: Story[]
}

/** The stories of the last run; none when the file is missing, damaged or of another version (they are grouped again). */
export async function readStories(content: string): Promise<StoriesFile> {
  try {
    const parsed = StoriesFileSchema.safeParse(JSON.parse(await readFile(storiesFile(content), 'utf8')))
    if (parsed.success) return {basis: parsed.data.basis, stories: parsed.data.stories}
  } catch {
    // Missing or not JSON: as damaged.
  }
  return {basis: '', stories: []}
}

/** Write the stories (sorted by id, one a line, so a change reads as a small diff); unchanged bytes are not rewritten. */
export async function writeStories(content: string, {basis, stories}: StoriesFile): Promise<boolean> {
  const sorted = [...stories].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const lines = sorted.map((story) => `\n${JSON.stringify(story)}`).join(',')
  const text = `{"version":${STORIES_VERSION},"basis":"${basis}","stories":[${lines}${lines ? '\n' : ''}]}\n`
  const file = storiesFile(content)
  const old = await readFile(file, 'utf8').catch(() => undefined)
  if (old === text) return false
  await writeFileAtomic(file, text)
  return true
}
