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
import {brotliCompressSync, gzipSync} from 'node:zlib'
import {buildSearchIndex, type IndexOptions} from '../search/build-index.ts'
import {openDistSearch} from '../search/open-dist.ts'
import {launchChromium} from '../site/chromium.ts'
import {serveStatic, type Transfers} from '../site/static-server.ts'
import {corpusSite, CORPUS_SITE_ARGS, CORPUS_SITE_USAGE} from '../eval/search-corpus-site.ts'

const usage = `Usage: npm run bench:search -- [options]

${CORPUS_SITE_USAGE}
  --stock                also build and measure Pagefind's own index of the same pages
  --reuse-index          measure the index already in the corpus site (no build)
  --chunk-size <n>       word positions per word-index file (default: INDEX_CHUNK_SIZE)
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
      'reuse-index': {type: 'boolean', default: false},
      'chunk-size': {type: 'string'},
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
    if (values['reuse-index']) {
      console.log(`\n${name}: the index in ${outputPath}`)
    } else {
      const indexChunkSize = values['chunk-size'] ? Number(values['chunk-size']) : undefined
      const built = await buildSearchIndex(dist, {...options, outputPath, indexChunkSize})
      const {read, add, write} = built.phases
      console.log(
        `\n${name}: index of ${built.pages} pages (${built.actors} actor pages) built in ${built.seconds.toFixed(1)} s ` +
          `(read ${read.toFixed(1)} s, analyze and add ${add.toFixed(1)} s, Pagefind write ${write.toFixed(1)} s)`
      )
    }
    const sizes = await folderSizes(outputPath)
    console.log(
      `  size: ${mb(sizes.total)} in ${sizes.files} files; index chunks ${mb(sizes.index)}, fragments ${mb(sizes.fragment)}, ` +
        `filters ${mb(sizes.filter)}, metadata ${kb(sizes.meta)}, search code ${kb(sizes.code)}`
    )
    await measureQueries(dist, bundle)
    if (bundle === 'pagefind') await measureBrowser(dist)
  }
}

/**
 * The same in a browser (the project's Chromium, scripts/site/chromium.ts): every byte the
 * search page fetches, from opening `/search/?q=…` to the rendered results
 * (page, styles, scripts, index), then for a query typed after it.
 */
async function measureBrowser(dist: string): Promise<void> {
  const browser = await launchChromium()
  const server = await serveStatic(dist)
  try {
    const first: Sent[] = []
    const later: Sent[] = []
    const times: number[] = []
    for (const [i, query] of QUERIES.slice(0, 10).entries()) {
      const context = await browser.newContext()
      const page = await context.newPage()
      server.resetTransfers()
      const started = performance.now()
      await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`)
      await page.locator('.search-status', {hasText: 'للبحث عن'}).waitFor()
      times.push(performance.now() - started)
      first.push(await sent(dist, server.transfers.log))
      server.resetTransfers()
      await page.locator('#search-q').fill(QUERIES[i + 10])
      await page.keyboard.press('Enter')
      await page.locator('.search-status', {hasText: `«${QUERIES[i + 10]}»`}).waitFor()
      later.push(await sent(dist, server.transfers.log))
      await context.close()
    }
    console.log(`  browser, first query (open /search/?q=…, no cache), results shown after median ${ms(median(times))}:`)
    report(first)
    console.log('  browser, a later query (typed on the same page):')
    report(later)
  } finally {
    await browser.close()
    await server.close()
  }
}

/** Bytes fetched by a first query (fresh page) and a later one, and query times, over `QUERIES`. */
async function measureQueries(dist: string, bundle: string): Promise<void> {
  const first: Sent[] = []
  const later: Sent[] = []
  const firstMs: number[] = []
  for (const [i, query] of QUERIES.entries()) {
    const next = QUERIES[(i + 1) % QUERIES.length]
    const started = performance.now()
    const search = await openDistSearch(dist, {bundle})
    try {
      await search.search(query)
      firstMs.push(performance.now() - started)
      // pagefind.js is read from disk in Node; a browser fetches it too.
      const script = {path: `/${bundle}/pagefind.js`, bytes: 0}
      first.push(await sent(dist, [script, ...search.server.transfers.log]))
      search.server.resetTransfers()
      await search.search(next)
      later.push(await sent(dist, search.server.transfers.log))
    } finally {
      await search.close()
    }
  }
  console.log(`  first query, search module (pagefind.js, open the index, search, load 10 results), median ${ms(median(firstMs))} in Node:`)
  report(first)
  console.log('  later query (same page, another query):')
  report(later)
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

/** Bytes sent for one query, in total and by kind of file, as stored and as a host compresses them. */
interface Sent {
  stored: number
  gzip: number
  brotli: number
  /** Kind of file → bytes with brotli (as stored for Pagefind's own compressed files). */
  parts: Record<string, number>
}

/** Files a static host compresses (text); Pagefind's index files and WebAssembly are gzip-compressed already, and fonts are woff2. */
const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|xml|txt)$/
const compressed = new Map<string, {gzip: number; brotli: number; stored: number}>()

async function sent(dist: string, log: Transfers['log']): Promise<Sent> {
  const result: Sent = {stored: 0, gzip: 0, brotli: 0, parts: {}}
  for (const {path: urlPath} of log) {
    const file = path.join(dist, decodeURIComponent(urlPath).replace(/\/$/, '/index.html'))
    let sizes = compressed.get(file)
    if (!sizes) {
      const bytes = await readFile(file)
      sizes = COMPRESSIBLE.test(file)
        ? {stored: bytes.length, gzip: gzipSync(bytes, {level: 6}).length, brotli: brotliCompressSync(bytes).length}
        : {stored: bytes.length, gzip: bytes.length, brotli: bytes.length}
      compressed.set(file, sizes)
    }
    result.stored += sizes.stored
    result.gzip += sizes.gzip
    result.brotli += sizes.brotli
    const kind = kindOf(urlPath)
    result.parts[kind] = (result.parts[kind] ?? 0) + sizes.brotli
  }
  return result
}

function kindOf(urlPath: string): string {
  const name = urlPath.split('/').at(-1) ?? ''
  if (/\/pagefind[^/]*\/(fragment|index|filter)\//.test(urlPath)) return `${urlPath.split('/').at(-2)} files`
  if (name.endsWith('.pf_meta')) return 'pf_meta'
  if (name.startsWith('wasm.')) return 'wasm'
  if (/\/pagefind[^/]*\//.test(urlPath)) return name
  if (name.endsWith('.woff2')) return 'fonts'
  if (name.endsWith('.css')) return 'CSS'
  if (name.endsWith('.js')) return 'site JS'
  return 'page'
}

/** Median and maximum of the totals, and the median of each kind of file. */
function report(runs: Sent[]): void {
  const line = (key: 'stored' | 'gzip' | 'brotli') => `median ${kb(median(runs.map((run) => run[key])))}, max ${kb(Math.max(...runs.map((run) => run[key])))}`
  console.log(`    as stored ${line('stored')}; host gzip (level 6) ${line('gzip')}; host brotli ${line('brotli')}`)
  const kinds = [...new Set(runs.flatMap((run) => Object.keys(run.parts)))].sort()
  console.log(`    median by file (brotli): ${kinds.map((kind) => `${kind} ${kb(median(runs.map((run) => run.parts[kind] ?? 0)))}`).join(', ')}`)
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
