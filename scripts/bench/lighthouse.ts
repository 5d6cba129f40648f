/**
 * `npm run lighthouse -- [--dist <dir>] [--runs <n>] [--json <file>]`
 *
 * Lighthouse's mobile preset (a simulated mid-range phone on a slow 4G
 * link) on one page of each type of a built site, served the way a
 * production host serves it (gzip, a year of cache for hashed files), in
 * the same npm-installed Chromium as the browser tests. Prints one row per
 * page: the four category scores, first and largest contentful paint,
 * blocking time, layout shift, bytes transferred and the fonts' share. `--runs n` runs each
 * page n times and keeps the run with the median performance score, as
 * Lighthouse's documentation advises against its variance. A benchmark,
 * not a test: it prints numbers.
 */
import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {launch} from 'chrome-launcher'
import lighthouse, {type Result} from 'lighthouse'
import {chromiumPath, CHROMIUM_ARGS} from '../site/chromium.ts'
import {serveStatic} from '../site/static-server.ts'
import {wholeNumberOption} from '../cli/number-option.ts'
import {pageOfEachType} from './page-types.ts'

const usage = `Usage: npm run lighthouse -- [--dist <dir>] [--runs <n>] [--json <file>]

  --dist <dir>     the built site (default: dist)
  --runs <n>       runs per page; the median by performance is kept (default: 1)
  --json <file>    also write each page's figures as JSON
  --help           show this help`

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const

interface PageFigures {
  page: string
  path: string
  scores: Record<(typeof CATEGORIES)[number], number>
  fcpMs: number
  lcpMs: number
  /** Speed index: how soon the visible page is complete (on search: the results shown). */
  speedIndexMs: number
  /** Total blocking time: the main thread's long tasks. */
  tbtMs: number
  cls: number
  totalKiB: number
  fontKiB: number
}

const {values} = parseArgs({
  options: {
    dist: {type: 'string', default: 'dist'},
    runs: {type: 'string', default: '1'},
    json: {type: 'string'},
    help: {type: 'boolean', default: false}
  }
})
if (values.help) {
  console.log(usage)
  process.exit(0)
}
const runs = wholeNumberOption(values.runs, '--runs', 1)
const dist = path.resolve(values.dist)
const pages = await pageOfEachType(dist)
const server = await serveStatic(dist, '/', {asHost: true})
const chrome = await launch({
  chromePath: await chromiumPath(),
  chromeFlags: ["--headless='shell'", ...CHROMIUM_ARGS]
})
const results: PageFigures[] = []
try {
  console.log('page                | perf | a11y | best | seo | FCP    | LCP    | SI     | TBT     | CLS   | KiB   | fonts KiB | path')
  for (const {type, path: pagePath} of pages) {
    const figures: PageFigures[] = []
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(new URL(pagePath, server.url).href, {
        port: chrome.port,
        logLevel: 'error',
        onlyCategories: [...CATEGORIES]
      })
      if (!result) throw new Error(`Lighthouse returned nothing for ${pagePath}`)
      figures.push(figuresOf(type, pagePath, result.lhr))
    }
    figures.sort((a, b) => a.scores.performance - b.scores.performance)
    const median = figures[Math.floor(figures.length / 2)]
    results.push(median)
    console.log(row(median))
  }
} finally {
  chrome.kill()
  await server.close()
}
if (values.json) await writeFile(values.json, `${JSON.stringify(results, null, 2)}\n`)

function figuresOf(type: string, pagePath: string, lhr: Result): PageFigures {
  const runtimeError = lhr.runtimeError?.message
  if (runtimeError) throw new Error(`Lighthouse on ${pagePath}: ${runtimeError}`)
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100)
  const requests = (lhr.audits['network-requests']?.details as {items?: {resourceType?: string; transferSize?: number}[]})?.items ?? []
  const bytes = (items: typeof requests) => items.reduce((total, item) => total + (item.transferSize ?? 0), 0) / 1024
  return {
    page: type,
    path: pagePath,
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, score(id)])) as PageFigures['scores'],
    fcpMs: lhr.audits['first-contentful-paint']?.numericValue ?? NaN,
    lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
    speedIndexMs: lhr.audits['speed-index']?.numericValue ?? NaN,
    tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
    totalKiB: bytes(requests),
    fontKiB: bytes(requests.filter((item) => item.resourceType === 'Font'))
  }
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`.padStart(6)
}

function row(figures: PageFigures): string {
  const {scores} = figures
  return [
    figures.page.padEnd(19),
    String(scores.performance).padStart(4),
    String(scores.accessibility).padStart(4),
    String(scores['best-practices']).padStart(4),
    String(scores.seo).padStart(3),
    seconds(figures.fcpMs),
    seconds(figures.lcpMs),
    seconds(figures.speedIndexMs),
    `${figures.tbtMs.toFixed(0)} ms`.padStart(7),
    figures.cls.toFixed(3).padStart(5),
    figures.totalKiB.toFixed(0).padStart(5),
    figures.fontKiB.toFixed(0).padStart(9),
    figures.path
  ].join(' | ')
}
