import {chromium} from 'playwright-core'
import {CHROMIUM_ARGS, CHROMIUM_PATH} from './chromium.ts'
import {serveStatic} from './static-server.ts'
const server = await serveStatic('/work/wt-site/test/.output/dist')
const browser = await chromium.launch({executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS})
const page = await browser.newPage({viewport: {width: 360, height: 800}})
for (const p of process.argv.slice(2)) {
await page.goto(server.url + p, {waitUntil: 'networkidle'})
console.log(p, await page.evaluate(() => {
  const W = document.documentElement.clientWidth
  const out = [] as string[]
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect()
    if (r.left < -1 || r.right > W + 1) out.push(`${el.tagName}.${el.className} ${Math.round(r.left)}..${Math.round(r.right)}`)
  }
  return {W, scroll: document.documentElement.scrollWidth, out: out.slice(0, 10)}
}))
}
await browser.close(); await server.close()
