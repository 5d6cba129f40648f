/**
 * `npm run build -- [--seeds <dir or file>] [--strict]`
 *
 * The whole site from seeds: ingest into `content/`, Astro build into
 * `dist/`, then the Pagefind search index into `dist/pagefind/`.
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
  const ingested = await ingestWithReport({seeds: values.seeds, out: 'content'})
  if (values.strict && ingested.failed > 0) {
    process.exitCode = 1
    return
  }
  const seconds = await buildSite()
  console.log(`astro: built dist/ in ${seconds.toFixed(1)} s`)
  const indexed = await buildSearchIndex('dist')
  console.log(`pagefind: indexed ${indexed.pages} pages in ${indexed.seconds.toFixed(1)} s`)
  console.log(`build: done in ${((performance.now() - started) / 1000).toFixed(1)} s`)
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
