/**
 * `npm run bench:search -- [--dist <built corpus site> | --seeds <corpus>] [--work <dir>] [--rebuild-site] [--stock]`
 *
 * Benchmark of the search (prints numbers; not a test): on the corpus
 * site, the index build's time and size, the bytes a first query and a
 * later query fetch, and the time a query takes in Node. `--stock` also
 * builds Pagefind's own index of the same pages, to compare.
 */
import {readdir, readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {gzipSync} from 'node:zlib'
import {buildSearchIndex, type IndexOptions} from '../search/build-index.ts'
import {openDistSearch} from '../search/open-dist.ts'
import {CHROMIUM_ARGS, CHROMIUM_PATH} from '../site/chromium.ts'
import {serveStatic} from '../site/static-server.ts'
import {corpusSite, CORPUS_SITE_ARGS, CORPUS_SITE_USAGE} from '../eval/search-corpus-site.ts'

const usage = `Usage: npm run bench:search -- [options]

${CORPUS_SITE_USAGE}
  --stock                also build and measure Pagefind's own index of the same pages
  --help                 show this help`

/** Queries a reader of this archive might type: common and rare words, names, two-word queries. */
const QUERIES = [
  'الجيش', 'مستشفى', 'مسئول', 'ترامب', 'الأمم المتحدة', 'اللاجئين', 'النفط', 'الانتخابات', 'حفتر', 'سوريا',
  'إيران', 'مجلس الأمن', 'الحوثيين', 'القدس', 'كأس العالم', 'فيروس', 'الاتحاد الأوروبي', 'طرابلس', 'مدرسه', 'انفجار'
]

async function main(args: string[]): Promise<void> {
  const {values} = parseArgs({
    args,
    options: {
      ...CORPUS_SITE_ARGS,
      stock: {type: 'boolean', default: false},
      help: {type: 'boolean', default: false}
    }
  })
  if (values.help) {
    console.log(usage)
    return
  }
  const dist = values.dist ?? (await corpusSite({seeds: values.seeds, work: values.work, rebuild: values['rebuild-site']}))
  const articles = (await readdir(path.join(dist, 'articles'))).length
  console.log(`corpus site: ${dist} (${articles} articles, the site's current article pages)`)
  const runs: Array<[string, IndexOptions & {bundle: string}]> = [['arshif', {bundle: 'pagefind'}]]
  if (values.stock) runs.push(['stock', {analyzer: 'stock', bundle: 'pagefind-stock'}])
  for (const [name, {bundle, ...options}] of runs) {
    const outputPath = path.join(dist, bundle)
    const built = await buildSearchIndex(dist, {...options, outputPath})
    const sizes = await folderSizes(outputPath)
    const {read, add, write} = built.phases
    console.log(
      `\n${name}: index of ${built.pages} pages (${built.actors} actor pages) built in ${built.seconds.toFixed(1)} s ` +
        `(read ${read.toFixed(1)} s, analyze and add ${add.toFixed(1)} s, Pagefind write ${write.toFixed(1)} s)`
    )
    console.log(
      `  size: ${mb(sizes.total)} in ${sizes.files} files; index chunks ${mb(sizes.index)}, fragments ${mb(sizes.fragment)}, ` +
        `filters ${mb(sizes.filter)}, metadata ${kb(sizes.meta)}, search code ${kb(sizes.code)}`
    )
    await measureQueries(dist, bundle)
    if (bundle === 'pagefind') await measureBrowser(dist)
  }
}

/**
 * The same in a browser (Debian's Chromium, if installed): every byte the
 * search page fetches, from opening `/search/?q=…` to the rendered results
 * (page, styles, scripts, index), then for a query typed after it.
 */
async function measureBrowser(dist: string): Promise<void> {
  if (!(await stat(CHROMIUM_PATH).catch(() => undefined))) {
    console.log(`  browser: skipped (no ${CHROMIUM_PATH})`)
    return
  }
  const {chromium} = await import('playwright-core')
  const server = await serveStatic(dist)
  const browser = await chromium.launch({executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS})
  try {
    const first: number[] = []
    const later: number[] = []
    const times: number[] = []
    for (const [i, query] of QUERIES.slice(0, 10).entries()) {
      const context = await browser.newContext()
      const page = await context.newPage()
      server.resetTransfers()
      const started = performance.now()
      await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`)
      await page.locator('.search-status', {hasText: 'للبحث عن'}).waitFor()
      times.push(performance.now() - started)
      first.push(server.transfers.bytes)
      server.resetTransfers()
      await page.locator('#search-q').fill(QUERIES[i + 10])
      await page.keyboard.press('Enter')
      await page.locator('.search-status', {hasText: `«${QUERIES[i + 10]}»`}).waitFor()
      later.push(server.transfers.bytes)
      await context.close()
    }
    console.log(
      `  browser, first query (open /search/?q=…, no cache): median ${kb(median(first))}, max ${kb(Math.max(...first))}, ` +
        `results shown after median ${ms(median(times))}; a later query: median ${kb(median(later))}, max ${kb(Math.max(...later))}`
    )
  } finally {
    await browser.close()
    await server.close()
  }
}

/** Bytes fetched by a first query (fresh page) and a later one, and query times, over `QUERIES`. */
async function measureQueries(dist: string, bundle: string): Promise<void> {
  const script = await readFile(path.join(dist, bundle, 'pagefind.js'))
  const scriptGzip = gzipSync(script).length
  const first: number[] = []
  const later: number[] = []
  const firstMs: number[] = []
  for (const [i, query] of QUERIES.entries()) {
    const next = QUERIES[(i + 1) % QUERIES.length]
    const started = performance.now()
    const search = await openDistSearch(dist, {bundle})
    try {
      await search.search(query)
      firstMs.push(performance.now() - started)
      // pagefind.js is read from disk in Node; a browser fetches it too.
      first.push(search.server.transfers.bytes + script.length)
      search.server.resetTransfers()
      await search.search(next)
      later.push(search.server.transfers.bytes)
    } finally {
      await search.close()
    }
  }
  console.log(
    `  first query (open the index, search, load 10 results): median ${kb(median(first))}, max ${kb(Math.max(...first))} ` +
      `(pagefind.js ${kb(script.length)} of it, ${kb(scriptGzip)} if the host gzips it); median ${ms(median(firstMs))} in Node`
  )
  console.log(`  later query (same page, another query): median ${kb(median(later))}, max ${kb(Math.max(...later))}`)
  const search = await openDistSearch(dist, {bundle})
  try {
    for (const query of QUERIES) await search.search(query)
    const times: number[] = []
    for (let round = 0; round < 5; round++) {
      for (const query of QUERIES) {
        const started = performance.now()
        await search.search(query)
        times.push(performance.now() - started)
      }
    }
    times.sort((a, b) => a - b)
    console.log(
      `  query time in Node, warm (search + 10 results, ${times.length} runs): median ${ms(median(times))}, ` +
        `95th percentile ${ms(times[Math.floor(times.length * 0.95)])}`
    )
  } finally {
    await search.close()
  }
}

async function folderSizes(folder: string) {
  const sizes = {total: 0, files: 0, index: 0, fragment: 0, filter: 0, meta: 0, code: 0}
  for (const entry of await readdir(folder, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    const {size} = await stat(file)
    sizes.total += size
    sizes.files++
    const part = path.relative(folder, file).split(path.sep)[0]
    if (part === 'index' || part === 'fragment' || part === 'filter') sizes[part] += size
    else if (entry.name.endsWith('.pf_meta')) sizes.meta += size
    else if (entry.name === 'pagefind.js' || entry.name.startsWith('wasm.')) sizes.code += size
  }
  return sizes
}

const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
const ms = (value: number) => `${value.toFixed(1)} ms`

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
