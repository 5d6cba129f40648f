import {readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {z} from 'astro/zod'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {parse} from 'yaml'
import {parseWithFriendlyErrors} from '../../src/shared/schemas/friendly-errors.ts'
import {openDistSearch, type DistSearch} from '../../scripts/search/open-dist.ts'
import {buildTinySite} from '../helpers/search-site.ts'

/**
 * Search behaviour as data, after Pagefind's own integration tests: each
 * `cases/<behaviour>.yaml` holds tiny pages and searches with the exact
 * results expected, in order. The pages are indexed by the real index
 * build and searched with the real search module.
 */
const SearchSchema = z.object({
  query: z.string(),
  filters: z.record(z.string(), z.array(z.string())).optional(),
  sort: z.enum(['relevance', 'newest', 'oldest']).optional(),
  /** Page names (or `actor:<id>`) of every result, best first. */
  results: z.array(z.string()),
  /** Per page name: HTML its excerpt must contain. */
  excerpts: z.record(z.string(), z.string()).optional(),
  /** Per page name: the matched words to highlight on it, in text order. */
  words: z.record(z.string(), z.array(z.string())).optional()
})
const CaseSchema = z.object({
  pages: z.record(z.string(), z.unknown()),
  searches: z.array(SearchSchema).min(1)
})

const folder = new URL('cases/', import.meta.url)
const files = readdirSync(folder).filter((file) => file.endsWith('.yaml')).sort()
const output = fileURLToPath(new URL('../.output/search-cases/', import.meta.url))

/** `actor:haftar` → `/actors/haftar/`, `a` → `/articles/a/`. */
const toUrl = (name: string) => (name.startsWith('actor:') ? `/actors/${name.slice(6)}/` : `/articles/${name}/`)

test('there are search cases', () => {
  expect(files.length).toBeGreaterThan(5)
})

describe.each(files)('%s', (file) => {
  const source = `test/search/cases/${file}`
  const spec = parseWithFriendlyErrors(CaseSchema, parse(readFileSync(new URL(file, folder), 'utf8')), source)
  const dist = `${output}${file.replace(/\.yaml$/, '')}`
  let search: DistSearch

  beforeAll(async () => {
    await buildTinySite(dist, spec.pages, source)
    search = await openDistSearch(dist)
  })
  afterAll(() => search?.close())

  test.each(spec.searches)('$query', async (expected) => {
    const response = await search.search(expected.query, {filters: expected.filters, sort: expected.sort, limit: 100})
    expect(response.results.map((result) => result.url)).toEqual(expected.results.map(toUrl))
    for (const [name, html] of Object.entries(expected.excerpts ?? {})) {
      expect(response.results.find((result) => result.url === toUrl(name))?.excerpt).toContain(html)
    }
    for (const [name, words] of Object.entries(expected.words ?? {})) {
      expect(response.results.find((result) => result.url === toUrl(name))?.words).toEqual(words)
    }
  })
})
