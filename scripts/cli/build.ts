/**
 * `npm run build -- [--seeds <dir or file>] [--strict]`
 *
 * The whole site from seeds: ingest into `content/`, Astro build into
 * `dist/`, then the Pagefind search index into `dist/pagefind/`. Each
 * step prints its time and the CPU time it used (on a busy machine the two
 * differ): the CPU time of this process's threads, without Pagefind's own
 * process. The last line gives the whole build's time and this process's
 * peak memory.
 */
import {parseArgs} from 'node:util'
import {ingestWithReport} from './ingest.ts'
import {buildSearchIndex} from '../search/build-index.ts'
import {buildSite} from '../site/build-site.ts'

const usage = `Usage: npm run build -- [--seeds <dir or file>] [--strict]

  --seeds <path>  folder of seeds or one seed file (default: seeds)
  --strict        stop with status 1 if any input failed, before building
  --help          show this help`

async function main(args: string[]): Promise<void> {
  const {values} = parseArgs({
    args,
    options: {
      seeds: {type: 'string', default: 'seeds'},
      strict: {type: 'boolean', default: false},
      help: {type: 'boolean', default: false}
    }
  })
  if (values.help) {
    console.log(usage)
    return
  }
  const started = performance.now()
  const ingested = await measured(() => ingestWithReport({seeds: values.seeds, out: 'content'}), (_, cpu) => `ingest: CPU ${cpu}`)
  if (values.strict && ingested.failed > 0) {
    process.exitCode = 1
    return
  }
  await measured(buildSite, (wall, cpu) => `astro: built dist/ in ${wall.toFixed(1)} s, CPU ${cpu}`)
  await measured(
    () => buildSearchIndex('dist'),
    (indexed, cpu) => `pagefind: indexed ${indexed.pages} pages in ${indexed.seconds.toFixed(1)} s, CPU ${cpu}`
  )
  const peak = process.resourceUsage().maxRSS / 1024 // KiB to MiB; worker threads share the process
  console.log(`build: done in ${seconds(performance.now() - started)}, peak memory ${peak.toFixed(0)} MB`)
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
  console.error(error)
  process.exitCode = 1
})
