import {chromium} from 'playwright-core'
import {CHROMIUM_ARGS, CHROMIUM_PATH} from './chromium.ts'
import {serveStatic} from './static-server.ts'
const server = await serveStatic(process.argv[2] ?? '/work/wt-site/test/.output/dist')
const browser = await chromium.launch({executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS})
const page = await browser.newPage()
page.on('console', (m) => console.log('console', m.type(), m.text()))
await page.goto(server.url + (process.argv[3] ?? 'articles/fx-tripoli-offensive/'), {waitUntil: 'networkidle'})
console.log(await page.evaluate(async () => {
  await document.fonts.ready
  const p = document.querySelector('.article-body p')
  return {ff: p && getComputedStyle(p).fontFamily, fonts: [...document.fonts].map(f => `${f.family} ${f.weight} ${f.status}`), h2: getComputedStyle(document.querySelector('.article-body h2')!).marginBlockStart}
}))
await browser.close(); await server.close()
