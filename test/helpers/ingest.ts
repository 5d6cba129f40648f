import {mkdir, readdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {ingest, type IngestResult} from '../../scripts/ingest/run-ingest.ts'
import {formatMessage} from '../../scripts/ingest/messages.ts'
import {tempDir} from './temp-dir.ts'

/** Write `files` (relative path → text or bytes) under a new seeds folder. */
export async function writeSeeds(files: Record<string, string | Uint8Array>): Promise<string> {
  const seeds = path.join(await tempDir('arshif-seeds-'), 'seeds')
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(seeds, name)
    await mkdir(path.dirname(file), {recursive: true})
    await writeFile(file, content)
  }
  return seeds
}

export interface IngestRun extends IngestResult {
  out: string
  /** Messages as the CLI prints them, paths relative to the seeds folder. */
  lines: string[]
  /** Article files by id. */
  articles: Record<string, string>
}

/** Ingest `seeds` into `out` (default: a new folder) and read back what it wrote. */
export async function runIngest(seeds: string, out?: string): Promise<IngestRun> {
  const target = out ?? (await tempDir('arshif-content-'))
  const result = await ingest({seeds, out: target, workers: 2})
  return {
    ...result,
    out: target,
    lines: result.messages.map((message) => formatMessage(message).replaceAll(`${seeds}/`, '')),
    articles: await readArticles(target)
  }
}

export async function readArticles(out: string): Promise<Record<string, string>> {
  const folder = path.join(out, 'articles')
  const names = (await readdir(folder)).filter((name) => name.endsWith('.md')).sort()
  const entries = await Promise.all(names.map(async (name) => [name.slice(0, -3), await readFile(path.join(folder, name), 'utf8')]))
  return Object.fromEntries(entries)
}

/** The body of a Markdown article: its blocks, without the frontmatter. */
export function bodyBlocks(markdown: string): string[] {
  return markdown.replace(/^---\n[\s\S]*?\n---\n/, '').trim().split('\n\n')
}
