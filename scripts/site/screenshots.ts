/**
 * `npm run screenshots -- [--dist <dir>] [--out <dir>] [--base <path>] [--from <px> --height <px>] [page …]`
 *
 * Screenshots of a built site, for a person to look at: each page at a
 * phone width (360 px) and a desktop width (1280 px), in the light and the
 * dark theme, as PNG files in `--out` (default: a folder in the system's
 * temporary directory; never the repository). Full length, or the band
 * from `--from` of `--height` pixels of a long page.
 */
import {mkdir} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {launchChromium} from './chromium.ts'
import {serveStatic} from './static-server.ts'

const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {
    dist: {type: 'string', default: 'dist'},
    out: {type: 'string', default: path.join(os.tmpdir(), 'arshif-screenshots')},
    base: {type: 'string', default: '/'},
    from: {type: 'string', default: '0'},
    height: {type: 'string'}
  }
})

const pages = positionals.length > 0 ? positionals : ['']
const widths = [360, 1280]
const schemes = ['light', 'dark'] as const

const server = await serveStatic(values.dist, values.base).catch((error: Error) => {
  console.error(`screenshots: ${error.message}`)
  process.exit(1)
})
const browser = await launchChromium()
try {
  await mkdir(values.out, {recursive: true})
  for (const page of pages) {
    for (const width of widths) {
      for (const colorScheme of schemes) {
        const context = await browser.newContext({viewport: {width, height: 800}, colorScheme})
        const tab = await context.newPage()
        await tab.goto(new URL(page, server.url).href, {waitUntil: 'networkidle'})
        const name = `${page.replace(/[^\p{L}\p{N}]+/gu, '_').replace(/^_|_$/g, '') || 'home'}-${width}-${colorScheme}.png`
        const clip = values.height ? {x: 0, y: Number(values.from), width, height: Number(values.height)} : undefined
        await tab.screenshot({path: path.join(values.out, name), fullPage: true, clip})
        console.log(path.join(values.out, name))
        await context.close()
      }
    }
  }
} finally {
  await browser.close()
  await server.close()
}
