import {createHash} from 'node:crypto'
import path from 'node:path'
import type {Story} from '../../src/shared/schemas/story.ts'
import {codeFingerprint, projectPaths} from '../ingest/fingerprint.ts'
import {MANIFEST_NAME, readManifest, type Manifest} from '../ingest/write/manifest.ts'
import {findStories} from './find-stories.ts'
import {readStoryArticle, type StoryArticle} from './read-story-articles.ts'
import {readStories, writeStories} from './stories-file.ts'

export interface StoriesUpdate {
  /** Stories, and the articles in them. */
  stories: number
  articles: number
  /** Nothing the grouping reads changed since the last run: the stories were kept as they are. */
  unchanged: boolean
}

/** The code the grouping runs: a change to it groups the archive again. */
const STORY_CODE = ['scripts/stories', 'src/shared']

/**
 * Group the archive's articles into stories and write
 * `<content>/stories.json`, unless neither an article file (by the
 * SHA-256s of the manifest) nor the grouping code changed since the file
 * was written.
 */
export async function updateStories(content: string, manifest: Manifest): Promise<StoriesUpdate> {
  const basis = await storiesBasis(manifest)
  const previous = await readStories(content)
  const count = (stories: readonly {articles: readonly string[]}[]) => stories.reduce((sum, story) => sum + story.articles.length, 0)
  if (previous.basis === basis) return {stories: previous.stories.length, articles: count(previous.stories), unchanged: true}
  const stories = await findStories(content)
  await writeStories(content, {basis, stories})
  return {stories: stories.length, articles: count(stories), unchanged: false}
}

/** What the stories depend on: the grouping code and every article file, by the manifest's SHA-256s. */
async function storiesBasis(manifest: Manifest): Promise<string> {
  const hash = createHash('sha256').update(await codeFingerprint(projectPaths(STORY_CODE)))
  for (const id of Object.keys(manifest).sort()) hash.update(`\0${id}\0${manifest[id].markdownSha256}`)
  return hash.digest('hex')
}

/**
 * The stories of `<content>` as they stand: `stories.json` when the
 * articles and code are those it was grouped from (by the ingest's
 * manifest), else grouped afresh without writing; with the facts of the
 * articles in them.
 */
export async function currentStories(content: string): Promise<{stories: Story[]; facts: Map<string, StoryArticle>}> {
  const saved = await readStories(content)
  const {articles: manifest} = await readManifest(path.join(content, MANIFEST_NAME))
  const current = saved.basis !== '' && saved.basis === (await storiesBasis(manifest))
  const stories = current ? saved.stories : await findStories(content)
  const facts = new Map<string, StoryArticle>()
  for (const id of stories.flatMap((story) => story.articles)) {
    const {blocks: _, lead: __, ...article} = readStoryArticle(path.join(content, 'articles', `${id}.md`))
    facts.set(id, article)
  }
  return {stories, facts}
}
