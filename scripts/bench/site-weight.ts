/**
 * `npm run bench:site-weight -- [--dist <dir>] [--base <path>] [page …]`
 *
 * What a built site weighs: the size of `dist/` and its page count, and
 * for each page given (default: the first article), what a first visit
 * transfers: the HTML, stylesheets and fonts the browser actually fetches,
 * as sent (uncompressed) and as a server that gzips text would send it.
 * A benchmark, not a test: it prints numbers.
 */
import {readdir} from 'node:fs/promises'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {gzipSync} from 'node:zlib'
import {normalizeBase} from '../../src/site/paths.ts'
import {launchChromium} from '../site/chromium.ts'
import {serveStatic} from '../site/static-server.ts'
import {distSize} from './dist-size.ts'

const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {
    dist: {type: 'string', default: 'dist'},
    base: {type: 'string', default: '/'}
  }
})

const dist = path.resolve(values.dist)
const {files, bytes, pages} = await distSize(dist)
const mib = (value: number) => `${(value / 1024 / 1024).toFixed(1)} MiB`
const kib = (value: number) => `${(value / 1024).toFixed(1)} KiB`
console.log(`dist: ${mib(bytes)} in ${files} files, ${pages} HTML pages`)

const firstArticle = (await readdir(path.join(dist, 'articles')).catch(() => [] as string[])).sort()[0]
const routes = positionals.length > 0 ? positionals : firstArticle ? [`articles/${firstArticle}/`] : ['']
const base = normalizeBase(values.base)
const server = await serveStatic(dist, base)
const browser = await launchChromium()
try {
  for (const route of routes) {
    const page = await browser.newPage()
    const bodies: {url: string; type: string; raw: number; gzip: number}[] = []
    page.on('response', async (response) => {
      const body = await response.body().catch(() => undefined)
      if (!body) return
      const type = response.request().resourceType()
      const compressible = type === 'document' || type === 'stylesheet' || type === 'script'
      bodies.push({url: response.url(), type, raw: body.length, gzip: compressible ? gzipSync(body, {level: 6}).length : body.length})
    })
    await page.goto(new URL(route, server.url).href, {waitUntil: 'networkidle'})
    await page.evaluate(() => document.fonts.ready)
    await page.close()
    const sum = (key: 'raw' | 'gzip', types?: string[]) =>
      bodies.filter((body) => !types || types.includes(body.type)).reduce((total, body) => total + body[key], 0)
    console.log(`${route}:`)
    for (const type of ['document', 'stylesheet', 'font', 'script', 'image']) {
      const ofType = bodies.filter((body) => body.type === type)
      if (ofType.length > 0) console.log(`  ${type}: ${ofType.length} file(s), ${kib(sum('raw', [type]))}, gzipped ${kib(sum('gzip', [type]))}`)
    }
    console.log(`  total: ${kib(sum('raw'))} as served, ${kib(sum('gzip'))} with gzip (fonts are already compressed)`)
  }
} finally {
  await browser.close()
  await server.close()
}
