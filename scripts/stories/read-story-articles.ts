import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {parseFrontmatter} from '@astrojs/markdown-remark'
import type {ActorType} from '../../src/shared/schemas/actor.ts'
import {markdownBlocks} from '../ingest/archive/markdown-blocks.ts'

/** What the grouping and its reports need of an article, without its text. */
export interface StoryArticle {
  id: string
  title: string
  /** Milliseconds since the epoch; undefined for an undated article. */
  time?: number
  date?: string
  outlet?: string
  /** Actor ids with their mentions, dateline places left out. */
  actors: {id: string; name: string; type: ActorType; mentions: number}[]
}

interface Frontmatter {
  id: string
  title: string
  date?: string
  outlet?: string
  actors?: {id: string; name: string; type: ActorType; mentions: number; dateline?: boolean}[]
}

/** The article files of `<content>/articles/`, in file-name order. */
export function articleFiles(content: string): string[] {
  const folder = path.join(content, 'articles')
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => path.join(folder, name))
}

/**
 * Read one article file (the ingest's own output, validated when written)
 * with its paragraphs and headings as text, and its lead: the first
 * paragraph, headings aside.
 *
 * @throws {Error} naming the file when it is not an article file.
 */
export function readStoryArticle(file: string): StoryArticle & {blocks: string[]; lead?: string} {
  // The site's frontmatter reader (js-yaml): several times faster than the `yaml` package.
  // Read synchronously: one small file after another, awaiting each costs more than reading it.
  const parsed = parseFrontmatter(readFileSync(file, 'utf8'))
  const data = parsed.frontmatter as Partial<Frontmatter>
  if (!data.id || !data.title) throw new Error(`${file}: not an article file (no id and title in its frontmatter)`)
  return {
    id: data.id,
    title: data.title,
    time: data.date ? Date.parse(data.date) : undefined,
    date: data.date,
    outlet: data.outlet,
    actors: (data.actors ?? []).filter((actor) => !actor.dateline).map(({id, name, type, mentions}) => ({id, name, type, mentions})),
    blocks: markdownBlocks(parsed.content),
    lead: markdownBlocks(parsed.content.split('\n').find((line) => line.trim() !== '' && !line.startsWith('#')) ?? '')[0]
  }
}
