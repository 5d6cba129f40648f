/**
 * `npm run check-links -- [--dist <dir>] [--base <path>]`
 *
 * Checks every internal link of a built site (pages, anchors, sitemap and
 * feed addresses). Prints one line per broken link on stderr and exits
 * with status 1 if there is any.
 */
import {parseArgs} from 'node:util'
import {normalizeBase, siteFromEnvironment} from '../../src/site/paths.ts'
import {checkLinks, formatBrokenLink} from '../site/links/check-links.ts'

const usage = `Usage: npm run check-links -- [--dist <dir>] [--base <path>]

  --dist <dir>   the built site (default: dist)
  --base <path>  the base path it was built for (default: ARSHIF_BASE, else /)
  --help         show this help`

async function main(args: string[]): Promise<void> {
  const {values} = parseArgs({
    args,
    options: {
      dist: {type: 'string', default: 'dist'},
      base: {type: 'string', default: process.env.ARSHIF_BASE ?? '/'},
      help: {type: 'boolean', default: false}
    }
  })
  if (values.help) {
    console.log(usage)
    return
  }
  const started = performance.now()
  const result = await checkLinks({
    dist: values.dist,
    base: normalizeBase(values.base),
    site: siteFromEnvironment()
  })
  for (const link of result.broken) console.error(formatBrokenLink(link))
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(`check-links: ${result.links} internal links in ${result.files} files, ${result.broken.length} broken (${seconds} s)`)
  if (result.broken.length > 0) process.exitCode = 1
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
