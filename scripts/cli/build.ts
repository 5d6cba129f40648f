/**
 * `npm run build -- [--seeds <dir or file>] [--content <dir>] [--dist <dir>] [--strict]`
 *
 * The whole site from seeds: ingest into `content/`, then the Astro build,
 * the Pagefind search index, the hosts' cache rules (`_headers`), a check
 * of every internal link and the fixity manifest (`manifest-sha256.txt`,
 * for `npm run verify`), all in
 * `dist.staging/`; only when every step passed does it replace `dist/`
 * (scripts/site/publish.ts). A failed or killed build leaves the last good
 * site in place.
 *
 * Each step prints its time and the CPU time it used (on a busy machine the
 * two differ): the CPU time of this process's threads, without Pagefind's
 * own process. The last line gives the whole build's time and this
 * process's peak memory (Pagefind's service is another process: `npm run
 * bench:build` measures the two together).
 */
import path from 'node:path'
import {parseArgs} from 'node:util'
import {baseFromEnvironment, siteFromEnvironment} from '../../src/site/paths.ts'
import {buildSearchIndex} from '../search/build-index.ts'
import {buildSite} from '../site/build-site.ts'
import {checkLinks, formatBrokenLink} from '../site/links/check-links.ts'
import {prepareStaging, publish} from '../site/publish.ts'
import {writeHostHeaders} from '../site/host-headers.ts'
import {FIXITY_FILE, writeFixityManifest} from '../fixity/fixity-manifest.ts'
import {ingestWithReport} from './ingest.ts'

const usage = `Usage: npm run build -- [--seeds <dir or file>] [--content <dir>] [--dist <dir>] [--strict]

  --seeds <path>    folder of seeds or one seed file (default: seeds)
  --content <dir>   content folder: articles are written to <dir>/articles/,
                    the actor registry is read from <dir>/actors/ (default: content)
  --dist <dir>      the site (default: dist); built in <dir>.staging first
  --strict          stop with status 1 if any input failed, before building
  --help            show this help`

async function main(args: string[]): Promise<void> {
  const {values} = parseArgs({
    args,
    options: {
      seeds: {type: 'string', default: 'seeds'},
      content: {type: 'string', default: 'content'},
      dist: {type: 'string', default: 'dist'},
      strict: {type: 'boolean', default: false},
      help: {type: 'boolean', default: false}
    }
  })
  if (values.help) {
    console.log(usage)
    return
  }
  const started = performance.now()
  const {content, dist} = values
  const staging = await prepareStaging(dist)
  const ingested = await measured(
    () => ingestWithReport({seeds: values.seeds, out: content, registry: path.join(content, 'actors')}),
    (_, cpu) => `ingest: CPU ${cpu}`
  )
  if (values.strict && ingested.failed > 0) {
    process.exitCode = 1
    return
  }
  await measured(
    () => buildSite({content, outDir: staging}),
    (wall, cpu) => `astro: built the pages in ${wall.toFixed(1)} s, CPU ${cpu}`
  )
  await measured(
    () => buildSearchIndex(staging),
    (indexed, cpu) => `pagefind: indexed ${indexed.pages} pages in ${indexed.seconds.toFixed(1)} s, CPU ${cpu}`
  )
  await writeHostHeaders(staging, baseFromEnvironment())
  const links = await measured(
    () => checkLinks({dist: staging, base: baseFromEnvironment(), site: siteFromEnvironment()}),
    (checked, cpu) => `check-links: ${checked.links} internal links in ${checked.files} files, ${checked.broken.length} broken, CPU ${cpu}`
  )
  if (links.broken.length > 0) {
    for (const link of links.broken.slice(0, 20)) console.error(formatBrokenLink(link))
    throw new Error(`${links.broken.length} broken internal links: ${dist}/ was not replaced`)
  }
  await measured(
    () => writeFixityManifest(staging),
    (files, cpu) => `fixity: SHA-256 of ${files} files in ${FIXITY_FILE}, CPU ${cpu}`
  )
  await publish(dist)
  const peak = process.resourceUsage().maxRSS / 1024 // KiB to MiB; worker threads share the process
  console.log(`build: published ${dist}/ in ${seconds(performance.now() - started)}, peak memory ${peak.toFixed(0)} MB (this process; Pagefind's service runs in its own)`)
}

/** Run one step, then print `report(result, CPU time)`: user and system time of this process's threads while it ran. */
async function measured<T>(step: () => Promise<T>, report: (result: T, cpu: string) => string): Promise<T> {
  const before = process.cpuUsage()
  const result = await step()
  const used = process.cpuUsage(before)
  console.log(report(result, seconds((used.user + used.system) / 1000)))
  return result
}

/** Milliseconds as `12.3 s`. */
function seconds(milliseconds: number): string {
  return `${(milliseconds / 1000).toFixed(1)} s`
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`build: failed, the last good site is unchanged: ${error instanceof Error ? error.message : String(error)}`)
  if (error instanceof Error && error.cause) console.error(error.cause)
  process.exitCode = 1
})
