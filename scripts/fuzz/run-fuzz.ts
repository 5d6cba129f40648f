import {mkdir, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {ingest, type IngestResult} from '../ingest/run-ingest.ts'
import {MANIFEST_NAME, readManifest, type Manifest} from '../ingest/write/manifest.ts'
import {STORIES_FILE} from '../../src/shared/schemas/story.ts'
import {parseArticleFile} from '../../src/site/content/article-file.ts'
import {fuzzInput, seedParagraphs, type FuzzInput} from './fuzz-inputs.ts'
import {createRandom} from './random.ts'

export interface FuzzOptions {
  /** Inputs in all. */
  n: number
  seed: number
  /** Inputs per ingest run. */
  batch: number
  /** Called after each batch. */
  onBatch?: (done: number, findings: number) => void
}

export interface FuzzReport {
  inputs: number
  /** Articles the ingest wrote, and the inputs (files or JSONL records) it refused, by error code. */
  written: number
  errors: Record<string, number>
  /** Broken promises: each names the input, what was done to it, and what went wrong. */
  findings: string[]
  /** Sandboxes kept because they hold findings, to replay them. */
  kept: string[]
}

/**
 * Feed the ingest damaged inputs, `batch` at a time, each batch in a fresh
 * sandbox (`seeds/` in, `out/` out), and check its promises: it never
 * throws; it writes nothing but `out/articles/*.md`, its manifest and `stories.json`, and
 * leaves the seeds as they were; every input is accounted for, written or
 * named in an error line with its file (and, in JSONL, its line); no error
 * is an unexpected failure (`internal`); and every article it writes is
 * one the site accepts (`parseArticleFile`); a second run over the same
 * seeds rewrites nothing. Deterministic for a seed.
 */
export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const random = createRandom(options.seed)
  const paragraphs = seedParagraphs()
  const report: FuzzReport = {inputs: 0, written: 0, errors: {}, findings: [], kept: []}
  for (let first = 0; first < options.n; first += options.batch) {
    const inputs = Array.from({length: Math.min(options.batch, options.n - first)}, (_, offset) => fuzzInput(first + offset, random, paragraphs))
    const sandbox = await mkdtemp(path.join(tmpdir(), 'arshif-fuzz-'))
    const findings = await runBatch(sandbox, inputs, report)
    report.inputs += inputs.length
    report.findings.push(...findings)
    if (findings.length > 0) report.kept.push(sandbox)
    else await rm(sandbox, {recursive: true, force: true})
    options.onBatch?.(report.inputs, report.findings.length)
  }
  return report
}

async function runBatch(sandbox: string, inputs: FuzzInput[], report: FuzzReport): Promise<string[]> {
  const seeds = path.join(sandbox, 'seeds')
  const out = path.join(sandbox, 'out')
  await mkdir(seeds)
  for (const input of inputs) for (const [name, bytes] of Object.entries(input.files)) await writeFile(path.join(seeds, name), bytes)
  let result: IngestResult
  try {
    result = await ingest({seeds, out, workers: 2})
  } catch (error) {
    return [`ingest threw on ${sandbox}: ${(error as Error).stack ?? error}`]
  }
  report.written += result.written
  for (const message of result.messages) {
    if (message.severity === 'error') report.errors[message.code] = (report.errors[message.code] ?? 0) + 1
  }
  const {articles} = await readManifest(path.join(out, MANIFEST_NAME))
  const findings = [...(await strayFiles(sandbox, inputs)), ...(await unaccounted(inputs, seeds, result, articles)), ...(await invalidArticles(out, articles))]
  return [...findings, ...(await unstableRerun(seeds, out, result))]
}

/** A second run over the same seeds must find every article unchanged and rewrite nothing. */
async function unstableRerun(seeds: string, out: string, first: IngestResult): Promise<string[]> {
  const before = await readArticles(out)
  const again = await ingest({seeds, out, workers: 2})
  const findings: string[] = []
  if (again.written !== 0 || again.unchanged !== first.written || again.failed !== first.failed) {
    findings.push(`${seeds}: a rerun wrote ${again.written}, kept ${again.unchanged}, failed ${again.failed} (first run: wrote ${first.written}, failed ${first.failed})`)
  }
  const after = await readArticles(out)
  for (const id of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (before[id] !== after[id]) findings.push(`${out}/articles/${id}.md: changed by a rerun over the same seeds`)
  }
  return findings
}

