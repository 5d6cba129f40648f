import {readdir, readFile, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import * as pagefind from 'pagefind'
import {createIndexer, wordTokens} from '../../src/shared/search/analyze.ts'
import {ANALYZERS, DEFAULT_ANALYZER, type AnalyzerName} from '../../src/shared/search/analyzers.ts'
import {FILTERS, MANIFEST_FILE, MAX_ACTOR_CHOICES, type SearchManifest} from '../../src/shared/search/bundle.ts'
import {actorRecords, otherNamesFromActorsJson, summarizeActors} from './actor-records.ts'
import {pageToRecord} from './page-to-record.ts'
import type {PageActor, SearchPage} from './read-page.ts'
import {readPages} from './read-pages.ts'

export interface IndexOptions {
  /**
   * How words become index terms (see `ANALYZERS`), or `'stock'` for
   * Pagefind's own indexing of the pages (its Arabic stemmer, no actor
   * pages): kept to measure against. Default: `DEFAULT_ANALYZER`.
   */
  analyzer?: AnalyzerName | 'stock'
  /** Folder for the index. Default: `<dist>/pagefind`. */
  outputPath?: string
  /**
   * Word positions per file of the word index (Pagefind's
   * `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`; its default is 20,000). A query
   * loads one file per word, and the index's metadata, which every first
   * query loads, lists the files. Default: `INDEX_CHUNK_SIZE`.
   */
  indexChunkSize?: number
}

/**
 * Word positions per word-index file. Smaller files make each query word
 * cheaper and the metadata longer; measured with `npm run bench:search`
 * (README, "Search").
 */
export const INDEX_CHUNK_SIZE = 5_000

export interface IndexResult {
  /** Pages indexed (articles and actor pages). */
  pages: number
  /** Of those, actor pages. */
  actors: number
  seconds: number
  /** Seconds spent reading and parsing the built pages, analyzing and adding them to Pagefind, and writing the index. */
  phases: {read: number; add: number; write: number}
}

/**
 * Build the Pagefind index of a built site. Pages mark what is searchable
 * with `data-pagefind-body` (and meta, filters, sort keys with Pagefind's
 * other attributes); pages without it are left out. Every word is indexed
 * by its analyzed term (`pageToRecord`); each actor the articles name gets
 * a record of its own, so its name finds its page `/actors/<id>/`.
 */
export async function buildSearchIndex(dist: string, options: IndexOptions = {}): Promise<IndexResult> {
  const started = performance.now()
  const analyzer = options.analyzer ?? DEFAULT_ANALYZER
  const outputPath = options.outputPath ?? path.join(dist, 'pagefind')
  await rm(outputPath, {recursive: true, force: true})
  // Pagefind reads it from its environment when the Node API starts its service (in createIndex).
  const chunkSizeBefore = process.env[CHUNK_SIZE_ENV]
  process.env[CHUNK_SIZE_ENV] = String(options.indexChunkSize ?? INDEX_CHUNK_SIZE)
  try {
    const {index, errors} = await pagefind.createIndex(
      // `und` has no stemmer in Pagefind: our terms must reach the index as they are.
      analyzer === 'stock' ? {forceLanguage: 'ar'} : {forceLanguage: 'und'}
    )
    if (!index) throw new Error(errors.join('\n'))
    let result: Omit<IndexResult, 'seconds' | 'phases'> & {choices?: SearchManifest['choices']}
    const phases = {read: 0, add: 0, write: 0}
    if (analyzer === 'stock') {
      const added = await index.addDirectory({path: dist, glob: '**/*.html'})
      if (added.errors.length > 0) throw new Error(added.errors.join('\n'))
      result = {pages: added.page_count, actors: 0}
      phases.add = (performance.now() - started) / 1000
    } else {
      result = await addPages(index, dist, analyzer, phases)
    }
    const writing = performance.now()
    const written = await index.writeFiles({outputPath})
    phases.write = (performance.now() - writing) / 1000
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'))
    if (analyzer !== 'stock') {
      const manifest: SearchManifest = {analyzer, choices: result.choices ?? {}}
      await writeFile(path.join(outputPath, MANIFEST_FILE), `${JSON.stringify(manifest)}\n`)
    }
    return {pages: result.pages, actors: result.actors, seconds: (performance.now() - started) / 1000, phases}
  } catch (error) {
    throw new Error('Failed to run Pagefind.', {cause: error})
  } finally {
    await pagefind.close()
    if (chunkSizeBefore === undefined) delete process.env[CHUNK_SIZE_ENV]
    else process.env[CHUNK_SIZE_ENV] = chunkSizeBefore
  }
}

const CHUNK_SIZE_ENV = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'
/**
 * Pages handed to Pagefind before the first is answered: its service takes
 * messages one at a time in the order sent (so the index is the same,
 * byte for byte), and with some waiting it never idles while this thread
 * analyzes and sends the next (adding the corpus's pages: 22.4 s one at a
 * time, 17.6 s eight at a time).
 */
const IN_FLIGHT = 8

async function addPages(
  index: pagefind.PagefindIndex,
  dist: string,
  analyzer: AnalyzerName,
  phases: IndexResult['phases']
): Promise<Omit<IndexResult, 'seconds' | 'phases'> & {choices: SearchManifest['choices']}> {
  const reading = performance.now()
  const files = await listHtmlFiles(dist)
  // The pages' text is read once and kept: parsing HTML is the costliest
  // step, and the lexicon must be complete before the first page is
  // indexed. (About 3 KB a page: 300 MB for 100,000 articles.)
  const pages = await readPages(dist, files)
  phases.read = (performance.now() - reading) / 1000
  const adding = performance.now()
  // The archive's lexicon (how often each term occurs) tells a
  // conjunction or preposition from a word's first letter (see
  // `ANALYZERS.proclitics`).
  const words = new Map<string, number>()
  for (const {page} of pages) {
    for (const block of page.blocks) {
      for (const token of wordTokens(block.text)) words.set(token.text, (words.get(token.text) ?? 0) + 1)
    }
  }
  const lexicon = new Map<string, number>()
  const {term: termOf} = ANALYZERS[analyzer]
  for (const [word, count] of words) {
    const term = termOf(word)
    lexicon.set(term, (lexicon.get(term) ?? 0) + count)
  }
  const indexer = createIndexer(analyzer, lexicon)
  const mentions: PageActor[] = []
  const failures: string[] = []
  // Pages go to Pagefind in file order, so the index comes out the same
  // each time; the next pages are analyzed while Pagefind takes the last (`IN_FLIGHT`).
  const inFlight = new Set<Promise<void>>()
  for (const {file, page} of pages) {
    const content = pageToRecord(page, indexer)
    mentions.push(...page.actors)
    if (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight)
    const added: Promise<void> = index.addHTMLFile({url: fileToUrl(file), content}).then(
      (response) => {
        if (response.errors.length > 0) failures.push(`${file}: ${response.errors.join('; ')}`)
      },
      (error: unknown) => {
        failures.push(`${file}: ${String(error)}`)
      }
    ).finally(() => inFlight.delete(added))
    inFlight.add(added)
  }
  await Promise.all(inFlight)
  if (failures.length > 0) throw new Error(failures.join('\n'))
  // Actors only get a record where the site built their page (it may leave out rarely named ones).
  const actorPages = new Set(files.filter((file) => /^actors\/[^/]+\/index\.html$/.test(file)).map((file) => file.split('/')[1]))
  // The site's actor list gives each actor's other names; a site without one (a bare test site) has none.
  const actorsJson = await readFile(path.join(dist, 'actors.json'), 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined
    throw error
  })
  const otherNames = actorsJson === undefined ? undefined : otherNamesFromActorsJson(actorsJson)
  const records = actorRecords(summarizeActors(mentions).filter((actor) => actorPages.has(actor.id)), indexer, otherNames)
  for (const record of records) {
    const response = await index.addHTMLFile(record)
    if (response.errors.length > 0) throw new Error(`${record.url}: ${response.errors.join('\n')}`)
  }
  phases.add = (performance.now() - adding) / 1000
  return {pages: pages.length + records.length, actors: records.length, choices: filterChoices(pages.map(({page}) => page))}
}

