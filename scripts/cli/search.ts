/**
 * `npm run search -- [--dist <dir>] [--limit N] "<query>"`
 * `npm run search -- [--dist <dir>] [--limit N] --queries <file>`
 *
 * Search a built site from the command line, with the same search module
 * the /search/ page runs. One query: one JSON object per result, best
 * first. `--queries`: the index is loaded once and each line of the file
 * gives one JSON line `{"query", "results"}`.
 */
import {access, readFile} from 'node:fs/promises'
import path from 'node:path'
import {parseArgs} from 'node:util'
import type {SearchResult} from '../../src/shared/search/search.ts'
import {openDistSearch} from '../search/open-dist.ts'
import {wholeNumberOption} from './number-option.ts'

const usage = `Usage: npm run search -- [options] "<query>"
       npm run search -- [options] --queries <file>

  --dist <dir>      the built site (default: dist)
  --base <path>     the base path it was built for (default: ARSHIF_BASE or /)
  --limit <n>       results per query (default: 10)
  --queries <file>  one query a line; prints {"query", "results"} per line
  --help            show this help`

/** A result as the command prints it. */
interface PrintedResult {
  url: string
  title: string
  date: string | null
  excerpt: string
}

async function main(args: string[]): Promise<void> {
  const {values, positionals} = parseArgs({
    args,
    allowPositionals: true,
    options: {
      dist: {type: 'string', default: 'dist'},
      base: {type: 'string', default: process.env.ARSHIF_BASE ?? '/'},
      limit: {type: 'string', default: '10'},
      queries: {type: 'string'},
      help: {type: 'boolean', default: false}
    }
  })
  if (values.help) {
    console.log(usage)
    return
  }
  let limit: number
  try {
    limit = wholeNumberOption(values.limit, '--limit')
  } catch (error) {
    return fail((error as Error).message)
  }
  if (!values.queries && positionals.length === 0) return fail(`expected a query or --queries <file>\n\n${usage}`)
  const lines = values.queries ? await readQueries(values.queries) : [positionals.join(' ')]
  if (!lines) return
  const index = path.join(values.dist, 'pagefind', 'pagefind.js')
  if (!(await access(index).then(() => true, () => false))) {
    return fail(`${index}: not found; build the site first (npm run build)`)
  }
  const search = await openDistSearch(values.dist, {base: values.base.endsWith('/') ? values.base : `${values.base}/`})
  try {
    for (const query of lines) {
      const {results} = await search.search(query, {limit})
      const printed = results.map(toPrinted)
      if (values.queries) console.log(JSON.stringify({query, results: printed}))
      else for (const result of printed) console.log(JSON.stringify(result))
    }
  } finally {
    await search.close()
  }
}

async function readQueries(file: string): Promise<string[] | undefined> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    fail(`${file}: cannot read (${error.code ?? error.message})`)
    return undefined
  })
  return text
    ?.split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
}

function toPrinted(result: SearchResult): PrintedResult {
  return {url: result.url, title: result.title, date: result.date ?? null, excerpt: result.excerpt}
}

function fail(message: string): void {
  console.error(`search: ${message}`)
  process.exitCode = 1
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