async function readArticles(out: string): Promise<Record<string, string>> {
  const folder = path.join(out, 'articles')
  const names = (await readdir(folder)).filter((name) => name.endsWith('.md'))
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await readFile(path.join(folder, name), 'utf8')] as const)))
}

/** Anything in the sandbox but the seeds as written, `out/articles/*.md`, the manifest and the stories. */
async function strayFiles(sandbox: string, inputs: FuzzInput[]): Promise<string[]> {
  const expected = new Map(inputs.flatMap((input) => Object.entries(input.files)).map(([name, bytes]) => [`seeds/${name}`, bytes]))
  const findings: string[] = []
  for (const entry of await readdir(sandbox, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile()) continue
    const file = path.relative(sandbox, path.join(entry.parentPath, entry.name))
    const seed = expected.get(file)
    if (seed) {
      if (!Buffer.from(seed).equals(await readFile(path.join(sandbox, file)))) findings.push(`${file}: the ingest changed a seed`)
    } else if (!/^out\/articles\/[^/]+\.md$/.test(file) && file !== `out/${MANIFEST_NAME}` && file !== `out/${STORIES_FILE}`) {
      findings.push(`${file}: written outside the output (or left behind)`)
    }
  }
  return findings
}

/** Inputs neither written nor named in an error line; errors that are unexpected failures. */
async function unaccounted(inputs: FuzzInput[], seeds: string, result: IngestResult, articles: Manifest): Promise<string[]> {
  const written = new Map<string, number>()
  for (const entry of Object.values(articles)) written.set(entry.source, (written.get(entry.source) ?? 0) + 1)
  const errors = result.messages.filter((message) => message.severity === 'error')
  const findings: string[] = []
  for (const input of inputs) {
    const file = path.join(seeds, input.file)
    const where = `${input.file} [${input.mutations.join(', ') || 'unchanged'}]`
    const own = errors.filter((message) => message.file === file)
    for (const message of own) if (message.code === 'internal') findings.push(`${where}: unexpected failure: ${message.reason}`)
    const articleCount = written.get(file) ?? 0
    if (input.kind !== 'jsonl') {
      if (articleCount + own.length !== 1) findings.push(`${where}: ${articleCount} articles and ${own.length} errors for one input`)
      continue
    }
    const records = jsonlRecords(input.files[input.file])
    const wholeFile = own.filter((message) => message.line === undefined)
    const perRecord = own.filter((message) => message.line !== undefined)
    const accounted = wholeFile.length === 1 ? records > 0 && articleCount === 0 && perRecord.length === 0 : wholeFile.length === 0 && articleCount + perRecord.length === records
    if (!accounted) findings.push(`${where}: ${records} records, ${articleCount} articles, ${perRecord.length} record errors, ${wholeFile.length} file errors`)
    if (new Set(perRecord.map((message) => message.line)).size !== perRecord.length) findings.push(`${where}: a record named in two error lines`)
  }
  return findings
}

/** The records of a JSONL file as the ingest counts them: lines ended by `\n`, blank ones skipped. */
function jsonlRecords(bytes: Uint8Array): number {
  const lines = new TextDecoder().decode(bytes).split('\n')
  if (lines.at(-1) === '') lines.pop()
  return lines.filter((line, index) => (index === 0 ? line.replace(/^\uFEFF/, '') : line).replace(/\r$/, '').trim() !== '').length
}

/** Written articles the site would refuse. */
async function invalidArticles(out: string, articles: Manifest): Promise<string[]> {
  const findings: string[] = []
  for (const id of Object.keys(articles)) {
    const file = path.join(out, 'articles', `${id}.md`)
    try {
      parseArticleFile(await readFile(file, 'utf8'), file, id)
    } catch (error) {
      findings.push(`${file}: the site would refuse it: ${(error as Error).message.split('\n')[0]}`)
    }
  }
  return findings
}
