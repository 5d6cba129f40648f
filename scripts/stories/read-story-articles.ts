import {closeSync, openSync, readdirSync, readFileSync, readSync} from 'node:fs'
import path from 'node:path'
import {parseFrontmatter} from '@astrojs/markdown-remark'
import {parse as parseYaml} from 'yaml'
import type {ActorType} from '../../src/shared/schemas/actor.ts'
import {markdownBlocks, splitArticleFile} from '../ingest/archive/markdown-blocks.ts'

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
 * with its paragraphs and headings as text.
 *
 * @throws {Error} naming the file when it is not an article file.
 */
export function readStoryArticle(file: string): StoryArticle & {blocks: string[]} {
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
    blocks: markdownBlocks(parsed.content)
  }
}

/** The `outlet:` line the ingest writes at the top level of the frontmatter. */
const OUTLET_LINE = /^outlet: (.+)$/m

/** Bytes read first for the outlet and lead: most articles have both well within them. */
const HEAD_BYTES = 16_384

/**
 * The outlet and first paragraph of an article file, without parsing the
 * whole frontmatter or, mostly, reading the whole file: a quick first pass
 * over the archive.
 *
 * @throws {Error} naming the file when it is not an article file.
 */
export function readOutletAndLead(file: string): {outlet?: string; lead?: string} {
  const head = readHead(file, HEAD_BYTES)
  // Only whole lines of a cut head count; without a lead among them, the whole file is read.
  const found = outletAndLead(head.complete ? head.text : head.text.slice(0, head.text.lastIndexOf('\n') + 1))
  const result = found?.lead !== undefined || head.complete ? found : outletAndLead(readFileSync(file, 'utf8'))
  if (!result) throw new Error(`${file}: not an article file (no frontmatter)`)
  return result
}

function outletAndLead(text: string): {outlet?: string; lead?: string} | undefined {
  const parts = splitArticleFile(text)
  if (!parts) return undefined
  const outletLine = OUTLET_LINE.exec(parts.yaml)
  const lead = parts.body.split('\n').find((line) => line.trim() !== '' && !line.startsWith('#'))
  return {outlet: outletLine ? String(parseYaml(outletLine[1])) : undefined, lead: lead === undefined ? undefined : markdownBlocks(lead)[0]}
}

let headBuffer = Buffer.alloc(0)
const utf8 = new TextDecoder()

/** The first `bytes` of a file as text (a character cut at the end dropped), and whether that is all of it. */
function readHead(file: string, bytes: number): {text: string; complete: boolean} {
  if (headBuffer.length < bytes) headBuffer = Buffer.alloc(bytes)
  const descriptor = openSync(file, 'r')
  try {
    const read = readSync(descriptor, headBuffer, 0, bytes, 0)
    return {text: utf8.decode(headBuffer.subarray(0, read)).replace(/\uFFFD$/, ''), complete: read < bytes}
  } finally {
    closeSync(descriptor)
  }
}