/** Each filter's values with their number of pages, most first, then in Arabic collation order. */
function filterChoices(pages: SearchPage[]): SearchManifest['choices'] {
  const counts = new Map<string, Map<string, number>>()
  for (const page of pages) {
    for (const [name, values] of Object.entries(page.filters)) {
      let filter = counts.get(name)
      if (!filter) counts.set(name, (filter = new Map()))
      for (const value of values) filter.set(value, (filter.get(value) ?? 0) + 1)
    }
  }
  const collator = new Intl.Collator('ar')
  const choices: SearchManifest['choices'] = {}
  for (const [name, filter] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const sorted = [...filter].sort(([a, countA], [b, countB]) => countB - countA || collator.compare(a, b))
    choices[name] = name === FILTERS.actor ? sorted.slice(0, MAX_ACTOR_CHOICES) : sorted
  }
  return choices
}

/** HTML files under `dist`, relative, sorted so the index comes out the same each time; the index's own folder skipped. */
async function listHtmlFiles(dist: string): Promise<string[]> {
  const entries = await readdir(dist, {recursive: true, withFileTypes: true})
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(dist, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => !file.startsWith('pagefind'))
    .sort()
}

/** `articles/x/index.html` → `/articles/x/`: the page's address below the site's base. */
function fileToUrl(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`
}
