import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {writeFileAtomic} from '../ingest/write/atomic-write.ts'
import type {Story} from '../../src/shared/schemas/story.ts'

/** One story as the content folder keeps it (`StorySchema`): the site and the `stories` command read it. */
export type StoryRecord = Story

export const STORIES_FILE = 'stories.json'
const VERSION = 1

export function storiesFile(content: string): string {
  return path.join(content, STORIES_FILE)
}

/** The stories file: the stories, and a hash of what they were grouped from. */
export interface StoriesFile {
  /** Hash of the grouping code and of every article file's SHA-256: equal, and the stories are current. */
  basis: string
  stories: StoryRecord[]
}

/** The stories of the last run; none when the file is missing, damaged or of another version (they are grouped again). */
export async function readStories(content: string): Promise<StoriesFile> {
  try {
    const data = JSON.parse(await readFile(storiesFile(content), 'utf8')) as Partial<StoriesFile> & {version?: number}
    return data.version === VERSION && typeof data.basis === 'string' && Array.isArray(data.stories) ? {basis: data.basis, stories: data.stories} : {basis: '', stories: []}
  } catch {
    return {basis: '', stories: []}
  }
}

/** Write the stories (sorted by id, one a line, so a change reads as a small diff); unchanged bytes are not rewritten. */
export async function writeStories(content: string, {basis, stories}: StoriesFile): Promise<boolean> {
  const sorted = [...stories].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const lines = sorted.map((story) => `\n${JSON.stringify(story)}`).join(',')
  const text = `{"version":${VERSION},"basis":"${basis}","stories":[${lines}${lines ? '\n' : ''}]}\n`
  const file = storiesFile(content)
  const old = await readFile(file, 'utf8').catch(() => undefined)
  if (old === text) return false
  await writeFileAtomic(file, text)
  return true
}
